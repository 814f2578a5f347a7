"""The self-assessment quiz widget."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import traitlets

from ..data.content import chapter_of, find_item
from .base import ChapterWidget


class Quiz(ChapterWidget):
    """A quiz from a chapter's content file; answers and score come back as traits."""

    module_file = "quiz.js"

    quiz = traitlets.Dict().tag(sync=True)
    #: the learner's responses by question id (an option id, a list of ids, a bool or a number)
    answers = traitlets.Dict().tag(sync=True)
    #: which questions the learner has checked
    checked = traitlets.Dict().tag(sync=True)
    #: ``{"correct": int, "answered": int, "total": int}``
    score = traitlets.Dict().tag(sync=True)

    @classmethod
    def from_file(cls, path: Path | str, quiz_id: str, **kwargs: Any) -> Quiz:
        """Build the quiz ``quiz_id`` from ``path`` (relative to the notebook's folder)."""
        quiz = find_item(path, "quizzes", quiz_id)
        total = len(quiz["questions"])
        return cls(
            quiz=quiz,
            chapter=chapter_of(path),
            score={"correct": 0, "answered": 0, "total": total},
            **kwargs,
        )
