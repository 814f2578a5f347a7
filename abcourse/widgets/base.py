"""The base of every course widget: a thin anywidget class whose logic runs in the browser."""

from __future__ import annotations

from pathlib import Path

import anywidget
import traitlets

from ..figures.html import STYLESHEET as FIGURE_STYLESHEET
from .bundle import bundle_module

WIDGET_DIR = Path(__file__).parent
#: the widgets' ES modules: the entries, with the modules they import in logic/ and ui/
JS_DIR = WIDGET_DIR / "js"
STYLESHEET = WIDGET_DIR / "course.css"


class CourseWidget(anywidget.AnyWidget):
    """A widget whose ES module and stylesheet are the course's own."""

    #: the widget's entry module in ``js/``, e.g. ``quiz.js``; inlined once per class
    module_file: str = ""

    def __init_subclass__(cls, **kwargs: object) -> None:
        # set before anywidget's own hook, which turns _esm and _css into synced traits
        if cls.__dict__.get("module_file"):
            cls._esm = bundle_module(JS_DIR / cls.module_file)
            # the drawn figures' layout too: in JupyterLab a widget brings its own styles
            cls._css = STYLESHEET.read_text(encoding="utf-8") + FIGURE_STYLESHEET.read_text(
                encoding="utf-8"
            )
        super().__init_subclass__(**kwargs)


class ChapterWidget(CourseWidget):
    """A widget whose saved progress belongs to one chapter: the browser scopes its keys with it."""

    chapter = traitlets.Unicode("").tag(sync=True)
