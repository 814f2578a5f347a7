"""The inverted row is offered only on a racked barbell, a locked Smith-machine bar, or rings or
straps anchored to a rack or a beam. Furniture can tip onto a person lying under it, and no study
tested rows under it, so no text of the exercise (its dose, its checklist, its drawings, its
section in chapter 3) may suggest a table, a chair or anything like them. A learner with no rack
or rings is sent to other exercises of the chapter instead."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest

from abcourse.data.content import load_content

from .support import BOOK, DATA

CONTENT = DATA / "03-muscle-imbalances.yml"
NOTEBOOK = BOOK / "03-muscle-imbalances.ipynb"
HEADING = "### Exercise 4: Inverted row"

FURNITURE = re.compile(
    r"\b(tables?|chairs?|furniture|brooms?(stick)?s?|towel[ -]?rails?|sofas?|couch(es)?|"
    r"benches|desks?|door ?frames?)\b",
    re.IGNORECASE,
)
#: the old "test pull" check, which cannot show that a home set-up will not tip
TEST_PULL = re.compile(r"feet (still )?take most of your weight", re.IGNORECASE)
ANCHORS = {
    "a rack": re.compile(r"\brack\b", re.IGNORECASE),
    "a Smith machine": re.compile(r"\bSmith-machine\b|\bSmith machine\b", re.IGNORECASE),
    "rings": re.compile(r"\brings\b", re.IGNORECASE),
    "straps": re.compile(r"\bstraps\b", re.IGNORECASE),
}
NO_RACK = "No rack or rings?"


def strings(value: object, where: str) -> Iterator[tuple[str, str]]:
    """(where, text) of every string in a piece of YAML, however deep."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{where}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, f"{where}[{index}]")


def item(kind: str) -> dict:
    document = load_content(CONTENT)
    found = [entry for entry in document[kind] if entry["id"] == "inverted-row"]
    assert len(found) == 1, f"{CONTENT.name}: no single {kind} item 'inverted-row'"
    return found[0]


def setup_cue() -> dict:
    """The checklist's first check: what the learner hangs from."""
    cues = [cue for cue in item("checklists")["cues"] if cue["id"] == "sturdy-bar"]
    assert cues, f"{CONTENT.name}: the inverted-row checklist has no 'sturdy-bar' cue"
    return cues[0]


def section() -> str:
    """The markdown of chapter 3 from the inverted row's heading to the next heading."""
    cells = json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]
    markdown = "\n".join(
        "".join(cell["source"]) for cell in cells if cell["cell_type"] == "markdown"
    )
    start = markdown.find(HEADING)
    assert start >= 0, f"{NOTEBOOK.name}: no '{HEADING}' section"
    rest = markdown[start + len(HEADING) :]
    end = re.search(r"^#{1,3} ", rest, re.MULTILINE)
    return HEADING + (rest[: end.start()] if end else rest)


def texts() -> list[tuple[str, str]]:
    return [
        *strings(item("exercises"), "exercises/inverted-row"),
        *strings(item("checklists"), "checklists/inverted-row"),
        ("chapter 3, " + HEADING, section()),
    ]


@pytest.mark.parametrize("pattern", [FURNITURE, TEST_PULL], ids=["furniture", "test-pull"])
def test_no_text_of_the_inverted_row_suggests_furniture(pattern: re.Pattern[str]) -> None:
    found = [
        f"{where}: {match.group(0)!r}"
        for where, text in texts()
        for match in pattern.finditer(text)
    ]
    assert not found, "the inverted row mentions:\n" + "\n".join(found)


def test_the_patterns_catch_what_they_are_for() -> None:
    for text in (
        "a heavy table",
        "two Chairs",
        "any furniture",
        "a broom",
        "a towel rail",
        "a sofa",
    ):
        assert FURNITURE.search(text), text
    for text in ("stable", "comfortable", "a racked barbell", "a bench press"):
        assert not FURNITURE.search(text), text


@pytest.mark.parametrize(
    "where, text",
    [
        ("the dose", lambda: item("exercises")["dose"]),
        ("the set-up cue", lambda: setup_cue()["cue"]),
        ("chapter 3's section", section),
    ],
    ids=["dose", "set-up-cue", "chapter"],
)
def test_the_allowed_anchors_are_named(where, text) -> None:
    missing = [name for name, pattern in ANCHORS.items() if not pattern.search(text())]
    assert not missing, f"{where} of the inverted row does not name {missing}"


def test_the_set_up_cue_is_checked_first() -> None:
    cue = setup_cue()
    assert cue.get("priority") == 1
    assert cue["why"].startswith("Coaches' advice:")


def test_a_learner_with_no_rack_is_sent_to_exercises_the_chapter_teaches() -> None:
    ids = {entry["id"] for entry in load_content(CONTENT)["exercises"]}
    assert {"bird-dog-balance", "glute-bridge"} <= ids, "the alternatives are not in chapter 3"
    places = [
        ("dose", item("exercises")["dose"]),
        ("set-up fix", setup_cue()["fix"]),
        ("chapter 3", section()),
    ]
    for where, text in places:
        assert NO_RACK in text, f"{where}: no '{NO_RACK}' alternative"
        alternative = text[text.index(NO_RACK) :].lower()
        for name in ("bird dog", "glute bridge"):
            assert name in alternative, f"{where}: the alternative does not name the {name}"
