"""The course's widgets: each a Python class of traits beside an ES module that does the work."""

from .checklist import Checklist
from .quiz import Quiz

__all__ = ["Checklist", "Quiz"]
