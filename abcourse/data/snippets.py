"""The shared text of ``book/snippets/`` as data a widget can show, so a widget says the same
words as the pages that include the snippet, from the one file.

A snippet is plain MyST: paragraphs, ``**bold**`` lines (a small heading) and ``-`` lists, with
links to a label (``[Curl-up](curl-up)``) or a page (``[chapter 2](02-form-technique.ipynb)``),
citations (``{cite:p}`nhs2024backpain```) and glossary terms (``{term}`psoas```). Each block
becomes ``{"kind": "heading" | "paragraph" | "list", "parts" | "items"}``, where a part is
``{"text"}``, ``{"text", "href"}`` (a link, relative to the built book's pages) or ``{"cite",
"href"}`` (the author-year label the book prints, linked to the bibliography). Anything else in a
snippet (a directive, a table) is a ContentError, so a widget never shows MyST as text.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

from pybtex.database import parse_file

from .files import ContentError

INLINE = re.compile(
    r"\[(?P<link>[^\]]+)\]\((?P<target>[^)]+)\)"
    r"|\{cite:p\}`(?P<cite>[^`]+)`"
    r"|\{term\}`(?P<term>[^`<]+?)(?:\s*<[^>]+>)?`"
)
LABEL = re.compile(r"^\((?P<label>[A-Za-z0-9_-]+)\)=\s*$", re.MULTILINE)
BIBLIOGRAPHY = "bibliography.html"


def labels(book: Path) -> dict[str, str]:
    """Every MyST label of the book's pages, with the page it is on (``curl-up`` ->
    ``02-form-technique``)."""
    found: dict[str, str] = {}
    for path in sorted([*book.glob("*.md"), *book.glob("*.ipynb")]):
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".ipynb":
            cells = json.loads(text)["cells"]
            text = "\n".join("".join(cell["source"]) for cell in cells)
        for match in LABEL.finditer(text):
            found.setdefault(match["label"], path.stem)
    return found


def _name(person: Any) -> str:
    return " ".join(person.last_names).replace("{", "").replace("}", "")


@cache
def _cite_labels(bib: Path) -> dict[str, str]:
    """``nhs2024backpain`` -> ``NHS, 2024``, as the book prints an author-year citation."""
    made = {}
    for key, entry in parse_file(str(bib)).entries.items():
        people = entry.persons.get("author", [])
        if len(people) > 2:
            who = f"{_name(people[0])} et al."
        else:
            who = " and ".join(_name(person) for person in people)
        made[key] = f"{who}, {entry.fields.get('year', 'n.d.')}"
    return made


def _href(target: str, known: dict[str, str], path: Path) -> str:
    if target.startswith(("http://", "https://")):
        return target
    page, _, anchor = target.partition("#")
    if page.endswith((".ipynb", ".md")):
        return f"{Path(page).stem}.html" + (f"#{anchor}" if anchor else "")
    if target in known:
        return f"{known[target]}.html#{target}"
    raise ContentError(path, target, "a link to a label no page of the book defines")


def inline_parts(text: str, book: Path, path: Path) -> list[dict[str, str]]:
    """A line of a snippet as parts: text, links and citations."""
    known = labels(book)
    cites = _cite_labels(book / "references.bib")
    parts: list[dict[str, str]] = []
    at = 0
    for match in INLINE.finditer(text):
        if match.start() > at:
            parts.append({"text": text[at : match.start()]})
        if match["link"]:
            parts.append({"text": match["link"], "href": _href(match["target"], known, path)})
        elif match["cite"]:
            keys = [key.strip() for key in match["cite"].split(",")]
            missing = [key for key in keys if key not in cites]
            if missing:
                raise ContentError(path, match[0], f"no source {', '.join(missing)}")
            label = "; ".join(cites[key] for key in keys)
            parts.append({"cite": label, "href": BIBLIOGRAPHY})
        else:
            parts.append({"text": match["term"]})
        at = match.end()
    if at < len(text):
        parts.append({"text": text[at:]})
    return parts


def _paragraphs(text: str) -> list[list[str]]:
    """The snippet's blocks of lines, a list item starting a block of its own."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            if current:
                blocks.append(current)
            current = []
        elif line.startswith("- ") and current and not current[0].startswith("- "):
            blocks.append(current)
            current = [line]
        else:
            current.append(line)
    if current:
        blocks.append(current)
    return blocks


def _items(lines: list[str]) -> list[str]:
    items: list[str] = []
    for line in lines:
        if line.startswith("- "):
            items.append(line[2:].strip())
        else:
            items[-1] += f" {line.strip()}"
    return items


def snippet_blocks(path: Path | str, book: Path | str | None = None) -> list[dict[str, Any]]:
    """A snippet's blocks, as the module docstring describes; ``book`` is the folder of the
    pages (the snippet's parent's parent by default)."""
    path = Path(path)
    book = Path(book) if book is not None else path.parent.parent
    blocks: list[dict[str, Any]] = []
    for lines in _paragraphs(path.read_text(encoding="utf-8")):
        first = lines[0]
        if first.startswith(("```", ":::", "|", "#")):
            raise ContentError(path, first, "a snippet a widget shows has only text and lists")
        if first.startswith("- "):
            items = [inline_parts(item, book, path) for item in _items(lines)]
            blocks.append({"kind": "list", "items": items})
        elif len(lines) == 1 and re.fullmatch(r"\*\*[^*]+\*\*", first.strip()):
            blocks.append({"kind": "heading", "parts": [{"text": first.strip()[2:-2]}]})
        else:
            text = " ".join(line.strip() for line in lines)
            blocks.append({"kind": "paragraph", "parts": inline_parts(text, book, path)})
    return blocks
