"""Load the red-flag checker's file, ``book/data/red-flags.yml``, and check what a schema cannot.

The checker, the lists in the introduction and chapter 4, the "When to stop" box, the plan and the
chapter 4 quiz all read this one file. Every problem is a
:class:`~abcourse.data.files.ContentError` naming the file, the item and the field.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .files import ContentError, DataKind, describe_location, load
from .sources import check_sources


def red_flag_levels(document: dict[str, Any]) -> tuple[str, ...]:
    """The level ids, most serious first, as the file's ``levels`` lists them."""
    return tuple(document["levels"])


def emergency_levels(document: dict[str, Any]) -> tuple[str, ...]:
    """The levels the file marks ``emergency``: go now (999 or A&E)."""
    return tuple(name for name, level in document["levels"].items() if level.get("emergency"))


def _check_levels(document: dict[str, Any], path: Path | str) -> None:
    """Most serious first: emergencies before the rest, attention never rising down the list."""
    levels = list(document["levels"].items())
    for (above, upper), (name, level) in zip(levels, levels[1:], strict=False):
        rises = level["attention"] > upper["attention"]
        if rises or (level.get("emergency") and not upper.get("emergency")):
            raise ContentError(
                path,
                f"levels > {name}",
                f"list the levels most serious first: '{name}' ranks above '{above}'",
            )


def _check_level_names(document: dict[str, Any], path: Path | str) -> None:
    """Every sign and rule names a level the file has."""
    known = red_flag_levels(document)
    items = list(red_flag_signs(document))
    items += [(["rules", index], rule) for index, rule in enumerate(document["rules"])]
    for field_path, item in items:
        if "level" in item and item["level"] not in known:
            where = describe_location(document, [*field_path, "level"])
            # worded as the schema words an unknown value, which it was when it listed the levels
            message = f"{json.dumps(item['level'])} is not one of: {', '.join(known)}"
            raise ContentError(path, where, message)


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
    _check_levels(document, path)
    _check_level_names(document, path)
    ids = _check_red_flag_names(document, path)
    read = _check_red_flag_rules(document, path, ids)
    emergencies = emergency_levels(document)
    lowest = red_flag_levels(document)[-1]
    for field_path, sign in red_flag_signs(document):
        where = describe_location(document, field_path)
        level = sign.get("level")
        if level is None and sign["id"] not in read:
            raise ContentError(path, where, "a sign with no level must be read by a rule")
        if level not in (None, lowest) and not ("say" in sign or "script" in sign):
            raise ContentError(path, where, f"a sign above '{lowest}' needs 'say' or 'script'")
        # the cauda equina sentence belongs with the signs that send the learner to A&E or 999
        if sign.get("ces") and level not in emergencies:
            raise ContentError(path, where, "only an A&E or 999 sign can have 'ces: true'")
    outcomes = [sign.get("level") for _, sign in red_flag_signs(document)]
    outcomes += [rule["level"] for rule in document["rules"]]
    for level in emergencies:
        if level not in outcomes:
            raise ContentError(path, "groups", f"no sign or rule has level '{level}'")
    check_sources(document, path)


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


#: the key that carries the levels' order, most serious first, beside the ``levels`` mapping
LEVEL_ORDER = "levelOrder"


def load_red_flags(path: Path | str) -> dict[str, Any]:
    """Read and check ``book/data/red-flags.yml`` (or another file of that shape).

    The levels' order in the file is their severity, most serious first. A mapping's order does not
    survive every trip through JSON (a notebook's widget state is written with sorted keys, which
    would put "ae-now" before "call-999"), so the order is also given as a list, ``levelOrder``,
    which the checker in the browser ranks by."""
    data = load(path, RED_FLAGS)
    return {**data, LEVEL_ORDER: list(data["levels"])}
