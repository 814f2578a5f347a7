"""Load the workout mode's stop rules, ``book/data/stop-rules.yml``, and check what a schema cannot.

"Stop: it hurts" in the workout mode offers each rule as a choice. A rule may name red-flag signs
of the red-flags file beside it: the widget shows the level of those signs with the checker's own
advice, so a red-flag sign met during a workout gets the same answer as in the checker. Every
problem is a :class:`~abcourse.data.files.ContentError` naming the file, the item and the field.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from .files import ContentError, DataKind, describe_location, load
from .red_flags import load_red_flags, red_flag_signs
from .sources import check_sources

#: ``{emergency}`` in a text: one of the red-flag file's ``numbers``
PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def red_flags_of(document: dict[str, Any], path: Path | str) -> dict[str, Any]:
    """The red-flag file the stop rules name, read from the folder of ``path``."""
    return load_red_flags(Path(path).parent / document["redFlagsFile"])


def _check_placeholders(document: dict[str, Any], path: Path | str, numbers: dict) -> None:
    for index, rule in enumerate(document["rules"]):
        for name in PLACEHOLDER.findall(rule["advice"]):
            if name not in numbers:
                where = describe_location(document, ["rules", index, "advice"])
                known = ", ".join(f"{{{number}}}" for number in numbers)
                raise ContentError(path, where, f"'{{{name}}}' is not a number to call ({known})")


def check_stop_rules(document: dict[str, Any], path: Path | str) -> None:
    """Rules the schema cannot state: red-flag signs that exist and have a level, numbers the
    red-flag file has, a choice that does not stop naming no red-flag sign, sources."""
    red_flags = red_flags_of(document, path)
    levels = {sign["id"]: sign.get("level") for _, sign in red_flag_signs(red_flags)}
    for index, rule in enumerate(document["rules"]):
        for sign in rule.get("redFlagSigns", []):
            where = describe_location(document, ["rules", index, "redFlagSigns"])
            if sign not in levels:
                raise ContentError(path, where, f"no sign with id '{sign}' in the red-flag file")
            if levels[sign] is None:
                raise ContentError(path, where, f"the sign '{sign}' has no level of its own")
        if rule.get("stops") is False and rule.get("redFlagSigns"):
            where = describe_location(document, ["rules", index, "stops"])
            raise ContentError(path, where, "a choice with red-flag signs must stop the session")
    if all(rule.get("stops") is False for rule in document["rules"]):
        raise ContentError(path, "rules", "at least one rule must stop the session")
    _check_placeholders(document, path, red_flags["numbers"])
    check_sources(document, path)


#: ``book/data/stop-rules.yml``: what "Stop: it hurts" offers in the workout mode
STOP_RULES = DataKind(
    schema="stop-rules",
    names=("stop-rules*.yml",),
    unique=(("rules",),),
    check=check_stop_rules,
)


def load_stop_rules(path: Path | str) -> dict[str, Any]:
    """Read and check ``book/data/stop-rules.yml`` (or another file of that shape)."""
    return load(path, STOP_RULES)
