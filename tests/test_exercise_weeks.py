"""An exercise's ``weeks``: the figures of its four weeks (which the node test
tests/js/course_plans.test.mjs runs through the progression check) and the words that, with them,
make its printed lines ("Week 2: 3 holds of 12 seconds, same days ..."). Every exercise in the book
has them, the lines are made from them, and a mistake in them gives an error that names the file,
the exercise, the week and the field."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
import yaml

from abcourse.data.content import ContentError, load_content
from abcourse.data.exercise_weeks import progression_lines

from .support import CHAPTERS, DATA

CHECKLIST = {
    "id": "plank",
    "exercise": "Plank",
    "cues": [{"id": "line", "cue": "Straight line.", "fix": "Drop to knees.", "why": "Load."}],
}
EXERCISE = {
    "id": "plank",
    "name": "Plank",
    "pattern": "front-plank",
    "checklist": "plank",
    "easier": "Knees.",
    "harder": "Longer.",
    "weeks": [
        {"sessions": 3, "sets": 3, "seconds": 10, "days": "on 2 or 3 days"},
        {"sessions": 3, "sets": 3, "seconds": 12, "change": "longer holds"},
        {"sessions": 3, "sets": 3, "seconds": 12, "note": "to check that your form holds"},
        {"sessions": 3, "sets": 3, "seconds": 15},
    ],
}
DAYS = "on 2 or 3 days with a day off between"


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


def walk_weeks(first: int) -> list[dict[str, Any]]:
    weeks = [{"sessions": 3, "minutes": first + n} for n in range(4)]
    weeks[0]["days"] = "on 2 or 3 rest days"
    return weeks


def book_exercises() -> list[tuple[str, dict[str, Any]]]:
    return [
        (chapter, exercise)
        for chapter in CHAPTERS
        for exercise in load_content(DATA / f"{chapter}.yml").get("exercises", [])
    ]


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_exercise_in_the_book_prints_four_weeks(chapter: str) -> None:
    for exercise in load_content(DATA / f"{chapter}.yml").get("exercises", []):
        starts = [line.split(":")[0] for line in exercise["progression"]]
        assert starts == ["Week 1", "Week 2", "Week 3", "Week 4"], f"{chapter}: {exercise['id']}"


def test_the_days_in_words_agree_with_the_sessions() -> None:
    # the days are words ("on 2 or 3 days"), so this is the one place they meet the figure
    for chapter, exercise in book_exercises():
        first = exercise["weeks"][0]
        most = first["sessions"]
        said = "most days" if most == 7 else f"{most - 1} or {most} "
        assert said in first["days"], f"{chapter}: {exercise['id']}: {first}"


def test_a_loaded_exercise_has_its_printed_weeks(tmp_path) -> None:
    assert load(tmp_path, EXERCISE)["exercises"][0]["progression"] == [
        "Week 1: 3 holds of 10 seconds, on 2 or 3 days.",
        "Week 2: 3 holds of 12 seconds, same days (one change: longer holds).",
        "Week 3: the same again, to check that your form holds.",
        "Week 4: 3 holds of 15 seconds, same days.",
    ]


def test_a_week_of_reps_held_for_seconds() -> None:
    week = {"sessions": 3, "sets": 3, "reps": 5, "seconds": 5, "unit": "curl-ups", "days": DAYS}
    assert progression_lines([week]) == [
        "Week 1: 3 sets of 5 curl-ups, hold 5 seconds, on 2 or 3 days with a day off between."
    ]


def test_one_set_and_plain_reps() -> None:
    week = {"sessions": 3, "sets": 1, "reps": 8, "unit": "small tilts", "days": DAYS}
    assert progression_lines([week]) == [
        "Week 1: 1 set of 8 small tilts, on 2 or 3 days with a day off between."
    ]


def test_each_side_carries_over_with_the_unit() -> None:
    weeks = [
        {"sessions": 3, "sets": 1, "reps": 5, "unit": "reaches", "eachSide": True, "days": DAYS},
        {"sessions": 3, "sets": 1, "reps": 6, "change": "one more reach"},
        {"sessions": 3, "sets": 3, "seconds": 10, "where": "on your knees"},
    ]
    assert progression_lines(weeks) == [
        "Week 1: 5 reaches each side, on 2 or 3 days with a day off between.",
        "Week 2: 6 reaches each side, same days (one change: one more reach).",
        "Week 3: 3 holds of 10 seconds each side on your knees, same days.",
    ]


def test_a_walk_in_minutes_that_may_be_split() -> None:
    weeks = [
        {
            "sessions": 7,
            "minutes": 10,
            "where": "at an easy pace",
            "walks": 2,
            "days": "on most days",
        },
        {"sessions": 7, "minutes": 11, "where": "at an easy pace", "note": "if pain eases"},
    ]
    assert progression_lines(weeks) == [
        "Week 1: 10 minutes at an easy pace (or 2 walks of 5 minutes), on most days.",
        "Week 2: 11 minutes at an easy pace, same days, if pain eases.",
    ]


def test_a_repeated_week_is_the_same_again() -> None:
    first = {"sessions": 3, "sets": 2, "reps": 8, "unit": "lifts", "days": DAYS}
    again = {"sessions": 3, "sets": 2, "reps": 8, "note": "to check that your back stays quiet"}
    lines = progression_lines([first, again, {"sessions": 3, "sets": 2, "reps": 8}])
    assert lines[1:] == [
        "Week 2: the same again, to check that your back stays quiet.",
        "Week 3: the same again.",
    ]


def test_new_words_with_the_same_figures_are_a_new_week() -> None:
    first = {"sessions": 3, "sets": 1, "reps": 5, "unit": "heel slides", "days": DAYS}
    other = {"sessions": 3, "sets": 1, "reps": 5, "unit": "leg reaches", "change": "the leg lifts"}
    assert progression_lines([first, other])[1] == (
        "Week 2: 1 set of 5 leg reaches, same days (one change: the leg lifts)."
    )


def test_a_sentence_after_the_week() -> None:
    week = {**EXERCISE["weeks"][0], "also": "Rate pain the next morning."}
    assert progression_lines([week]) == [
        "Week 1: 3 holds of 10 seconds, on 2 or 3 days. Rate pain the next morning."
    ]


def test_weeks_of_holds_and_of_a_walk_load(tmp_path) -> None:
    assert load(tmp_path, EXERCISE)["exercises"][0]["weeks"][3]["seconds"] == 15
    walk = {**EXERCISE, "pattern": "walking", "weeks": walk_weeks(10)}
    assert load(tmp_path, walk)["exercises"][0]["weeks"][1] == {"sessions": 3, "minutes": 11}


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
        (
            lambda e: e["weeks"][0].pop("days"),
            "exercises[0] (id 'plank') > weeks[0] > days",
            "week 1 needs 'days'",
        ),
        (
            lambda e: e["weeks"][1].update(reps=6),
            "exercises[0] (id 'plank') > weeks[1] > unit",
            "a week of reps needs 'unit'",
        ),
        (
            lambda e: e["weeks"][2].update(change="longer holds"),
            "exercises[0] (id 'plank') > weeks[2] > change",
            "reads 'the same again': drop 'change'",
        ),
        (
            lambda e: e.update(weeks=[{**week, "walks": 2} for week in walk_weeks(11)]),
            "exercises[0] (id 'plank') > weeks[0] > walks",
            "must share out into whole minutes",
        ),
    ],
)
def test_a_broken_week_names_the_problem(tmp_path, change, where, message) -> None:
    problem = error(tmp_path, change)
    assert problem.path.endswith("01-test.yml")
    assert problem.location == where
    assert message in problem.message
