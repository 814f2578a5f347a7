"""Widgets drawn into their pages at build time: the Node renderer, the doctree step, the book."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from docutils import nodes

from abcourse.site import widget_host, widget_prerender

from .fixture_book import PAGES
from .support import CHAPTERS, course

COUNTER = """
export default {
  render({ model, el }) {
    const id = `label-${Date.now()}-${Math.random()}`;
    const label = document.createElement("label");
    label.setAttribute("for", id);
    label.textContent = `${model.get("name")} & co: ${model.get("count")}`;
    const input = document.createElement("input");
    input.id = id;
    input.name = `group-${Math.random()}`;
    input.type = "radio";
    el.classList.add("counter");
    el.append(label, input);
  },
};
"""
#: a widget that needs a browser's storage as it renders: Node at build time has none
NEEDS_STORAGE = """
export default {
  render({ el }) {
    el.textContent = String(globalThis.localStorage.length);
  },
};
"""
NEVER_RETURNS = "export default { render() { return new Promise(() => {}); } };"
#: a drawing in a closed fold and one in an open fold, each with a control that plays it
FOLDS = """
const drawing = (name) =>
  `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 10 10">` +
  `<title>${name}</title><desc>Seen from the side</desc><path d="M0 0L9 9"/></svg>` +
  `<button class="abc-figure-play">Play the movement</button><input type="checkbox" value="x">`;
export default {
  render({ el }) {
    el.innerHTML =
      `<details><summary>Cues</summary>${drawing("Plank, not this")}</details>` +
      `<details open><summary>Shown</summary>${drawing("Bridge")}</details>`;
  },
};
"""


@pytest.fixture(scope="module")
def drawer():
    drawer = widget_prerender.WidgetDrawer()
    yield drawer
    drawer.close()


def test_a_widget_is_drawn_by_its_own_module_with_ids_that_stay_the_same(drawer) -> None:
    widgets = [{"module": "c", "state": {"name": "first", "count": 2}}]
    first = drawer.draw({"c": COUNTER}, widgets)
    second = drawer.draw({"c": COUNTER}, widgets)
    drawing = first[0]["html"]
    assert drawing.startswith('<div class="abc-widget-view counter">'), drawing
    assert "first &amp; co: 2" in drawing
    # the clock and the random numbers in the ids are gone; label and field still go together
    assert 'for="abc-pre-1"' in drawing and 'id="abc-pre-1"' in drawing
    assert 'name="abc-pre-group-1"' in drawing
    assert first == second, "the same page must be drawn the same on every build"


def test_each_widget_of_a_page_is_drawn_in_order_and_a_failure_stays_its_own(drawer) -> None:
    widgets = [
        {"module": "c", "state": {"name": "first", "count": 1}},
        {"module": "s", "state": {}},
        {"module": "c", "state": {"name": "second", "count": 2}},
        {"module": "x", "state": {}},
    ]
    modules = {"c": COUNTER, "s": NEEDS_STORAGE, "x": "export {"}
    drawn = drawer.draw(modules, widgets)
    assert "first &amp; co: 1" in drawn[0]["html"]
    assert "Cannot read properties of undefined" in drawn[1]["error"]
    assert "second &amp; co: 2" in drawn[2]["html"]
    assert "error" in drawn[3], drawn[3]
    # ids are numbered across the page, so two widgets never share one
    assert 'id="abc-pre-2"' in drawn[2]["html"]


def test_a_drawing_in_a_closed_fold_is_drawn_as_its_words_in_its_place(drawer) -> None:
    html = drawer.draw({"f": FOLDS}, [{"module": "f", "state": {}}])[0]["html"]
    closed, shown = html.split("<details open>")
    # folded: not painted before the widget comes to life, which brings the drawing from its state
    assert "<svg" not in closed and "<path" not in closed
    assert '<p class="abc-figure-words">Plank, not this. Seen from the side.</p>' in closed
    assert re.search(r'<button hidden class="abc-figure-play">', closed)
    # one element for one: the field after it keeps its place, where the live view's twin is
    assert re.findall(r"<(\w+)", closed) == ["div", "details", "summary", "p", "button", "input"]
    # open: painted at once, so drawn whole
    assert "<title>Bridge</title>" in shown and "<path" in shown and "hidden" not in shown


def test_a_widget_that_never_finishes_is_given_up() -> None:
    drawer = widget_prerender.WidgetDrawer(timeout_ms=300)
    try:
        drawn = drawer.draw({"n": NEVER_RETURNS}, [{"module": "n", "state": {}}])
    finally:
        drawer.close()
    assert drawn[0]["error"] == "widget 1 took over 300 ms"


def test_a_widget_that_logs_as_it_renders_does_not_break_the_answers(drawer) -> None:
    chatty = "export default { render({ el }) { console.log('hi'); el.textContent = 'ok'; } };"
    drawn = drawer.draw({"c": chatty}, [{"module": "c", "state": {}}] * 2)
    assert [result["html"] for result in drawn] == ['<div class="abc-widget-view">ok</div>'] * 2


def test_node_that_stops_says_why() -> None:
    command = ("node", "-e", "process.stderr.write('no DOM here\\n'); process.exit(1)")
    drawer = widget_prerender.WidgetDrawer(command=command)
    with pytest.raises(widget_prerender.DrawingFailed, match="no DOM here"):
        drawer.draw({"c": COUNTER}, [{"module": "c", "state": {}}])


def test_without_node_every_widget_keeps_its_placeholder() -> None:
    drawer = widget_prerender.WidgetDrawer(command=("no-such-node-here", "x.js"))
    with pytest.raises(widget_prerender.DrawingFailed, match="no-such-node-here"):
        drawer.draw({"c": COUNTER}, [{"module": "c", "state": {}}])


def view_node(model_id: str) -> nodes.raw:
    tag = json.dumps({"model_id": model_id, "version_major": 2, "version_minor": 1})
    return nodes.raw("", f'<script type="{widget_host.VIEW_TYPE}">{tag}</script>', format="html")


def anywidget(esm: str, **state) -> dict:
    return {
        "model_module": "anywidget",
        "model_name": "AnyModel",
        "state": {"_esm": esm, "_anywidget_id": "tests.Counter", **state},
    }


def test_a_page_gets_each_drawing_or_a_placeholder_and_the_log_names_the_broken_one(
    drawer,
) -> None:
    page = nodes.section()
    page += view_node("good")
    page += view_node("broken")
    models = {"good": anywidget(COUNTER, name="good", count=3), "broken": anywidget("export {")}
    views = widget_prerender.view_nodes(page)
    assert [model_id for _node, model_id in views] == ["good", "broken"]

    failures = widget_prerender.draw_page(drawer, "book/a-page", models, views)

    assert len(failures) == 1
    assert "widget 2 on page book/a-page (tests.Counter, model broken)" in failures[0]
    good, broken = page.children
    assert isinstance(good, widget_prerender.widget_markup)
    assert good["html"].startswith('<div class="abc-widget-slot"><div data-abc-prerendered=""')
    assert good["html"].endswith("</script></div>"), "the view tag follows the drawing"
    # the search index reads the words, with a space between elements; the writer, the markup
    assert good.astext() == "good & co: 3"
    assert widget_host.PLACEHOLDER in broken["html"] and not broken.astext()


def test_the_page_step_adds_the_noscript_line_to_drawn_boxes_and_wraps_nothing_twice() -> None:
    tag = '<script type="application/vnd.jupyter.widget-view+json">{"model_id": "a"}</script>'
    body = widget_host.drawn_slot(tag, '<div class="abc-widget-view"><p>Q</p></div>')
    wrapped = widget_host.wrap_views(f"<p>before</p>{body}")
    assert wrapped.count('<div class="abc-widget-slot">') == 1
    assert wrapped.count(widget_host.NOSCRIPT) == 1
    assert widget_host.PLACEHOLDER not in wrapped
    slot = '<div class="abc-widget-slot"><noscript>'
    assert slot in wrapped, "the no-JavaScript line comes before the drawing"


def test_words_for_the_search_index_keep_elements_apart() -> None:
    words = widget_prerender.words_of(
        "<div><p>Arches</p><p>Dead bug &amp; more</p><style>p{}</style><script>x</script></div>"
    )
    assert words == "Arches Dead bug & more"


# The built book


class _Drawings(HTMLParser):
    """The text of each element marked data-abc-prerendered, in page order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.texts: list[list[str]] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if self.depth:
            self.depth += tag not in VOID
        elif tag == "div" and "data-abc-prerendered" in dict(attrs):
            self.depth = 1
            self.texts.append([])

    def handle_endtag(self, tag: str) -> None:
        if self.depth and tag not in VOID:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth:
            self.texts[-1].append(data)


VOID = {"input", "br", "img", "hr", "meta", "link", "source", "wbr", "col", "area", "path"}


def drawings_of(page_html: str) -> list[str]:
    parser = _Drawings()
    parser.feed(page_html)
    return [" ".join(" ".join(parts).split()) for parts in parser.texts]


def flat(text: str) -> str:
    return " ".join(text.split())


def view_models(page_html: str) -> list[dict]:
    state = re.search(r'widget-state\+json">(.*?)</script>', page_html, re.DOTALL)[1]
    models = json.loads(state)["state"]
    tags = re.findall(r'widget-view\+json">(.*?)</script>', page_html, re.DOTALL)
    return [models[json.loads(tag)["model_id"]]["state"] for tag in tags]


@pytest.mark.parametrize("chapter", [*CHAPTERS, course().plan.notebook])
def test_every_widget_of_a_chapter_is_drawn_in_its_built_page(built_site, chapter) -> None:
    page_html = (built_site.html / "book" / f"{chapter}.html").read_text(encoding="utf-8")
    drawings = drawings_of(page_html)
    states = view_models(page_html)
    assert len(drawings) == len(states) > 0, "one drawing for each widget"
    assert widget_host.PLACEHOLDER not in page_html
    for drawing, state in zip(drawings, states, strict=True):
        if "quiz" in state:
            quiz = state["quiz"]
            assert flat(f"Quiz: {quiz['title']}") in drawing
            for question in quiz["questions"]:
                assert flat(question["prompt"]) in drawing, question["id"]
                for option in question.get("options", []):
                    assert flat(option["text"]) in drawing, (question["id"], option["id"])
        if "checklist" in state:
            for cue in state["checklist"]["cues"]:
                assert flat(cue["cue"]) in drawing, cue["id"]


def test_the_site_search_finds_words_only_a_widget_shows(built_site) -> None:
    index = (built_site.html / "searchindex.js").read_text(encoding="utf-8")
    data = json.loads(index[index.index("(") + 1 : index.rindex(")")])
    pages = data["docnames"]
    # "osteoporosis" is in chapter 4's red-flag checker only; "psoriasis" too
    for stem in ("osteoporosi", "psoriasi"):
        found = data["terms"].get(stem)
        found = found if isinstance(found, list) else [found]
        assert "book/04-back-conditions" in [pages[i] for i in found], stem
    # no glued words from neighbouring elements ("...arches" + "Dead bug")
    glued = [term for term, found in data["terms"].items() if term == "archesdead" and found != []]
    assert not glued


def test_a_widget_that_cannot_be_drawn_is_named_in_the_log_and_keeps_its_placeholder(
    fixture_book,
) -> None:
    assert fixture_book.returncode == 0, fixture_book.log[-3000:]
    lines = [line for line in fixture_book.log.splitlines() if "could not be drawn" in line]
    assert len(lines) == 1, lines
    assert "widget 1 on page browser-only (__main__.NeedsStorage" in lines[0]
    assert "Cannot read properties of undefined" in lines[0]
    page_html = (fixture_book.html / PAGES["browser-only"]).read_text(encoding="utf-8")
    assert widget_host.PLACEHOLDER in page_html
    assert "<div data-abc-prerendered=" not in page_html
    counters = (fixture_book.html / PAGES["anywidget"]).read_text(encoding="utf-8")
    assert counters.count("<div data-abc-prerendered=") == 2
