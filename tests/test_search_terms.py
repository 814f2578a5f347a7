"""The learner's own words (``book/data/search-terms.yml``) become index entries of the pages they
name, which the site's search lists first; a page or anchor the book does not have stops a strict
build. A small Sphinx project with the course's extension part shows it; the built book's search
is tested in a browser (``browser/test_search.py``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sphinx.cmd.build import build_main

from abcourse.data.files import ContentError
from abcourse.data.search_terms import SEARCH_TERMS_FILE, load_search_terms

from .support import write_yaml

PAGE = """\
Weak core muscles
=================

The chapter's text says hold, not the learner's word for the tool.

.. _bird-dog:

Exercise: bird dog
------------------

On hands and knees.
"""


def small_project(root: Path, entries: list[dict]) -> Path:
    (root / "book" / "data").mkdir(parents=True)
    (root / "conf.py").write_text(
        'extensions = ["abcourse.site.search_terms"]\nroot_doc = "book/index"\n', encoding="utf-8"
    )
    (root / "book" / "index.rst").write_text(
        "Course\n======\n\n.. toctree::\n\n   01-weak-core\n", encoding="utf-8"
    )
    (root / "book" / "01-weak-core.rst").write_text(PAGE, encoding="utf-8")
    write_yaml(root / "book" / "data", {"entries": entries}, "search-terms.yml")
    return root


def build(root: Path) -> tuple[int, str, Path]:
    out = root / "_build"
    warnings = root / "warnings.txt"
    code = build_main(["-W", "-q", "-b", "html", "-w", str(warnings), str(root), str(out)])
    return code, warnings.read_text(encoding="utf-8"), out


def index_entries(out: Path) -> dict[str, list]:
    text = (out / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    return {
        word: [(index["docnames"][doc], anchor) for doc, anchor, _main in found]
        for word, found in index["indexentries"].items()
    }


def test_words_become_index_entries_of_their_page_and_anchor(tmp_path) -> None:
    root = small_project(
        tmp_path,
        [
            {"page": "01-weak-core", "words": ["timer", "stopwatch"]},
            {"page": "01-weak-core", "anchor": "bird-dog", "words": ["bird dogs"]},
        ],
    )
    code, warnings, out = build(root)
    assert code == 0, warnings
    entries = index_entries(out)
    assert entries["timer"] == [("book/01-weak-core", "weak-core-muscles")]
    assert entries["stopwatch"] == [("book/01-weak-core", "weak-core-muscles")]
    # a label leads to its section's own id: the search shows that element's text
    assert entries["bird dogs"] == [("book/01-weak-core", "exercise-bird-dog")]
    # the book's index lists them too
    assert "stopwatch" in (out / "genindex.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"page": "07-no-such-page", "words": ["timer"]}, r"no page 'book/07-no-such-page'"),
        (
            {"page": "01-weak-core", "anchor": "side-plank", "words": ["side plank"]},
            r"page '01-weak-core', anchor 'side-plank': the page has no such label or section",
        ),
    ],
    ids=["page", "anchor"],
)
def test_a_place_the_book_does_not_have_stops_a_strict_build(tmp_path, entry, message) -> None:
    code, warnings, _ = build(small_project(tmp_path, [entry]))
    assert code != 0
    assert re.search(message, warnings), warnings


def test_the_course_file_loads_and_names_the_learners_words() -> None:
    words = {word for entry in load_search_terms()["entries"] for word in entry["words"]}
    assert {"crunches", "sit-ups", "leg raises", "timer", "side plank", "slipped disc"} <= words
    assert SEARCH_TERMS_FILE.name == "search-terms.yml"


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        (
            [{"page": "intro", "words": ["abs"]}, {"page": "intro", "words": ["core"]}],
            r"entries\[1\]: page 'intro' is listed twice",
        ),
        ([{"page": "intro", "words": ["Crunches"]}], r"entries\[0\] > words\[0\]"),
        ([{"page": "intro", "words": ["sore", "sore"]}], r"entries\[0\] > words"),
        ([{"page": "intro", "words": []}], r"entries\[0\] > words"),
        ([{"page": "intro", "section": "x", "words": ["abs"]}], r"unknown field"),
    ],
    ids=["same-place-twice", "capitals", "word-twice", "no-words", "unknown-field"],
)
def test_a_broken_file_is_named_with_the_entry(tmp_path, entries, message) -> None:
    path = write_yaml(tmp_path, {"entries": entries}, "search-terms.yml")
    with pytest.raises(ContentError, match=message):
        load_search_terms(path)
