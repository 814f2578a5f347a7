"""Each exercise's dose (the "How much" line) says week 1's figures, so the chapter, the plan's
session card and the progression check never give two numbers for one start; and the snippets the
plan shows as data hold the same words as the pages that include them."""

from __future__ import annotations

import re

import pytest

from abcourse.data.content import load_content
from abcourse.data.files import ContentError
from abcourse.data.snippets import snippet_blocks
from abcourse.widgets.your_plan import load_snippets

from .support import CHAPTERS, DATA

EXERCISES = [
    exercise
    for chapter in CHAPTERS
    for exercise in load_content(DATA / f"{chapter}.yml").get("exercises", [])
]
NUMBER = re.compile(r"\d+")


def first_figure(week: dict) -> int:
    """The figure a dose says first: the minutes of a walk, the reps of one set on each side,
    else the sets (a hold counts as a set)."""
    if "minutes" in week:
        return week["minutes"]
    if week.get("reps") and week["sets"] == 1 and week.get("eachSide"):
        return week["reps"]
    return week["sets"]


@pytest.mark.parametrize("exercise", EXERCISES, ids=[item["id"] for item in EXERCISES])
def test_the_dose_says_week_one(exercise) -> None:
    week = exercise["weeks"][0]
    numbers = [int(number) for number in NUMBER.findall(exercise["dose"])]
    assert numbers[0] == first_figure(week), exercise["dose"]
    for field in ("sets", "reps", "seconds", "minutes"):
        if field in week and not (field == "sets" and week[field] == 1):
            assert week[field] in numbers, f"{field} {week[field]} not in {exercise['dose']!r}"


def test_a_wrong_dose_is_caught() -> None:
    wrong = {
        "dose": "6 slow reaches on each side.",
        "weeks": [{"sets": 1, "reps": 5, "eachSide": True}],
    }
    with pytest.raises(AssertionError):
        test_the_dose_says_week_one(wrong)


def test_the_plan_reads_the_intros_snippets() -> None:
    snippets = load_snippets(DATA)
    titles = [section["title"] for section in snippets["startHere"]]
    assert titles == ["Is it dangerous?", "Today's ache", "Where to read next"]
    words = str(snippets["thisWeek"])
    for phrase in ("Full sit-ups", "Leg raises", "02-form-technique.html#curl-up", "NHS, 2024"):
        assert phrase in words


def test_a_snippet_link_to_no_label_is_an_error(tmp_path) -> None:
    (tmp_path / "snippets").mkdir()
    (tmp_path / "references.bib").write_text("", encoding="utf-8")
    snippet = tmp_path / "snippets" / "broken.md"
    snippet.write_text("- See [nowhere](no-such-label).\n", encoding="utf-8")
    with pytest.raises(ContentError, match="no page of the book defines"):
        snippet_blocks(snippet)
