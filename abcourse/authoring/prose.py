"""The reading level of the course's prose.

A chapter's prose is the text of its markdown cells (or its markdown file) with the markup taken
out: code, directives' options, MyST roles, links and HTML comments. What is left is scored with
textstat's Flesch-Kincaid grade. The course keeps every chapter at grade 9 or below.

Check a chapter while writing it: ``python -m abcourse.authoring.prose book/01-weak-core.ipynb``.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import nbformat
import textstat

MAX_GRADE = 9.0

FENCE = re.compile(r"^(```|:::)[^\n]*\n.*?^\1\s*$", re.DOTALL | re.MULTILINE)
DIRECTIVE_LINE = re.compile(r"^(```|:::)\{?[\w-]*\}?.*$|^:[\w-]+:.*$", re.MULTILINE)
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
LABEL = re.compile(r"^\([\w-]+\)=\s*$", re.MULTILINE)
CITATION = re.compile(r"\s*\{cite(?::\w+)?\}`[^`]*`")
ROLE = re.compile(r"\{[\w:-]+\}`([^`<]*?)(?:\s*<[^>]*>)?`")
LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
INLINE_CODE = re.compile(r"`([^`]*)`")
EMPHASIS = re.compile(r"[*_]{1,3}")
LIST_MARK = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+", re.MULTILINE)
HEADING = re.compile(r"^#+\s*(.*)$", re.MULTILINE)
ADMONITION = re.compile(
    r"^(```|:::)\{(note|tip|warning|important|caution|attention|admonition|danger|seealso|dropdown)"
)


def _directive_body(match: re.Match[str]) -> str:
    """Keep the words of admonitions (notes, warnings) and folded sections (dropdowns), drop code
    and option lines."""
    block = match.group(0)
    first = block.split("\n", 1)[0]
    if ADMONITION.match(first):
        inner = block.split("\n", 1)[1].rsplit("\n", 1)[0] if "\n" in block else ""
        return f"\n\n{DIRECTIVE_LINE.sub('', inner)}\n\n"
    # a block stands apart from the text around it, like a paragraph break
    return "\n\n"


def _units(text: str) -> list[str]:
    """Paragraphs, headings, list items and table rows: each one unit a reader takes in."""
    units: list[str] = []
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        starts_unit = bool(HEADING.match(line) or LIST_MARK.match(line) or line.startswith("|"))
        if not line or starts_unit:
            if current:
                units.append(" ".join(current))
            current = []
        if line:
            current.append(line)
    if current:
        units.append(" ".join(current))
    return units


def plain_text(markdown: str) -> str:
    """Markdown (MyST) with the markup taken out, as sentences a reader would read."""
    text = COMMENT.sub("", markdown)
    text = FENCE.sub(_directive_body, text)
    text = LABEL.sub("", text)
    text = CITATION.sub("", text)
    text = ROLE.sub(lambda m: m.group(1), text)
    text = LINK.sub(lambda m: m.group(1), text)
    text = INLINE_CODE.sub(lambda m: m.group(1), text)
    sentences = []
    for unit in _units(text):
        unit = HEADING.sub(r"\1", unit)
        unit = LIST_MARK.sub("", unit)
        unit = EMPHASIS.sub("", unit).replace("|", " ").strip(" -")
        if not unit:
            continue
        # a heading or list item without a full stop still ends where it ends
        sentences.append(unit if unit.endswith((".", "!", "?", ":")) else unit + ".")
    return "\n".join(sentences)


def prose_of(path: Path) -> str:
    """The plain prose of a chapter: a notebook's markdown cells, or a markdown file."""
    if path.suffix == ".ipynb":
        notebook = nbformat.read(path, as_version=4)
        markdown = "\n\n".join(c.source for c in notebook.cells if c.cell_type == "markdown")
    else:
        markdown = path.read_text(encoding="utf-8")
    return plain_text(markdown)


def reading_grade(path: Path) -> float:
    """Flesch-Kincaid grade of a chapter's prose."""
    return float(textstat.flesch_kincaid_grade(prose_of(path)))


def main(argv: list[str] | None = None) -> int:
    paths = [Path(arg) for arg in (argv if argv is not None else sys.argv[1:])]
    worst = 0.0
    for path in paths:
        grade = reading_grade(path)
        worst = max(worst, grade)
        verdict = "ok" if grade <= MAX_GRADE else f"above {MAX_GRADE:g}"
        print(f"{path}: Flesch-Kincaid grade {grade:.1f} ({verdict})")
    return 0 if worst <= MAX_GRADE else 1


if __name__ == "__main__":
    raise SystemExit(main())
