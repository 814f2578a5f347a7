"""The chapter-2 form score: built from any chapter file that has checklists; a file without them
gives a named error; the traits carry the checklists in and the browser's result out."""

from __future__ import annotations

import copy

import pytest

from abcourse.data.content import load_content
from abcourse.data.files import ContentError
from abcourse.widgets import FormScore

from .support import CHAPTERS, DATA
from .test_content import VALID, write

SCRATCH = copy.deepcopy(VALID)
SCRATCH["checklists"].append(
    {
        "id": "dead-bug",
        "exercise": "Dead bug",
        "cues": [
            {"id": "back", "cue": "Back stays down.", "fix": "Move less.", "why": "Less arch."},
            {"id": "slow", "cue": "Slow.", "fix": "Count.", "why": "Control.", "priority": 1},
        ],
    }
)


def test_traits_from_any_chapter_file(tmp_path) -> None:
    widget = FormScore.from_file(write(tmp_path, SCRATCH, "02-test.yml"))
    assert widget.chapter == "02-test"
    assert [c["id"] for c in widget.checklists] == ["plank", "dead-bug"]
    assert widget.checked == {}
    assert widget.result == {"status": "no-data", "attention": None, "summary": ""}
    state = widget.get_state()
    for name in ("checklists", "chapter", "checked", "result", "_esm", "_css"):
        assert name in state, name


def test_result_arrives_from_the_browser(tmp_path) -> None:
    widget = FormScore.from_file(write(tmp_path, SCRATCH, "02-test.yml"))
    widget.set_state(
        {
            "checked": {"plank": ["line"]},
            "result": {"status": "ok", "attention": 0, "summary": "Form score 100%", "score": 1},
        }
    )
    assert widget.checked == {"plank": ["line"]}
    assert widget.result["score"] == 1


def test_chapter_can_be_given(tmp_path) -> None:
    widget = FormScore.from_file(write(tmp_path, SCRATCH, "scratch.yml"), chapter="02-other")
    assert widget.chapter == "02-other"


def test_a_file_without_checklists_gives_a_named_error(tmp_path) -> None:
    document = copy.deepcopy(VALID)
    del document["checklists"]
    path = write(tmp_path, document, "02-test.yml")
    with pytest.raises(ContentError, match=r"checklists: no checklists to score") as caught:
        FormScore.from_file(path)
    assert str(caught.value).startswith(str(path))


def test_a_broken_file_gives_the_content_error(tmp_path) -> None:
    document = copy.deepcopy(SCRATCH)
    del document["checklists"][1]["cues"][0]["why"]
    with pytest.raises(ContentError, match=r"id 'back'\): missing required field 'why'"):
        FormScore.from_file(write(tmp_path, document, "02-test.yml"))


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_chapter_with_checklists_can_be_scored(chapter) -> None:
    path = DATA / f"{chapter}.yml"
    if not path.is_file() or not load_content(path).get("checklists"):
        pytest.skip(f"{path.name} has no checklists yet")
    widget = FormScore.from_file(path)
    assert widget.chapter == chapter
    assert len(widget.checklists) == len(load_content(path)["checklists"])
