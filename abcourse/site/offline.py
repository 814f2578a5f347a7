"""The course after one visit, with no signal: a service worker, a web app manifest and icons.

When the book is written (``build-finished``), this part

- draws the app icons (``static/abcourse-offline/icon.svg``, rasterised at 192 and 512 px, plain
  and maskable) and writes the web app manifest (``manifest.webmanifest``) at the site's root;
- writes the page a learner gets offline for a page that was never saved (``offline.html``), with
  links to every page that was;
- lists the files the pages use: every page, and each file a page names in a ``script``, ``link``,
  ``img`` or ``source`` tag or in its embedded widget state, with what those files import in turn
  (a stylesheet's ``url()``, a module's ``import``). A font named in several formats counts once,
  as WOFF2, which every browser that runs a service worker reads. Nothing else: not ``_sources``,
  not source maps, not the ipywidgets html-manager unless a page loads it;
- has Workbox (``workbox-build``, pinned in ``package-lock.json``) generate ``sw.js`` from that
  list, each file with a revision hash, in a small Node script (``offline_worker.mjs``).

Each page links the manifest and loads ``static/abcourse-offline/start.js``, which, where a worker
can run (http or https, not ``file://``), imports ``register.js``: it registers the worker, says
once when the course is ready offline and offers a new build when one is waiting.
``abcourse_offline: false`` in ``_config.yml`` (under ``sphinx.config``) turns all of it off.
"""

from __future__ import annotations

import html
import json
import posixpath
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from sphinx.application import Sphinx
from sphinx.util import logging

logger = logging.getLogger(__name__)

HERE = Path(__file__).parent
#: the Node script that draws the icons and generates the worker
WORKER_SCRIPT = HERE / "offline_worker.mjs"
#: the site's own files for it, under ``_static``
STATIC = "abcourse-offline"
#: a classic script (it runs from file:// too) that imports the module ``register.js`` over http(s)
START_SCRIPT = f"{STATIC}/start.js"
#: the module it imports by a URL it works out, which no page names
REGISTER_MODULE = f"{STATIC}/register.js"
STYLESHEET = f"{STATIC}/offline.css"
ICON_SVG = HERE / "static" / STATIC / "icon.svg"
#: at the site's root, so the worker's scope is the whole site
WORKER = "sw.js"
MANIFEST = "manifest.webmanifest"
OFFLINE_PAGE = "offline.html"
#: its text and look: one file with no other file to load, as it stands in for any address
OFFLINE_TEMPLATE = HERE / "offline_page.html"
#: (file under _static, size, purpose)
ICONS = (
    (f"{STATIC}/icon-192.png", 192, "any"),
    (f"{STATIC}/icon-512.png", 512, "any"),
    (f"{STATIC}/icon-maskable-192.png", 192, "maskable"),
    (f"{STATIC}/icon-maskable-512.png", 512, "maskable"),
)
#: the browser's bar and the splash screen, matching the page's background in each colour mode
THEME_COLOURS = {"light": "#ffffff", "dark": "#14181e"}
#: folders of the built site that hold no page
NOT_PAGES = ("_static", "_sources", "_images", "_downloads", "_sphinx_design_static")

#: files a stylesheet names that no page loads: the theme's full Font Awesome faces, as the course's
#: cut-down icon font (``icon_font``) draws every icon the site shows (the browser tests check
#: that every file a page loads is in the worker's list)
NEVER_LOADED = ("_static/vendor/fontawesome/",)

TAG = re.compile(r"<(?:script|link|img|source)\b[^>]*>", re.IGNORECASE)
TAG_URL = re.compile(r"""\b(?:src|href)\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
SRCSET = re.compile(r"""\bsrcset\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
#: a widget module or stylesheet that the page's embedded widget state names
STATE_URL = re.compile(r'"((?:\.\.?/)+_static/[^"?#\s]+)"')
CSS_URL = re.compile(r"""url\(\s*["']?([^"')]+)["']?\s*\)""")
CSS_IMPORT = re.compile(r"""@import\s+["']([^"']+)["']""")
FONT_FACE = re.compile(r"@font-face\s*\{[^}]*\}", re.IGNORECASE)
JS_IMPORT = re.compile(
    r"""(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s+)["'](\.{1,2}/[^"']+)["']""", re.MULTILINE
)


def _local(base: str, url: str) -> str | None:
    """A URL as a path from the site's root, when it names a file of the site; else None."""
    parts = urlsplit(url.strip())
    if parts.scheme or parts.netloc or not parts.path or url.startswith("#"):
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(base), unquote(parts.path)))


def _font_urls(css: str) -> set[str]:
    """The font files a stylesheet names that a browser never fetches: every format but WOFF2
    where a font offers WOFF2."""
    skipped: set[str] = set()
    for face in FONT_FACE.findall(css):
        urls = CSS_URL.findall(face)
        if any(url.split("?")[0].endswith(".woff2") for url in urls):
            skipped.update(url for url in urls if not url.split("?")[0].endswith(".woff2"))
    return skipped


def _references(path: str, text: str) -> list[str]:
    """The URLs a file names that the browser loads with it."""
    if path.endswith(".html"):
        found = []
        for tag in TAG.findall(text):
            found += TAG_URL.findall(tag)
            for srcset in SRCSET.findall(tag):
                found += [entry.split()[0] for entry in srcset.split(",") if entry.strip()]
        return found + STATE_URL.findall(text)
    if path.endswith(".css"):
        skipped = _font_urls(text)
        urls = CSS_URL.findall(text) + CSS_IMPORT.findall(text)
        return [url for url in urls if url not in skipped]
    if path.endswith((".js", ".mjs")):
        return JS_IMPORT.findall(text)
    return []


def pages(outdir: Path) -> list[str]:
    """Every page of the built site, as a path from its root."""
    found = []
    for path in sorted(outdir.rglob("*.html")):
        relative = path.relative_to(outdir).as_posix()
        if not relative.startswith(NOT_PAGES):
            found.append(relative)
    return found


def used_files(outdir: Path, roots: Iterable[str]) -> list[str]:
    """``roots`` and every file of the site they load, directly or through what they load."""
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        path = todo.pop()
        if path in seen or not (outdir / path).is_file():
            continue
        if path.endswith(".map") or path.startswith(("_sources/", *NEVER_LOADED)):
            continue
        seen.add(path)
        if not path.endswith((".html", ".css", ".js", ".mjs")):
            continue
        text = (outdir / path).read_text(encoding="utf-8", errors="replace")
        for url in _references(path, text):
            target = _local(path, url)
            if target and not target.startswith("..") and not target.endswith(".html"):
                todo.append(target)
    return sorted(seen)


def manifest(config: Any, start_page: str) -> dict[str, Any]:
    """The web app manifest; every URL in it is relative to its own place, the site's root."""
    return {
        "name": config.html_title or config.project,
        "short_name": "Ab workouts",
        "description": "A course on why ab workouts can hurt your back and what to do instead.",
        "id": "./",
        "start_url": start_page,
        "scope": "./",
        "display": "standalone",
        "background_color": THEME_COLOURS["light"],
        "theme_color": THEME_COLOURS["light"],
        "icons": [
            {
                "src": f"_static/{path}",
                "sizes": f"{size}x{size}",
                "type": "image/png",
                "purpose": purpose,
            }
            for path, size, purpose in ICONS
        ],
    }


def head_tags(pathto: Any) -> str:
    """The manifest, the icon for a home screen and the bar's colour in each mode, for a page."""
    tags = [
        f'<link rel="manifest" href="{pathto(MANIFEST, 1)}" />',
        f'<link rel="apple-touch-icon" href="{pathto("_static/" + ICONS[0][0], 1)}" />',
    ]
    tags += [
        f'<meta name="theme-color" media="(prefers-color-scheme: {mode})" content="{colour}" />'
        for mode, colour in THEME_COLOURS.items()
    ]
    return "\n".join(tags) + "\n"


def add_head_tags(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    if app.config.abcourse_offline:
        context["metatags"] = context.get("metatags", "") + head_tags(context["pathto"])


def toc_order(app: Sphinx) -> list[str]:
    """The book's pages in the order of its table of contents, the root page first."""
    order: list[str] = []

    def walk(docname: str) -> None:
        if docname in order:
            return
        order.append(docname)
        for child in app.env.toctree_includes.get(docname, []):
            walk(child)

    walk(app.config.root_doc)
    return order


def offline_page(app: Sphinx) -> str:
    """The page for a page that was never saved: what happened, and links to the saved pages.

    It can be served for any address of the site, so its links are relative to the site's root
    and its one script points them there (the worker's own folder) before anyone can click."""
    template = OFFLINE_TEMPLATE.read_text(encoding="utf-8")
    items = []
    for docname in toc_order(app):
        title = app.env.titles[docname].astext() if docname in app.env.titles else docname
        href = app.builder.get_target_uri(docname)
        items.append(f'<li><a href="{html.escape(href)}">{html.escape(title)}</a></li>')
    favicon = app.config.html_favicon
    icon = (
        f'<link rel="icon" href="_static/{html.escape(posixpath.basename(favicon))}" />'
        if favicon and "://" not in favicon
        else ""
    )
    return (
        template.replace("{{ title }}", html.escape(app.config.html_title or app.config.project))
        .replace("{{ icon }}", icon)
        .replace("{{ pages }}", "\n        ".join(items))
    )


class OfflineBuildError(RuntimeError):
    """The icons or the worker could not be made (no Node.js, or no ``npm ci`` yet)."""


def _run_node(job: dict[str, Any]) -> str:
    node = shutil.which("node")
    if node is None:
        raise OfflineBuildError("no Node.js on the PATH to generate the service worker")
    with tempfile.TemporaryDirectory() as folder:
        job_file = Path(folder, "job.json")
        job_file.write_text(json.dumps(job), encoding="utf-8")
        run = subprocess.run(
            [node, str(WORKER_SCRIPT), str(job_file)], capture_output=True, text=True, check=False
        )
    if run.returncode != 0:
        raise OfflineBuildError(
            f"node {WORKER_SCRIPT.name} failed (is node_modules installed? run 'npm ci'):\n"
            + run.stderr.strip()[-2000:]
        )
    return run.stdout.strip()


def draw_icons(outdir: Path) -> None:
    """The app icons, rasterised from the course's SVG into the built site."""
    icons = [
        {"dest": f"_static/{path}", "size": size, "maskable": purpose == "maskable"}
        for path, size, purpose in ICONS
    ]
    _run_node({"step": "icons", "outdir": str(outdir), "icon": str(ICON_SVG), "icons": icons})


def write_worker(outdir: Path) -> str:
    """Generate ``sw.js`` for a built site from the files its pages use; what it precaches.

    The last step of a build, which a changed copy of a built site can run again alone."""
    extra = [MANIFEST, OFFLINE_PAGE, *(f"_static/{path}" for path, _, _ in ICONS)]
    files = sorted({*used_files(outdir, [*pages(outdir), f"_static/{REGISTER_MODULE}"]), *extra})
    job = {"step": "worker", "outdir": str(outdir), "files": files}
    return _run_node({**job, "worker": WORKER, "offlinePage": OFFLINE_PAGE})


def write_offline_files(app: Sphinx, exception: Exception | None) -> None:
    """After the site is written: the manifest, the offline page, the icons and the worker."""
    if exception is not None or app.builder.format != "html" or not app.config.abcourse_offline:
        return
    outdir = Path(app.outdir)
    start_page = app.builder.get_target_uri(app.config.root_doc)
    text = json.dumps(manifest(app.config, start_page), indent=2)
    (outdir / MANIFEST).write_text(text, encoding="utf-8")
    (outdir / OFFLINE_PAGE).write_text(offline_page(app), encoding="utf-8")
    try:
        draw_icons(outdir)
        logger.info(f"abcourse: service worker precaches {write_worker(outdir)}")
    except OfflineBuildError as error:
        logger.warning(f"abcourse: {error}")


def add_register_script(app: Sphinx, config: Any) -> None:
    if config.abcourse_offline:
        app.add_js_file(START_SCRIPT, loading_method="defer")
        app.add_css_file(STYLESHEET)


def setup(app: Sphinx) -> dict[str, Any]:
    # False leaves out the worker, the manifest and the script, for a host that cannot serve them
    app.add_config_value("abcourse_offline", True, "html", types=[bool])
    app.connect("config-inited", add_register_script)
    app.connect("html-page-context", add_head_tags)
    # last: the themes and the icon font still write files (pygments.css) on build-finished
    app.connect("build-finished", write_offline_files, priority=900)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}


def precached_urls(worker: Path) -> list[str]:
    """The URLs a generated worker precaches, read from it (for the tests and the benchmark)."""
    return re.findall(r'url:"([^"]+)"', worker.read_text(encoding="utf-8"))
