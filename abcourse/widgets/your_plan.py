"""Your plan (chapter 6): a profile across the five causes and a first four-week plan.

Everything the browser needs is loaded here, so the static page holds it: each cause chapter's
content (its exercises, quizzes and checklists), the norms, the red-flag list and the progression
rules. The browser reads the saved records and runs each chapter's own assessment on them
(``lib/plan.js``). A chapter whose content file is not there yet simply has no exercises.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import traitlets

from ..content import load_content
from ..figures.html import thumbnail
from ..tooldata import load_norms, load_progression, load_red_flags
from .base import CourseWidget

#: the five causes in chapter order: (cause id, chapter file stem, title, the id of its
#: self-test in lib/self_tests.js)
CAUSES: tuple[tuple[str, str, str, str | None], ...] = (
    ("weak-core", "01-weak-core", "Weak core muscles", "endurance"),
    ("form", "02-form-technique", "Improper form and technique", "form"),
    ("imbalances", "03-muscle-imbalances", "Muscle imbalances", "ratios"),
    ("conditions", "04-back-conditions", "Pre-existing back conditions", "redflags"),
    ("overtraining", "05-overtraining-progression", "Overtraining and progression", "progression"),
)

HEADING = re.compile(r"^#\s+(.+?)\s*$", re.MULTILINE)


def chapter_title(notebook: Path, fallback: str) -> str:
    """The chapter's ``# Title`` as the book shows it, or ``fallback`` if it cannot be read."""
    try:
        import nbformat

        cells = nbformat.read(notebook, as_version=4).cells
    except Exception:  # noqa: BLE001 - a missing or half-written chapter must not stop the plan
        return fallback
    for cell in cells:
        if cell.cell_type == "markdown":
            match = HEADING.search(cell.source)
            if match:
                return match.group(1)
    return fallback


def load_causes(data_dir: Path | str = "data") -> list[dict[str, Any]]:
    """The five causes with their chapter's exercises, quizzes and checklists.

    ``data_dir`` is the folder of the content files (relative to the notebook); the chapters'
    notebooks sit in its parent. A chapter without a content file gets empty lists.
    """
    data_dir = Path(data_dir)
    causes = []
    for cause_id, chapter, fallback, self_test in CAUSES:
        path = data_dir / f"{chapter}.yml"
        content = load_content(path) if path.is_file() else {}
        causes.append(
            {
                "id": cause_id,
                "chapter": chapter,
                "selfTest": self_test,
                "title": chapter_title(data_dir.parent / f"{chapter}.ipynb", fallback),
                # the built book puts every chapter's page side by side in one folder
                "href": f"{chapter}.html",
                # each exercise with a small drawing of its start position (SVG), not its poses
                "exercises": [
                    {
                        **{key: value for key, value in exercise.items() if key != "figures"},
                        "figure": thumbnail(path, exercise["id"]),
                    }
                    for exercise in content.get("exercises", [])
                ],
                "quizzes": content.get("quizzes", []),
                "checklists": content.get("checklists", []),
            }
        )
    return causes


class YourPlan(CourseWidget):
    """The profile chart, the four-week plan, and export, import and reset of all progress."""

    module_file = "your_plan.js"

    causes = traitlets.List(traitlets.Dict()).tag(sync=True)
    norms = traitlets.Dict().tag(sync=True)
    redflags = traitlets.Dict().tag(sync=True)
    progression = traitlets.Dict().tag(sync=True)
    #: what the browser worked out: {summary, emergency, profile: [{id, status, attention}], plan}
    result = traitlets.Dict(default_value={"summary": "", "emergency": False}).tag(sync=True)

    @classmethod
    def from_file(cls, data_dir: Path | str = "data", **kwargs: Any) -> YourPlan:
        """Load every chapter's content and the self-tests' data from ``data_dir``."""
        data_dir = Path(data_dir)
        return cls(
            causes=load_causes(data_dir),
            norms=load_norms(data_dir / "norms.yml"),
            redflags=load_red_flags(data_dir / "red-flags.yml"),
            progression=load_progression(data_dir / "progression.yml"),
            **kwargs,
        )

    @property
    def exercise_count(self) -> int:
        """How many exercises the chapters offer the plan."""
        return sum(len(cause["exercises"]) for cause in self.causes)
