"""The plan chapter's Python side: every cause chapter's exercises, quizzes and checklists are
loaded into traits (so the static page holds them), a chapter without a content file gives empty
lists, and the bundled module parses."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from abcourse.data.course import course
from abcourse.data.files import ContentError
from abcourse.widgets import YourPlan
from abcourse.widgets.your_plan import load_causes

from .support import DATA


def copy_data(tmp_path: Path, chapters: tuple[str, ...] = ()) -> Path:
    """A data folder with the self-tests' files and only the chosen chapters' content."""
    data = tmp_path / "data"
    data.mkdir()
    for name in ("norms.yml", "red-flags.yml", "progression.yml"):
        shutil.copy(DATA / name, data / name)
    for chapter in chapters:
        shutil.copy(DATA / f"{chapter}.yml", data / f"{chapter}.yml")
    return data


EXERCISE = {
    "id": "curl-up",
    "name": "Curl-up",
    "pattern": "trunk-curl",
    "checklist": "curl-up",
    "easier": "Hands under the back, smaller lift.",
    "harder": "Hold each lift longer.",
    "weeks": [
        {"sessions": 3, "sets": 3, "reps": 5, "unit": "curl-ups", "days": "on 2 or 3 days"},
        {"sessions": 3, "sets": 3, "reps": 6, "change": "one more curl-up"},
        {"sessions": 3, "sets": 3, "reps": 6},
        {"sessions": 3, "sets": 3, "reps": 7, "change": "one more curl-up"},
    ],
}
CHECKLIST = {
    "id": "curl-up",
    "exercise": "Curl-up",
    "cues": [{"id": "neck", "cue": "Neck long", "fix": "Look up.", "why": "Less neck strain."}],
}


def test_real_data_loads_in_chapter_order(monkeypatch) -> None:
    monkeypatch.chdir(DATA.parent)
    plan = YourPlan.from_file()
    chapters = course().chapters
    assert [cause["chapter"] for cause in plan.causes] == [c.notebook for c in chapters]
    assert [cause["href"] for cause in plan.causes] == [f"{c.notebook}.html" for c in chapters]
    # the browser runs each chapter's self-test by the tool the manifest names
    assert [cause["selfTest"] for cause in plan.causes] == [c.self_test for c in chapters]
    assert [cause["title"] for cause in plan.causes] == [c.title for c in chapters]
    for cause in plan.causes:
        assert cause["title"]
        for exercise in cause["exercises"]:
            assert len(exercise["progression"]) == 4
            # the plan takes one exercise of each movement pattern
            assert exercise["pattern"]
    assert plan.norms["tests"]
    assert plan.redflags["groups"] and plan.redflags["rules"]
    assert plan.progression["rules"]
    state = plan.get_state()
    for name in ("causes", "norms", "redflags", "progression", "result", "_esm", "_css"):
        assert name in state, name


def test_a_chapter_without_a_content_file_has_empty_lists(tmp_path) -> None:
    data = copy_data(tmp_path)
    causes = load_causes(data)
    assert len(causes) == 5
    for cause in causes:
        assert cause["exercises"] == cause["quizzes"] == cause["checklists"] == []
    plan = YourPlan.from_file(data)
    assert plan.exercise_count == 0


def test_exercises_come_from_the_content_file(tmp_path) -> None:
    data = copy_data(tmp_path)
    document = {"checklists": [CHECKLIST], "exercises": [EXERCISE]}
    (data / "02-form-technique.yml").write_text(yaml.safe_dump(document), encoding="utf-8")
    plan = YourPlan.from_file(data)
    form = next(cause for cause in plan.causes if cause["id"] == "form")
    assert form["exercises"][0]["progression"][3] == (
        "Week 4: 3 sets of 7 curl-ups, same days (one change: one more curl-up)."
    )
    assert form["checklists"][0]["id"] == "curl-up"
    assert plan.exercise_count == 1


def test_a_broken_content_file_is_named(tmp_path) -> None:
    data = copy_data(tmp_path)
    broken = {
        "checklists": [CHECKLIST],
        "exercises": [{**EXERCISE, "weeks": EXERCISE["weeks"][:1]}],
    }
    (data / "03-muscle-imbalances.yml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    with pytest.raises(ContentError, match="03-muscle-imbalances.yml"):
        YourPlan.from_file(data)


def test_an_exercise_without_figures_has_no_drawing_and_a_broken_figure_is_named(tmp_path):
    data = copy_data(tmp_path)
    document = {"checklists": [CHECKLIST], "exercises": [EXERCISE]}
    (data / "02-form-technique.yml").write_text(yaml.safe_dump(document), encoding="utf-8")
    form = next(cause for cause in load_causes(data) if cause["id"] == "form")
    assert form["exercises"][0]["figure"] == ""
    # figures that follow ("like") an exercise there is none of: an error, not a missing drawing
    document["exercises"][0]["figures"] = {"like": "02-form-technique/no-such-exercise"}
    (data / "02-form-technique.yml").write_text(yaml.safe_dump(document), encoding="utf-8")
    with pytest.raises(ContentError, match=r"02-form-technique.yml: exercises\[0\].*> like"):
        load_causes(data)


def test_results_arrive_as_traits(monkeypatch) -> None:
    monkeypatch.chdir(DATA.parent)
    plan = YourPlan.from_file()
    plan.set_state({"result": {"summary": "s", "emergency": True, "profile": [], "plan": []}})
    assert plan.result["emergency"] is True
