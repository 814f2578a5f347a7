"""The progression and recovery check (chapter 5): recent weeks of training and next-day pain.

The rules (``book/data/progression.yml``) run in the browser (``js/logic/progression.js``): a
too-fast rise, too few rest days and too much next-day pain are flagged, and a gradual plan is
drawn. The weeks are kept in ``abcourse:v1:tool:progression``; with a kernel, the result comes back
as traits.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import traitlets

from ..data.self_tests import load_progression
from .base import CourseWidget


class ProgressionCheck(CourseWidget):
    """Weeks of sessions, volume and next-day pain; flags and a plan for the next weeks."""

    module_file = "progression_check.js"

    #: the data file book/data/progression.yml: limits, units, rules with sources, the plan's step
    rules = traitlets.Dict().tag(sync=True)
    #: the learner's weeks, oldest first: {sessions, volume, pain}, None where blank or mistyped
    weeks = traitlets.List(traitlets.Dict()).tag(sync=True)
    #: which unit the volume is counted in (an id from the file's ``units``): the browser starts
    #: with it unless the learner saved another, and sets it when the learner picks one
    unit = traitlets.Unicode("").tag(sync=True)
    #: what the browser worked out: {status, attention, summary, flags, plan}
    result = traitlets.Dict(
        default_value={"status": "no-data", "attention": None, "summary": ""}
    ).tag(sync=True)

    @classmethod
    def from_file(
        cls, path: Path | str = "data/progression.yml", **kwargs: Any
    ) -> ProgressionCheck:
        """Build the check from a rules file (relative to the notebook's folder)."""
        rules = load_progression(path)
        kwargs.setdefault("unit", rules["units"][0]["id"])
        return cls(rules=rules, **kwargs)
