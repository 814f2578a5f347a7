"""Widgets, content loading and Sphinx wiring for the course "Why Do Ab Workouts Hurt My Back?".

The names below load on first use, so ``python -m abcourse.datafile FILE`` (and the other
command-line checks) run their module once, without the package importing it first.
"""

from importlib import import_module
from typing import Any

_HOME = {
    "ContentError": "datafile",
    "load_content": "content",
    "BalanceRatios": "widgets",
    "Checklist": "widgets",
    "EnduranceTest": "widgets",
    "FormScore": "widgets",
    "ProgressionCheck": "widgets",
    "Quiz": "widgets",
    "RedFlagChecker": "widgets",
    "YourPlan": "widgets",
}

__all__ = sorted(_HOME)


def __getattr__(name: str) -> Any:
    if name not in _HOME:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{_HOME[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_HOME))
