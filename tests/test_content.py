"""Content files: the real ones are valid, and each kind of mistake gives an error that names the
file, the item and the field."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from abcourse.content import ContentError, find_item, load_content, main

from .support import CHAPTERS, DATA

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
    path = tmp_path / name
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def broken(tmp_path: Path, change) -> str:
    document = yaml.safe_load(yaml.safe_dump(VALID))
    change(document)
    path = write(tmp_path, document)
    with pytest.raises(ContentError) as caught:
        load_content(path)
    message = str(caught.value)
    assert message.startswith(str(path)), message
    return message


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_chapter_file_is_valid(chapter) -> None:
    document = load_content(DATA / f"{chapter}.yml")
    assert document["quizzes"] and document["checklists"]


def test_valid_file_loads_and_items_are_found_by_id(tmp_path) -> None:
    path = write(tmp_path, VALID)
    assert find_item(path, "quizzes", "basics")["title"] == "Basics"
    with pytest.raises(ContentError, match="no item with id 'nope' \\(ids here: plank\\)"):
        find_item(path, "checklists", "nope")


def test_missing_field_names_item_and_field(tmp_path) -> None:
    message = broken(tmp_path, lambda d: d["quizzes"][0]["questions"][1].pop("answer"))
    assert "quizzes[0] (id 'basics') > questions[1] (id 'judge')" in message
    assert "missing required field 'answer'" in message


def test_wrong_type_names_the_field(tmp_path) -> None:
    def change(d):
        d["quizzes"][0]["questions"][2]["answer"] = "ten"

    message = broken(tmp_path, change)
    assert "questions[2] (id 'count') > answer" in message
    assert "should be of type number" in message


def test_duplicate_id_is_named(tmp_path) -> None:
    def change(d):
        d["quizzes"][0]["questions"][1]["id"] = "pick-one"

    message = broken(tmp_path, change)
    assert "quizzes[0] (id 'basics') > questions" in message
    assert "duplicate id 'pick-one'" in message


def test_answer_not_among_the_options(tmp_path) -> None:
    def change(d):
        d["quizzes"][0]["questions"][0]["options"][0]["correct"] = False

    message = broken(tmp_path, change)
    assert "questions[0] (id 'pick-one') > options" in message
    assert "the answer must be among the options" in message


def test_unknown_kind_and_unknown_field(tmp_path) -> None:
    def kind(d):
        d["quizzes"][0]["questions"][0]["kind"] = "essay"

    assert '"essay" is not one of' in broken(tmp_path, kind)

    def extra(d):
        d["checklists"][0]["cues"][0]["colour"] = "red"

    message = broken(tmp_path, extra)
    assert "checklists[0] (id 'plank') > cues[0] (id 'line')" in message
    assert "unknown field" in message and "colour" in message


def test_option_without_feedback_is_refused(tmp_path) -> None:
    message = broken(
        tmp_path, lambda d: d["quizzes"][0]["questions"][0]["options"][1].pop("feedback")
    )
    assert "options[1] (id 'b')" in message and "'feedback'" in message


def test_numeric_range_must_hold_the_answer(tmp_path) -> None:
    def change(d):
        question = d["quizzes"][0]["questions"][2]
        question.pop("tolerance")
        question["range"] = [20, 30]

    assert "10 lies outside its range" in broken(tmp_path, change)


def test_exercise_must_name_a_checklist_in_the_file(tmp_path) -> None:
    def change(d):
        d["exercises"] = [
            {
                "id": "plank",
                "name": "Plank",
                "checklist": "side-plank",
                "dose": "3 x 20 s",
                "easier": "Knees.",
                "harder": "Longer.",
                "progression": ["a", "b", "c", "d"],
            }
        ]

    message = broken(tmp_path, change)
    assert "exercises[0] (id 'plank') > checklist" in message
    assert "no checklist with id 'side-plank'" in message


def test_yaml_syntax_error_gives_line(tmp_path) -> None:
    path = tmp_path / "bad.yml"
    path.write_text("quizzes:\n  - id: [unclosed\n", encoding="utf-8")
    with pytest.raises(ContentError, match=r"bad\.yml: line \d+, column \d+: is not valid YAML"):
        load_content(path)


def test_empty_and_missing_files(tmp_path) -> None:
    empty = tmp_path / "empty.yml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ContentError, match="empty.yml: file is empty"):
        load_content(empty)
    with pytest.raises(ContentError, match="missing.yml: file not found"):
        load_content(tmp_path / "missing.yml")


def test_command_line_check_reports_each_file(tmp_path, capsys) -> None:
    good = write(tmp_path, VALID, "good.yml")
    bad = write(tmp_path, {"quizzes": [{"id": "x"}]}, "bad.yml")
    assert main([str(good), str(bad)]) == 1
    captured = capsys.readouterr()
    assert f"{good}: ok" in captured.out
    assert "bad.yml: quizzes[0] (id 'x'): missing required field" in captured.err


@pytest.mark.parametrize(
    ("module", "data_file"),
    [("abcourse.content", "01-weak-core.yml"), ("abcourse.tooldata", "norms.yml")],
)
def test_the_command_line_check_runs_without_a_warning(module: str, data_file: str) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", module, str(DATA / data_file)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(": ok")
    assert "Warning" not in result.stderr, result.stderr


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
