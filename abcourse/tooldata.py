"""Load the self-tests' data files (norms, red flags, progression) and check their schemas.

Like the chapters' content files, these are data a course author edits without touching code. The
shared loader (:mod:`abcourse.datafile`) reads each and checks its schema and ids; this module adds
the rules a schema cannot state. Every problem is a :class:`~abcourse.datafile.ContentError` naming
the file, the item and the field.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .datafile import ContentError, DataKind, describe_location, load
from .figures.figureset import check_figures


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
    _check_sources(document, path)


#: the red-flag levels, most serious first, as red-flags.yml lists them (which the browser reads)
RED_FLAG_LEVELS = ("call-999", "ae-now", "same-day", "soon", "routine")


def red_flag_signs(document: dict[str, Any]) -> Iterator[tuple[list[str | int], dict[str, Any]]]:
    """Every sign of the red-flags file, with its path (``groups > [0] > signs > [2]``)."""
    for group_index, group in enumerate(document["groups"]):
        for sign_index, sign in enumerate(group["signs"]):
            yield ["groups", group_index, "signs", sign_index], sign


def _check_red_flag_names(document: dict[str, Any], path: Path | str) -> set[str]:
    """Sign ids unique across groups, sets made of signs; returns the ids."""
    ids: set[str] = set()
    for field_path, sign in red_flag_signs(document):
        if sign["id"] in ids:
            where = describe_location(document, [*field_path, "id"])
            raise ContentError(path, where, f"a second sign with id '{sign['id']}'")
        ids.add(sign["id"])
    for name, members in document["sets"].items():
        if name in ids:
            raise ContentError(path, f"sets > {name}", "a set cannot share a sign's id")
        for member in members:
            if member not in ids:
                raise ContentError(path, f"sets > {name}", f"no sign with id '{member}'")
    return ids


def _check_red_flag_rules(document: dict[str, Any], path: Path | str, ids: set[str]) -> set[str]:
    """Rules name signs or sets; returns every sign a rule can read."""
    sets = document["sets"]
    read: set[str] = set()
    for index, rule in enumerate(document["rules"]):
        names = list(rule["when"])
        if "atLeast" in rule:
            if rule["atLeast"]["of"] not in sets:
                where = describe_location(document, ["rules", index, "atLeast", "of"])
                raise ContentError(path, where, f"no set named '{rule['atLeast']['of']}'")
            names.append(rule["atLeast"]["of"])
        for name in names:
            if name not in ids and name not in sets:
                where = describe_location(document, ["rules", index, "when"])
                raise ContentError(path, where, f"'{name}' is neither a sign nor a set")
            read.update(sets.get(name, [name]))
    return read


def check_red_flags(document: dict[str, Any], path: Path | str) -> None:
    """Rules the schema cannot state: names that resolve, words to say, the cauda equina mark."""
    ids = _check_red_flag_names(document, path)
    read = _check_red_flag_rules(document, path, ids)
    for field_path, sign in red_flag_signs(document):
        where = describe_location(document, field_path)
        level = sign.get("level")
        if level is None and sign["id"] not in read:
            raise ContentError(path, where, "a sign with no level must be read by a rule")
        if level not in (None, "routine") and not ("say" in sign or "script" in sign):
            raise ContentError(path, where, "a sign above 'routine' needs 'say' or 'script'")
        # the cauda equina sentence belongs with the signs that send the learner to A&E or 999
        if sign.get("ces") and level not in ("call-999", "ae-now"):
            raise ContentError(path, where, "only an A&E or 999 sign can have 'ces: true'")
    # the browser ranks the levels in the file's order
    if tuple(document["levels"]) != RED_FLAG_LEVELS:
        order = ", ".join(RED_FLAG_LEVELS)
        raise ContentError(path, "levels", f"list the levels most serious first: {order}")
    outcomes = [sign.get("level") for _, sign in red_flag_signs(document)]
    outcomes += [rule["level"] for rule in document["rules"]]
    for level in ("call-999", "ae-now"):
        if level not in outcomes:
            raise ContentError(path, "groups", f"no sign or rule has level '{level}'")
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
    _check_sources(document, path)


#: ``book/data/norms.yml``: the hold tests' norms and the balance ratios
NORMS = DataKind(
    schema="norms",
    names=("norms*.yml",),
    unique=(("tests",), ("ratios", "items")),
    check=check_norms,
)
#: ``book/data/red-flags.yml``: the red-flag signs and the advice for each level
RED_FLAGS = DataKind(
    schema="red-flags",
    names=("red-flags*.yml",),
    unique=(("groups",), ("rules",)),
    check=check_red_flags,
)
#: ``book/data/red-flag-coverage.yml``: the sources' red-flag families and what covers each (the
#: tests hold it to the red-flags file and the bibliography)
RED_FLAG_COVERAGE = DataKind(schema="red-flag-coverage", names=("red-flag-coverage*.yml",))
#: ``book/data/progression.yml``: the progression check's rules
PROGRESSION = DataKind(
    schema="progression", names=("progression*.yml",), unique=(("units",),), check=check_progression
)


def load_norms(path: Path | str) -> dict[str, Any]:
    """Read and check ``book/data/norms.yml`` (or another file of that shape)."""
    return load(path, NORMS)


def load_red_flags(path: Path | str) -> dict[str, Any]:
    """Read and check ``book/data/red-flags.yml`` (or another file of that shape)."""
    return load(path, RED_FLAGS)


def load_progression(path: Path | str) -> dict[str, Any]:
    """Read and check ``book/data/progression.yml`` (or another file of that shape)."""
    return load(path, PROGRESSION)
