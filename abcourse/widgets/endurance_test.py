"""The core-endurance self-test (chapter 1): hold times against published adult norms.

Its hold times are the record it shares with the balance ratios (``hold_times.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import traitlets

from ..data.self_tests import load_norms
from ..figures.html import hold_test_figures
from .hold_times import HoldTimesWidget, no_times


class EnduranceTest(HoldTimesWidget):
    """Hold times against published adult norms, drawn as bands (not pass or fail)."""

    module_file = "endurance_test.js"

    #: how to set up each hold test: [{id, name, startLabel, start, endLabel, end, source}]
    figures = traitlets.List(traitlets.Dict()).tag(sync=True)

    @classmethod
    def from_file(cls, path: Path | str = "data/norms.yml", **kwargs: Any) -> EnduranceTest:
        """Build the self-test from a norms file, with the drawn set-up of each hold test."""
        norms = load_norms(path)
        figures = hold_test_figures(path, norms)
        return cls(norms=norms, times=no_times(norms), figures=figures, **kwargs)
