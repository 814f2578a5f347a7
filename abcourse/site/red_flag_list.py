"""the red-flag text of the course pages, drawn from ``book/data/red-flags.yml``.

The checker in chapter 4 reads that file in the browser; the introduction, chapter 4 and the
"When to stop" boxes show the same signs, rules and advice as text, so a sign added, moved or
reworded in the file changes every page at once::

    ```{red-flag-list}
    :level: ae-now
    ```

lists a level's signs and the rules that reach it, then their sources, folded; ::

    ```{red-flag-note}
    :part: advice
    :level: ae-now
    ```

gives a level's advice, or with ``:part: recency``, ``severe`` or ``scope`` the file's note of
that name. A text that says "severe" links to the definition (the label ``red-flag-severe``). The
file is validated as the checker's is, and a broken one stops the build with the error that names
the file, the item and the field.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from docutils.statemachine import StringList
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError
from sphinx.util.docutils import SphinxDirective

from ..data.files import ContentError
from ..data.red_flags import load_red_flags, red_flag_levels, red_flag_signs

NOTE_PARTS = ("advice", "recency", "severe", "scope")
SOURCES_OPEN = (
    '<details class="abc-red-flag-sources-fold"><summary>Sources for these signs</summary>'
)
#: the label of the definition of "severe", which every text that uses the word links to
SEVERE_LABEL = "red-flag-severe"
SEVERE = re.compile(r"\bsevere\b", re.IGNORECASE)


def _cite(source: str | list[str]) -> str:
    keys = [source] if isinstance(source, str) else source
    return f"{{cite:p}}`{','.join(keys)}`"


def linked_text(text: str) -> str:
    """One line of MyST: the text with its first "severe" linked to the definition."""
    text = " ".join(text.split())
    return SEVERE.sub(lambda match: f"[{match[0]}]({SEVERE_LABEL})", text, count=1)


#: how many of a sign's first words name it in its level's sources
SOURCE_LABEL_WORDS = 8


def _lower_first(text: str) -> str:
    # a list item goes on from the heading's "if you have back pain and": no capital
    text = " ".join(text.split())
    return f"{text[0].lower()}{text[1:]}"


def _item(item: dict[str, Any]) -> list[str]:
    lines = [f"- {linked_text(_lower_first(item['text']))}"]
    if item.get("action"):
        lines.append(f"  {linked_text(item['action'])}")
    return lines


def _source_item(item: dict[str, Any]) -> str:
    words = _lower_first(item["text"]).split()
    label = " ".join(words[:SOURCE_LABEL_WORDS]) + ("…" if len(words) > SOURCE_LABEL_WORDS else "")
    return f"- {label} {_cite(item['source'])}"


def level_items(red_flags: dict[str, Any], level: str) -> list[dict[str, Any]]:
    """A level's signs, then the rules that reach it: the order its list shows them in."""
    signs = [sign for _, sign in red_flag_signs(red_flags) if sign.get("level") == level]
    return signs + [rule for rule in red_flags["rules"] if rule["level"] == level]


def list_markdown(red_flags: dict[str, Any], level: str) -> list[str]:
    """A level's signs, then the rules that reach it, as MyST bullet lines: the signs alone,
    easy to read down on a phone (their sources are in :func:`sources_markdown`)."""
    return [line for item in level_items(red_flags, level) for line in _item(item)]


def sources_markdown(red_flags: dict[str, Any], level: str) -> list[str]:
    """The same items' sources, one line each: a sign's first words, then its citation."""
    return [_source_item(item) for item in level_items(red_flags, level)]


def note_markdown(red_flags: dict[str, Any], part: str, level: str | None = None) -> list[str]:
    """A level's advice, or the recency, severe or scope note, as one cited paragraph."""
    item = red_flags["levels"][level] if part == "advice" and level else red_flags.get(part)
    if item is None:
        return []
    text = item["advice"] if part == "advice" else item["text"]
    return [f"{' '.join(text.split())} {_cite(item['source'])}"]


class RedFlagDirective(SphinxDirective):
    """Reads the red-flags file as the checker does, and parses the lines it gives as MyST."""

    has_content = False

    def red_flags(self) -> dict[str, Any]:
        path = Path(self.env.app.confdir, self.config.abcourse_red_flags)
        self.env.note_dependency(str(path))
        try:
            return load_red_flags(path)
        except ContentError as error:
            raise self.error(f"{self.name}: {error}") from error

    def level(self, red_flags: dict[str, Any]) -> str | None:
        """The ``:level:`` option, one of the file's levels (or none given)."""
        level = self.options.get("level")
        known = red_flag_levels(red_flags)
        if level is not None and level not in known:
            raise self.error(f"{self.name}: no level '{level}' (levels: {', '.join(known)})")
        return level

    def parsed(self, lines: list[str], classes: list[str]) -> list[nodes.Node]:
        container = nodes.container(classes=classes)
        path = str(self.config.abcourse_red_flags)
        self.state.nested_parse(StringList(lines, source=path), self.content_offset, container)
        return [container]


class RedFlagList(RedFlagDirective):
    """``{red-flag-list}`` with ``:level:``: that level's signs and rules."""

    option_spec: ClassVar[dict[str, Any]] = {"level": directives.unchanged_required}

    def run(self) -> list[nodes.Node]:
        red_flags = self.red_flags()
        level = self.level(red_flags)
        if not level:
            raise self.error("red-flag-list: give the level, e.g. ':level: ae-now'")
        lines = list_markdown(red_flags, level)
        if not lines:
            raise self.error(f"red-flag-list: no sign or rule has level '{level}'")
        # Each sign keeps its citation, one tap away in a fold that opens for print
        # (abcourse-print.js), so the list reads as the signs alone.
        return [
            *self.parsed(lines, ["abc-red-flag-list", f"abc-red-flag-list-{level}"]),
            nodes.raw("", SOURCES_OPEN, format="html"),
            *self.parsed(sources_markdown(red_flags, level), ["abc-red-flag-sources"]),
            nodes.raw("", "</details>", format="html"),
        ]


class RedFlagNote(RedFlagDirective):
    """``{red-flag-note}`` with ``:part:`` (and ``:level:`` for advice): one cited paragraph."""

    option_spec: ClassVar[dict[str, Any]] = {
        "part": lambda value: directives.choice(value, NOTE_PARTS),
        "level": directives.unchanged_required,
    }

    def run(self) -> list[nodes.Node]:
        part = self.options.get("part")
        if not part or (part == "advice" and not self.options.get("level")):
            raise self.error("red-flag-note: give the part, and the level for ':part: advice'")
        red_flags = self.red_flags()
        lines = note_markdown(red_flags, part, self.level(red_flags))
        return self.parsed(lines, ["abc-red-flag-note", f"abc-red-flag-note-{part}"])


def substitutions(red_flags: dict[str, Any]) -> dict[str, Any]:
    """What a page can print from the red-flags file: ``{{ red_flags.heading["call-999"] }}``,
    ``{{ red_flags.numbers.emergency }}``; so a heading or a number is written once, in the file."""
    levels = red_flags["levels"]
    return {
        "heading": {name: level["heading"] for name, level in levels.items()},
        "numbers": dict(red_flags["numbers"]),
    }


def add_substitutions(app: Sphinx, config: Config) -> None:
    """Give MyST the red-flags file's headings and numbers before any page is read. A book
    without the file has none to give; a page that asks for them then fails the build by name."""
    path = Path(app.confdir, config.abcourse_red_flags)
    if not path.is_file():
        return
    try:
        red_flags = load_red_flags(path)
    except ContentError as error:
        raise ConfigError(f"abcourse: {error}") from error
    config.myst_substitutions = {**config.myst_substitutions, "red_flags": substitutions(red_flags)}


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("abcourse_red_flags", "book/data/red-flags.yml", "env")
    app.connect("config-inited", add_substitutions)
    app.add_directive("red-flag-list", RedFlagList)
    app.add_directive("red-flag-note", RedFlagNote)
    return {"version": "2", "parallel_read_safe": True, "parallel_write_safe": True}
