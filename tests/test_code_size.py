"""No Python function in the package or the scripts is longer than about a screen: a longer one
does several things, and each of them is easier to read, test and change on its own."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

from .support import REPO

MAX_LINES = 60
FOLDERS = ("abcourse", "scripts")


def functions(path: Path) -> Iterator[tuple[str, int, int]]:
    """Each function in a file (methods and nested ones too): name, first line, line count."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)])
            yield node.name, first, node.end_lineno - first + 1


def test_no_function_is_longer_than_a_screen() -> None:
    too_long = [
        f"{path.relative_to(REPO)}:{line} {name} ({count} lines)"
        for folder in FOLDERS
        for path in sorted((REPO / folder).rglob("*.py"))
        for name, line, count in functions(path)
        if count > MAX_LINES
    ]
    assert not too_long, f"functions over {MAX_LINES} lines: {too_long}"


def test_the_check_finds_a_long_function(tmp_path) -> None:
    body = "\n".join(f"    x{n} = {n}" for n in range(MAX_LINES))
    path = tmp_path / "long.py"
    path.write_text(f"def long():\n{body}\n", encoding="utf-8")
    assert list(functions(path)) == [("long", 1, MAX_LINES + 1)]
