"""The form-checklist widget."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import traitlets

from ..data.content import chapter_of, find_item, load_content
from ..figures.html import checklist_figures
from .base import ChapterWidget


class Checklist(ChapterWidget):
    """An exercise's form cues as toggles; the ticked cue ids come back as a trait."""

    module_file = "checklist.js"

    checklist = traitlets.Dict().tag(sync=True)
    checked = traitlets.List(traitlets.Unicode()).tag(sync=True)
    #: cue id -> {label, right, wrong}: the fault drawn beside the right form, as SVG
    figures = traitlets.Dict().tag(sync=True)

    @classmethod
    def from_file(cls, path: Path | str, checklist_id: str, **kwargs: Any) -> Checklist:
        """Build checklist ``checklist_id`` from ``path`` (relative to the notebook's folder)."""
        checklist = find_item(path, "checklists", checklist_id)
        figures = checklist_figures(path, load_content(path), checklist_id)
        return cls(checklist=checklist, chapter=chapter_of(path), figures=figures, **kwargs)

    @property
    def missing(self) -> list[dict[str, Any]]:
        """The cues not yet ticked, in the file's order."""
        ticked = set(self.checked)
        return [cue for cue in self.checklist["cues"] if cue["id"] not in ticked]
