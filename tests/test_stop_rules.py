"""The workout mode's stop rules: the real file loads and names red-flag signs the red-flag file
has; a broken one gives an error naming the file, the place and the field; the plan widget
carries the rules to the browser."""

from __future__ import annotations

import shutil

import pytest
import yaml

from abcourse.data.red_flags import load_red_flags, red_flag_signs
from abcourse.data.stop_rules import load_stop_rules
from abcourse.widgets import YourPlan

from .support import DATA, broken_file_error

RULES_FILE = DATA / "stop-rules.yml"
RED_FLAGS = load_red_flags(DATA / "red-flags.yml")
LEVEL_OF = {sign["id"]: sign.get("level") for _, sign in red_flag_signs(RED_FLAGS)}


def rule(rules: dict, rule_id: str) -> dict:
    return next(item for item in rules["rules"] if item["id"] == rule_id)


def test_the_real_file_loads_and_covers_the_stop_rules_of_the_evidence() -> None:
    rules = load_stop_rules(RULES_FILE)
    ids = [item["id"] for item in rules["rules"]]
    assert ids == [
        "sharp-or-building",
        "leg-pain",
        "leg-numbness",
        "chest-or-faint",
        "mild-discomfort",
    ]
    # the NHS "stop if your pain gets worse" backs the stop itself
    assert "nhs2024backpain" in rule(rules, "sharp-or-building")["source"]
    # mild discomfort does not stop the session, and says how sure the evidence is
    mild = rule(rules, "mild-discomfort")
    assert mild["stops"] is False and mild["uncertainty"]
    assert set(mild["source"]) == {"silbernagel2007", "smith2017"}


def test_red_flag_choices_reach_the_checker_levels() -> None:
    rules = load_stop_rules(RULES_FILE)
    numbness = {LEVEL_OF[sign] for sign in rule(rules, "leg-numbness")["redFlagSigns"]}
    assert "ae-now" in numbness
    chest = {LEVEL_OF[sign] for sign in rule(rules, "chest-or-faint")["redFlagSigns"]}
    assert chest == {"call-999"}
    # the emergency number comes from the red-flag file, never written again
    assert "{emergency}" in rule(rules, "chest-or-faint")["advice"]
    assert "999" not in RULES_FILE.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [
        (lambda d: d.pop("rules"), "top level", "missing required field 'rules'"),
        (
            lambda d: d["rules"][2]["redFlagSigns"].append("no-such-sign"),
            "rules[2] (id 'leg-numbness') > redFlagSigns",
            "no sign with id 'no-such-sign' in the red-flag file",
        ),
        (
            lambda d: d["rules"][2]["redFlagSigns"].append("cannot-get-up"),
            "rules[2] (id 'leg-numbness') > redFlagSigns",
            "the sign 'cannot-get-up' has no level of its own",
        ),
        (
            lambda d: d["rules"][3].update(advice="Call {ambulance}."),
            "rules[3] (id 'chest-or-faint') > advice",
            "'{ambulance}' is not a number to call",
        ),
        (
            lambda d: d["rules"][2].update(stops=False),
            "rules[2] (id 'leg-numbness') > stops",
            "a choice with red-flag signs must stop the session",
        ),
        (
            lambda d: d["rules"][0].update(source="nosuchkey"),
            "rules[0] (id 'sharp-or-building') > source",
            "source 'nosuchkey' is not listed under 'sources'",
        ),
        (
            lambda d: d["rules"].append(dict(d["rules"][0])),
            "rules[5] (id 'sharp-or-building')",
            "duplicate id 'sharp-or-building'",
        ),
        (
            lambda d: d["rules"][1].update(choice=""),
            "rules[1] (id 'leg-pain') > choice",
            "should be non-empty",
        ),
    ],
)
def test_a_broken_file_names_the_place(tmp_path, change, where, message) -> None:
    shutil.copy(DATA / "red-flags.yml", tmp_path / "red-flags.yml")
    document = yaml.safe_load(RULES_FILE.read_text(encoding="utf-8"))
    error = broken_file_error(load_stop_rules, document, change, tmp_path / "stop-rules.yml")
    assert error.location == where
    assert message in error.message


def test_the_plan_widget_carries_the_stop_rules() -> None:
    plan = YourPlan.from_file(DATA)
    assert [item["id"] for item in plan.stop_rules["rules"]][0] == "sharp-or-building"
