"""Load the self-tests' data files (norms, red flags, progression) and check their schemas.

Like the chapters' content files, these are data a course author edits without touching code, and
every problem is a :class:`~abcourse.content.ContentError` naming the file, the item and the field.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .content import ContentError, describe_location, read_yaml, validate_document
from .figures.figureset import check_figures

NORMS_SCHEMA = "norms"
RED_FLAGS_SCHEMA = "red-flags"
PROGRESSION_SCHEMA = "progression"


def _source_keys(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def cited_sources(document: dict[str, Any]) -> Iterator[tuple[list[str | int], str]]:
    """Every citation key a data file uses, with the JSON path of the field that names it."""

    def walk(node: Any, path: list[str | int]) -> Iterator[tuple[list[str | int], str]]:
        if isinstance(node, dict):
            for name, value in node.items():
                if name in ("source", "introSource"):
                    for key in _source_keys(value):
                        yield [*path, name], key
                elif name != "sources":
                    yield from walk(value, [*path, name])
        elif isinstance(node, list):
            for index, item in enumerate(node):
                yield from walk(item, [*path, index])

    yield from walk(document, [])


def _check_sources(document: dict[str, Any], path: Path | str) -> None:
    labels = document.get("sources", {})
    for field_path, key in cited_sources(document):
        if key not in labels:
            where = describe_location(document, field_path)
            raise ContentError(path, where, f"source '{key}' is not listed under 'sources'")


def _check_unique(document: dict[str, Any], path: Path | str, field_path: list[str | int]) -> None:
    node: Any = document
    for step in field_path:
        node = node[step]
    seen: set[str] = set()
    for index, item in enumerate(node):
        if item["id"] in seen:
            where = describe_location(document, [*field_path, index])
            raise ContentError(path, where, f"duplicate id '{item['id']}'")
        seen.add(item["id"])


def check_norms(document: dict[str, Any], path: Path | str) -> None:
    """Rules the schema cannot state: unique ids, ratios built from tests in the file, sources."""
    _check_unique(document, path, ["tests"])
    _check_unique(document, path, ["ratios", "items"])
    tests = {test["id"] for test in document["tests"]}
    for index, ratio in enumerate(document["ratios"]["items"]):
        for side in ("numerator", "denominator"):
            for test_id in ratio[side]:
                if test_id not in tests:
                    where = describe_location(document, ["ratios", "items", index, side])
                    raise ContentError(path, where, f"no test with id '{test_id}' in 'tests'")
    check_figures(document, path, "tests")
    _check_sources(document, path)


def check_red_flags(document: dict[str, Any], path: Path | str) -> None:
    """Rules the schema cannot state: unique symptom ids, an emergency sign, sources."""
    _check_unique(document, path, ["symptoms"])
    if not any(symptom["level"] == "emergency" for symptom in document["symptoms"]):
        raise ContentError(path, "symptoms", "no symptom has level 'emergency'")
    for index, symptom in enumerate(document["symptoms"]):
        # the cauda equina sentence belongs with the emergency advice only
        if symptom.get("ces") and symptom["level"] != "emergency":
            where = describe_location(document, ["symptoms", index, "ces"])
            raise ContentError(path, where, "only an emergency sign can have 'ces: true'")
    _check_sources(document, path)


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
    _check_unique(document, path, ["units"])
    _check_sources(document, path)


CHECKS = {
    NORMS_SCHEMA: check_norms,
    RED_FLAGS_SCHEMA: check_red_flags,
    PROGRESSION_SCHEMA: check_progression,
}


@lru_cache(maxsize=16)
def _load_cached(resolved: str, mtime_ns: int, schema: str) -> dict[str, Any]:
    document = read_yaml(resolved)
    validate_document(document, resolved, schema_name=schema)
    CHECKS[schema](document, resolved)
    return document


def _load(path: Path | str, schema: str) -> dict[str, Any]:
    path = Path(path)
    if not path.is_file():
        raise ContentError(path, "", f"file not found (looked in {Path.cwd()})")
    return _load_cached(str(path), path.stat().st_mtime_ns, schema)


def load_norms(path: Path | str) -> dict[str, Any]:
    """Read and check ``book/data/norms.yml`` (or another file of that shape)."""
    return _load(path, NORMS_SCHEMA)


def load_red_flags(path: Path | str) -> dict[str, Any]:
    """Read and check ``book/data/red-flags.yml`` (or another file of that shape)."""
    return _load(path, RED_FLAGS_SCHEMA)


def load_progression(path: Path | str) -> dict[str, Any]:
    """Read and check ``book/data/progression.yml`` (or another file of that shape)."""
    return _load(path, PROGRESSION_SCHEMA)


def schema_for(path: Path | str) -> str:
    """Which schema a data file follows, from its name: ``norms*.yml`` or ``red-flags*.yml``."""
    name = Path(path).name
    if name.startswith("norms"):
        return NORMS_SCHEMA
    if name.startswith("red-flags"):
        return RED_FLAGS_SCHEMA
    if name.startswith("progression"):
        return PROGRESSION_SCHEMA
    raise ContentError(
        path, "", "not a self-test data file (expected norms*, red-flags* or progression*.yml)"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Check data files from the command line: ``python -m abcourse.tooldata FILE...``."""
    import sys

    paths = list(argv if argv is not None else sys.argv[1:])
    if not paths:
        print("usage: python -m abcourse.tooldata book/data/norms.yml ...", file=sys.stderr)
        return 2
    failed = 0
    for path in paths:
        try:
            _load(path, schema_for(path))
        except ContentError as error:
            failed += 1
            print(error, file=sys.stderr)
        else:
            print(f"{path}: ok")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
