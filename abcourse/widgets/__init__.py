"""The course's widgets: each a Python class of traits beside an ES module that does the work."""

from .balance_ratios import BalanceRatios
from .checklist import Checklist
from .endurance_test import EnduranceTest
from .form_score import FormScore
from .progression_check import ProgressionCheck
from .quiz import Quiz
from .red_flag_checker import RedFlagChecker
from .your_plan import YourPlan

__all__ = [
    "BalanceRatios",
    "Checklist",
    "EnduranceTest",
    "FormScore",
    "ProgressionCheck",
    "Quiz",
    "RedFlagChecker",
    "YourPlan",
]
