"""The learner's own words find the right page: index entries from ``book/data/search-terms.yml``.

Sphinx's search (``searchindex.js``, which the theme's search page reads) finds a page by the
words of its text, stemmed, and by its index entries, which it lists first. The chapters say
"curl-up" and "trunk flexor test"; a learner types "crunches" and "timer", words no chapter
contains, nor its widgets (whose text the index has, as the build draws them into the page).
So each page named in the data file gets an index entry for each of its words, pointing at the
page's top or at the label or section the entry names. The entries also appear in the book's
index (``genindex.html``). A page or anchor the file names that the book does not have stops a
strict build with a warning that names the file and the entry.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from docutils import nodes
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.environment import BuildEnvironment
from sphinx.transforms import SphinxTransform
from sphinx.util import logging

from ..data.search_terms import load_search_terms

logger = logging.getLogger(__name__)

#: the file's name, in the folder of the course's data files (``abcourse_data_dir``)
SEARCH_TERMS_NAME = "search-terms.yml"


def _file(app: Sphinx) -> Path:
    return Path(app.confdir, app.config.abcourse_data_dir, SEARCH_TERMS_NAME)


def _docname(app: Sphinx, page: str) -> str:
    """The page's docname: ``02-form-technique`` in ``book/`` is ``book/02-form-technique``."""
    folder = _file(app).resolve().parents[1]
    return (folder / page).relative_to(Path(app.srcdir).resolve()).as_posix()


def entries_by_page(app: Sphinx) -> dict[str, list[dict[str, Any]]]:
    """The file's entries by the docname of their page; none when the file is not there."""
    path = _file(app)
    if not path.is_file():
        return {}
    by_page: dict[str, list[dict[str, Any]]] = {}
    for entry in load_search_terms(path)["entries"]:
        docname = _docname(app, entry["page"])
        by_page.setdefault(docname, []).append(entry)
    return by_page


def _page_top(document: nodes.document) -> str | None:
    section = next(iter(document.findall(nodes.section)), None)
    return section["ids"][0] if section is not None and section["ids"] else None


class AddSearchTerms(SphinxTransform):
    """Add the page's index entries; before the domains collect them (SphinxDomains, 850)."""

    default_priority = 840

    def apply(self, **kwargs: Any) -> None:
        entries = self.env.abcourse_search_terms.get(self.env.docname, [])
        for entry in entries:
            anchor = entry.get("anchor") or _page_top(self.document)
            section = _section_of(self.document.ids.get(anchor)) if anchor else None
            if section is None:
                where = f"entries of page '{entry['page']}', anchor '{anchor}'"
                logger.warning(
                    "%s: %s: the page has no such label or section",
                    SEARCH_TERMS_NAME,
                    where,
                    location=self.env.docname,
                )
                continue
            # the section's own id: Sphinx's search shows the text of the element the anchor
            # names, and a label's is an empty <span> (with no text the search page fails)
            index = addnodes.index(
                entries=[
                    ("single", word, section["ids"][0], "main", None) for word in entry["words"]
                ],
                inline=False,
            )
            section.insert(1, index)


def _section_of(node: nodes.Node | None) -> nodes.section | None:
    """The section a label or section id names: the node itself, or the section holding it."""
    while node is not None and not isinstance(node, nodes.section):
        node = node.parent
    return node if node is not None and node["ids"] else None


def read_terms(app: Sphinx, env: BuildEnvironment, docnames: list[str]) -> None:
    env.abcourse_search_terms = entries_by_page(app)
    missing = sorted(set(env.abcourse_search_terms) - set(env.found_docs))
    for docname in missing:
        logger.warning("%s: no page '%s' in the book", SEARCH_TERMS_NAME, docname)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else ""


def pages_to_read_again(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """Every page the file names, before and after, when the file has changed."""
    digest = _digest(_file(app))
    if getattr(env, "abcourse_search_terms_digest", None) == digest:
        return []
    before = set(getattr(env, "abcourse_search_terms", {}))
    env.abcourse_search_terms_digest = digest
    return sorted((before | set(entries_by_page(app))) & env.found_docs)


def setup(app: Sphinx) -> dict[str, Any]:
    if "abcourse_data_dir" not in app.config:
        # the folder of the course's data files; the execution cache names it too
        app.add_config_value("abcourse_data_dir", "book/data", "env")
    app.connect("env-get-outdated", pages_to_read_again)
    app.connect("env-before-read-docs", read_terms)
    app.add_transform(AddSearchTerms)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
