"""The red-flag checker (chapter 4): ticked symptoms give emergency, urgent, soon or routine advice.

The triage runs in the browser (``lib/red_flags.js``), so an emergency sign shows "get emergency
care now" at once, with or without a kernel. Each level's group of signs is answered by ticks or
"I have none of these"; the all-clear needs every group answered. The answers are kept in
``abcourse:v1:tool:redflags`` as ``{checked: [ids], none: [levels]}``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import traitlets

from ..course import course
from ..tooldata import load_red_flags
from .base import CourseWidget


class RedFlagChecker(CourseWidget):
    """Symptoms as toggles, one group per level; the most serious level ticked decides."""

    module_file = "red_flag_checker.js"

    #: the data file book/data/red-flags.yml: levels with their advice, symptoms, sources
    redflags = traitlets.Dict().tag(sync=True)
    checked = traitlets.List(traitlets.Unicode()).tag(sync=True)
    #: {status, attention, level, summary, say, checked, none} as worked out in the browser; level
    #: is emergency, urgent, soon or routine, "clear" (every group answered "none") or "incomplete"
    result = traitlets.Dict(
        default_value={"status": "no-data", "attention": None, "level": "incomplete", "summary": ""}
    ).tag(sync=True)

    @classmethod
    def from_file(cls, path: Path | str = "data/red-flags.yml", **kwargs: Any) -> RedFlagChecker:
        """Build the checker from a red-flags file (relative to the notebook's folder)."""
        kwargs.setdefault("chapter", course().host_of("redflags").notebook)
        return cls(redflags=load_red_flags(path), **kwargs)

    def level_of(self, symptom_id: str) -> str:
        """The level of one symptom in the file, for tests and for readers on Binder."""
        for symptom in self.redflags["symptoms"]:
            if symptom["id"] == symptom_id:
                return symptom["level"]
        raise KeyError(symptom_id)
