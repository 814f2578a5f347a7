"""An exercise's structured ``weeks`` (the figures of its four printed weeks, which the node test
tests/js/course_plans.test.mjs runs through the progression check): every exercise in the book has
them, and a mistake in them gives an error that names the file, the exercise, the week and the
field."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from abcourse.data.content import ContentError, load_content

from .support import CHAPTERS, DATA

CHECKLIST = {
    "id": "plank",
    "exercise": "Plank",
    "cues": [{"id": "line", "cue": "Straight line.", "fix": "Drop to knees.", "why": "Load."}],
}
EXERCISE = {
    "id": "plank",
    "name": "Plank",
    "checklist": "plank",
    "dose": "3 holds of 10 seconds.",
    "easier": "Knees.",
    "harder": "Longer.",
    "progression": ["Week 1: a", "Week 2: b", "Week 3: c", "Week 4: d"],
    "weeks": [
        {"sessions": 3, "sets": 3, "seconds": 10},
        {"sessions": 3, "sets": 3, "seconds": 12},
        {"sessions": 3, "sets": 3, "seconds": 12},
        {"sessions": 3, "sets": 3, "seconds": 15},
    ],
}


def load(tmp_path: Path, exercise: dict[str, Any]) -> dict[str, Any]:
    path = tmp_path / "01-test.yml"
    document = {"checklists": [CHECKLIST], "exercises": [exercise]}
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return load_content(path)


def error(tmp_path: Path, change) -> ContentError:
    exercise = copy.deepcopy(EXERCISE)
    change(exercise)
    with pytest.raises(ContentError) as caught:
        load(tmp_path, exercise)
    return caught.value


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_exercise_in_the_book_has_four_weeks(chapter: str) -> None:
    for exercise in load_content(DATA / f"{chapter}.yml").get("exercises", []):
        assert len(exercise.get("weeks", [])) == 4, f"{chapter}.yml: {exercise['id']} has no weeks"


def test_weeks_of_holds_and_of_a_walk_load(tmp_path) -> None:
    assert load(tmp_path, EXERCISE)["exercises"][0]["weeks"][3]["seconds"] == 15
    walk = {
        **EXERCISE,
        "weeks": [{"sessions": 3, "minutes": minutes} for minutes in (10, 11, 12, 13)],
    }
    assert load(tmp_path, walk)["exercises"][0]["weeks"][0] == {"sessions": 3, "minutes": 10}


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [
        (lambda e: e["weeks"].pop(), "exercises[0] (id 'plank') > weeks", "is too short"),
        (
            lambda e: e["weeks"][1].pop("sessions"),
            "exercises[0] (id 'plank') > weeks[1]",
            "missing required field 'sessions'",
        ),
        (
            lambda e: e["weeks"][2].update(sessions=8),
            "exercises[0] (id 'plank') > weeks[2] > sessions",
            "greater than the maximum of 7",
        ),
        (
            lambda e: e["weeks"][0].update(holds=3),
            "exercises[0] (id 'plank') > weeks[0]",
            "unknown field: 'holds'",
        ),
        (
            lambda e: e["weeks"][3].update(minutes=10),
            "exercises[0] (id 'plank') > weeks[3]",
            "a week needs 'sets' (ab or core work) or 'minutes' (a walk), not both",
        ),
        (
            lambda e: e["weeks"][0].pop("sets"),
            "exercises[0] (id 'plank') > weeks[0]",
            "a week needs 'sets' (ab or core work) or 'minutes' (a walk), not both",
        ),
        (
            lambda e: e["weeks"][0].update(minutes=10) or e["weeks"][0].pop("sets"),
            "exercises[0] (id 'plank') > weeks[0]",
            "'reps' and 'seconds' go with 'sets', not with 'minutes'",
        ),
    ],
)
def test_a_broken_week_names_the_problem(tmp_path, change, where, message) -> None:
    problem = error(tmp_path, change)
    assert problem.path.endswith("01-test.yml")
    assert problem.location == where
    assert message in problem.message
