"""An exercise's "How much", "Easier" and "Harder" lines, from the chapter's data file.

Under an exercise's steps in a chapter::

    ```{exercise-dose} front-plank
    ```

prints the three lines of the exercise ``front-plank`` in the chapter's own data file
(``data/<chapter>.yml`` beside the page; ``:file:`` names another). With ``:weeks:`` it prints
the four weeks instead, one line each ("Week 1: ..."), as the plan and the progression check
read them. "How much" is made from the exercise's weeks when the file loads, so the page, the
plan's session card and the progression check give the same numbers. On a web page "Easier" and
"Harder" fold under "Easier or harder". A missing exercise or a broken file stops the build by name.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.util.docutils import SphinxDirective

from ..data.content import find_item
from ..data.files import ContentError

#: the lines, in the order printed, and the exercise's field each reads
LINES = (("How much:", "dose"), ("Easier:", "easier"), ("Harder:", "harder"))
#: the title of the fold that holds the easier and harder versions: a learner needs them only
#: when the start does not suit, and open they made each exercise a screen longer on a phone
VARIANTS = "Easier or harder"


def _folded(title: str, body: list[nodes.Node]) -> list[nodes.Node]:
    """``body`` in a closed ``<details>`` with ``title`` as its summary (it opens for print, as
    the page's other folds do)."""
    start = nodes.raw(
        "", f'<details class="abc-dose-variants"><summary>{escape(title)}</summary>', format="html"
    )
    return [start, *body, nodes.raw("", "</details>", format="html")]


def chapter_data(directive: SphinxDirective) -> Path:
    """The data file a chapter's directive reads: ``:file:``, else ``data/<page>.yml`` beside the
    page. Every data file beside it is a dependency, so a change to one rebuilds the page."""
    relative = directive.options.get("file") or f"data/{Path(directive.env.docname).name}.yml"
    _, absolute = directive.env.relfn2path(relative, directive.env.docname)
    path = Path(absolute)
    for data_file in sorted(path.parent.glob("*.yml")):
        directive.env.note_dependency(str(data_file))
    return path


class ExerciseDose(SphinxDirective):
    """``{exercise-dose} EXERCISE-ID`` with an optional ``:file:``, or ``:weeks:`` for the weeks."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "file": directives.unchanged_required,
        "weeks": directives.flag,
    }

    def run(self) -> list[nodes.Node]:
        try:
            exercise = find_item(chapter_data(self), "exercises", self.arguments[0])
        except ContentError as error:
            raise self.error(f"exercise-dose: {error}") from error
        if "weeks" in self.options:
            items = [
                nodes.list_item("", nodes.paragraph(text=line)) for line in exercise["progression"]
            ]
            return [nodes.bullet_list("", *items)]
        lines = [
            nodes.paragraph("", "", nodes.strong(text=label), nodes.Text(f" {exercise[field]}"))
            for label, field in LINES
        ]
        if self.env.app.builder.format != "html":
            return lines
        return [lines[0], *_folded(VARIANTS, lines[1:])]


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_directive("exercise-dose", ExerciseDose)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
