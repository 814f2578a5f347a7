"""The norms file behind the core-endurance self-test and the balance ratios: the real one loads,
a broken one gives an error naming the file, the place and the field; the two widgets carry the
norms in and the learner's times and result out."""

from __future__ import annotations

import copy

import pytest

from abcourse.data.self_tests import load_norms
from abcourse.widgets import BalanceRatios, EnduranceTest

from .support import DATA, broken_file_error

NORMS_FILE = DATA / "norms.yml"


def test_the_real_file_holds_the_published_figures() -> None:
    norms = load_norms(NORMS_FILE)
    tests = {test["id"]: (test["mean"], test["sd"]) for test in norms["tests"]}
    assert tests == {
        "flexor": (160, 102),
        "extensor": (101, 51),
        "sideLeft": (55, 28),
        "sideRight": (54, 25),
    }
    assert all(test["source"] == "stkate2014" for test in norms["tests"])
    figures = {
        (item["id"], reference["group"]): reference.get("value")
        for item in norms["ratios"]["items"]
        for reference in item["references"]
    }
    assert figures[("side-extensor", "male")] == 0.65
    assert figures[("side-extensor", "female")] == 0.39
    assert figures[("side-flexor", "male")] == 0.99
    assert figures[("side-flexor", "female")] == 0.79
    assert norms["maxSeconds"] == 600


def test_the_population_note_says_who_the_norms_come_from() -> None:
    text = " ".join(note["text"] for note in load_norms(NORMS_FILE)["population"])
    assert "116 healthy adults" in text
    assert "young" in text
    assert "not a pass mark" in text


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [
        (lambda d: d.pop("tests"), "top level", "missing required field 'tests'"),
        (lambda d: d.pop("population"), "top level", "missing required field 'population'"),
        (
            lambda d: d["tests"][1].pop("sd"),
            "tests[1] (id 'extensor')",
            "missing required field 'sd'",
        ),
        (
            lambda d: d["tests"][0].update(mean="160 s"),
            "tests[0] (id 'flexor') > mean",
            "should be of type number",
        ),
        (lambda d: d.update(maxSeconds=-1), "maxSeconds", ""),
        (lambda d: d["tests"][2].update(typo=1), "tests[2] (id 'sideLeft')", "typo"),
        (
            lambda d: d["tests"].append(copy.deepcopy(d["tests"][0])),
            "tests[4] (id 'flexor')",
            "duplicate id 'flexor'",
        ),
        (
            lambda d: d["ratios"]["items"][0].update(numerator=["plank"]),
            "ratios > items[0] (id 'flexor-extensor') > numerator[0]",
            '"plank" is not one of: flexor, extensor, sideLeft, sideRight',
        ),
        (
            lambda d: d["tests"].pop(3),
            "ratios > items[1] (id 'side-extensor') > numerator",
            "no test with id 'sideRight' in 'tests'",
        ),
        (
            lambda d: d["tests"][0].update(source="nosuchkey"),
            "tests[0] (id 'flexor') > source",
            "source 'nosuchkey' is not listed under 'sources'",
        ),
    ],
)
def test_a_broken_file_names_the_problem(tmp_path, change, where, message) -> None:
    error = broken_file_error(load_norms, load_norms(NORMS_FILE), change, tmp_path / "norms.yml")
    assert error.location == where
    assert message in error.message


@pytest.mark.parametrize("widget_class", [EnduranceTest, BalanceRatios])
def test_widget_traits(monkeypatch, widget_class) -> None:
    monkeypatch.chdir(DATA.parent)
    widget = widget_class.from_file("data/norms.yml")
    assert widget.norms["tests"][0]["id"] == "flexor"
    assert widget.times == {"flexor": None, "extensor": None, "sideLeft": None, "sideRight": None}
    assert widget.sex == "unspecified"
    assert widget.result["status"] == "no-data"
    state = widget.get_state()
    for name in ("norms", "times", "sex", "result", "_esm", "_css"):
        assert name in state, name
    # what the browser sends back arrives as traits
    widget.set_state(
        {
            "times": {"flexor": 90, "extensor": 60, "sideLeft": 40, "sideRight": None},
            "sex": "female",
            "result": {"status": "ok", "attention": 0.2, "summary": "3 of 3 hold times."},
        }
    )
    assert widget.times["flexor"] == 90
    assert widget.sex == "female"
    assert widget.result["status"] == "ok"


def test_a_wrong_sex_is_refused() -> None:
    widget = EnduranceTest(norms=load_norms(NORMS_FILE))
    with pytest.raises(Exception, match="sex"):
        widget.sex = "other"


def test_the_two_widgets_get_separate_modules() -> None:
    assert EnduranceTest.module_file == "endurance_test.js"
    assert BalanceRatios.module_file == "balance_ratios.js"
    assert "assessEndurance" in EnduranceTest._esm
    assert "assessRatios" in BalanceRatios._esm
    # both edit the one record the plan chapter reads
    for source in (EnduranceTest._esm, BalanceRatios._esm):
        assert 'selfTestKey("endurance")' in source
