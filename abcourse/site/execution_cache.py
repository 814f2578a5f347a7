"""Clear the notebook execution cache when what a widget embeds has changed.

Each executed notebook embeds its widgets' ES module, stylesheet, drawn figures and content (read
from the data files) in the page. jupyter-cache keys a notebook on its code cells only, so after
editing a widget's JS, a figure's code, the data layer's code or a question, a cached notebook
would keep serving the old one; a digest of those sources decides instead.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config

PACKAGE = Path(__file__).resolve().parents[1]
WIDGET_SOURCES = PACKAGE / "widgets"
#: the drawn figures the widgets carry (checklists, self-test, plan) are made by this code
FIGURE_SOURCES = PACKAGE / "figures"
#: the code that reads the data files and fills in what they leave to it
DATA_SOURCES = PACKAGE / "data"
CACHE_STAMP = "abcourse-widget-sources.sha256"


def widget_sources_digest(data_dir: Path | None = None) -> str:
    """A digest of every file that goes into a widget's embedded state: its JS and CSS, and the
    course's data files (questions, checklists, norms), which the notebooks load when they run,
    and the snippets and references the plan shows."""
    digest = hashlib.sha256()
    for root, suffixes in (
        (WIDGET_SOURCES, {".js", ".css"}),
        (FIGURE_SOURCES, {".py", ".css"}),
        (DATA_SOURCES, {".py", ".json"}),
        (data_dir, {".yml", ".yaml"}),
        # the shared text and the citation labels the plan embeds (abcourse/data/snippets.py)
        (data_dir.parent / "snippets" if data_dir else None, {".md"}),
        (data_dir.parent if data_dir else None, {".bib"}),
    ):
        if root is None or not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.suffix in suffixes:
                digest.update(path.relative_to(root).as_posix().encode())
                digest.update(path.read_bytes())
    return digest.hexdigest()


def drop_stale_execution_cache(app: Sphinx, config: Config) -> None:
    """Clear the notebook execution cache when a widget's JS or CSS, or a data file, has changed.

    Each executed notebook embeds its widgets' ES module, stylesheet and content (read from the
    data files) in the page. jupyter-cache keys a notebook on its code cells only, so after editing
    a widget's JS or a question a cached notebook would keep serving the old one; a digest of the
    widget sources and the data files decides instead.
    """
    # myst-nb's default when no path is configured: beside the HTML output folder
    configured = getattr(config, "nb_execution_cache_path", "") or ""
    cache = (
        Path(app.confdir, configured) if configured else Path(app.outdir).parent / ".jupyter_cache"
    )
    stamp = cache / CACHE_STAMP
    current = widget_sources_digest(Path(app.confdir, config.abcourse_data_dir))
    if cache.is_dir() and (not stamp.is_file() or stamp.read_text().strip() != current):
        shutil.rmtree(cache)
    cache.mkdir(parents=True, exist_ok=True)
    stamp.write_text(current + "\n")


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("abcourse_data_dir", "book/data", "env")
    # before myst-nb opens the cache on builder-inited
    app.connect("config-inited", drop_stale_execution_cache)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
