"""an exercise's drawn start and end, from its poses in the data files.

Under an exercise's "How to do it" in a chapter::

    ```{exercise-figure} front-plank
    ```

draws the exercise ``front-plank`` of the chapter's own data file (``data/<chapter>.yml`` beside
the page; ``:file:`` names another) as SVG in the page, with a caption (``:caption:`` replaces the
default). Nothing runs in the notebook: the markdown stays plain and the figure is part of the
built page. A broken data file stops the build with the error that names the file, the item and
the field.
"""

from __future__ import annotations

from typing import Any, ClassVar

from docutils import nodes
from docutils.parsers.rst import directives
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util.docutils import SphinxDirective

from ..data.files import ContentError
from ..figures.figureset import FigureLibrary
from ..figures.html import STYLESHEET, default_caption, figure_html
from .exercise_dose import chapter_data

STATIC = STYLESHEET.parent
#: the play control of the figures' movement loop, served from the same folder
PLAY_SCRIPT = STATIC / "abcourse-figures.js"


class ExerciseFigure(SphinxDirective):
    """``{exercise-figure} EXERCISE-ID`` with optional ``:file:`` and ``:caption:``."""

    required_arguments = 1
    has_content = False
    option_spec: ClassVar[dict[str, Any]] = {
        "file": directives.unchanged_required,
        "caption": directives.unchanged,
    }

    def run(self) -> list[nodes.Node]:
        exercise = self.arguments[0]
        path = chapter_data(self)
        try:
            figure_set = FigureLibrary(path.parent).figure_set(f"{path.stem}/{exercise}")
        except (ContentError, ValueError) as error:
            raise self.error(f"exercise-figure: {error}") from error
        caption = self.options.get("caption", "")
        if self.env.app.builder.format != "html":
            return [nodes.paragraph(text=caption or default_caption(figure_set))]
        return [nodes.raw("", figure_html(figure_set, caption), format="html")]


def add_stylesheet(app: Sphinx, config: Config) -> None:
    """Serve the figures' layout (the same file the widgets carry) from the site itself."""
    config.html_static_path = [*config.html_static_path, str(STATIC)]


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", add_stylesheet)
    app.add_css_file(STYLESHEET.name)
    # a classic deferred script, not a module: a page opened from the disk (file://), where a
    # browser loads no module script, still gets its figures' play controls
    app.add_js_file(PLAY_SCRIPT.name, defer="defer")
    app.add_directive("exercise-figure", ExerciseFigure)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
