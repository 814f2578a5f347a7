"""The bibliography: every entry is cited somewhere and every cited key has an entry, each journal
article names its authors, title, journal, year, volume and pages, every DOI looks like one, and two
papers by the same first author in the same year are told apart."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
import yaml
from pybtex.database import BibliographyData, parse_file

from abcourse.data.sources import cited_sources

from .support import BOOK, DATA

BIBLIOGRAPHY = BOOK / "references.bib"

# A MyST citation role, {cite}, {cite:p} or {cite:t}, with one key or several keys separated by
# commas: {cite:p}`nice2016,who2023`.
ROLE = re.compile(r"\{cite(?::[a-z]+)?\}`([^`]*)`")
DOI = re.compile(r"^10\.\d{4,9}/\S+$")
YEAR = re.compile(r"^\d{4}[a-z]?$")
ARTICLE_FIELDS = ("title", "journal", "year", "volume", "pages")
# Journals without volumes: the publisher cites a review by year, issue and article number
# ("Cochrane Database of Systematic Reviews 2021, Issue 9. Art. No.: CD009790"), so there the
# issue stands in for the volume and the article number for the pages.
NO_VOLUMES = {"Cochrane Database of Systematic Reviews"}


@lru_cache(maxsize=1)
def bibliography() -> BibliographyData:
    return parse_file(str(BIBLIOGRAPHY), bib_format="bibtex")


def chapter_files() -> list[Path]:
    """The chapters, the pages, and the snippets that pages include (``book/snippets``)."""
    return sorted([*BOOK.glob("*.ipynb"), *BOOK.glob("*.md"), *BOOK.glob("snippets/*.md")])


def data_files() -> list[Path]:
    return sorted(DATA.glob("*.yml"))


def role_keys(text: str) -> Iterator[str]:
    """Every key a citation role in ``text`` names."""
    for match in ROLE.finditer(text):
        for key in match.group(1).split(","):
            if key.strip():
                yield key.strip()


def data_keys(document: Any) -> Iterator[str]:
    """Every key a data file names: the keys of its ``sources`` map and each ``source`` field."""
    if not isinstance(document, dict):
        return
    sources = document.get("sources")
    if isinstance(sources, dict):
        yield from sources
    for _, key in cited_sources(document):
        yield key


def keys_by_file(paths: Iterable[Path], reader: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        if reader == "roles":
            found[path.name] = set(role_keys(text))
        else:
            found[path.name] = set(data_keys(yaml.safe_load(text)))
    return found


@lru_cache(maxsize=1)
def cited_in_chapters() -> dict[str, set[str]]:
    return keys_by_file(chapter_files(), "roles")


@lru_cache(maxsize=1)
def cited_in_data() -> dict[str, set[str]]:
    return keys_by_file(data_files(), "data")


def all_cited() -> set[str]:
    return set().union(*cited_in_chapters().values(), *cited_in_data().values())


def keys(kind: str | None = None) -> list[str]:
    return [
        key for key, entry in bibliography().entries.items() if kind is None or entry.type == kind
    ]


def test_role_and_data_readers_find_every_key() -> None:
    text = "As {cite:p}`nice2016, who2023` show, and {cite:t}`mcgill1999` found {cite}`axler1997`."
    assert list(role_keys(text)) == ["nice2016", "who2023", "mcgill1999", "axler1997"]
    document = {
        "sources": {"a2020": "A", "b2021": "B"},
        "items": [{"id": "x", "source": "a2020"}, {"id": "y", "source": ["b2021", "c2022"]}],
    }
    assert set(data_keys(document)) == {"a2020", "b2021", "c2022"}


def test_the_files_that_cite_are_found() -> None:
    assert "04-back-conditions.ipynb" in cited_in_chapters()
    assert "red-flags.yml" in cited_in_data()
    assert len(all_cited()) > 20


def test_every_entry_is_cited_somewhere() -> None:
    uncited = sorted(set(bibliography().entries.keys()) - all_cited())
    assert not uncited, (
        f"entries in {BIBLIOGRAPHY.name} that no chapter, page or data file cites "
        f"(cite them or remove them): {uncited}"
    )


@pytest.mark.parametrize("name", [path.name for path in data_files()])
def test_every_key_a_data_file_cites_is_in_the_bibliography(name: str) -> None:
    missing = sorted(cited_in_data()[name] - set(bibliography().entries.keys()))
    assert not missing, f"{name} cites keys that {BIBLIOGRAPHY.name} lacks: {missing}"


@pytest.mark.parametrize("name", [path.name for path in chapter_files()])
def test_every_key_a_chapter_cites_is_in_the_bibliography(name: str) -> None:
    missing = sorted(cited_in_chapters()[name] - set(bibliography().entries.keys()))
    assert not missing, f"{name} cites keys that {BIBLIOGRAPHY.name} lacks: {missing}"


@pytest.mark.parametrize("key", keys("article"))
def test_every_article_names_what_a_reader_needs_to_find_it(key: str) -> None:
    entry = bibliography().entries[key]
    assert entry.persons.get("author"), f"{key}: no author"
    needed = list(ARTICLE_FIELDS)
    if entry.fields.get("journal") in NO_VOLUMES:
        needed[needed.index("volume")] = "number"
    missing = [name for name in needed if not entry.fields.get(name, "").strip()]
    assert not missing, f"{key}: missing {', '.join(missing)}"


@pytest.mark.parametrize("key", keys())
def test_every_year_and_doi_is_well_formed(key: str) -> None:
    entry = bibliography().entries[key]
    year = entry.fields.get("year", "")
    assert YEAR.match(year), f"{key}: year {year!r} is not four digits (and a letter at most)"
    doi = entry.fields.get("doi")
    if doi is not None:
        assert DOI.match(doi), f"{key}: {doi!r} does not look like a DOI (10.NNNN/...)"
    assert not entry.fields.get("url", "").startswith("https://doi.org/"), (
        f"{key}: put the DOI in the doi field, not the url"
    )


def test_same_first_author_and_year_are_told_apart() -> None:
    """Author-year labels would read the same for two such papers; a year suffix tells them apart
    ('2015a', '2015b'), and the keys carry the same suffix."""
    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for key in keys():
        entry = bibliography().entries[key]
        authors = entry.persons.get("author")
        if not authors:
            continue
        first = " ".join(authors[0].last_names)
        year = entry.fields.get("year", "")
        groups[(first, year[:4])].append((key, year))
    for (first, year), members in groups.items():
        if len(members) < 2:
            continue
        years = [member_year for _, member_year in members]
        assert len(set(years)) == len(years), (
            f"{first} {year}: {[key for key, _ in members]} would share the label {first} {year}"
        )
        for key, member_year in members:
            assert key.endswith(member_year[-1]), f"{key}: the key should end like its year"


def source_labels() -> list[tuple[str, str, str]]:
    """Every short source label a widget shows: (data file, key, label)."""
    labels = []
    for path in data_files():
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        sources = document.get("sources") if isinstance(document, dict) else None
        if isinstance(sources, dict):
            labels += [(path.name, key, str(label)) for key, label in sources.items()]
    return labels


def personal_first_author(key: str) -> str | None:
    """The first author's surname, for an entry written by people; None for an organisation's
    entry (a name in braces, such as {NHS}) or an entry with no author."""
    authors = bibliography().entries[key].persons.get("author")
    if not authors:
        return None
    surname = " ".join(authors[0].last_names)
    return None if surname.startswith("{") else surname


def test_source_labels_open_with_who_wrote_the_source() -> None:
    """A widget cites a source by a short label (a data file's ``sources``). For a source written
    by people, the label opens with the first author's surname, as the bibliography files it; a
    web site's name in that place ("Back (backes.org.uk), ...") reads like a garbled author."""
    labels = source_labels()
    assert any(key == "backes2024ces" for _, key, _ in labels)
    wrong = [
        f"{name}: {key}: {label!r} should open with {surname!r}"
        for name, key, label in labels
        if (surname := personal_first_author(key)) and not label.startswith(surname)
    ]
    assert not wrong, "\n".join(wrong)
