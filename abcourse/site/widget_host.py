"""Which pages the light widget host can render, and how the build prepares a page for it.

myst-nb embeds a page's widget state (every model, with each anywidget's ES module and stylesheet
as text) in one JSON script, and marks where each widget goes with a small JSON view tag. The
host (``static/widget-host/host.js``) renders anywidget views from that alone. It cannot render
any other widget model (an ipywidgets slider, a box of widgets), so a page that has one keeps the
ipywidgets html-manager. These pure functions make that choice and reshape a page for the host:
each module and stylesheet moves to a file of its own, shared by every page that uses it, and each
view tag gets a box for the widget, which holds the widget as drawn at build time
(``widget_prerender``) or a one-line placeholder, and a line for readers with JavaScript off.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from myst_nb.core.render import WIDGET_STATE_MIMETYPE, WIDGET_VIEW_MIMETYPE

# the tags' types as myst-nb, which writes them, names them
STATE_TYPE = WIDGET_STATE_MIMETYPE
VIEW_TYPE = WIDGET_VIEW_MIMETYPE
VIEW_TAG = re.compile(rf'<script type="{re.escape(VIEW_TYPE)}">(.*?)</script>', re.DOTALL)
#: models that come with every anywidget (its ``layout`` trait) and that the host has no use for
PASSIVE_MODELS = {("@jupyter-widgets/base", "LayoutModel")}
#: the traits of an anywidget model that hold its front-end code, and the file suffix of each
ASSET_TRAITS = {"_esm": ".js", "_css": ".css"}
#: a URL as anywidget writes it (http or https) or as the build writes it (./ or ../); source text
#: never starts that way and always holds a space or a line break. The host in the browser
#: decides the same way (``isUrl`` in static/widget-host/assets.js): both are held to the cases in
#: tests/widget_state_cases.json.
URL = re.compile(r"(https?://|\.\.?/)\S*")

PLACEHOLDER = '<p class="abc-widget-placeholder">Loading an interactive exercise…</p>'
NOSCRIPT = (
    '<noscript><p class="abc-widget-noscript">The quizzes and self-tests on this page need '
    "JavaScript. Turn it on in your browser to use them.</p></noscript>"
)
#: with JavaScript off the placeholder would promise a widget that never comes
NOSCRIPT_HEAD = "<noscript><style>.abc-widget-placeholder { display: none; }</style></noscript>"
#: notes what the learner does on a drawn widget from the first moment (each button pressed and
#: each fold opened or closed), for the host to do again on the live one
#: (``static/widget-host/hydrate.js``, which reads ``abcDrawn``); opens the drawings' closed
#: folds while the page prints, as a live widget does, so a page printed at once shows them whole;
#: and notes the page's first frame
DRAWN_NOTES_HEAD = (
    "<script>window.abcDrawn = { presses: [], toggles: [], printing: [] };"
    'document.addEventListener("click", (event) => {'
    'const button = event.target.closest?.("[data-abc-prerendered] button");'
    "if (button) window.abcDrawn.presses.push(button);"
    # a fold the learner opens or closes is a click on its summary (Enter and Space click too);
    # a "toggle" event would also come from a fold drawn open, as the page is parsed
    'const summary = event.target.closest?.("[data-abc-prerendered] summary");'
    "if (summary) window.abcDrawn.toggles.push(summary.parentElement); }, true);"
    'window.addEventListener("beforeprint", () => {'
    'const closed = document.querySelectorAll("[data-abc-prerendered] details:not([open])");'
    "window.abcDrawn.printing = [...closed];"
    "for (const details of closed) details.open = true; });"
    'window.addEventListener("afterprint", () => {'
    "for (const details of window.abcDrawn.printing) details.open = false;"
    " setTimeout(() => { window.abcDrawn.printing = []; }); });"
    # the first frame: once it has painted, the host need not wait for a paint (host.js, painted)
    "requestAnimationFrame(() => { window.abcDrawn.painted = true; });</script>"
)


def is_url(value: str) -> bool:
    """Whether a module or stylesheet trait names a URL rather than holding the source text."""
    return URL.fullmatch(value) is not None


def is_anywidget(entry: Mapping[str, Any] | None) -> bool:
    """Whether a model of the embedded state is an anywidget the host can import and render
    (``isAnywidget`` in static/widget-host/assets.js decides the same way)."""
    if not entry or entry.get("model_module") != "anywidget":
        return False
    return isinstance(entry.get("state", {}).get("_esm"), str)


def view_model_ids(body: str) -> list[str]:
    """The model id of every widget view in a page body, in page order."""
    return [json.loads(tag)["model_id"] for tag in VIEW_TAG.findall(body)]


def host_can_render(models: Mapping[str, Mapping[str, Any]], view_ids: Iterable[str]) -> bool:
    """True when every model is an anywidget (or its layout) and every view shows an anywidget."""
    for entry in models.values():
        kind = (entry.get("model_module"), entry.get("model_name"))
        if not is_anywidget(entry) and kind not in PASSIVE_MODELS:
            return False
    return all(is_anywidget(models.get(model_id)) for model_id in view_ids)


def asset_name(source: str, suffix: str) -> str:
    """A file name that changes whenever the content does, so a browser may cache it for good."""
    return hashlib.sha256(source.encode()).hexdigest()[:20] + suffix


def move_assets_out(
    models: Mapping[str, Mapping[str, Any]], store: Callable[[str, str], str]
) -> dict[str, dict[str, Any]]:
    """The models with each anywidget's module and stylesheet text replaced by a URL.

    ``store(source, suffix)`` saves the text as a file and returns its URL relative to the page;
    anywidget takes a URL in ``_esm`` or ``_css`` as well as source text.
    """
    moved: dict[str, dict[str, Any]] = {}
    for model_id, entry in models.items():
        entry = {**entry, "state": dict(entry.get("state", {}))}
        if is_anywidget(entry):
            for trait, suffix in ASSET_TRAITS.items():
                source = entry["state"].get(trait)
                if isinstance(source, str) and source and not is_url(source):
                    entry["state"][trait] = store(source, suffix)
        moved[model_id] = entry
    return moved


SLOT_OPEN = '<div class="abc-widget-slot">'
#: marks a widget's markup drawn at build time, which the host swaps for the live view
DRAWN = "data-abc-prerendered"


def placeholder_slot(tag: str) -> str:
    """A view tag and its one-line placeholder, in the box the host renders into."""
    return f"{SLOT_OPEN}{tag}{PLACEHOLDER}</div>"


def drawn_slot(tag: str, markup: str) -> str:
    """The widget's markup drawn at build time (its view element, ``el``), then its view tag: the
    host puts the live view where the drawn one was, just before the tag, as the html-manager
    would."""
    if not markup.startswith("<div ") or DRAWN in markup.split(">", 1)[0]:
        raise ValueError("a drawn widget is one element, a <div>, not yet marked")
    return f'{SLOT_OPEN}<div {DRAWN}="" {markup[len("<div ") :]}{tag}</div>'


def wrap_views(body: str) -> str:
    """Give each view tag a placeholder, in a box the host renders into, unless the build drew the
    page's widgets (``widget_prerender``, which made the boxes); then give each box a line for
    readers with JavaScript turned off. The line is added here, not with the drawn widget, so
    that the site's search does not index it on every page with a widget."""
    if SLOT_OPEN not in body:
        body = VIEW_TAG.sub(lambda tag: placeholder_slot(tag.group(0)), body)
    return body.replace(SLOT_OPEN, SLOT_OPEN + NOSCRIPT)


def preload_links(urls: Iterable[str]) -> str:
    """``<link rel="modulepreload">`` tags: the browser fetches and compiles each module while it
    is still reading the page, before the host asks for it."""
    return "".join(
        f'<link rel="modulepreload" href="{html.escape(url)}" />\n' for url in dict.fromkeys(urls)
    )


def module_scripts(urls: Iterable[str]) -> list[str]:
    """The bodies of inline module scripts, one per widget module a page uses, each importing its
    module and registering it for the host under its full URL (``registered`` in
    static/widget-host/assets.js).

    Module scripts run in page order once the page has been read, so these, put before the host's,
    have run when it starts, and it renders every widget in its first task. One script a module:
    a module that fails to load stops its own script only, and the host imports it again for its
    widgets alone, which then show that they could not load.
    """
    return [
        f"import * as widget from {json.dumps(url)};\n"
        "(globalThis.abcWidgetModules ??= new Map())"
        f".set(new URL({json.dumps(url)}, document.baseURI).href, widget);"
        for url in dict.fromkeys(urls)
    ]
