"""Widgets, content loading and Sphinx wiring for the course "Why Do Ab Workouts Hurt My Back?"."""

from .content import ContentError, load_content
from .widgets import Checklist, Quiz

__all__ = ["Checklist", "ContentError", "Quiz", "load_content"]
