"""What the core-endurance self-test (chapter 1) and the balance ratios (chapter 3) share.

Both read and edit one saved record of the learner's hold times, ``abcourse:v1:tool:endurance``,
so the times are typed once. The comparisons run in the browser (``js/logic/endurance.js`` and
``js/logic/ratios.js``); the results come back to Python as the ``result`` trait when a kernel is
there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import traitlets

from ..data.self_tests import load_norms
from .base import CourseWidget

SEXES = ("female", "male", "unspecified")


def no_times(norms: dict[str, Any]) -> dict[str, float | None]:
    """No time yet for any of the norms file's hold tests, keyed by their ids."""
    return dict.fromkeys(test["id"] for test in norms["tests"])


class HoldTimesWidget(CourseWidget):
    """Shared traits of the two widgets that work on the learner's hold times."""

    #: the data file book/data/norms.yml: tests with mean and SD, ratios, sources
    norms = traitlets.Dict().tag(sync=True)
    #: the learner's valid times in seconds by the norms file's test ids, or None where a test is
    #: blank or mistyped
    times = traitlets.Dict().tag(sync=True)
    sex = traitlets.Enum(SEXES, default_value="unspecified").tag(sync=True)
    #: what the browser worked out: {status, attention, summary, ...}
    result = traitlets.Dict(
        default_value={"status": "no-data", "attention": None, "summary": ""}
    ).tag(sync=True)

    @classmethod
    def from_file(cls, path: Path | str = "data/norms.yml", **kwargs: Any) -> HoldTimesWidget:
        """Build the widget from a norms file (relative to the notebook's folder)."""
        norms = load_norms(path)
        return cls(norms=norms, times=no_times(norms), **kwargs)
