"""What the course changes in the theme: its own templates, no Thebe scripts, one search box,
a print button in place of the download menu, and folded sections that print open.

Jupyter Book adds the sphinx-thebe scripts to every page: the course does not use Thebe, and in
Jupyter Book 1.0.4 they log "Identifier 'THEBE_JS_URL' has already been declared" on each page.
The course's template (``templates/layout.html``) leaves out the theme's Font Awesome script, which
the course does not need and which weighed more than the rest of a page. And the theme's top
header is left empty, which would otherwise show a second search box on wide screens.

The theme's download menu offers each page's source (``.ipynb``, ``.md``) beside "print to PDF".
The source files speak to developers, not to a learner reading on a phone: the page for teachers
and developers links the notebooks instead, and the header keeps one button that prints the page.

The extensions Jupyter Book adds load their scripts on every page; a page that has nothing for
them loads none: the copy button's (sphinx-copybutton) and the code colours only where a code
block is, the tab sets' only where a tab set is, and the theme's inline search (the search index
and Sphinx's search code, about 23 KB compressed) only on the search page, as its
search-as-you-type is off (``templates/layout.html``).

Folded sections (``<details>``, as sphinx-design's ``dropdown`` renders them) open before the
page prints and close again after it (``static/abcourse-print.js``): print CSS cannot open them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

PACKAGE_TEMPLATES = Path(__file__).parent / "templates"


def add_templates(app: Sphinx, config: Config) -> None:
    config.templates_path = [*config.templates_path, str(PACKAGE_TEMPLATES)]


def _is_thebe_script(script: Any) -> bool:
    filename = getattr(script, "filename", None) or ""
    body = getattr(script, "attributes", {}).get("body", "")
    return filename.endswith("sphinx-thebe.js") or "THEBE_JS_URL" in body


def drop_thebe_scripts(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    scripts = context.get("script_files")
    if scripts:
        context["script_files"] = [script for script in scripts if not _is_thebe_script(script)]


def drop_header_search(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Leave the theme's top header empty, so the page shows one search box, not two.

    sphinx-book-theme 1.3 keeps its search in the sidebar and the article header, but with
    pydata-sphinx-theme 0.17.1 the site header also gets one (``navbar_persistent``), in a bar of
    its own across the top of every page on a wide screen.
    """
    context["theme_navbar_persistent"] = []


#: scripts and stylesheets an extension adds to every page -> what a page must hold to use them
PAGE_TOOLS = {
    "clipboard.min.js": 'class="highlight',
    "copybutton.js": 'class="highlight',
    "copybutton.css": 'class="highlight',
    # Sphinx's colours for highlighted code
    "pygments.css": 'class="highlight',
    "design-tabs.js": "sd-tab-set",
}


def _unused(asset: Any, body: str) -> bool:
    filename = str(getattr(asset, "filename", None) or "").split("?")[0]
    needs = PAGE_TOOLS.get(filename.rsplit("/", 1)[-1])
    return needs is not None and needs not in body


def drop_unused_tools(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Leave out an extension's script or stylesheet on a page with nothing for it to work on."""
    body = context.get("body", "")
    for key in ("script_files", "css_files"):
        if context.get(key):
            context[key] = [asset for asset in context[key] if not _unused(asset, body)]


#: opens the page's folded sections for printing (in ``static``, which widget_pages serves)
PRINT_SCRIPT = "abcourse-print.js"

#: the theme's download menu, and the one item of it the course keeps, as a button of its own
DOWNLOAD_GROUP = "download-buttons"
PRINT_BUTTON = {
    "type": "javascript",
    "javascript": "window.print()",
    "tooltip": "Print this page",
    "icon": "fas fa-print",
    "label": "print-button",
    "classes": "pst-navbar-icon",
}


def print_button_for_download_menu(buttons: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The header's buttons with the download menu replaced by a print button."""
    return [
        dict(PRINT_BUTTON) if button.get("label") == DOWNLOAD_GROUP else button
        for button in buttons
    ]


def replace_download_menu(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Runs after the theme has added its header buttons (priority 501)."""
    if context.get("header_buttons"):
        context["header_buttons"] = print_button_for_download_menu(context["header_buttons"])


def setup(app: Sphinx) -> dict[str, Any]:
    app.connect("config-inited", add_templates)
    app.connect("html-page-context", drop_thebe_scripts, priority=900)
    app.connect("html-page-context", drop_header_search)
    app.connect("html-page-context", drop_unused_tools, priority=900)
    app.connect("html-page-context", replace_download_menu, priority=900)
    app.add_js_file(PRINT_SCRIPT)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
