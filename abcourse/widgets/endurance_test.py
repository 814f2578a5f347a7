"""The core-endurance self-test (chapter 1) and the balance ratios (chapter 3).

Both read and edit one saved record of the learner's hold times, ``abcourse:v1:tool:endurance``,
so the times are typed once. The comparisons run in the browser (``lib/endurance.js`` and
``lib/ratios.js``); the results come back to Python as the ``result`` trait when a kernel is there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import traitlets

from ..data.self_tests import load_norms
from ..figures.html import hold_test_figures
from .base import CourseWidget

TIME_FIELDS = ("flexor", "extensor", "sideLeft", "sideRight")
SEXES = ("female", "male", "unspecified")


def _no_times() -> dict[str, float | None]:
    return dict.fromkeys(TIME_FIELDS)


class HoldTimesWidget(CourseWidget):
    """Shared traits of the two widgets that work on the learner's hold times."""

    #: the data file book/data/norms.yml: tests with mean and SD, ratios, sources
    norms = traitlets.Dict().tag(sync=True)
    #: the learner's valid times in seconds, or None where a test is blank or mistyped
    times = traitlets.Dict(default_value=_no_times()).tag(sync=True)
    sex = traitlets.Enum(SEXES, default_value="unspecified").tag(sync=True)
    #: what the browser worked out: {status, attention, summary, ...}
    result = traitlets.Dict(
        default_value={"status": "no-data", "attention": None, "summary": ""}
    ).tag(sync=True)

    @classmethod
    def from_file(cls, path: Path | str = "data/norms.yml", **kwargs: Any) -> HoldTimesWidget:
        """Build the widget from a norms file (relative to the notebook's folder)."""
        return cls(norms=load_norms(path), **kwargs)


class EnduranceTest(HoldTimesWidget):
    """Hold times against published adult norms, drawn as bands (not pass or fail)."""

    module_file = "endurance_test.js"

    #: how to set up each hold test: [{id, name, startLabel, start, endLabel, end, source}]
    figures = traitlets.List(traitlets.Dict()).tag(sync=True)

    @classmethod
    def from_file(cls, path: Path | str = "data/norms.yml", **kwargs: Any) -> EnduranceTest:
        """Build the self-test from a norms file, with the drawn set-up of each hold test."""
        norms = load_norms(path)
        return cls(norms=norms, figures=hold_test_figures(path, norms), **kwargs)


class BalanceRatios(HoldTimesWidget):
    """Flexor/extensor, side-bridge and left/right ratios compared with published figures."""

    module_file = "balance_ratios.js"
