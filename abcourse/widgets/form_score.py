"""The form score (chapter 2): the learner's ticks across a chapter's form checklists.

It has no saved record of its own. In the browser it reads the chapter's checklist records
(``abcourse:v1:checklist:<chapter>/<checklist-id>``) and updates whenever one changes, on this page
or in another tab.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import traitlets

from ..data.content import ContentError, chapter_of, load_content
from .base import ChapterWidget


class FormScore(ChapterWidget):
    """One score and the cues to fix first, from every form checklist in a content file."""

    module_file = "form_score.js"

    checklists = traitlets.List(traitlets.Dict()).tag(sync=True)
    #: the ticked cue ids by checklist id, for the checklists the learner has started
    checked = traitlets.Dict().tag(sync=True)
    #: {status, attention, summary, score, fixFirst, ...} as worked out in the browser
    result = traitlets.Dict(
        default_value={"status": "no-data", "attention": None, "summary": ""}
    ).tag(sync=True)

    @classmethod
    def from_file(cls, path: Path | str, **kwargs: Any) -> FormScore:
        """Score the checklists of ``path`` (a chapter's content file, relative to the notebook)."""
        checklists = load_content(path).get("checklists", [])
        if not checklists:
            raise ContentError(path, "checklists", "no checklists to score")
        kwargs.setdefault("chapter", chapter_of(path))
        return cls(checklists=checklists, **kwargs)
