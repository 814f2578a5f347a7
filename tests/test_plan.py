"""The plan chapter's Python side: every cause chapter's exercises, quizzes and checklists are
loaded into traits (so the static page holds them), a chapter without a content file gives empty
lists, and the bundled module parses."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from abcourse import ContentError, YourPlan
from abcourse.widgets.your_plan import CAUSES, chapter_title, load_causes

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
    "checklist": "curl-up",
    "dose": "3 sets of 5",
    "easier": "Hands under the back, smaller lift.",
    "harder": "Hold each lift longer.",
    "progression": ["Week 1 step", "Week 2 step", "Week 3 step", "Week 4 step"],
}
CHECKLIST = {
    "id": "curl-up",
    "exercise": "Curl-up",
    "cues": [{"id": "neck", "cue": "Neck long", "fix": "Look up.", "why": "Less neck strain."}],
}


def test_real_data_loads_in_chapter_order(monkeypatch) -> None:
    monkeypatch.chdir(DATA.parent)
    plan = YourPlan.from_file()
    assert [cause["chapter"] for cause in plan.causes] == [chapter for _, chapter, *_ in CAUSES]
    assert [cause["href"] for cause in plan.causes] == [
        f"{chapter}.html" for _, chapter, *_ in CAUSES
    ]
    for cause in plan.causes:
        assert cause["title"]
        for exercise in cause["exercises"]:
            assert len(exercise["progression"]) == 4
    assert plan.norms["tests"]
    assert plan.redflags["symptoms"]
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
    assert form["exercises"][0]["progression"][3] == "Week 4 step"
    assert form["checklists"][0]["id"] == "curl-up"
    assert plan.exercise_count == 1


def test_a_broken_content_file_is_named(tmp_path) -> None:
    data = copy_data(tmp_path)
    broken = {"checklists": [CHECKLIST], "exercises": [{**EXERCISE, "progression": ["only one"]}]}
    (data / "03-muscle-imbalances.yml").write_text(yaml.safe_dump(broken), encoding="utf-8")
    with pytest.raises(ContentError, match="03-muscle-imbalances.yml"):
        YourPlan.from_file(data)


def test_chapter_title_reads_the_heading_or_falls_back(tmp_path) -> None:
    assert chapter_title(DATA.parent / "06-your-plan.ipynb", "x") == "Your plan"
    assert chapter_title(tmp_path / "missing.ipynb", "Fallback") == "Fallback"


def test_results_arrive_as_traits(monkeypatch) -> None:
    monkeypatch.chdir(DATA.parent)
    plan = YourPlan.from_file()
    plan.set_state({"result": {"summary": "s", "emergency": True, "profile": [], "plan": []}})
    assert plan.result["emergency"] is True


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
def test_bundled_module_parses(tmp_path) -> None:
    """The plan pulls in every lib module: a name declared twice would be a syntax error."""
    module = tmp_path / "your_plan.mjs"
    module.write_text(YourPlan._esm, encoding="utf-8")
    subprocess.run(["node", "--check", str(module)], check=True, capture_output=True)
    for name in ("assessEndurance", "assessRatios", "assessForm", "triage", "assessProgression"):
        assert f"function {name}(" in YourPlan._esm, name
