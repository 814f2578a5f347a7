"""Chapter 1 with the keyboard alone, in light and dark mode: Tab reaches every control of every
widget in the order of the page and leaves the last one (no trap); Space ticks, Enter checks an
answer, typing fills in a hold time, and Escape closes what Enter opened."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from .conftest import open_chapter

CHAPTER = "01-weak-core"
MAX_TABS = 800

# Marks every element with its place in the page, and names the widget controls a keyboard user
# must be able to reach: enabled, shown (not inside a closed fold, whose summary line is the stop),
# and not taken out of the tab order on purpose.
MARK_PAGE = """() => {
    let index = 0;
    for (const element of document.querySelectorAll('*')) element.dataset.walkIndex = index++;
    const controls = document.querySelectorAll(
        '.abc-widget input, .abc-widget button, .abc-widget select, .abc-widget a[href],'
        + ' .abc-widget summary, .abc-widget [tabindex="0"]');
    return [...controls]
        .filter((el) => !el.disabled && el.getClientRects().length && el.tabIndex >= 0)
        // what a closed fold holds is reached by opening it: its summary is the tab stop
        .filter((el) => !el.closest('details:not([open]) > :not(summary)'))
        .filter((el) => {
            // a group of radio buttons is one tab stop: its checked one, or else its first
            if (el.type !== 'radio') return true;
            const group = [...document.getElementsByName(el.name)];
            return el === (group.find((radio) => radio.checked) ?? group[0]);
        })
        .map((el) => Number(el.dataset.walkIndex));
}"""
FOCUSED = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    return {index: Number(el.dataset.walkIndex ?? -1), inWidget: Boolean(el.closest('.abc-widget')),
            name: el.name || '', type: el.type || el.tagName};
}"""


def walk(page: Page) -> list[dict]:
    """Press Tab from the top of the page until focus comes back round; each stop in order."""
    page.evaluate("document.activeElement?.blur(); window.scrollTo(0, 0)")
    stops: list[dict] = []
    seen: set[int] = set()
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUSED)
        if stop is None:
            continue
        if stop["index"] in seen:
            break
        seen.add(stop["index"])
        stops.append(stop)
    return stops


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_tab_reaches_every_widget_control_in_page_order_and_leaves(page, site_url, scheme) -> None:
    page.emulate_media(color_scheme=scheme)
    open_chapter(page, site_url, CHAPTER)
    controls = page.evaluate(MARK_PAGE)
    assert len(controls) > 20, controls
    stops = walk(page)
    reached = {stop["index"] for stop in stops}
    missed = sorted(set(controls) - reached)
    assert not missed, f"{len(missed)} widget controls never got focus: {missed[:10]}"
    in_widgets = [stop["index"] for stop in stops if stop["inWidget"]]
    assert in_widgets == sorted(in_widgets), "Tab moves through the widgets out of page order"
    last_widget_stop = max(i for i, stop in enumerate(stops) if stop["inWidget"])
    assert last_widget_stop < len(stops) - 1, "focus never leaves the last widget"
    assert stops[last_widget_stop + 1]["index"] > stops[last_widget_stop]["index"]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_widget_of_the_chapter_answers_the_keyboard(page, site_url, scheme) -> None:
    page.emulate_media(color_scheme=scheme)
    open_chapter(page, site_url, CHAPTER)
    # a quiz: arrows choose, Enter on "Check answer" checks
    fieldset = page.locator("fieldset[data-question-id='core-vs-other']")
    fieldset.locator("input[type=radio]").first.focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    expect(fieldset.get_by_role("button", name="Check answer")).to_be_focused()
    page.keyboard.press("Enter")
    expect(fieldset.locator("[role='status']")).to_contain_text("Correct")
    # a checklist: Enter on its folded line opens it, and Space ticks the focused cue
    page.locator(".abc-checklist details.abc-checklist-body > summary").first.focus()
    page.keyboard.press("Enter")
    cue = page.locator(".abc-checklist input[type=checkbox]").first
    page.keyboard.press("Tab")
    expect(cue).to_be_focused()
    page.keyboard.press("Space")
    expect(cue).to_be_checked()
    # the endurance self-test: type a time, and the result follows
    endurance = page.locator(".abc-endurance")
    field = endurance.locator("input[type=text], input[inputmode]").first
    field.focus()
    page.keyboard.type("90")
    page.keyboard.press("Tab")
    expect(endurance.locator(".abc-summary")).not_to_contain_text("No hold times yet")
    # what Enter opens, Escape closes, and focus goes back to where it was opened
    details = endurance.locator("details").first
    summary = details.locator("summary")
    summary.focus()
    if details.evaluate("(el) => el.open"):
        page.keyboard.press("Enter")
    assert not details.evaluate("(el) => el.open")
    page.keyboard.press("Enter")
    assert details.evaluate("(el) => el.open")
    page.keyboard.press("Escape")
    assert not details.evaluate("(el) => el.open")
    expect(summary).to_be_focused()


def test_escape_cancels_the_plans_reset(page, site_url) -> None:
    open_chapter(page, site_url, "06-your-plan")
    reset = page.get_by_role("button", name="Reset all progress")
    reset.focus()
    page.keyboard.press("Enter")
    yes = page.get_by_role("button", name="Yes, delete all my progress")
    expect(yes).to_be_focused()
    page.keyboard.press("Escape")
    expect(yes).to_be_hidden()
    expect(reset).to_be_focused()
    expect(reset).to_have_attribute("aria-expanded", "false")
    expect(page.locator(".abc-plan-file-message")).to_contain_text("Nothing was deleted")
