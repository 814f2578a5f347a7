"""A quiz question about a red flag takes its answer from book/data/red-flags.yml: the option whose
`level` is the sign's level is the right one, so the quiz and the checker cannot disagree. Move a
sign to another level and the answer moves with it; a question that cannot follow says why."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml

from abcourse.data.content import load_content
from abcourse.data.files import ContentError

from .support import DATA

CONTENT = "04-back-conditions.yml"


def data_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    return folder


def set_level(folder: Path, sign_id: str, level: str) -> None:
    path = folder / "red-flags.yml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    for group in document["groups"]:
        for sign in group["signs"]:
            if sign["id"] == sign_id:
                sign["level"] = level
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")


def question(document: dict, question_id: str) -> dict:
    return next(
        q for quiz in document["quizzes"] for q in quiz["questions"] if q["id"] == question_id
    )


def correct_ids(document: dict, question_id: str) -> list[str]:
    return [o["id"] for o in question(document, question_id)["options"] if o.get("correct")]


@pytest.mark.parametrize(
    ("question_id", "answer"),
    [("urgent-sign", "same-day"), ("one-leg", "stop-and-watch")],
)
def test_each_red_flag_question_is_answered_by_the_checkers_level(question_id, answer) -> None:
    document = load_content(DATA / CONTENT)
    assert question(document, question_id)["redFlag"]
    assert correct_ids(document, question_id) == [answer]


def test_moving_a_sign_moves_the_quizs_answer(tmp_path) -> None:
    folder = data_copy(tmp_path)
    set_level(folder, "temperature", "routine")
    assert correct_ids(load_content(folder / CONTENT), "urgent-sign") == ["routine"]


def test_a_level_no_option_stands_for_is_named(tmp_path) -> None:
    folder = data_copy(tmp_path)
    set_level(folder, "temperature", "soon")
    with pytest.raises(ContentError) as caught:
        load_content(folder / CONTENT)
    message = str(caught.value)
    assert "id 'urgent-sign'" in message
    assert (
        "'temperature' is 'soon' in red-flags.yml: exactly one option needs 'level: soon'"
        in message
    )


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda q: q.update(redFlag="no-such-sign"),
            "no sign or rule 'no-such-sign' in red-flags.yml",
        ),
        (lambda q: q["options"][0].update(correct=True), "the answer comes from red-flags.yml"),
    ],
    ids=["unknown-sign", "answer-written-by-hand"],
)
def test_a_broken_red_flag_question_is_named(tmp_path, change, expected) -> None:
    folder = data_copy(tmp_path)
    path = folder / CONTENT
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(question(document, "urgent-sign"))
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(path)
    assert expected in str(caught.value)
    assert "id 'urgent-sign'" in str(caught.value)


def test_the_answer_follows_a_change_to_red_flags_alone_in_one_process(tmp_path) -> None:
    """The content file is read once and cached; the red-flags file changing beside it still
    changes the answer, as a kernel that reloads the quiz would see."""
    folder = data_copy(tmp_path)
    assert correct_ids(load_content(folder / CONTENT), "urgent-sign") == ["same-day"]
    set_level(folder, "temperature", "routine")
    assert correct_ids(load_content(folder / CONTENT), "urgent-sign") == ["routine"]
