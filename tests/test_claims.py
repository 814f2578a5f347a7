"""The claims ledger, book/data/claims.yml: every cited sentence of the book, every cited item of
the self-tests' data files and every quiz note that states a number has an entry; every number
such a text states is one its entry holds; no entry is left over from text that changed; and every
source the ledger describes is in the bibliography. The checks are also fed a small book whose
text breaks each rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from pybtex.database import parse_file

from abcourse.authoring.claims import gaps, numbers_in, sentences
from abcourse.data.claims import load_ledger
from abcourse.data.files import ContentError

from .support import BOOK, DATA, broken_file_error


@pytest.fixture(scope="module")
def ledger() -> dict:
    return load_ledger(DATA / "claims.yml")


def test_the_book_and_the_ledger_agree(ledger) -> None:
    problems = gaps(ledger)
    assert problems == [], "\n".join(problems[:40])


def test_every_source_in_the_ledger_is_in_the_bibliography(ledger) -> None:
    keys = set(parse_file(str(BOOK / "references.bib"), bib_format="bibtex").entries)
    assert set(ledger["studies"]) <= keys, set(ledger["studies"]) - keys
    for study in ledger["studies"].values():
        assert study["address"].startswith("http"), study


def test_each_entry_says_what_kind_of_claim_it_is(ledger) -> None:
    kinds = {claim["kind"] for claim in ledger["claims"]}
    assert {"finding", "inference", "model", "guideline", "advice"} <= kinds


def test_numbers_are_read_as_the_learner_reads_them() -> None:
    assert numbers_in("In 2,746 people, 0.55 {cite:p}`hayden2021`") == {"2746", "0.55"}
    assert numbers_in("a {term}`disc <disc herniation>` at L4 [link](page-2)") == frozenset()
    assert list(sentences("One. Two 3.\n\n- Three\n- Four")) == ["One.", "Two 3.", "Three", "Four"]


# ---- a small book whose text breaks each rule


def small_book(tmp_path: Path, sentence: str, claims: list[dict]) -> tuple[Path, dict]:
    book = tmp_path / "book"
    (book / "data").mkdir(parents=True)
    (book / "page.md").write_text(f"# A page\n\n{sentence}\n", encoding="utf-8")
    ledger = {"studies": {}, "claims": claims}
    return book, ledger


ENTRY = {
    "page": "page",
    "anchor": "back-muscle endurance",
    "source": ["nourbakhsh2002"],
    "states": "Back-extensor endurance was most closely linked with back pain, of 17 factors",
    "figures": ["600", "17"],
    "read": "abstract",
    "kind": "finding",
}
SENTENCE = "In 600 people, back-muscle endurance led 17 factors {cite:p}`nourbakhsh2002`."


def test_a_sentence_that_matches_its_entry_has_no_gap(tmp_path) -> None:
    book, ledger = small_book(tmp_path, SENTENCE, [ENTRY])
    assert gaps(ledger, book) == []


@pytest.mark.parametrize(
    ("sentence", "claims", "expected"),
    [
        (SENTENCE.replace("600", "6,000"), [ENTRY], "states 6000, which no entry holds"),
        (SENTENCE, [], "no ledger entry (sources nourbakhsh2002)"),
        (
            SENTENCE.replace("nourbakhsh2002", "nourbakhsh2002,hayden2021"),
            [ENTRY],
            "no entry for the source hayden2021",
        ),
        (
            SENTENCE.replace("back-muscle endurance", "strength"),
            [ENTRY],
            "the entry 'back-muscle endurance' matches no cited text",
        ),
    ],
    ids=["number-not-held", "no-entry", "source-not-named", "entry-left-over"],
)
def test_a_sentence_that_breaks_its_entry_is_named(tmp_path, sentence, claims, expected) -> None:
    book, ledger = small_book(tmp_path, sentence, claims)
    problems = gaps(ledger, book)
    assert any(expected in problem for problem in problems), problems


def test_a_quiz_note_with_a_number_needs_an_entry(tmp_path) -> None:
    book, ledger = small_book(tmp_path, "No citation here.", [])
    quiz = {
        "quizzes": [
            {
                "id": "q",
                "title": "T",
                "questions": [
                    {"id": "n", "kind": "truefalse", "prompt": "In 24 studies?", "answer": True}
                ],
            }
        ]
    }
    (book / "data" / "01-x.yml").write_text(yaml.safe_dump(quiz), encoding="utf-8")
    problems = gaps(ledger, book)
    assert problems == ["data/01-x.yml: quizzes/q/questions/n: no ledger entry (sources )"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: d["claims"][0].update(kind="guess"),
            r"claims\[0\] > kind: \"guess\" is not one of",
        ),
        (lambda d: d["claims"][0].pop("read"), r"claims\[0\]: missing required field 'read'"),
        (
            lambda d: d["claims"][0].update(source=["nosuchstudy"]),
            r"claims\[0\]: source 'nosuchstudy' is not described under 'studies'",
        ),
        (lambda d: d["claims"].append(dict(d["claims"][0])), r"claims\[\d+\]: a second entry for"),
        (
            lambda d: d["claims"][0].update(figures=["about 15"]),
            r"claims\[0\] > figures\[0\]: 'about 15' does not match",
        ),
    ],
    ids=["unknown-kind", "no-read", "undescribed-source", "duplicate", "figure-not-digits"],
)
def test_a_broken_ledger_gives_the_named_error(tmp_path, ledger, change, expected) -> None:
    error = broken_file_error(load_ledger, ledger, change, tmp_path / "claims.yml")
    assert isinstance(error, ContentError)
    assert re.search(expected, str(error)), error
