"""Which widget front end a page gets, and how the build prepares a page for the light host."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from abcourse.site import widget_host

from .fixture_book import PAGES

HTML_MANAGER = ("require/require.js", "abcourse-widgets-setup.js", "html-manager/embed-amd.js")
HOST = "widget-host/host.js"


def anywidget(esm: str = "export default {render() {}};", css: str = ".a { color: red; }"):
    return {
        "model_module": "anywidget",
        "model_name": "AnyModel",
        "state": {"_esm": esm, "_css": css, "layout": "IPY_MODEL_l"},
    }


#: what the build and the host in the browser must decide alike (tests/js/widget_host.test.mjs)
CASES = json.loads((Path(__file__).parent / "widget_state_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", CASES["urls"], ids=lambda case: repr(case["value"])[:40])
def test_a_module_or_stylesheet_is_a_url_or_source_text(case) -> None:
    assert widget_host.is_url(case["value"]) is case["isUrl"]


@pytest.mark.parametrize("case", CASES["models"])
def test_a_model_is_an_anywidget_with_its_module(case) -> None:
    assert widget_host.is_anywidget(case["entry"]) is case["isAnywidget"]


LAYOUT = {"model_module": "@jupyter-widgets/base", "model_name": "LayoutModel", "state": {}}
SLIDER = {"model_module": "@jupyter-widgets/controls", "model_name": "IntSliderModel", "state": {}}


def view(model_id: str) -> str:
    body = json.dumps({"version_major": 2, "version_minor": 1, "model_id": model_id})
    return f'<script type="{widget_host.VIEW_TYPE}">{body}</script>'


def test_only_anywidgets_and_their_layouts_go_to_the_host() -> None:
    models = {"a": anywidget(), "l": LAYOUT}
    assert widget_host.host_can_render(models, ["a"])
    assert not widget_host.host_can_render({**models, "s": SLIDER}, ["a"]), "a slider in the state"
    assert not widget_host.host_can_render(models, ["l"]), "a view of a model it cannot draw"
    assert not widget_host.host_can_render(models, ["missing"])
    url_module = anywidget(esm="https://example.org/widget.js")
    assert widget_host.host_can_render({"u": url_module}, ["u"])
    no_module = {"model_module": "anywidget", "model_name": "AnyModel", "state": {}}
    assert not widget_host.host_can_render({"n": no_module}, ["n"])


def test_views_are_found_in_page_order() -> None:
    body = f"<p>one</p>{view('b')}<p>two</p>{view('a')}"
    assert widget_host.view_model_ids(body) == ["b", "a"]


def test_each_module_and_stylesheet_is_stored_once_and_named_by_its_content() -> None:
    stored: list[tuple[str, str]] = []

    def store(source: str, suffix: str) -> str:
        stored.append((source, suffix))
        return f"../_static/{widget_host.asset_name(source, suffix)}"

    models = {
        "a": anywidget(esm="export default 1;"),
        "b": anywidget(esm="export default 1;"),
        "c": anywidget(esm="export default 2;"),
        "u": anywidget(esm="https://example.org/widget.js", css=""),
        "l": LAYOUT,
    }
    moved = widget_host.move_assets_out(models, store)
    assert moved["a"]["state"]["_esm"] == moved["b"]["state"]["_esm"]
    assert moved["a"]["state"]["_esm"] != moved["c"]["state"]["_esm"]
    assert moved["a"]["state"]["_esm"].endswith(".js")
    assert moved["a"]["state"]["_css"].endswith(".css")
    # a URL stays as it is, an empty stylesheet stays empty, other models are untouched
    assert moved["u"]["state"] == models["u"]["state"]
    assert moved["l"] == LAYOUT
    assert models["a"]["state"]["_esm"] == "export default 1;", "the input is not changed"
    # store() may be called once per model; the name, not the call, keeps one file per content
    assert {name for name in (widget_host.asset_name(*item) for item in stored)} == {
        widget_host.asset_name("export default 1;", ".js"),
        widget_host.asset_name("export default 2;", ".js"),
        widget_host.asset_name(".a { color: red; }", ".css"),
    }


def test_each_view_gets_a_placeholder_and_a_noscript_line() -> None:
    body = f"<p>before</p>{view('a')}<p>between</p>{view('b')}"
    wrapped = widget_host.wrap_views(body)
    assert wrapped.count('<div class="abc-widget-slot">') == 2
    assert wrapped.count(widget_host.PLACEHOLDER) == 2
    assert wrapped.count("<noscript>") == 2
    assert "need JavaScript" in widget_host.NOSCRIPT
    assert widget_host.view_model_ids(wrapped) == ["a", "b"]
    noscript = re.escape(widget_host.NOSCRIPT)
    slot = rf"<div class=\"abc-widget-slot\">{noscript}<script[^>]*>[^<]*</script><p"
    assert re.search(slot, wrapped)


def test_preload_links_name_each_module_once() -> None:
    links = widget_host.preload_links(["../a.js", "../b.js", "../a.js"])
    assert links.count('rel="modulepreload"') == 2


def test_each_widget_module_is_registered_once_in_a_module_script_of_its_own() -> None:
    bodies = widget_host.module_scripts(["../a.js", '../b".js', "../a.js"])
    assert len(bodies) == 2
    assert bodies[0].startswith('import * as widget from "../a.js";')
    assert '.set(new URL("../a.js", document.baseURI).href, widget)' in bodies[0]
    # a URL is written as a JavaScript string, whatever it holds
    assert 'from "../b\\".js";' in bodies[1]


# The fixture book: built by the test itself, outside book/.


def scripts_of(html: Path) -> list[str]:
    return re.findall(r'<script[^>]*src="([^"?]+)', html.read_text(encoding="utf-8"))


def uses(scripts: list[str], static_path: str) -> bool:
    return any(src.endswith(f"_static/{static_path}") for src in scripts)


@pytest.mark.build
def test_an_anywidget_page_gets_the_host_and_nothing_else(fixture_book) -> None:
    page = fixture_book.html / PAGES["anywidget"]
    scripts = scripts_of(page)
    assert uses(scripts, HOST)
    assert not [path for path in HTML_MANAGER if uses(scripts, path)]
    html = page.read_text(encoding="utf-8")
    # each counter drawn at build time (tests/test_widget_prerender.py), so no placeholder
    assert html.count("<div data-abc-prerendered=") == 2
    assert html.count(widget_host.NOSCRIPT) == 2
    assert widget_host.PLACEHOLDER not in html
    assert widget_host.NOSCRIPT_HEAD in html
    # the two counters share one module file and one stylesheet file
    state = json.loads(re.search(r'widget-state\+json">(.*?)</script>', html, re.DOTALL)[1])
    counters = [m for m in state["state"].values() if widget_host.is_anywidget(m)]
    assert len(counters) == 2
    assert len({m["state"]["_esm"] for m in counters}) == 1
    module = (page.parent / counters[0]["state"]["_esm"]).resolve()
    assert "counterModuleRuns" in module.read_text(encoding="utf-8")
    assert html.count(f'rel="modulepreload" href="{counters[0]["state"]["_esm"]}"') == 1
    # registered once for the host, in a deferred module script before the host's own
    esm = counters[0]["state"]["_esm"]
    registered = html.index(f'import * as widget from "{esm}";')
    assert html.count(f'import * as widget from "{esm}";') == 1
    host_tag = re.search(r'<script type="module" src="[^"]*widget-host/host\.js[^"]*">', html)
    assert host_tag and registered < host_tag.start()
    assert "async" not in host_tag[0]
    stylesheet = Path(counters[0]["state"]["_css"]).name
    assert len(re.findall(rf"<link [^>]*{stylesheet}", html)) == 1, "linked once in the head"


@pytest.mark.build
def test_a_slider_page_keeps_the_html_manager(fixture_book) -> None:
    page = fixture_book.html / PAGES["slider"]
    scripts = scripts_of(page)
    assert all(uses(scripts, path) for path in HTML_MANAGER)
    assert not uses(scripts, HOST)
    html = page.read_text(encoding="utf-8")
    assert widget_host.PLACEHOLDER not in html
    assert "IntSliderModel" in html


@pytest.mark.build
def test_a_page_without_widgets_gets_neither(fixture_book) -> None:
    scripts = scripts_of(fixture_book.html / PAGES["plain"])
    assert not uses(scripts, HOST)
    assert not [path for path in HTML_MANAGER if uses(scripts, path)]
