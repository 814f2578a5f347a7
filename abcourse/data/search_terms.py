"""Load ``book/data/search-terms.yml``: the learner's own words and the page each should find.

The course says "curl-up", "trunk flexor test" and "side bridge"; a learner types "crunches",
"timer" and "side plank". The site's search (Sphinx's) only finds words a page contains, so this
file names, for a page and optionally a place in it, the words that should find it; the
build adds them to the page as index entries (``abcourse/site/search_terms.py``), which the search
ranks above words found in the text. One file, so a word is added in one place.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .files import ContentError, DataKind, describe_location, load

#: the course's own file, beside the other data files
SEARCH_TERMS_FILE = Path(__file__).resolve().parents[2] / "book" / "data" / "search-terms.yml"


def check_search_terms(document: dict[str, Any], path: Path | str) -> None:
    """A word leads to one place of a page: the same page and section are not listed twice."""
    seen: set[tuple[str, str]] = set()
    for index, entry in enumerate(document["entries"]):
        place = (entry["page"], entry.get("anchor", ""))
        if place in seen:
            where = describe_location(document, ["entries", index])
            anchor = f" anchor '{place[1]}'" if place[1] else ""
            raise ContentError(path, where, f"page '{place[0]}'{anchor} is listed twice")
        seen.add(place)


SEARCH_TERMS = DataKind(
    schema="search-terms",
    names=("search-terms*.yml",),
    check=check_search_terms,
)


def load_search_terms(path: Path | str = SEARCH_TERMS_FILE) -> dict[str, Any]:
    """Read and check ``book/data/search-terms.yml`` (or another file of that shape)."""
    return load(path, SEARCH_TERMS)
