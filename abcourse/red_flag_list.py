"""Sphinx extension: the red-flag lists of the course text, drawn from ``book/data/red-flags.yml``.

The checker in chapter 4 reads that file in the browser; the introduction and chapter 4 show the
same signs as text with the directive below, so a sign added, moved or reworded in the file
changes every list at once::

    ```{red-flag-list}
    :level: emergency
    ```

Each item is the sign's text with its source cited (``{cite:p}`key```); a sign's ``action``, if it
has one, follows it. The file is validated as the checker's is, and a broken one stops the build
with the error that names the file, the item and the field.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from .datafile import ContentError
from .tooldata import load_red_flags

LEVELS = ("emergency", "urgent", "soon", "routine")


def list_markdown(red_flags: dict[str, Any], level: str) -> list[str]:
    """The signs of one level as MyST bullet lines, each citing its source."""
    lines: list[str] = []
    for symptom in red_flags["symptoms"]:
        if symptom["level"] != level:
            continue
        text = " ".join(symptom["text"].split())
        lines.append(f"- {text[0].lower()}{text[1:]} {{cite:p}}`{symptom['source']}`")
        if symptom.get("action"):
            lines.append(f"  {' '.join(symptom['action'].split())}")
    return lines


class RedFlagList(SphinxDirective):
    """``{red-flag-list}`` with ``:level:``: that level's signs from the red-flags file."""

    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "level": lambda value: directives.choice(value, LEVELS)
    }

    def run(self) -> list[nodes.Node]:
        level = self.options.get("level")
        if not level:
            raise self.error("red-flag-list: give the level, e.g. ':level: emergency'")
        path = Path(self.env.app.confdir, self.config.abcourse_red_flags)
        self.env.note_dependency(str(path))
        try:
            red_flags = load_red_flags(path)
        except ContentError as error:
            raise self.error(f"red-flag-list: {error}") from error
        lines = list_markdown(red_flags, level)
        if not lines:
            raise self.error(f"red-flag-list: no sign has level '{level}' in {path}")
        container = nodes.container(classes=["abc-red-flag-list", f"abc-red-flag-list-{level}"])
        self.state.nested_parse(StringList(lines, source=str(path)), self.content_offset, container)
        return [container]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("abcourse_red_flags", "book/data/red-flags.yml", "env")
    app.add_directive("red-flag-list", RedFlagList)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
