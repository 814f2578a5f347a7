"""the course's fixes for what the theme and the bibliography get wrong.

- Every page gets the course's site stylesheet (``static/abcourse-site.css``): a chapter prints as
  its text, black on white, and motion stops for readers who ask for none.
- The bibliography: docutils marks each entry ``role="doc-biblioentry"`` inside a
  ``role="list"`` box. That role is deprecated in ARIA 1.2, and a list must hold list items, so
  the entries become ``role="listitem"`` in each page's body.
- The theme's search button is named by its own visible text (the template in
  ``templates/search-button-field.html``).
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

SITE_STYLESHEET = "abcourse-site.css"
DEPRECATED_ENTRY_ROLE = 'role="doc-biblioentry"'


def list_item_roles(html: str) -> str:
    """The bibliography's entries as list items of their list."""
    return html.replace(DEPRECATED_ENTRY_ROLE, 'role="listitem"')


def fix_bibliography_roles(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Give the page's entries their list-item role before it is written (only the body has
    them), so no written page is read back and rewritten."""
    if DEPRECATED_ENTRY_ROLE in context.get("body", ""):
        context["body"] = list_item_roles(context["body"])


def setup(app: Sphinx) -> dict[str, Any]:
    # the file is in abcourse/site/static, which widget_pages adds to html_static_path
    app.add_css_file(SITE_STYLESHEET)
    app.connect("html-page-context", fix_bibliography_roles)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
