"""The light widget host on the built book: the course's pages render their widgets without the
ipywidgets html-manager, quietly, with no frame around them in dark mode, and progress still
moves between chapters; a widget that fails is named in its place while the others render; and
in the small fixture book each page gets the front end it needs."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Browser, Page, expect

from abcourse.data.course import course
from abcourse.site.widget_host import STATE_TYPE

from ..fixture_book import PAGES as FIXTURE_PAGES
from .conftest import PageProblems, open_chapter, wait_for_widgets, watch
from .test_pages import PAGES

HTML_MANAGER_FILES = ("require.js", "embed-amd.js", "html-manager/", "anywidget/index.js")
#: the pages with widgets: each chapter and the plan
WIDGET_PAGES = [f"book/{notebook}.html" for notebook in course().notebooks]
FAILED = "This quiz could not load. Reload the page; if it stays, the page is damaged."


def embedded_models(page: Page) -> dict:
    text = page.locator(f"script[type='{STATE_TYPE}']").text_content()
    return json.loads(text)["state"]


@pytest.mark.parametrize("path", PAGES)
def test_no_course_page_loads_the_html_manager_or_logs_a_warning(page, site_url, path) -> None:
    requested: list[str] = []
    warnings: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.on(
        "console",
        lambda message: warnings.append(message.text) if message.type == "warning" else None,
    )
    page.goto(f"{site_url}/{path}")
    wait_for_widgets(page)
    assert not [url for url in requested if any(name in url for name in HTML_MANAGER_FILES)]
    assert not warnings, warnings
    # every placeholder has given way to its widget
    expect(page.locator(".abc-widget-placeholder")).to_have_count(0)
    expect(page.locator(".abc-widget-failed")).to_have_count(0)


@pytest.mark.parametrize("path", WIDGET_PAGES)
def test_the_page_hands_the_host_every_widget_module_it_uses(page, site_url, path) -> None:
    """Each widget module is imported by the page itself and registered for the host (see
    ``registered`` in widget-host/assets.js): the host then renders every widget in its first
    task. A URL written one way by the build and another by the host would still work, through a
    later import(), and only this would show it."""
    page.goto(f"{site_url}/{path}")
    wait_for_widgets(page)
    modules = {
        model["state"]["_esm"]
        for model in embedded_models(page).values()
        if model["model_module"] == "anywidget"
    }
    assert modules, path
    unregistered = page.evaluate(
        """(urls) => urls.filter((url) =>
            !globalThis.abcWidgetModules?.has(new URL(url, document.baseURI).href))""",
        sorted(modules),
    )
    assert not unregistered, unregistered


def test_each_module_is_fetched_once_and_the_stylesheet_added_once(page, site_url) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_chapter(page, site_url, "01-weak-core")
    wait_for_widgets(page)
    modules = [url for url in requested if "/abcourse-widgets/" in url and url.endswith(".js")]
    models = [m for m in embedded_models(page).values() if m["model_module"] == "anywidget"]
    distinct = {model["state"]["_esm"] for model in models}
    assert len(models) > len(distinct), "chapter 1 should have widgets that share a module"
    assert len(modules) == len(set(modules)) == len(distinct), modules
    stylesheets = page.evaluate(
        """[...document.querySelectorAll("link[rel='stylesheet'], style")]
            .filter((node) => (node.href || '').includes('/abcourse-widgets/')
                || (node.textContent || '').includes('.abc-widget {')).length"""
    )
    assert stylesheets == 1


def test_each_widget_takes_its_placeholder_s_place(page, site_url) -> None:
    open_chapter(page, site_url, "01-weak-core")
    wait_for_widgets(page)
    slots = page.locator(".abc-widget-slot")
    assert slots.count() == len(
        [m for m in embedded_models(page).values() if m["model_module"] == "anywidget"]
    )
    for slot in slots.all():
        # the widget sits where the html-manager put it: just before its view tag
        assert slot.evaluate(
            "s => s.querySelector('script').previousElementSibling"
            ".firstElementChild.classList.contains('abc-widget')"
        )


def test_without_javascript_a_line_says_the_quizzes_need_it(browser: Browser, site_url) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{site_url}/book/01-weak-core.html")
    lines = page.locator(".abc-widget-noscript")
    expect(lines.first).to_be_visible()
    expect(lines.first).to_contain_text("The quizzes and self-tests on this page need JavaScript.")
    assert lines.count() == page.locator(".abc-widget-slot").count()
    for placeholder in page.locator(".abc-widget-placeholder").all():
        expect(placeholder).to_be_hidden()
    context.close()


def test_before_the_host_runs_each_place_holds_its_widget_drawn_at_build_time(
    browser: Browser, site_url
) -> None:
    context = browser.new_context()
    page = context.new_page()
    # hold the host back, to see the page as the learner does before it runs
    page.route("**/widget-host/host.js*", lambda route: route.abort())
    page.goto(f"{site_url}/book/01-weak-core.html")
    slots = page.locator(".abc-widget-slot")
    expect(page.locator(".abc-widget-slot > [data-abc-prerendered]")).to_have_count(slots.count())
    expect(page.locator("[data-abc-prerendered] .abc-quiz legend").first).to_be_visible()
    expect(page.locator(".abc-widget-placeholder")).to_have_count(0)
    context.close()


def test_a_widget_the_build_could_not_draw_holds_a_one_line_placeholder(
    browser: Browser, fixture_site_url
) -> None:
    context = browser.new_context()
    page = context.new_page()
    page.route("**/widget-host/host.js*", lambda route: route.abort())
    page.goto(f"{fixture_site_url}/{FIXTURE_PAGES['browser-only']}")
    placeholders = page.locator(".abc-widget-placeholder")
    expect(placeholders).to_have_count(1)
    expect(placeholders).to_be_visible()
    height = placeholders.bounding_box()["height"]
    line = page.evaluate("parseFloat(getComputedStyle(document.body).lineHeight) || 24")
    assert height < 3 * line, height
    page.unroute("**/widget-host/host.js*")
    page.reload()
    # the browser renders it, and it takes the placeholder's place
    expect(page.locator(".needs-storage")).to_have_text(re.compile(r"Stored items: \d+"))
    expect(placeholders).to_have_count(0)
    context.close()


def test_no_light_frame_around_widgets_in_dark_mode(browser: Browser, site_url) -> None:
    context = browser.new_context(color_scheme="dark")
    problems = PageProblems()
    watch(context, problems)
    page = context.new_page()
    for chapter in ("01-weak-core", "06-your-plan"):
        open_chapter(page, site_url, chapter)
        wait_for_widgets(page)
        assert page.evaluate("document.documentElement.dataset.theme") == "dark"
        frames = page.evaluate(
            """[...document.querySelectorAll('.abc-widget')].flatMap((widget) => {
                const found = [];
                for (let node = widget.parentElement; node && node.tagName !== 'ARTICLE';
                     node = node.parentElement) {
                    const style = getComputedStyle(node);
                    const clear = style.backgroundColor === 'rgba(0, 0, 0, 0)';
                    if (!clear || style.borderTopWidth !== '0px')
                        found.push(`${node.className}: ${style.backgroundColor}`);
                }
                return found;
            })"""
        )
        assert not frames, f"{chapter}: {frames}"
    context.close()
    assert not problems.all(), problems.all()


def test_progress_moves_between_chapters_and_the_plan(page, site_url) -> None:
    open_chapter(page, site_url, "01-weak-core")
    times = page.locator(".abc-endurance")
    for label, value in [
        ("Trunk-flexor hold (or front plank)", "20"),
        ("Back-extensor hold", "15"),
        ("Left side bridge (side plank on your left side)", "10"),
        ("Right side bridge (side plank on your right side)", "12"),
    ]:
        times.get_by_role("textbox", name=label).fill(value)
    question = page.locator(".abc-quiz fieldset[data-question-id]").first
    question.get_by_role("radio").first.check()
    question.get_by_role("button", name="Check answer").click()
    expect(question.locator("[role='status']")).not_to_be_empty()

    # each move waits for the page to finish loading, so no request of it is cut off
    page.wait_for_load_state("networkidle")
    page.get_by_role("link", name="Muscle imbalances", exact=True).first.click()
    page.wait_for_selector(".abc-ratios")
    extensor = page.locator(".abc-ratios").get_by_role("textbox", name="Back-extensor hold")
    expect(extensor).to_have_value("15")

    page.wait_for_load_state("networkidle")
    page.get_by_role("link", name="Your plan", exact=True).first.click()
    page.wait_for_selector(".abc-plan")
    weak = page.locator(".abc-plan-causes > li[data-cause='weak-core']")
    expect(weak).to_contain_text("needs most attention")
    expect(weak).to_contain_text("Quizzes: ")
    expect(weak).not_to_contain_text("none checked yet")

    page.wait_for_load_state("networkidle")
    page.go_back()
    page.wait_for_load_state("networkidle")
    page.go_back()
    page.wait_for_selector(".abc-quiz")
    first = page.locator(".abc-quiz fieldset[data-question-id]").first
    expect(first.locator("[role='status']")).not_to_be_empty()


def test_a_broken_widget_module_is_named_in_its_place_and_the_others_render(
    browser: Browser, built_site, site_url
) -> None:
    html = (built_site.html / "book" / "01-weak-core.html").read_text(encoding="utf-8")
    state = re.search(r'widget-state\+json">(.*?)</script>', html, re.DOTALL)[1]
    models = json.loads(state)["state"].values()
    checklist = next(model for model in models if "checklist" in model["state"])
    broken = checklist["state"]["_esm"].split("/")[-1]
    sharing = [model for model in models if model["state"].get("_esm", "").endswith(broken)]

    context = browser.new_context()
    problems = PageProblems()
    watch(context, problems)
    context.route(
        f"**/{broken}",
        lambda route: route.fulfill(status=200, content_type="text/javascript", body="export {"),
    )
    page = context.new_page()
    page.goto(f"{site_url}/book/01-weak-core.html")
    wait_for_widgets(page)
    expect(page.get_by_text(FAILED)).to_have_count(len(sharing))
    # no live checklist; each drawing stays under the message, to be read
    expect(
        page.locator(".abc-widget-view:not([data-abc-prerendered]) .abc-checklist")
    ).to_have_count(0)
    expect(page.locator("[data-abc-prerendered] .abc-checklist")).to_have_count(len(sharing))
    expect(page.locator(".abc-quiz").first).to_be_visible()
    expect(page.locator(".abc-endurance")).to_be_visible()
    # one error of the course's for the one module that failed, though several widgets use it
    assert len(problems.console_errors) == 1, problems.console_errors
    assert "could not load" in problems.console_errors[0]
    # and the browser's own, once: the page imports each widget module in a script of its own
    # (module_scripts in abcourse/site/widget_host.py), whose broken file stops that one alone
    assert problems.page_errors == ["Unexpected end of input"], problems.page_errors
    context.close()


# The fixture book: an anywidget page, one the build cannot draw, a plain ipywidgets slider
# page, a page without widgets.


def test_fixture_anywidgets_keep_the_front_end_contract(page, fixture_site_url) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{fixture_site_url}/{FIXTURE_PAGES['anywidget']}")
    labels = page.locator(".counter-label")
    expect(labels).to_have_count(2)
    expect(labels.first).to_have_text("first: 2")
    expect(labels.nth(1)).to_have_text("second: 5")
    assert not [url for url in requested if any(name in url for name in HTML_MANAGER_FILES)]
    # one module for both counters, run once; its stylesheet added once
    assert page.evaluate("globalThis.counterModuleRuns") == 1
    assert page.locator(".counter").first.get_attribute("data-initialized") == "true"
    weight = labels.first.evaluate("el => getComputedStyle(el).fontWeight")
    assert weight == "700"
    # set, change:count and change listeners, save_changes and send with no kernel
    page.get_by_role("button", name="Add one to first").click()
    expect(labels.first).to_have_text("first: 3")
    expect(labels.nth(1)).to_have_text("second: 5")
    assert page.locator(".counter").first.get_attribute("data-changes") == "1"
    # off: the label no longer follows the count, though the count still changes
    page.get_by_role("button", name="Stop showing first").click()
    page.get_by_role("button", name="Add one to first").click()
    expect(labels.first).to_have_text("first: 3")
    assert page.locator(".counter").first.get_attribute("data-changes") == "2"


def test_fixture_host_imports_a_module_given_as_source_text(page, fixture_site_url) -> None:
    """anywidget may embed a module as text (the build moves the course's into files)."""
    page.goto(f"{fixture_site_url}/{FIXTURE_PAGES['anywidget']}")
    expect(page.locator(".counter-label")).to_have_count(2)
    rendered = page.evaluate(
        """async () => {
            const { loadWidget, addStylesheet } = await import('./_static/widget-host/assets.js');
            const source = 'export default { render({ el }) { el.textContent = "from text"; } };';
            const first = await loadWidget(source);
            const again = await loadWidget(source);
            const el = document.createElement('div');
            first.render({ el });
            addStylesheet('.from-text { color: red; }');
            addStylesheet('.from-text { color: red; }');
            const styles = [...document.querySelectorAll('style')]
                .filter((s) => s.textContent.includes('.from-text')).length;
            return { same: first === again, text: el.textContent, styles };
        }"""
    )
    assert rendered == {"same": True, "text": "from text", "styles": 1}


def test_fixture_slider_page_renders_with_the_html_manager(page, fixture_site_url) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{fixture_site_url}/{FIXTURE_PAGES['slider']}")
    slider = page.locator(".widget-slider")
    expect(slider.first).to_be_visible(timeout=15_000)
    expect(page.locator(".widget-readout").first).to_have_text("7")
    assert [url for url in requested if "embed-amd.js" in url]
    assert not [url for url in requested if "widget-host" in url]


def test_fixture_plain_page_loads_no_widget_front_end(page, fixture_site_url) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{fixture_site_url}/{FIXTURE_PAGES['plain']}")
    page.wait_for_load_state("networkidle")
    front_end = ("widget-host", *HTML_MANAGER_FILES)
    assert not [url for url in requested if any(name in url for name in front_end)]
