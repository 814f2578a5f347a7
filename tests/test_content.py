"""Content files: the real ones are valid, and each kind of mistake gives an error that names the
file, the item and the field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from abcourse.data.content import ContentError, find_item, load_content
from abcourse.data.files import load_schema

from .support import CHAPTERS, DATA, broken_file_error, write_yaml

VALID = {
    "quizzes": [
        {
            "id": "basics",
            "title": "Basics",
            "questions": [
                {
                    "id": "pick-one",
                    "kind": "single",
                    "prompt": "Pick one.",
                    "options": [
                        {"id": "a", "text": "A", "correct": True, "feedback": "Because A."},
                        {"id": "b", "text": "B", "feedback": "Not B, because."},
                    ],
                },
                {
                    "id": "judge",
                    "kind": "truefalse",
                    "prompt": "True?",
                    "answer": True,
                    "feedback": {"true": "Yes, because.", "false": "No, because."},
                },
                {
                    "id": "count",
                    "kind": "numeric",
                    "prompt": "How many?",
                    "answer": 10,
                    "tolerance": 1,
                    "feedback": {"correct": "Yes.", "low": "More.", "high": "Fewer."},
                },
            ],
        }
    ],
    "checklists": [
        {
            "id": "plank",
            "exercise": "Plank",
            "cues": [
                {"id": "line", "cue": "Straight line.", "fix": "Drop to knees.", "why": "Load."}
            ],
        }
    ],
}


def write(tmp_path: Path, document: object, name: str = "01-test.yml") -> Path:
    return write_yaml(tmp_path, document, name)


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_chapter_file_is_valid(chapter) -> None:
    document = load_content(DATA / f"{chapter}.yml")
    assert document["quizzes"] and document["checklists"]


def test_valid_file_loads_and_items_are_found_by_id(tmp_path) -> None:
    path = write(tmp_path, VALID)
    assert find_item(path, "quizzes", "basics")["title"] == "Basics"
    with pytest.raises(ContentError, match="no item with id 'nope' \\(ids here: plank\\)"):
        find_item(path, "checklists", "nope")


def question(document: dict, index: int) -> dict:
    return document["quizzes"][0]["questions"][index]


def numeric_range(document: dict) -> None:
    question(document, 2).pop("tolerance")
    question(document, 2)["range"] = [20, 30]


EXERCISE = {
    "id": "plank",
    "name": "Plank",
    "pattern": "front-plank",
    "checklist": "side-plank",
    "easier": "Knees.",
    "harder": "Longer.",
    "weeks": [{"sessions": 3, "sets": 3, "seconds": 20, "days": "on 2 or 3 days"}] * 4,
}
QUIZ = "quizzes[0] (id 'basics')"
#: the closed list of movement patterns, defined once in the schema
PATTERNS = [
    choice["const"] for choice in load_schema("content")["$defs"]["movementPattern"]["oneOf"]
]


def with_exercise(document: dict, **change: object) -> None:
    """The valid file with one exercise (its checklist there), changed by ``change``."""
    document["checklists"][0]["id"] = "side-plank"
    document["exercises"] = [{**EXERCISE, **change}]


def without_pattern(document: dict) -> None:
    with_exercise(document)
    document["exercises"][0].pop("pattern")


#: four weeks that can be printed: of holds, and of a walk
HOLD_WEEKS = [
    {"sessions": 3, "sets": 3, "seconds": 10 + week, **({"days": "on 2 days"} if not week else {})}
    for week in range(4)
]
WALK_WEEKS = [
    {"sessions": 3, "minutes": 10 + week, **({"days": "on 3 days"} if not week else {})}
    for week in range(4)
]


#: each mistake: the change to a valid file, the place the error names and its message
BROKEN = {
    "missing-field": (
        lambda d: question(d, 1).pop("answer"),
        f"{QUIZ} > questions[1] (id 'judge')",
        "missing required field 'answer'",
    ),
    "wrong-type": (
        lambda d: question(d, 2).update(answer="ten"),
        f"{QUIZ} > questions[2] (id 'count') > answer",
        "should be of type number",
    ),
    "duplicate-id": (
        lambda d: question(d, 1).update(id="pick-one"),
        f"{QUIZ} > questions[1] (id 'pick-one')",
        "duplicate id 'pick-one'",
    ),
    "answer-not-an-option": (
        lambda d: question(d, 0)["options"][0].update(correct=False),
        f"{QUIZ} > questions[0] (id 'pick-one') > options",
        "the answer must be among the options",
    ),
    "unknown-kind": (
        lambda d: question(d, 0).update(kind="essay"),
        f"{QUIZ} > questions[0] (id 'pick-one') > kind",
        '"essay" is not one of',
    ),
    "unknown-field": (
        lambda d: d["checklists"][0]["cues"][0].update(colour="red"),
        "checklists[0] (id 'plank') > cues[0] (id 'line')",
        "unknown field: 'colour'",
    ),
    "option-without-feedback": (
        lambda d: question(d, 0)["options"][1].pop("feedback"),
        f"{QUIZ} > questions[0] (id 'pick-one') > options[1] (id 'b')",
        "missing required field 'feedback'",
    ),
    "answer-outside-range": (
        numeric_range,
        f"{QUIZ} > questions[2] (id 'count') > answer",
        "10 lies outside its range",
    ),
    "exercise-without-checklist": (
        lambda d: d.update(exercises=[EXERCISE]),
        "exercises[0] (id 'plank') > checklist",
        "no checklist with id 'side-plank' in this file",
    ),
    "unknown-pattern": (
        lambda d: with_exercise(d, pattern="plank"),
        "exercises[0] (id 'plank') > pattern",
        f'"plank" is not one of: {", ".join(PATTERNS)}',
    ),
    "pattern-not-text": (
        lambda d: with_exercise(d, pattern=["front-plank"]),
        "exercises[0] (id 'plank') > pattern",
        "is not one of: front-plank, ",
    ),
    "missing-pattern": (
        without_pattern,
        "exercises[0] (id 'plank')",
        "missing required field 'pattern'",
    ),
    "walk-with-another-pattern": (
        lambda d: with_exercise(d, weeks=WALK_WEEKS),
        "exercises[0] (id 'plank') > pattern",
        "is a walk, with 'pattern: walking'",
    ),
    "walking-pattern-not-a-walk": (
        lambda d: with_exercise(d, pattern="walking", weeks=HOLD_WEEKS),
        "exercises[0] (id 'plank') > pattern",
        "'walking' does not match its weeks",
    ),
}


@pytest.mark.parametrize(("change", "where", "message"), BROKEN.values(), ids=list(BROKEN))
def test_a_broken_file_names_the_item_and_the_field(tmp_path, change, where, message) -> None:
    error = broken_file_error(load_content, VALID, change, tmp_path / "01-test.yml")
    assert error.location == where
    assert message in error.message


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_exercise_names_a_pattern_from_the_list(chapter) -> None:
    """Each exercise names its movement pattern, one of the schema's list, and only a walk has
    the walking pattern (the Your plan chapter takes one exercise of each pattern, and a walk)."""
    for exercise in load_content(DATA / f"{chapter}.yml").get("exercises", []):
        assert exercise["pattern"] in PATTERNS, f"{chapter}: {exercise['id']}"
        walk = all("minutes" in week for week in exercise["weeks"])
        assert (exercise["pattern"] == "walking") == walk, f"{chapter}: {exercise['id']}"


def test_each_pattern_is_described_once() -> None:
    choices = load_schema("content")["$defs"]["movementPattern"]["oneOf"]
    assert len(PATTERNS) == len(set(PATTERNS)) and "walking" in PATTERNS
    assert all(choice.get("description") for choice in choices)


VERDICT = re.compile(r"^(Right|Yes|No|Correct|Wrong)[.,!]")


def feedback_texts(document: dict) -> list[tuple[str, str]]:
    """(where, text) of every feedback in a chapter file: options, true/false and numeric."""
    found = []
    for quiz in document.get("quizzes", []):
        for question in quiz["questions"]:
            where = f"{quiz['id']}/{question['id']}"
            for option in question.get("options", []):
                found.append((f"{where}/{option['id']}", option["feedback"]))
            feedback = question.get("feedback")
            if isinstance(feedback, dict):
                found.extend((f"{where}/{key}", text) for key, text in feedback.items())
    return found


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_feedback_gives_the_reason_not_a_second_verdict(chapter) -> None:
    """The quiz already says "Right answer" or "Not a right answer"; feedback that opens with its
    own "Right." or "No." reads the verdict twice."""
    document = load_content(DATA / f"{chapter}.yml")
    doubled = [where for where, text in feedback_texts(document) if VERDICT.match(text)]
    assert not doubled, f"{chapter}: feedback that repeats the verdict: {doubled}"


ALL_THAT_APPLY = re.compile(r"\b(all|every)\b[^.?]*\bappl(y|ies)\b", re.IGNORECASE)


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_a_prompt_leaves_pick_all_that_apply_to_the_quiz(chapter) -> None:
    """The quiz says "Choose every answer that applies." above a question with several answers; a
    prompt that says it too reads the instruction twice."""
    document = load_content(DATA / f"{chapter}.yml")
    doubled = [
        f"{quiz['id']}/{question['id']}"
        for quiz in document.get("quizzes", [])
        for question in quiz["questions"]
        if ALL_THAT_APPLY.search(question["prompt"])
    ]
    assert not doubled, f"{chapter}: prompts that repeat the quiz's instruction: {doubled}"
