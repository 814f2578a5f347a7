"""The red-flag checker on the chapter-4 page: an emergency sign shows "Get emergency care now" at
once in an alert, urgent signs give the same-day advice, none gives the everyday advice; ticks are
kept across a reload, and a damaged saved value is dropped with a notice."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from abcourse.tooldata import load_red_flags

from ..support import DATA
from .conftest import open_chapter

CHAPTER = "04-back-conditions"
KEY = "abcourse:v1:tool:redflags"


@pytest.fixture(scope="module")
def red_flags() -> dict:
    return load_red_flags(DATA / "red-flags.yml")


def reload(page: Page) -> None:
    """Reload once the page has finished loading, so no request of the first load is cut off."""
    page.wait_for_load_state("networkidle")
    page.reload()
    page.wait_for_selector(".abc-widget", timeout=15_000)


def of_level(red_flags: dict, level: str) -> list[dict]:
    return [symptom for symptom in red_flags["symptoms"] if symptom["level"] == level]


def checker(page: Page) -> Locator:
    return page.locator(".abc-redflags")


def box(widget: Locator, symptom: dict) -> Locator:
    return widget.locator(f"input[data-symptom-id='{symptom['id']}']")


def open_checker(page: Page, site_url: str) -> Locator:
    open_chapter(page, site_url, CHAPTER)
    widget = checker(page)
    expect(widget).to_have_count(1)
    widget.scroll_into_view_if_needed()
    return widget


def test_no_ticks_give_the_routine_advice(page, site_url, red_flags) -> None:
    widget = open_checker(page, site_url)
    advice = widget.locator(".abc-redflag-advice")
    expect(advice).to_have_attribute("role", "status")
    expect(advice).to_contain_text(red_flags["levels"]["routine"]["title"])
    expect(advice).to_contain_text("few weeks")
    alert = widget.get_by_role("alert")
    expect(alert).to_have_count(1)
    expect(alert).to_have_text("")
    # every symptom is there with a visible label and its source
    for symptom in red_flags["symptoms"]:
        label = widget.get_by_label(symptom["text"].split(":")[0], exact=False)
        expect(label.first).to_be_visible()
        expect(box(widget, symptom)).not_to_be_checked()
    for symptom in red_flags["symptoms"]:
        expect(widget).to_contain_text(red_flags["sources"][symptom["source"]])


def test_one_emergency_sign_shows_get_emergency_care_now_at_once(page, site_url, red_flags) -> None:
    widget = open_checker(page, site_url)
    urgent = of_level(red_flags, "urgent")[0]
    box(widget, urgent).check()
    advice = widget.locator(".abc-redflag-advice")
    expect(advice).to_contain_text(red_flags["levels"]["urgent"]["title"])
    expect(advice).to_contain_text("111")
    expect(advice).to_contain_text(f"I have back pain and {urgent['say']}")

    sign = next(s for s in of_level(red_flags, "emergency") if s.get("ces"))
    box(widget, sign).check()
    alert = widget.get_by_role("alert")
    expect(alert).to_contain_text("Get emergency care now")
    for needed in ("999", "112", "911", "local emergency number", "A&E"):
        expect(alert).to_contain_text(needed)
    expect(alert).to_contain_text(f"I have back pain and {sign['say']}")
    expect(alert).to_contain_text("I am worried about cauda equina syndrome.")
    # the advice below points to emergency care too, never to waiting
    expect(advice).to_contain_text("Get emergency care now")
    expect(advice).not_to_contain_text(red_flags["levels"]["urgent"]["title"])

    box(widget, sign).uncheck()
    expect(alert).to_have_text("")
    expect(advice).to_contain_text(red_flags["levels"]["urgent"]["title"])


@pytest.mark.parametrize("level", ["emergency", "urgent", "routine"])
def test_each_sign_alone_gives_its_level(page, site_url, red_flags, level) -> None:
    widget = open_checker(page, site_url)
    alert = widget.get_by_role("alert")
    advice = widget.locator(".abc-redflag-advice")
    for symptom in of_level(red_flags, level):
        box(widget, symptom).check()
        expect(advice).to_have_attribute("data-level", level)
        if level == "emergency":
            expect(alert).to_contain_text("Get emergency care now")
            say = alert.locator(".abc-redflag-say")
            expect(say).to_contain_text(f"I have back pain and {symptom['say']}.")
            worry = "I am worried about cauda equina syndrome."
            if symptom.get("ces"):
                expect(say).to_contain_text(worry)
            else:
                expect(say).not_to_contain_text(worry)
        else:
            expect(alert).to_have_text("")
            expect(advice).to_contain_text(red_flags["levels"][level]["title"])
        box(widget, symptom).uncheck()


def test_ticks_survive_a_reload_and_clear_removes_them(page, site_url, red_flags) -> None:
    widget = open_checker(page, site_url)
    sign = of_level(red_flags, "emergency")[0]
    box(widget, sign).check()
    saved = page.evaluate("k => JSON.parse(localStorage.getItem(k)).data", KEY)
    assert saved == {"checked": [sign["id"]]}
    reload(page)
    widget = checker(page)
    expect(box(widget, sign)).to_be_checked()
    expect(widget.get_by_role("alert")).to_contain_text("Get emergency care now")
    widget.get_by_role("button", name="Clear my ticks").click()
    expect(box(widget, sign)).not_to_be_checked()
    expect(widget.get_by_role("alert")).to_have_text("")
    assert page.evaluate("k => localStorage.getItem(k)", KEY) is None


def test_keyboard_alone_reaches_the_alert(page, site_url, red_flags) -> None:
    widget = open_checker(page, site_url)
    first = of_level(red_flags, "emergency")[0]
    box(widget, first).focus()
    page.keyboard.press("Space")
    expect(widget.get_by_role("alert")).to_contain_text("Get emergency care now")


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("{broken", "it was damaged"),
        ('{"version": 1, "savedAt": "x", "data": {"checked": ["made-up-sign"]}}', "did not match"),
        ('{"version": 0, "data": {"checked": []}}', "older version"),
    ],
    ids=["not-json", "unknown-sign", "old-version"],
)
def test_a_damaged_saved_value_is_dropped_with_a_notice(page, site_url, value, why) -> None:
    open_chapter(page, site_url, CHAPTER)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, value])
    reload(page)
    widget = checker(page)
    expect(widget.locator(".abc-notice")).to_contain_text(why)
    expect(widget.get_by_role("alert")).to_have_text("")
    assert page.evaluate("k => localStorage.getItem(k)", KEY) is None
