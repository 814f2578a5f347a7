"""Each exercise's "How much" line is made from its weeks (how it starts, where week 4 ends up,
and the exercise's own note), so the chapter, the plan's session card and the progression check
cannot give two numbers for one start; and the snippets the plan shows as data hold the same words
as the pages that include them."""

from __future__ import annotations

import pytest

from abcourse.data.content import load_content
from abcourse.data.exercise_weeks import WeekError, dose_line
from abcourse.data.files import ContentError
from abcourse.data.snippets import snippet_blocks
from abcourse.widgets.your_plan import load_snippets

from .support import DATA

DAYS = "on 2 or 3 days with a day off between"
HOLDS = [
    {"sessions": 3, "sets": 3, "seconds": 10, "where": "on your knees", "days": DAYS},
    {"sessions": 3, "sets": 3, "seconds": 12, "where": "on your knees"},
    {"sessions": 3, "sets": 3, "seconds": 12, "note": "to check that your form holds"},
    {"sessions": 3, "sets": 3, "seconds": 15, "eachSide": True},
]


def test_the_line_says_the_start_and_where_week_four_ends_up() -> None:
    assert dose_line(HOLDS) == (
        f"Start with 3 holds of 10 seconds on your knees, {DAYS}. "
        "By week 4: 3 holds of 15 seconds each side on your knees."
    )


def test_a_plan_that_does_not_change_says_only_its_start() -> None:
    same = [{"sessions": 3, "sets": 2, "reps": 5, "unit": "reaches", "days": DAYS}] * 4
    assert dose_line(same) == f"Start with 2 sets of 5 reaches, {DAYS}."


def test_the_exercise_s_note_and_week_one_s_words_follow() -> None:
    weeks = [{**HOLDS[0], "also": "Rate pain the next morning."}, *HOLDS[1:]]
    line = dose_line(weeks, "Switch sides halfway.")
    assert line.endswith(
        "3 holds of 15 seconds each side on your knees. Rate pain the next "
        "morning. Switch sides halfway."
    )


def test_a_start_with_no_days_is_an_error_naming_week_one() -> None:
    with pytest.raises(WeekError) as error:
        dose_line([{k: v for k, v in HOLDS[0].items() if k != "days"}, *HOLDS[1:]])
    assert (error.value.week, error.value.field) == (0, "days")


def test_the_loader_gives_each_exercise_its_line_with_its_note() -> None:
    exercises = {e["id"]: e for e in load_content(DATA / "02-form-technique.yml")["exercises"]}
    curl_up = exercises["curl-up"]
    assert curl_up["dose"] == dose_line(curl_up["weeks"], "Switch the bent knee halfway.")
    assert exercises["dead-bug"]["dose"] == dose_line(exercises["dead-bug"]["weeks"])


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
