"""Link the cut-down icon font on every page and cut it when the build has finished.

The cutting itself is :mod:`abcourse.site.icon_font`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.util import logging

from . import icon_font
from .widget_pages import WIDGET_SCRIPTS

logger = logging.getLogger(__name__)


def link_icon_subset(app: Sphinx) -> None:
    # on every page, after the theme's stylesheets; written when the build has finished
    app.add_css_file(icon_font.STYLESHEET)


def cut_icon_font(app: Sphinx, exception: Exception | None) -> None:
    if exception is None and app.builder.format == "html":
        # the html-manager names hundreds of icons, drawn from a Font Awesome 4 of its own
        glyphs = icon_font.write_subset(Path(app.outdir), ignore=WIDGET_SCRIPTS)
        logger.info("abcourse: icon font cut down to %d glyphs", glyphs)


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("builder-inited", link_icon_subset)
    app.connect("build-finished", cut_icon_font)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
