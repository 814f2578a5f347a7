"""Your plan (chapter 6): a profile across the five causes and a first four-week plan.

Everything the browser needs is loaded here, so the static page holds it: each cause chapter's
content (its exercises, quizzes and checklists), the norms, the red-flag list, the progression
rules and the workout mode's stop rules. The browser reads the saved records and runs each
chapter's own assessment on them (``js/logic/plan.js``). A chapter whose content file is not
there yet simply has no exercises.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import traitlets

from ..data.content import load_content
from ..data.course import COURSE_FILE, Chapter, Course, course
from ..data.red_flags import load_red_flags
from ..data.self_tests import load_norms, load_progression
from ..data.snippets import snippet_blocks
from ..data.stop_rules import load_stop_rules
from ..figures.html import thumbnails
from .base import CourseWidget

#: the course's own stop rules, beside its manifest
STOP_RULES_FILE = COURSE_FILE.parent / "stop-rules.yml"


def _exercises(content: dict[str, Any], path: Path | None) -> list[dict[str, Any]]:
    """Each exercise with a small drawing of its end (or hold) position (SVG), not its poses."""
    exercises = content.get("exercises", [])
    drawn = thumbnails(path, exercises) if path is not None else {}
    return [
        {
            **{key: value for key, value in exercise.items() if key != "figures"},
            "figure": drawn.get(exercise["id"], ""),
        }
        for exercise in exercises
    ]


def _cause(chapter: Chapter, data_dir: Path) -> dict[str, Any]:
    path = data_dir / chapter.content if chapter.content else None
    content = load_content(path) if path is not None and path.is_file() else {}
    return {
        "id": chapter.id,
        "chapter": chapter.notebook,
        "title": chapter.title,
        # the built book puts every chapter's page side by side in one folder
        "href": chapter.href,
        # the self-test the browser runs on the saved answers (a key of js/logic/self_tests.js)
        "selfTest": chapter.self_test or None,
        "exercises": _exercises(content, path),
        "quizzes": content.get("quizzes", []),
        "checklists": content.get("checklists", []),
    }


#: the introduction's "Start here" answers the plan repeats, by heading, from the snippets the
#: introduction includes; "What to do this week" is the session card's stop list
START_HERE = (
    ("Is it dangerous?", "is-it-dangerous"),
    ("Today's ache", "todays-ache"),
    ("Where to read next", "read-next"),
)
THIS_WEEK = "this-week"


def load_snippets(data_dir: Path | str = "data") -> dict[str, Any]:
    """The shared text the plan shows, from ``snippets/`` beside ``data_dir``: the start-here
    answers and the stop-and-swap list of this week; none when the folder is not there."""
    folder = Path(data_dir).parent / "snippets"
    if not folder.is_dir():
        return {"startHere": [], "thisWeek": []}
    return {
        "startHere": [
            {"title": title, "blocks": snippet_blocks(folder / f"{name}.md")}
            for title, name in START_HERE
        ],
        "thisWeek": snippet_blocks(folder / f"{THIS_WEEK}.md"),
    }


def course_for(data_dir: Path) -> Course:
    """The manifest in ``data_dir``, so a copy of the book with a chapter added shows it; a
    folder without one (a test's few files) takes the course's own."""
    manifest = data_dir / COURSE_FILE.name
    return course(manifest if manifest.is_file() else COURSE_FILE)


def load_causes(data_dir: Path | str = "data") -> list[dict[str, Any]]:
    """The cause chapters of the course manifest, with their exercises, quizzes and checklists.

    ``data_dir`` is the folder of the content files (relative to the notebook), and of the
    manifest (see :func:`course_for`). A chapter without a content file there gets empty lists.
    """
    data_dir = Path(data_dir)
    return [_cause(chapter, data_dir) for chapter in course_for(data_dir).chapters]


def _stop_rules(data_dir: Path) -> dict[str, Any]:
    """The stop rules beside the other data files; a folder without them (a test's few files)
    takes the course's own."""
    path = data_dir / STOP_RULES_FILE.name
    return load_stop_rules(path if path.is_file() else STOP_RULES_FILE)


class YourPlan(CourseWidget):
    """The profile chart, the four-week plan, and export, import and reset of all progress."""

    module_file = "your_plan.js"

    causes = traitlets.List(traitlets.Dict()).tag(sync=True)
    norms = traitlets.Dict().tag(sync=True)
    redflags = traitlets.Dict().tag(sync=True)
    progression = traitlets.Dict().tag(sync=True)
    #: the workout mode's "Stop: it hurts" choices (book/data/stop-rules.yml)
    stop_rules = traitlets.Dict().tag(sync=True)
    #: the shared text of the course's snippets (:func:`load_snippets`)
    snippets = traitlets.Dict(default_value={"startHere": [], "thisWeek": []}).tag(sync=True)
    #: what the browser worked out: {summary, emergency, profile: [{id, status, attention}], plan}
    result = traitlets.Dict(default_value={"summary": "", "emergency": False}).tag(sync=True)

    @classmethod
    def from_file(cls, data_dir: Path | str = "data", **kwargs: Any) -> YourPlan:
        """Load every chapter's content and the self-tests' data from ``data_dir``."""
        data_dir = Path(data_dir)
        chapters = course_for(data_dir)

        def data_of(self_test: str) -> Path:
            # the data file the manifest names for the self-test, which the plan runs again
            return data_dir / chapters.host_of(self_test).self_test_data

        return cls(
            causes=load_causes(data_dir),
            norms=load_norms(data_of("endurance")),
            redflags=load_red_flags(data_of("redflags")),
            progression=load_progression(data_of("progression")),
            stop_rules=_stop_rules(data_dir),
            snippets=load_snippets(data_dir),
            **kwargs,
        )

    @property
    def exercise_count(self) -> int:
        """How many exercises the chapters offer the plan."""
        return sum(len(cause["exercises"]) for cause in self.causes)
