"""Sphinx extension: serve the widget front end from the built site itself.

It adds the vendored files (``vendor/files``: RequireJS, the ipywidgets html-manager, anywidget's
browser module) and this package's setup script to the site's static files, and points myst-nb's
widget loader at them, so pages with widgets make no third-party request. It also drops the
sphinx-thebe scripts Jupyter Book adds to every page: the course does not use Thebe, and in
Jupyter Book 1.0.4 they log "Identifier 'THEBE_JS_URL' has already been declared" on each page.
Its template (``templates/layout.html``) leaves out the theme's Font Awesome script, which the
course does not need and which weighed more than the rest of a page. And it leaves the theme's
top header empty, which would otherwise show a second search box on wide screens.
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError

PACKAGE_STATIC = Path(__file__).parent / "static"
PACKAGE_TEMPLATES = Path(__file__).parent / "templates"
WIDGET_SOURCES = Path(__file__).parent / "widgets"
#: the drawn figures the widgets carry (checklists, self-test, plan) are made by this code
FIGURE_SOURCES = Path(__file__).parent / "figures"
CACHE_STAMP = "abcourse-widget-sources.sha256"

#: paths relative to the site's ``_static`` folder, in load order
WIDGET_SCRIPTS = {
    "require/require.js": {},
    "abcourse-widgets-setup.js": {},
    "html-manager/embed-amd.js": {},
}


def add_static_files(app: Sphinx, config: Config) -> None:
    vendor_dir = Path(app.confdir, config.abcourse_vendor_dir)
    vendored = [path for path in WIDGET_SCRIPTS if "/" in path]
    missing = [path for path in vendored if not (vendor_dir / path).is_file()]
    if missing:
        raise ConfigError(
            f"abcourse: vendored front-end files missing in {vendor_dir}: {', '.join(missing)}. "
            "Run 'bash vendor/refresh.sh' to fetch them from the npm registry."
        )
    config.html_static_path = [*config.html_static_path, str(vendor_dir), str(PACKAGE_STATIC)]
    config.nb_ipywidgets_js = dict(WIDGET_SCRIPTS)
    config.templates_path = [*config.templates_path, str(PACKAGE_TEMPLATES)]


def widget_sources_digest(data_dir: Path | None = None) -> str:
    """A digest of every file that goes into a widget's embedded state: its JS and CSS, and the
    course's data files (questions, checklists, norms), which the notebooks load when they run."""
    digest = hashlib.sha256()
    for root, suffixes in (
        (WIDGET_SOURCES, {".js", ".css"}),
        (FIGURE_SOURCES, {".py", ".css"}),
        (data_dir, {".yml", ".yaml"}),
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


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("abcourse_vendor_dir", "vendor/files", "html")
    app.add_config_value("abcourse_data_dir", "book/data", "env")
    # before myst-nb reads its configuration on builder-inited
    app.connect("config-inited", add_static_files)
    app.connect("config-inited", drop_stale_execution_cache)
    app.connect("html-page-context", drop_thebe_scripts, priority=900)
    app.connect("html-page-context", drop_header_search)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
