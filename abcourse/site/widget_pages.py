"""Serve the widget front end from the built site itself.

Each page with widgets gets one of two front ends, chosen when the page is written. A page whose
widgets are all anywidgets (every course page) gets the light widget host (``static/widget-host``):
one small ES module that renders them from the embedded state, with each widget's module and
stylesheet moved to a file of the site that every page shares (see ``widget_host``). A page with
any other widget model keeps the ipywidgets html-manager: this adds the vendored files
(``vendor/files``: RequireJS, the html-manager, anywidget's browser module) and this package's
setup script to the site's static files and points myst-nb's widget loader at them. Either way a
page with widgets makes no third-party request. On a page for the host, ``widget_prerender`` has
drawn each widget into the page at build time; the host brings the drawing to life.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from myst_nb.core.render import sanitize_script_content
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.errors import ConfigError
from sphinx.util import logging

from . import widget_prerender
from .minify import MinifyError, minified
from .widget_host import (
    DRAWN,
    DRAWN_NOTES_HEAD,
    NOSCRIPT_HEAD,
    STATE_TYPE,
    asset_name,
    host_can_render,
    module_scripts,
    move_assets_out,
    preload_links,
    view_model_ids,
    wrap_views,
)

logger = logging.getLogger(__name__)

PACKAGE_STATIC = Path(__file__).parent / "static"

#: paths relative to the site's ``_static`` folder, in load order
WIDGET_SCRIPTS = {
    "require/require.js": {},
    "abcourse-widgets-setup.js": {},
    "html-manager/embed-amd.js": {},
}
#: the light host: its entry module, the modules it imports, and its stylesheet (under ``_static``)
HOST_SCRIPT = "widget-host/host.js"
HOST_IMPORTS = (
    "widget-host/assets.js",
    "widget-host/hydrate.js",
    "widget-host/model.js",
    "widget-host/view.js",
)
HOST_STYLESHEET = "widget-host/host.css"
#: where the widgets' modules and stylesheets go, one file per distinct content (under ``_static``)
WIDGET_ASSETS = "abcourse-widgets"


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


def _static_name(script: Any) -> str:
    return str(getattr(script, "filename", None) or "").removeprefix("_static/")


def _page_url(pathto: Any, static_name: str) -> str:
    # The host tells a URL from source text by its start; a page at the site's root gets "_static/".
    url = pathto(f"_static/{static_name}", 1)
    return url if url.startswith(("./", "../")) else f"./{url}"


def _write_once(path: Path, text: str) -> None:
    """Write a content-named file unless it is there; parallel writers never see half a file."""
    if path.is_file():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(text)
    # mkstemp makes the file private; a web server reading the site must be able to serve it
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def _served(app: Sphinx, source: str, suffix: str) -> str:
    """A widget's module or stylesheet as the site serves it: minified. Without esbuild (no
    ``npm ci`` yet) the build says so once, as a warning, and serves the source."""
    try:
        return minified(source, suffix, f"a widget's {suffix} file")
    except MinifyError as error:
        if not getattr(app, "_abcourse_minify_warned", False):
            app._abcourse_minify_warned = True  # type: ignore[attr-defined]
            logger.warning(f"abcourse: widget files served unminified: {error}")
        return source


def use_widget_host(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Give a page whose widgets are all anywidgets the light host instead of the html-manager.

    Runs after myst-nb has added the page's widget state and the html-manager's scripts; a page
    without widget state, or with a widget the host cannot render, is left as myst-nb made it.
    """
    scripts = context.get("script_files")
    if not app.config.abcourse_widget_host or not scripts:
        return
    state_script = next(
        (s for s in scripts if getattr(s, "attributes", {}).get("type") == STATE_TYPE), None
    )
    if state_script is None:
        return
    state = json.loads(state_script.attributes["body"])
    models = state.get("state", {})
    body = context.get("body", "")
    if not host_can_render(models, view_model_ids(body)):
        return

    #: each file written, under ``_static``, and its URL from this page, in the order first met
    stored: dict[str, str] = {}

    def store(source: str, suffix: str) -> str:
        served = _served(app, source, suffix)
        name = f"{WIDGET_ASSETS}/{asset_name(served, suffix)}"
        _write_once(Path(app.outdir, "_static", name), served)
        stored[name] = _page_url(context["pathto"], name)
        return stored[name]

    moved = move_assets_out(models, store)
    # myst-nb's own escaping of the state, so a "</script>" in a string cannot end it
    state_script.attributes["body"] = sanitize_script_content(json.dumps({**state, "state": moved}))
    scripts[:] = [s for s in scripts if _static_name(s) not in WIDGET_SCRIPTS]
    # Deferred module scripts, in the head: they run once the page has been read, before the
    # theme's deferred scripts at the end of the body; the widgets' modules first, then the host.
    widget_modules = [url for name, url in stored.items() if name.endswith(".js")]
    for body_text in module_scripts(widget_modules):
        app.add_js_file(None, body=body_text, type="module")
    app.add_js_file(HOST_SCRIPT, type="module")
    app.add_css_file(HOST_STYLESHEET)
    for name in stored:
        if name.endswith(".css"):
            app.add_css_file(name)
    host_imports = [_page_url(context["pathto"], name) for name in HOST_IMPORTS]
    preloads = preload_links([*host_imports, *widget_modules])
    drawn = DRAWN in body
    head = preloads + NOSCRIPT_HEAD + (DRAWN_NOTES_HEAD if drawn else "")
    context["metatags"] = context.get("metatags", "") + head
    context["body"] = wrap_views(body)


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("abcourse_vendor_dir", "vendor/files", "html")
    # False gives every widget page the html-manager, as before the host (the benchmark compares)
    app.add_config_value("abcourse_widget_host", True, "html")
    # before myst-nb reads its configuration on builder-inited
    app.connect("config-inited", add_static_files)
    # after myst-nb (priority 500) has added the page's widget state and scripts
    app.connect("html-page-context", use_widget_host, priority=600)
    # each widget drawn into its page's doctree at build time, for the host to bring to life
    widget_prerender.setup(app)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
