"""The balance ratios (chapter 3), from the hold times the core-endurance self-test records.

Its hold times are the record it shares with the core-endurance self-test (``hold_times.py``).
"""

from __future__ import annotations

from .hold_times import HoldTimesWidget


class BalanceRatios(HoldTimesWidget):
    """Flexor/extensor, side-bridge and left/right ratios compared with published figures."""

    module_file = "balance_ratios.js"
