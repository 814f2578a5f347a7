"""Progress across the course in the left sidebar of every page (on a phone, its drawer).

The sidebar gets a box (``templates/abcourse-progress.html``) that names the page's chapter and
each chapter's link from this page, and loads one ES module of the site's own: a few lines that
import the widgets' ``js/course_progress.js`` and call it with the course's data (the cause
chapters with their checklists, the plan chapter, and the self-tests' data files), bundled by
esbuild with every module it imports into one minified file (``minify``). So the box reuses the
widgets' store and the plan's assessment of each self-test, and the site layer reads their files
but imports no Python of the widgets'. The file is named by its content, so a browser never
mixes an old module with a new page. A book without the course's chapters (a test's small book)
gets no box, nor does a build without esbuild (it warns).
"""

from __future__ import annotations

import hashlib
import json
import posixpath
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging

from ..data.content import load_content
from ..data.course import COURSE_FILE, Course, course
from ..data.red_flags import load_red_flags
from ..data.self_tests import load_norms, load_progression
from .minify import MinifyError, bundled
from .widget_pages import _write_once

logger = logging.getLogger(__name__)

#: its look, under the site's static files (``static/``)
STYLESHEET = "abcourse-progress.css"
#: the widgets' JavaScript, which the module imports (no Python of theirs)
JS_DIR = Path(__file__).resolve().parents[1] / "widgets" / "js"
ENTRY = JS_DIR / "course_progress.js"
#: the sidebar's parts: the book theme's, with the progress box after the search field
SIDEBAR = [
    "navbar-logo.html",
    "icon-links.html",
    "search-button-field.html",
    "abcourse-progress.html",
    "sbt-sidebar-nav.html",
]


def course_data(data_dir: Path) -> dict[str, Any]:
    """What the module counts with: each cause chapter with its checklists (the form self-test
    reads them), the plan chapter, and the self-tests' data files."""
    manifest = data_dir / COURSE_FILE.name
    course_: Course = course(manifest if manifest.is_file() else COURSE_FILE)

    def data_of(self_test: str) -> Path:
        return data_dir / course_.host_of(self_test).self_test_data

    causes = []
    for chapter in course_.chapters:
        path = data_dir / chapter.content if chapter.content else None
        content = load_content(path) if path is not None and path.is_file() else {}
        causes.append(
            {
                "id": chapter.id,
                "chapter": chapter.notebook,
                "title": chapter.title,
                "href": chapter.href,
                "selfTest": chapter.self_test or None,
                "exercises": [],
                "quizzes": [],
                "checklists": content.get("checklists", []),
            }
        )
    return {
        "causes": causes,
        "plan": {"chapter": course_.plan.notebook, "title": course_.plan.title},
        "data": {
            "norms": load_norms(data_of("endurance")),
            "redflags": load_red_flags(data_of("redflags")),
            "progression": load_progression(data_of("progression")),
        },
    }


def module_text(data: dict[str, Any]) -> str:
    """The page's module: it imports the entry and fills the page's box with the course's data."""
    call = f"mountCourseProgress({json.dumps(data, ensure_ascii=False, separators=(',', ':'))});"
    return f'import {{ mountCourseProgress }} from "./{ENTRY.name}";\n{call}\n'


def _data_dir(app: Sphinx) -> Path:
    return Path(app.confdir, app.config.abcourse_data_dir)


def _chapter_docnames(app: Sphinx, data: dict[str, Any]) -> dict[str, str]:
    """Each chapter's notebook name -> its docname (``book/01-weak-core``)."""
    folder = _data_dir(app).resolve().parent
    names = [cause["chapter"] for cause in data["causes"]] + [data["plan"]["chapter"]]
    srcdir = Path(app.srcdir).resolve()
    return {name: (folder / name).relative_to(srcdir).as_posix() for name in names}


def write_module(app: Sphinx) -> dict[str, Any] | None:
    """Write the module when the book has every chapter of the course; what the pages need."""
    if app.builder.format != "html" or not _data_dir(app).is_dir():
        return None
    data = course_data(_data_dir(app))
    docnames = _chapter_docnames(app, data)
    if not set(docnames.values()) <= app.env.found_docs:
        return None
    try:
        module = bundled(module_text(data), JS_DIR, "the sidebar's progress module")
    except MinifyError as error:
        # progress is a help, not the course: the pages go without the box
        logger.warning(f"abcourse: no progress box in the sidebar: {error}")
        return None
    # named by its content, so a browser never mixes an old module with a new page
    name = f"abcourse-progress/{hashlib.sha256(module.encode()).hexdigest()[:20]}.js"
    _write_once(Path(app.outdir, "_static", name), module)
    return {"script": name, "docnames": docnames}


def _progress(app: Sphinx) -> dict[str, Any] | None:
    """The module's file and the chapters' docnames, worked out on the first page written (a
    build that reads no page still writes every page, so not on an event of the reading)."""
    if not hasattr(app, "abcourse_progress"):
        app.abcourse_progress = write_module(app)  # type: ignore[attr-defined]
    return app.abcourse_progress  # type: ignore[attr-defined]


def page_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """The box's data for the template: the page's chapter, the chapters' links, the module."""
    progress = _progress(app)
    if not progress:
        context["abcourse_progress"] = None
        return
    docnames: dict[str, str] = progress["docnames"]

    def href_of(docname: str) -> str:
        # the theme's pathto gives "#" for the page itself; the box links to a page by its file
        href = context["pathto"](docname)
        return posixpath.basename(app.builder.get_target_uri(docname)) if href == "#" else href

    chapter = next((name for name, doc in docnames.items() if doc == pagename), "")
    context["abcourse_progress"] = {
        "chapter": chapter,
        "hrefs": json.dumps({name: href_of(doc) for name, doc in docnames.items()}),
        "script": context["pathto"](f"_static/{progress['script']}", 1),
    }


def use_sidebar(app: Sphinx, config: Config) -> None:
    """Add the box to every page's sidebar, unless the book sets its own sidebars."""
    if not config.html_sidebars:
        config.html_sidebars = {"**": list(SIDEBAR)}


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", use_sidebar)
    app.add_css_file(STYLESHEET)
    app.connect("html-page-context", page_context)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
