"""The red-flag checker (chapter 4): ticked signs, alone or combined by rules, give a level.

The levels are call-999, ae-now, same-day, soon and routine. The triage runs in the browser
(``js/logic/red_flags.js``), so a sign that needs A&E or 999 shows its advice at once, with or
without a kernel. Each group of signs is answered by ticks or "I have none of these"; the all-clear
needs every group answered. The answers are kept in ``abcourse:v1:tool:redflags`` as
``{checked: [sign ids], none: [group ids]}``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import traitlets

from ..data.red_flags import load_red_flags
from .base import CourseWidget


class RedFlagChecker(CourseWidget):
    """Signs as toggles in groups; the most serious level among signs and rules decides."""

    module_file = "red_flag_checker.js"

    #: the data file book/data/red-flags.yml: levels with their advice, signs, rules, sources
    redflags = traitlets.Dict().tag(sync=True)
    checked = traitlets.List(traitlets.Unicode()).tag(sync=True)
    #: {status, attention, level, summary, say, checked, none} as worked out in the browser; level
    #: is call-999, ae-now, same-day, soon or routine, "clear" (every group answered, nothing
    #: applies) or "incomplete"
    result = traitlets.Dict(
        default_value={"status": "no-data", "attention": None, "level": "incomplete", "summary": ""}
    ).tag(sync=True)

    @classmethod
    def from_file(cls, path: Path | str = "data/red-flags.yml", **kwargs: Any) -> RedFlagChecker:
        """Build the checker from a red-flags file (relative to the notebook's folder)."""
        return cls(redflags=load_red_flags(path), **kwargs)

    def level_of(self, sign_id: str) -> str | None:
        """The level of one sign on its own (None: it counts only through a rule)."""
        for group in self.redflags["groups"]:
            for sign in group["signs"]:
                if sign["id"] == sign_id:
                    return sign.get("level")
        raise KeyError(sign_id)
