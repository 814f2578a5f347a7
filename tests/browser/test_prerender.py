"""Widgets drawn into the page at build time, then brought to life by the widget host.

Without JavaScript each chapter's quizzes and checklists are there to read; with it, the host
swaps each drawing for the live widget without moving the page, and what the learner did on a
drawing before (a chosen answer, a ticked cue, a typed time, a pressed button, the focus) is
done again on the live widget, which saves it as if it had been done there.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Locator, Page, Route, expect

from ..support import CHAPTERS, course
from .conftest import PageProblems, watch
from .test_print import pdf_text

DRAWN = "[data-abc-prerendered]"
HOST = re.compile(r"widget-host/host\.js")
PAGES = [*CHAPTERS, course().plan.notebook]


def unfold(element: Locator) -> Locator:
    """Open the closed folds around an element, outermost first, as a learner taps their summary
    lines (a <details> opens with no script)."""
    for _ in range(5):
        closed = element.locator("xpath=ancestor::details[not(@open)]")
        if closed.count() == 0:
            break
        closed.first.locator("> summary").click()
    return element


def live(page: Page) -> None:
    """Wait until no drawing is left: each has been swapped for its live widget."""
    page.wait_for_function(
        "document.readyState === 'complete' && !document.querySelector('[data-abc-prerendered]')",
        timeout=15_000,
    )


@pytest.mark.parametrize("chapter", PAGES)
def test_without_javascript_the_widgets_are_drawn_and_readable(
    browser: Browser, site_url, chapter
) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{site_url}/book/{chapter}.html")
    slots = page.locator(".abc-widget-slot")
    assert slots.count() > 0
    expect(page.locator(f".abc-widget-slot > {DRAWN}")).to_have_count(slots.count())
    expect(page.locator(".abc-widget-noscript")).to_have_count(slots.count())
    expect(page.locator(".abc-widget-noscript").first).to_be_visible()
    expect(page.locator(".abc-widget-placeholder")).to_have_count(0)
    for widget in page.locator(f"{DRAWN} > .abc-widget").all():
        expect(widget.locator(".abc-title")).to_be_visible()
    for question in page.locator(f"{DRAWN} .abc-quiz fieldset[data-question-id]").all():
        expect(question.locator("legend")).to_be_visible()
        for label in question.locator(".abc-option label").all():
            expect(label).to_be_visible()
            assert label.inner_text().strip()
    cues = page.locator(f"{DRAWN} .abc-checklist .abc-cue")
    for cue in cues.all():
        assert (cue.text_content() or "").strip()
    if cues.count():
        # a folded checklist opens without a script
        expect(unfold(cues.first)).to_be_visible()
    context.close()


def hold_host(page: Page) -> list[Route]:
    """Hold the widget host's module back until the test lets it go: the page shows drawings."""
    held: list[Route] = []
    page.route(HOST, lambda route: held.append(route))
    return held


def open_held(page: Page, url: str) -> None:
    """Open a page with the host held back, until the browser has read it all. Not until
    DOMContentLoaded: that waits for the host, a deferred module script."""
    page.goto(url, wait_until="commit")
    page.wait_for_function("document.readyState !== 'loading'")


def let_go(page: Page, held: list[Route]) -> None:
    """Let the held host through, on a page opened with open_held (read to its end), and wait
    for its widgets to come to life."""
    assert len(held) == 1, "the page asked for the host once"
    held[0].continue_()
    page.unroute(HOST)
    live(page)


def test_the_live_swap_keeps_an_answer_a_ticked_cue_and_a_pressed_button(
    browser: Browser, site_url
) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844})
    problems = PageProblems()
    watch(context, problems)
    page = context.new_page()
    held = hold_host(page)
    open_held(page, f"{site_url}/book/01-weak-core.html")

    drawn_question = page.locator(f"{DRAWN} .abc-quiz fieldset[data-question-id]").first
    question_id = drawn_question.get_attribute("data-question-id")
    drawn_question.get_by_role("radio").nth(1).check()
    drawn_question.get_by_role("button", name="Check answer").click()
    drawn_cue = page.locator(f"{DRAWN} .abc-checklist").first.locator("input[type=checkbox]").first
    unfold(drawn_cue).check()
    times = page.locator(f"{DRAWN} .abc-endurance")
    times.get_by_role("textbox", name="Trunk-flexor hold (or front plank)").fill("20")
    expect(page.locator(DRAWN).first).to_be_attached()  # nothing has come to life yet

    let_go(page, held)
    question = page.locator(f".abc-quiz fieldset[data-question-id='{question_id}']")
    expect(question).to_have_count(1)
    expect(question.get_by_role("radio").nth(1)).to_be_checked()
    expect(question.get_by_role("radio").first).not_to_be_checked()
    # the press on "Check answer" was pressed again on the live widget: the verdict shows
    expect(question.locator("[role='status']")).to_contain_text(re.compile("Correct|Not quite"))
    cue = page.locator(".abc-checklist").first.locator("input[type=checkbox]").first
    expect(cue).to_be_checked()
    expect(cue).to_be_visible()  # the fold the learner opened is open on the live widget too
    field = page.locator(".abc-endurance").get_by_role("textbox", name="Trunk-flexor hold")
    expect(field.first).to_have_value("20")
    # each widget heard the change and saved it, as if it had been made on the live view
    saved = page.evaluate("Object.keys(localStorage).join(' ')")
    assert "quiz" in saved and "checklist" in saved, saved
    page.reload()
    live(page)
    question = page.locator(f".abc-quiz fieldset[data-question-id='{question_id}']")
    expect(question.get_by_role("radio").nth(1)).to_be_checked()
    saved_cue = page.locator(".abc-checklist").first.locator("input[type=checkbox]").first
    expect(saved_cue).to_be_checked()
    context.close()
    assert not problems.all(), problems.all()


def test_focus_on_a_drawing_moves_to_the_same_place_in_the_live_widget(
    browser: Browser, site_url
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    held = hold_host(page)
    open_held(page, f"{site_url}/book/01-weak-core.html")
    checklist = page.locator(f"{DRAWN} .abc-checklist").nth(1)
    drawn_cue = checklist.locator("input[type=checkbox]").nth(2)
    value = drawn_cue.get_attribute("value")
    unfold(drawn_cue).focus()
    let_go(page, held)
    focused = page.evaluate(
        """() => {
            const at = document.activeElement;
            return { value: at.value, live: !at.closest('[data-abc-prerendered]'),
                     connected: at.isConnected, checked: at.checked };
        }"""
    )
    assert focused == {"value": value, "live": True, "connected": True, "checked": False}
    context.close()


SHIFTS = """
(() => {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      window.__shifts.push({
        value: entry.value,
        // a source whose node is gone (a drawing swapped out) counts as in the article
        inArticle: entry.sources.some((source) =>
          !source.node || (source.node.closest ? source.node : source.node.parentElement)
            ?.closest("article")),
      });
    }
  }).observe({ type: "layout-shift", buffered: true });
})();
"""


#: scrolls the first widget's place into view, as a link to a section of the chapter would
TO_FIRST_WIDGET = """
() => new Promise((done) => {
  const slot = document.querySelector('.abc-widget-slot');
  window.scrollTo(0, slot.getBoundingClientRect().top + window.scrollY - 200);
  requestAnimationFrame(() => requestAnimationFrame(done));
})
"""


def test_widgets_come_to_life_without_moving_the_page(browser: Browser, site_url) -> None:
    """Chapter 1 at 390 px, painted with its first widget in view before the host runs (its
    module held back): the layout-shift entries that move anything in the article add up to 0.
    A widget that grew from a one-line placeholder would push the text under it. (The theme's
    header buttons shift when its icon font arrives, on every page alike.)"""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.add_init_script(SHIFTS)
    page = context.new_page()
    held = hold_host(page)
    open_held(page, f"{site_url}/book/01-weak-core.html")
    # the drawings painted in view (two frames), then the host
    page.evaluate(TO_FIRST_WIDGET)
    let_go(page, held)
    page.wait_for_load_state("networkidle")
    page.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    shifts = page.evaluate("window.__shifts")
    in_article = [shift["value"] for shift in shifts if shift["inArticle"]]
    assert sum(in_article) == 0, shifts
    # the live widgets are in place: the swap happened
    views = page.locator("script[type='application/vnd.jupyter.widget-view+json']").count()
    widgets = page.locator(".abc-widget-view:not([data-abc-prerendered]) > .abc-widget")
    expect(widgets).to_have_count(views)
    context.close()


def test_printed_at_once_a_chapter_shows_its_drawn_widgets(browser: Browser, site_url) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    hold_host(page)  # never let go: the page prints before any widget comes to life
    open_held(page, f"{site_url}/book/01-weak-core.html")
    quiz = page.locator(f"{DRAWN} .abc-quiz").first
    question = quiz.locator("legend").first.text_content().split("?")[0]
    cues = page.locator(f"{DRAWN} .abc-checklist .abc-cue")
    cue = cues.nth(cues.count() - 1).text_content().strip()
    page.emulate_media(media="print")
    expect(quiz).to_be_visible()
    text = " ".join(pdf_text(page.pdf(format="A4")).split())
    assert " ".join(question.split()) in text
    # a cue of the last checklist, folded or not, prints
    assert " ".join(cue.split())[:40] in text
    context.close()
