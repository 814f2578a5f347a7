"""Widgets, content loading and Sphinx wiring for the course "Why Do Ab Workouts Hurt My Back?"."""

from .content import ContentError, load_content
from .widgets import (
    BalanceRatios,
    Checklist,
    EnduranceTest,
    FormScore,
    ProgressionCheck,
    Quiz,
    RedFlagChecker,
    YourPlan,
)

__all__ = [
    "BalanceRatios",
    "Checklist",
    "ContentError",
    "EnduranceTest",
    "FormScore",
    "ProgressionCheck",
    "Quiz",
    "RedFlagChecker",
    "YourPlan",
    "load_content",
]
