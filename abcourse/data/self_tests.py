"""Load the hold tests' norms and the progression check's rules, and check them.

Like the chapters' content files, these are data a course author edits without touching code. The
shared loader (:mod:`abcourse.data.files`) reads each and checks its schema and ids; this module
adds the rules a schema cannot state. Every problem is a
:class:`~abcourse.data.files.ContentError` naming the file, the item and the field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .figure_rules import check_figures
from .files import ContentError, DataKind, describe_location, load
from .sources import check_sources


def check_norms(document: dict[str, Any], path: Path | str) -> None:
    """Rules the schema cannot state: ratios built from tests in the file, sources."""
    tests = {test["id"] for test in document["tests"]}
    for index, ratio in enumerate(document["ratios"]["items"]):
        for side in ("numerator", "denominator"):
            for test_id in ratio[side]:
                if test_id not in tests:
                    where = describe_location(document, ["ratios", "items", index, side])
                    raise ContentError(path, where, f"no test with id '{test_id}' in 'tests'")
    check_figures(document, path, "tests")
    check_sources(document, path)


def check_progression(document: dict[str, Any], path: Path | str) -> None:
    """Rules the schema cannot state: week counts in order, pain zones in order, units, sources."""
    weeks = document["weeks"]
    if not weeks["min"] <= weeks["start"] <= weeks["max"]:
        raise ContentError(path, "weeks", "'start' must lie between 'min' and 'max'")
    pain = document["rules"]["pain"]
    if pain["okMax"] >= pain["cautionMax"]:
        raise ContentError(path, "rules > pain", "'okMax' must be below 'cautionMax'")
    increase = document["rules"]["increase"]
    if increase["ruleOfThumb"] > increase["twoWeekLimit"]:
        raise ContentError(path, "rules > increase", "'ruleOfThumb' must not exceed 'twoWeekLimit'")
    rest = document["rules"]["rest"]
    if rest["maxSessions"] > document["maxSessions"]:
        raise ContentError(path, "rules > rest > maxSessions", "must not exceed 'maxSessions'")
    check_sources(document, path)


#: ``book/data/norms.yml``: the hold tests' norms and the balance ratios
NORMS = DataKind(
    schema="norms",
    names=("norms*.yml",),
    unique=(("tests",), ("ratios", "items")),
    check=check_norms,
)
#: ``book/data/progression.yml``: the progression check's rules
PROGRESSION = DataKind(
    schema="progression", names=("progression*.yml",), unique=(("units",),), check=check_progression
)


def load_norms(path: Path | str) -> dict[str, Any]:
    """Read and check ``book/data/norms.yml`` (or another file of that shape)."""
    return load(path, NORMS)


def load_progression(path: Path | str) -> dict[str, Any]:
    """Read and check ``book/data/progression.yml`` (or another file of that shape)."""
    return load(path, PROGRESSION)
