"""The claims ledger, ``book/data/claims.yml``: every cited claim, checked against its source.

Each entry names where a claim is (a page and a short phrase of the cited sentence, or a data
file and the item's path), the source, what the course states with its figure and time point,
where in the source that was read, and whether it is a finding or the authors' inference. What
each source studied (design, population, size) is written once, under ``studies``.

:func:`gaps` holds the book to the ledger: every cited sentence and every cited item of a data
file has an entry, and every number such a sentence or a quiz note states is one its entries
hold. ``python -m abcourse.authoring.claims`` prints what is missing.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from ..data.claims import LEDGER_FILE, load_ledger
from ..data.files import ContentError

#: the course's book folder, beside this package (it is installed with ``-e .``)
BOOK = LEDGER_FILE.parents[1]

#: pages whose cited sentences the ledger covers: the notebooks, the markdown pages and the
#: shared text they include (``snippets/red-flags``)
PAGE_PATTERNS = ("*.ipynb", "*.md", "snippets/*.md")
#: pages that list sources rather than state claims
UNCITED_PAGES = ("bibliography",)
#: data files whose ``source`` fields the ledger covers, and files whose quiz notes it covers
SOURCED_DATA = ("norms.yml", "progression.yml", "red-flags.yml", "stop-rules.yml")

CITE = re.compile(r"\{cite(?::[a-z]+)?\}`(?P<keys>[^`]*)`")
# a role's target is not text the learner reads as a number: {term}`a disc <disc herniation>`
ROLE = re.compile(r"\{[a-z:]+\}`(?P<body>[^`]*)`")
LINK_TARGET = re.compile(r"\]\([^)]*\)")
LIST_MARK = re.compile(r"^(?:[-*+]|\d+\.)\s+")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})(.*)$")
NUMBER = re.compile(r"(?<![\w.])\d+(?:,\d{3})*(?:\.\d+)?")
# a sentence ends at . ! ? (before a space and a capital, a bracket or a list mark) or at a
# paragraph or list item
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9*(\[\"“])|\n\s*\n|\n\s*(?:[-*+]|\d+\.)\s+")


@dataclass(frozen=True)
class ClaimSite:
    """One place that states a cited claim: a sentence of a page, or an item of a data file."""

    page: str
    #: the sentence (pages) or the item's path (data files)
    where: str
    #: the text a ledger anchor is looked for in: the sentence, or the item's path
    text: str
    keys: frozenset[str]
    numbers: frozenset[str]


def numbers_in(text: str) -> frozenset[str]:
    """The numbers a text states, as digits: ``2,746`` is ``2746``; markup targets left out."""
    text = CITE.sub(" ", text)
    text = ROLE.sub(lambda match: match["body"].split("<")[0], text)
    text = LINK_TARGET.sub("]", text)
    return frozenset(match.replace(",", "") for match in NUMBER.findall(text))


def _markdown_of(path: Path) -> list[str]:
    """A page's prose: a notebook's markdown cells and figure captions, or a markdown file."""
    if path.suffix != ".ipynb":
        return [path.read_text(encoding="utf-8")]
    notebook = json.loads(path.read_text(encoding="utf-8"))
    texts = []
    for cell in notebook["cells"]:
        if cell["cell_type"] == "markdown":
            texts.append("".join(cell["source"]))
        caption = cell.get("metadata", {}).get("mystnb", {}).get("figure", {}).get("caption")
        if caption:
            texts.append(caption)
    return texts


def without_code(text: str) -> str:
    """The text with its code blocks left out; a directive's fence (```{glossary}) is kept, with
    its body, which is prose. Fences are paired line by line, so a directive's closing fence is
    never taken for the opening of a code block."""
    kept: list[str] = []
    fence: str | None = None
    in_code = False
    for line in text.splitlines():
        match = FENCE.match(line)
        if fence is None and match:
            fence, in_code = match[1], not match[2].strip().startswith("{")
            kept.append("" if in_code else line)
        elif fence is not None and match and match[1] == fence and not match[2].strip():
            fence, in_code = None, False
            kept.append("")
        else:
            kept.append("" if in_code else line)
    return "\n".join(kept)


def sentences(text: str) -> Iterator[str]:
    """The sentences of a markdown text, each on one line; code blocks left out (a directive's
    body, such as a glossary's, is prose and stays)."""
    text = without_code(text)
    for part in SENTENCE_END.split(text):
        sentence = LIST_MARK.sub("", " ".join(part.split()))
        if sentence:
            yield sentence


def page_sites(book: Path = BOOK) -> Iterator[ClaimSite]:
    """Every cited sentence of every page of the book."""
    for pattern in PAGE_PATTERNS:
        for path in sorted(book.glob(pattern)):
            if path.stem in UNCITED_PAGES:
                continue
            page = str(path.relative_to(book).with_suffix(""))
            for text in _markdown_of(path):
                for sentence in sentences(text):
                    keys = {
                        key.strip()
                        for match in CITE.finditer(sentence)
                        for key in match["keys"].split(",")
                    }
                    if keys:
                        numbers = numbers_in(sentence)
                        yield ClaimSite(page, sentence, sentence, frozenset(keys), numbers)


def _keys(value: str | list[str]) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def item_path(document: Any, field_path: Sequence[str | int]) -> str:
    """``tests/flexor/figures``: list items by their id where they have one, else by index."""
    parts: list[str] = []
    node = document
    for step in field_path:
        node = node[step]
        if isinstance(step, int) and isinstance(node, dict) and isinstance(node.get("id"), str):
            parts.append(node["id"])
        else:
            parts.append(str(step))
    return "/".join(parts)


def _own_strings(node: dict[str, Any]) -> str:
    """The text an item states itself, not its children that cite sources of their own."""
    texts: list[str] = []

    def walk(value: Any) -> None:
        if isinstance(value, str):
            texts.append(value)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, dict) and "source" not in value:
            for item in value.values():
                walk(item)

    for name, value in node.items():
        if name not in ("source", "id", "figures"):
            walk(value)
    return "\n".join(texts)


def _sourced_items(
    node: Any, path: list[str | int]
) -> Iterator[tuple[list[str | int], dict[str, Any]]]:
    if isinstance(node, dict):
        if "source" in node and path:
            yield path, node
        for name, value in node.items():
            if name != "sources":
                yield from _sourced_items(value, [*path, name])
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from _sourced_items(item, [*path, index])


def data_sites(book: Path = BOOK) -> Iterator[ClaimSite]:
    """Every item with a ``source`` in the self-tests' data files, and each quiz note with a number.

    A quiz question (its prompt, options and feedback) that states a number is a claim the
    learner reads as fact, so it needs an entry even though the content file names no source.
    """
    data = book / "data"
    for name in SOURCED_DATA:
        if not (data / name).exists():
            continue
        document = yaml.safe_load((data / name).read_text(encoding="utf-8"))
        for field_path, node in _sourced_items(document, []):
            yield ClaimSite(
                f"data/{name}",
                item_path(document, field_path),
                item_path(document, field_path),
                frozenset(_keys(node["source"])),
                numbers_in(_own_strings(node)),
            )
    for path in sorted(data.glob("[0-9][0-9]-*.yml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        for quiz in document.get("quizzes", []):
            for question in quiz["questions"]:
                numbers = numbers_in(_own_strings(question))
                if numbers:
                    where = f"quizzes/{quiz['id']}/questions/{question['id']}"
                    yield ClaimSite(f"data/{path.name}", where, where, frozenset(), numbers)


def _entries_for(site: ClaimSite, claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if site.page.startswith("data/"):
        return [c for c in claims if c["page"] == site.page and c["anchor"] == site.text]
    text = site.text.casefold()
    on_page = [claim for claim in claims if claim["page"] == site.page]
    return [claim for claim in on_page if " ".join(claim["anchor"].split()).casefold() in text]


def gaps(ledger: dict[str, Any], book: Path = BOOK) -> list[str]:
    """What the ledger misses: a site with no entry, a key no entry names, a number none holds,
    and an entry that matches no site (a sentence that was reworded or removed)."""
    claims = ledger["claims"]
    problems: list[str] = []
    used: set[int] = set()
    for site in [*page_sites(book), *data_sites(book)]:
        entries = _entries_for(site, claims)
        used.update(id(entry) for entry in entries)
        where = f"{site.page}: {site.where[:160]}"
        if not entries:
            problems.append(f"{where}: no ledger entry (sources {', '.join(sorted(site.keys))})")
            continue
        named = {key for entry in entries for key in entry["source"]}
        if missing := site.keys - named:
            problems.append(f"{where}: no entry for the source {', '.join(sorted(missing))}")
        held = {figure for entry in entries for figure in entry.get("figures", [])}
        if stray := site.numbers - held:
            problems.append(f"{where}: states {', '.join(sorted(stray))}, which no entry holds")
    for entry in claims:
        if id(entry) not in used:
            problems.append(f"{entry['page']}: the entry '{entry['anchor']}' matches no cited text")
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m abcourse.authoring.claims [LEDGER]``: print every gap between book and ledger."""
    args = list(argv if argv is not None else sys.argv[1:])
    try:
        ledger = load_ledger(args[0] if args else LEDGER_FILE)
    except ContentError as error:
        print(error, file=sys.stderr)
        return 1
    problems = gaps(ledger)
    for problem in problems:
        print(problem)
    print(f"{len(ledger['claims'])} entries; {len(problems)} gaps", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
