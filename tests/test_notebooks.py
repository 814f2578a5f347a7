"""Notebooks are committed clean, and every cause chapter uses the quiz and checklist widgets."""

from __future__ import annotations

import re

import nbformat
import pytest

from abcourse.data.content import find_item

from .support import BOOK, CHAPTERS

NOTEBOOKS = sorted(BOOK.glob("*.ipynb"))
WIDGET_CALL = re.compile(r'(Quiz|Checklist)\.from_file\("([^"]+)",\s*"([^"]+)"\)')


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path) -> None:
    notebook = nbformat.read(path, as_version=4)
    for index, cell in enumerate(notebook.cells):
        if cell.cell_type == "code":
            assert not cell.outputs, f"{path.name} cell {index} has outputs"
            assert cell.execution_count is None, f"{path.name} cell {index} has a count"
    assert "widgets" not in notebook.metadata, f"{path.name} carries saved widget state"


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_cause_chapter_uses_a_quiz_and_a_checklist(chapter) -> None:
    notebook = nbformat.read(BOOK / f"{chapter}.ipynb", as_version=4)
    calls = [
        match.groups()
        for cell in notebook.cells
        if cell.cell_type == "code"
        for match in WIDGET_CALL.finditer(cell.source)
    ]
    quizzes = [
        find_item(BOOK / path, "quizzes", item) for kind, path, item in calls if kind == "Quiz"
    ]
    checklists = [kind for kind, _, _ in calls if kind == "Checklist"]
    assert any(len(quiz["questions"]) >= 3 for quiz in quizzes), "a quiz of 3+ questions"
    assert checklists, "at least one checklist"
    for kind, path, _ in calls:
        assert path == f"data/{chapter}.yml", f"{chapter} shows {kind} from {path}"
