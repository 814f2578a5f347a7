"""The progression check's rules file: the real one loads, a broken one gives an error naming the
file, the place and the field; the widget carries the rules in and the learner's weeks out."""

from __future__ import annotations

import copy
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from abcourse import ContentError, ProgressionCheck
from abcourse.tooldata import load_progression, main, schema_for

from .support import DATA

RULES_FILE = DATA / "progression.yml"


@pytest.fixture()
def rules() -> dict[str, Any]:
    return copy.deepcopy(load_progression(RULES_FILE))


def write(tmp_path: Path, document: dict[str, Any], name: str = "progression.yml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def test_the_real_file_loads_with_its_sources() -> None:
    rules = load_progression(RULES_FILE)
    assert rules["rules"]["increase"]["twoWeekLimit"] == 0.3
    assert rules["rules"]["rest"]["maxSessions"] == 5
    assert (rules["rules"]["pain"]["okMax"], rules["rules"]["pain"]["cautionMax"]) == (3, 5)
    assert {unit["id"] for unit in rules["units"]} == {"sets", "minutes"}
    for name in ("increase", "rest", "pain"):
        assert rules["rules"][name]["uncertainty"], name


def test_every_source_is_a_key_of_the_bibliography() -> None:
    bib = (DATA.parent / "references.bib").read_text(encoding="utf-8")
    keys = set(re.findall(r"@\w+\{([^,]+),", bib))
    rules = load_progression(RULES_FILE)
    assert set(rules["sources"]) <= keys


def test_command_line_checks_the_file(capsys) -> None:
    assert schema_for(RULES_FILE) == "progression"
    assert main([str(RULES_FILE)]) == 0
    assert "ok" in capsys.readouterr().out


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
def test_a_broken_file_names_the_problem(tmp_path, rules, change, where, message) -> None:
    change(rules)
    path = write(tmp_path, rules)
    with pytest.raises(ContentError) as caught:
        load_progression(path)
    error = caught.value
    assert error.path == str(path)
    assert error.location == where
    assert message in error.message


def test_a_missing_file_is_named(tmp_path) -> None:
    with pytest.raises(ContentError, match="file not found"):
        load_progression(tmp_path / "progression.yml")


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


def test_module_is_self_contained() -> None:
    source = ProgressionCheck._esm
    assert not re.search(r"^import\s", source, re.MULTILINE)
    assert source.count("export default") == 1
    assert "assessProgression" in source


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
def test_bundled_module_parses(tmp_path) -> None:
    """Inlined lib modules share one scope: a name declared twice would be a syntax error."""
    module = tmp_path / "progression_check.mjs"
    module.write_text(ProgressionCheck._esm, encoding="utf-8")
    subprocess.run(["node", "--check", str(module)], check=True, capture_output=True)
