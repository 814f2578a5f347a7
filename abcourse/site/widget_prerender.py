"""Draw each widget into its page at build time, so the page holds the quiz before any script runs.

A page the light widget host will serve (``widget_pages``) has each widget's place marked by a
view tag that myst-nb writes into the doctree as raw HTML. Before the page is written, the view
tags and the page's embedded widget state go to one Node process for the whole build
(``prerender/render_widgets.js``), which runs each widget's own ES module, ``render`` against the
state with no saved progress, in a DOM from linkedom. Its markup replaces the view tag's raw
node, with the tag just after it, in the box the host renders into: there the host swaps in the
live view (``static/widget-host/host.js``). The markup is in the doctree, so Sphinx's search
index, made from the doctree, has the widgets' words too: a ``widget_markup`` node holds the
markup for the HTML writer and the words, a space between each element's, for the index (which
would glue the words of neighbouring elements if it read the markup itself).

A widget that cannot be drawn (its module throws, Node or linkedom is missing) keeps the
one-line placeholder, and the build log names the page and the widget. That is a message, not a
Sphinx warning: the strict build would stop, while the page still works as it did before pages
were drawn at build time.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from docutils import nodes
from myst_nb.sphinx_ import NbMetadataCollector
from sphinx.application import Sphinx
from sphinx.util import logging
from sphinx.util.console import red  # type: ignore[attr-defined]

from .widget_host import (
    STATE_TYPE,
    VIEW_TAG,
    drawn_slot,
    host_can_render,
    is_url,
    placeholder_slot,
)

logger = logging.getLogger(__name__)

RENDERER = Path(__file__).parent / "prerender" / "render_widgets.js"
#: Node warns that the widgets' .js modules have ES module syntax but no package.json says so
NODE = ("node", "--disable-warning=MODULE_TYPELESS_PACKAGE_JSON", str(RENDERER))


class widget_markup(nodes.General, nodes.Element):  # noqa: N801 (docutils names nodes so)
    """A widget's place: HTML the writer copies out whole (``node["html"]``); its children are
    the widget's words, which the search index reads and the writer skips."""


def visit_widget_markup(translator: Any, node: widget_markup) -> None:
    translator.body.append(node["html"])
    raise nodes.SkipNode


class _Words(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.words: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        self.skipping += tag in ("script", "style")

    def handle_endtag(self, tag: str) -> None:
        self.skipping -= tag in ("script", "style") and self.skipping > 0

    def handle_data(self, data: str) -> None:
        if not self.skipping and data.strip():
            self.words.append(data.strip())


def words_of(markup: str) -> str:
    """The text of some HTML, a space between each element's, without scripts and styles."""
    parser = _Words()
    parser.feed(markup)
    parser.close()
    return " ".join(parser.words)


def markup_node(markup: str, words: str = "") -> widget_markup:
    node = widget_markup("", html=markup)
    if words:
        node += nodes.Text(words)
    return node


class DrawingFailed(RuntimeError):
    """The Node process could not be started or stopped answering."""


class WidgetDrawer:
    """One Node process for the whole build: a page's widgets in, their markup out, a line each."""

    def __init__(
        self, command: tuple[str, ...] = NODE, cwd: Path | None = None, timeout_ms: int = 10_000
    ) -> None:
        self.command = command
        self.cwd = cwd
        #: how long one widget may take to render before it counts as failed
        self.timeout_ms = timeout_ms
        self.process: subprocess.Popen[str] | None = None
        # what Node says on stderr goes to a file, read when it fails: a pipe nobody reads while
        # it runs would fill up and stall it
        self.errors: Any = None
        #: pages and widgets drawn, and the seconds it took, for the build's log
        self.pages = self.widgets = 0
        self.seconds = 0.0

    def _start(self) -> subprocess.Popen[str]:
        if shutil.which(self.command[0]) is None:
            raise DrawingFailed(f"no '{self.command[0]}' on the PATH (Node.js 20 or newer)")
        self.errors = tempfile.TemporaryFile(mode="w+", encoding="utf-8")
        return subprocess.Popen(
            self.command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self.errors,
            text=True,
            encoding="utf-8",
            cwd=self.cwd,
        )

    def draw(self, modules: dict[str, str], widgets: list[dict[str, Any]]) -> list[dict[str, str]]:
        """Each widget's markup (``{"html": ...}``) or why it could not be drawn (``{"error"}``)."""
        started = time.perf_counter()
        try:
            return self._draw(modules, widgets)
        finally:
            self.seconds += time.perf_counter() - started
            self.pages += 1
            self.widgets += len(widgets)

    def _draw(self, modules: dict[str, str], widgets: list[dict[str, Any]]) -> list[dict[str, str]]:
        if self.process is None or self.process.poll() is not None:
            self.process = self._start()
        assert self.process.stdin and self.process.stdout
        request = json.dumps({"modules": modules, "widgets": widgets, "timeoutMs": self.timeout_ms})
        reason = ""
        try:
            self.process.stdin.write(request + "\n")
            self.process.stdin.flush()
            answer = self.process.stdout.readline()
        except OSError as error:
            answer, reason = "", str(error)
        if not answer:
            self.close()
            reason = self._said() or reason
            raise DrawingFailed(reason.splitlines()[-1] if reason else "Node gave no answer")
        drawn = json.loads(answer)["widgets"]
        if len(drawn) != len(widgets):
            raise DrawingFailed(f"Node drew {len(drawn)} of {len(widgets)} widgets")
        return drawn

    def close(self) -> None:
        if self.process is None:
            return
        process, self.process = self.process, None
        if process.stdin:
            process.stdin.close()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if process.stdout:
            process.stdout.close()

    def _said(self) -> str:
        """What Node wrote on stderr, once it has stopped."""
        if self.errors is None:
            return ""
        self.errors.seek(0)
        said = self.errors.read().strip()
        self.errors.close()
        self.errors = None
        return said


def page_widget_state(app: Sphinx, docname: str) -> dict[str, Any] | None:
    """The page's embedded widget state, as myst-nb will write it into the page's head."""
    try:
        js_files = NbMetadataCollector.get_js_files(app.env, docname)  # type: ignore[arg-type]
    except KeyError:
        return None
    for _url, attributes in js_files.values():
        if attributes.get("type") == STATE_TYPE and "body" in attributes:
            return json.loads(attributes["body"])
    return None


def view_nodes(doctree: nodes.Node) -> list[tuple[nodes.raw, str]]:
    """Each raw HTML node that is one widget view tag, with its model id, in page order."""
    found = []
    for node in doctree.findall(nodes.raw):
        match = VIEW_TAG.fullmatch(node.astext().strip())
        if match and "html" in node.get("format", "").split():
            found.append((node, json.loads(match.group(1))["model_id"]))
    return found


def widget_name(entry: dict[str, Any]) -> str:
    state = entry.get("state", {})
    return str(state.get("_anywidget_id") or entry.get("model_name") or "widget")


def draw_page(
    drawer: WidgetDrawer, docname: str, models: dict[str, Any], views: list[tuple[nodes.raw, str]]
) -> list[str]:
    """Put each widget's markup, or its placeholder, in place of its view tag.

    Returns a line for each widget that could not be drawn, naming the page and the widget.
    """
    modules: dict[str, str] = {}  # source text -> its key in the request
    requests, drawable = [], []
    for node, model_id in views:
        state = models[model_id]["state"]
        # a module given as a URL lives elsewhere: the build does not fetch it
        if not is_url(state["_esm"]):
            key = modules.setdefault(state["_esm"], str(len(modules)))
            requests.append({"module": key, "state": state})
            drawable.append((node, model_id))
    results: list[dict[str, str]] = []
    failures: list[str] = []
    if requests:
        try:
            results = drawer.draw({key: source for source, key in modules.items()}, requests)
        except DrawingFailed as error:
            results = [{"error": str(error)}] * len(requests)
    drawn = dict(zip((id(node) for node, _ in drawable), results, strict=True))
    for number, (node, model_id) in enumerate(views, start=1):
        tag = node.astext().strip()
        result = drawn.get(id(node), {"error": "its module is a URL, not fetched at build time"})
        if "html" in result:
            drawing = result["html"]
            node.replace_self(markup_node(drawn_slot(tag, drawing), words_of(drawing)))
        else:
            node.replace_self(markup_node(placeholder_slot(tag)))
            failures.append(
                f"abcourse: widget {number} on page {docname} ({widget_name(models[model_id])}, "
                f"model {model_id}) could not be drawn at build time: {result['error']}. "
                "The page shows its placeholder there until the browser renders it."
            )
    return failures


def prerender_widgets(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Draw the page's widgets into its doctree, if the widget host will serve the page."""
    config = app.config
    if app.builder.format != "html" or not config.abcourse_widget_host:
        return
    if not config.abcourse_prerender_widgets:
        return
    state = page_widget_state(app, docname)
    views = view_nodes(doctree)
    if not state or not views:
        return
    models = state.get("state", {})
    if not host_can_render(models, [model_id for _node, model_id in views]):
        return
    drawer = _drawer(app)
    for line in draw_page(drawer, docname, models, views):
        logger.info(red(line))


def _drawer(app: Sphinx) -> WidgetDrawer:
    drawer = getattr(app, "_abcourse_widget_drawer", None)
    if drawer is None:
        drawer = WidgetDrawer(cwd=Path(app.confdir))
        app._abcourse_widget_drawer = drawer  # type: ignore[attr-defined]
    return drawer


def stop_drawer(app: Sphinx, _exception: Exception | None) -> None:
    drawer = getattr(app, "_abcourse_widget_drawer", None)
    if drawer is not None:
        drawer.close()
        logger.info(
            f"abcourse: drew {drawer.widgets} widgets on {drawer.pages} pages into the HTML "
            f"in {drawer.seconds:.1f} s"
        )


def _depart(translator: Any, node: widget_markup) -> None:
    """Never called: the visit skips the node."""


def setup(app: Sphinx) -> None:
    # False leaves each widget's place to the placeholder until the browser renders it
    app.add_config_value("abcourse_prerender_widgets", True, "html")
    app.add_node(widget_markup, html=(visit_widget_markup, _depart))
    app.connect("doctree-resolved", prerender_widgets)
    app.connect("build-finished", stop_drawer)
