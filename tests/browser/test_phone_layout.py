"""The self-tests on a phone-sized screen (390 px wide): filled in, with their tables and charts
showing, no page scrolls sideways, a pasted page of text stays inside its widget, and chart text
is drawn at a readable size instead of shrinking with the picture."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from .conftest import LIVE_WIDGET, open_chapter, save_records

PHONE = {"width": 390, "height": 800}
# Filled-in records that give every tool its chart and its table: four hold times, eight weeks of
# training (the widest progression table), and every cue of one chapter-2 checklist left unticked.
RECORDS = {
    "abcourse:v1:tool:endurance": {
        "times": {"flexor": 200, "extensor": 45, "sideLeft": 30, "sideRight": 80},
        "sex": "female",
    },
    "abcourse:v1:tool:progression": {
        "weeks": [{"sessions": 3, "volume": 10 + week, "pain": 2} for week in range(8)],
        "unit": "minutes",
    },
    "abcourse:v1:checklist:02-form-technique/curl-up": {"checked": []},
}
TOOL_PAGES = [
    ("01-weak-core", ".abc-endurance svg.abc-chart"),
    ("02-form-technique", ".abc-form-score svg.abc-chart"),
    ("03-muscle-imbalances", ".abc-ratios svg.abc-chart"),
    ("05-overtraining-progression", "svg.abc-progression-chart"),
    ("06-your-plan", "svg.abc-plan-chart"),
]
# Smallest chart text, in CSS pixels, once the chart is drawn on the page.
MIN_CHART_TEXT_PX = 11


def page_overflow(page: Page) -> int:
    """How many pixels the page is wider than the screen (0 when nothing scrolls sideways)."""
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def smallest_chart_text(page: Page, selector: str) -> float:
    return page.locator(selector).first.evaluate(
        """(chart) => Math.min(...[...chart.querySelectorAll('text')]
            .map((text) => text.getBoundingClientRect().height)
            .filter((height) => height > 0))"""
    )


def seed(page: Page, site_url: str, chapter: str) -> None:
    page.set_viewport_size(PHONE)
    open_chapter(page, site_url, chapter)
    save_records(page, RECORDS)
    page.wait_for_load_state("networkidle")
    page.reload()
    page.wait_for_selector(LIVE_WIDGET, timeout=15_000)


@pytest.mark.parametrize(("chapter", "chart"), TOOL_PAGES)
def test_a_filled_in_tool_fits_a_phone(page, site_url, chapter, chart) -> None:
    seed(page, site_url, chapter)
    expect(page.locator(chart).first).to_be_visible()
    assert page_overflow(page) <= 0, f"{chapter} scrolls sideways by {page_overflow(page)} px"
    smallest = smallest_chart_text(page, chart)
    assert smallest >= MIN_CHART_TEXT_PX, f"{chapter}: chart text {smallest:.1f} px high"
    # a wide table scrolls inside its own box, which the keyboard can reach
    for box in page.locator(".abc-table-scroll").all():
        assert box.get_attribute("tabindex") == "0"
        assert box.get_attribute("aria-label")


def test_a_pasted_page_of_text_stays_inside_the_widget(page, site_url) -> None:
    page.set_viewport_size(PHONE)
    open_chapter(page, site_url, "01-weak-core")
    box = page.locator(".abc-endurance").get_by_role("textbox").first
    box.fill("x" * 400)
    error = page.locator(".abc-endurance .abc-field-error:visible").first
    expect(error).to_contain_text("is not a time")
    assert len(error.text_content()) < 120
    assert page_overflow(page) <= 0, f"the page scrolls sideways by {page_overflow(page)} px"
