"""The claims ledger's file, ``book/data/claims.yml``: read it and check what a schema cannot.

What the ledger must cover (every cited sentence of the book, every number it states) is the
authors' check, :mod:`abcourse.authoring.claims`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .files import ContentError, DataKind, describe_location, load

#: the course's ledger; the package is installed from the course's folder (``-e .``)
LEDGER_FILE = Path(__file__).resolve().parents[2] / "book" / "data" / "claims.yml"


def check_ledger(document: dict[str, Any], path: Path | str) -> None:
    """Rules the schema cannot state: each source described once, each anchor once per page."""
    seen: set[tuple[str, str]] = set()
    for index, claim in enumerate(document["claims"]):
        where = describe_location(document, ["claims", index])
        for key in claim["source"]:
            if key not in document["studies"]:
                raise ContentError(path, where, f"source '{key}' is not described under 'studies'")
        place = (claim["page"], claim["anchor"])
        if place in seen:
            raise ContentError(path, where, f"a second entry for '{claim['anchor']}'")
        seen.add(place)


#: ``book/data/claims.yml``: the claims ledger
CLAIMS = DataKind(schema="claims", names=("claims*.yml",), check=check_ledger)


def load_ledger(path: Path | str = LEDGER_FILE) -> dict[str, Any]:
    """Read and check the claims ledger."""
    return load(path, CLAIMS)
