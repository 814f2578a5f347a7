"""The progression check's rules file: the real one loads, a broken one gives an error naming the
file, the place and the field; the widget carries the rules in and the learner's weeks out."""

from __future__ import annotations

import copy

import pytest

from abcourse.data.self_tests import load_progression
from abcourse.widgets import ProgressionCheck

from .support import DATA, broken_file_error

RULES_FILE = DATA / "progression.yml"


def test_the_real_file_loads_with_its_sources() -> None:
    rules = load_progression(RULES_FILE)
    assert rules["rules"]["increase"]["twoWeekLimit"] == 0.3
    assert rules["rules"]["rest"]["maxSessions"] == 5
    assert (rules["rules"]["pain"]["okMax"], rules["rules"]["pain"]["cautionMax"]) == (3, 5)
    assert {unit["id"] for unit in rules["units"]} == {"sets", "minutes"}
    for name in ("increase", "rest", "pain"):
        assert rules["rules"][name]["uncertainty"], name


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [
        (lambda d: d.pop("rules"), "top level", "missing required field 'rules'"),
        (
            lambda d: d["rules"]["pain"].pop("uncertainty"),
            "rules > pain",
            "missing required field 'uncertainty'",
        ),
        (
            lambda d: d["rules"]["increase"].update(twoWeekLimit="30%"),
            "rules > increase > twoWeekLimit",
            "should be of type number",
        ),
        (
            lambda d: d["rules"]["rest"].update(typo=1),
            "rules > rest",
            "typo",
        ),
        (
            lambda d: d["units"][0].pop("max"),
            "units[0] (id 'sets')",
            "missing required field 'max'",
        ),
        (
            lambda d: d["rules"]["pain"].update(okMax=6),
            "rules > pain",
            "'okMax' must be below 'cautionMax'",
        ),
        (
            lambda d: d["rules"]["increase"].update(ruleOfThumb=0.5),
            "rules > increase",
            "'ruleOfThumb' must not exceed 'twoWeekLimit'",
        ),
        (
            lambda d: d["weeks"].update(start=9),
            "weeks",
            "'start' must lie between 'min' and 'max'",
        ),
        (
            lambda d: d["rules"]["rest"].update(maxSessions=14) or d.update(maxSessions=7),
            "rules > rest > maxSessions",
            "must not exceed 'maxSessions'",
        ),
        (
            lambda d: d["units"].append(copy.deepcopy(d["units"][0])),
            "units[2] (id 'sets')",
            "duplicate id 'sets'",
        ),
        (
            lambda d: d["rules"]["pain"].update(source="nosuchkey"),
            "rules > pain > source",
            "source 'nosuchkey' is not listed under 'sources'",
        ),
    ],
)
def test_a_broken_file_names_the_problem(tmp_path, change, where, message) -> None:
    rules = load_progression(RULES_FILE)
    error = broken_file_error(load_progression, rules, change, tmp_path / "progression.yml")
    assert error.location == where
    assert message in error.message


def test_widget_traits(monkeypatch) -> None:
    monkeypatch.chdir(DATA.parent)
    widget = ProgressionCheck.from_file()
    assert widget.unit == "sets"
    assert widget.rules["plan"]["weeks"] == 4
    assert widget.result["status"] == "no-data"
    state = widget.get_state()
    for name in ("rules", "weeks", "unit", "result", "_esm", "_css"):
        assert name in state, name
    # what the browser sends back arrives as traits
    widget.set_state(
        {
            "weeks": [{"sessions": 3, "volume": 10, "pain": 1}],
            "result": {"status": "ok", "attention": 0.07, "summary": "1 week entered."},
        }
    )
    assert widget.weeks[0]["volume"] == 10
    assert widget.result["status"] == "ok"
