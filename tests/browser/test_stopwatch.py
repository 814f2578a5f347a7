"""The hold tests' stopwatch (chapter 1's endurance self-test, and the same form in chapter 3) on a
phone: Start becomes Stop, stopping writes the whole seconds into the field and saves them, the
time comes from timestamps (a jump of the clock shows at once), one stopwatch runs at a time, a
forgotten one stops at the field's longest time, and it works from the keyboard. Playwright's fake
clock drives every second; nothing waits for real time."""

from __future__ import annotations

import json

import pytest
from playwright.sync_api import Locator, Page, expect

from abcourse.data.self_tests import load_norms

from ..support import DATA
from .conftest import LIVE_WIDGET
from .test_endurance_tools import (
    ENDURANCE_CHAPTER,
    KEY,
    RATIOS_CHAPTER,
    field,
    reload,
)

PHONE = {"width": 390, "height": 800}
NORMS = load_norms(DATA / "norms.yml")
NAMES = {test["id"]: test["name"] for test in NORMS["tests"]}
MAX_SECONDS = NORMS["maxSeconds"]
# the fake clock starts at LOADED and stands still at PAUSED (once the page has loaded) until a
# test moves it
LOADED = "2026-03-02T09:00:00"
PAUSED = "2026-03-02T09:01:00"


def open_with_clock(page: Page, site_url: str, chapter: str) -> Locator:
    """Open a chapter at 390 px with the fake clock installed and paused, and give its widget."""
    page.set_viewport_size(PHONE)
    page.clock.install(time=LOADED)
    page.goto(f"{site_url}/book/{chapter}.html")
    # the live widget: the host brings the drawn one to life on the next frames, which a paused
    # clock would hold back
    widget = page.locator(LIVE_WIDGET).and_(page.locator(".abc-endurance, .abc-ratios")).first
    expect(widget.locator(".abc-stopwatch").first).to_be_visible(timeout=15_000)
    page.clock.pause_at(PAUSED)
    return widget


def stopwatch(widget: Locator, test_id: str) -> Locator:
    return widget.locator(f".abc-hold-field[data-test='{test_id}'] .abc-stopwatch")


def button(widget: Locator, test_id: str, action: str) -> Locator:
    return stopwatch(widget, test_id).get_by_role(
        "button", name=f"{action} timing: {NAMES[test_id]}"
    )


def figure(widget: Locator, test_id: str) -> Locator:
    return stopwatch(widget, test_id).get_by_role("timer")


def announcement(widget: Locator) -> Locator:
    return widget.locator(".abc-stopwatch-status[role='status']")


def saved_times(page: Page) -> dict:
    text = page.evaluate("k => localStorage.getItem(k)", KEY)
    return json.loads(text)["data"]["times"] if text else {}


def test_a_47_second_hold_is_written_into_the_field_and_saved(page, site_url) -> None:
    widget = open_with_clock(page, site_url, ENDURANCE_CHAPTER)
    timer = figure(widget, "flexor")
    expect(timer).to_have_text("0:00")
    # the running figure is not read out every second
    expect(timer).to_have_attribute("aria-live", "off")
    button(widget, "flexor", "Start").click()
    start = button(widget, "flexor", "Stop")
    expect(start).to_have_text("Stop")
    page.clock.run_for(3_000)
    expect(timer).to_have_text("0:03")
    page.clock.run_for(44_000)
    expect(timer).to_have_text("0:47")
    expect(field(widget, "flexor")).to_have_value("")
    start.click()
    expect(button(widget, "flexor", "Start")).to_have_text("Start")
    expect(field(widget, "flexor")).to_have_value("47")
    expect(announcement(widget)).to_have_text(
        "Trunk-flexor hold: 47 seconds, written into the field."
    )
    # the result moves as it does for a typed time
    expect(widget.locator("table tr[data-test='flexor']")).to_contain_text("47 s")
    assert saved_times(page)["flexor"] == 47
    # the clock runs again, so the reloaded page's widgets come to life
    page.clock.resume()
    reload(page)
    expect(field(page.locator(".abc-endurance"), "flexor")).to_have_value("47")


def test_the_time_comes_from_timestamps_not_from_ticks(page, site_url) -> None:
    widget = open_with_clock(page, site_url, ENDURANCE_CHAPTER)
    button(widget, "extensor", "Start").click()
    # a locked phone or a throttled tab: two minutes pass with at most one timer run
    page.clock.fast_forward(120_000)
    page.clock.run_for(1_000)
    expect(figure(widget, "extensor")).to_have_text("2:01")
    button(widget, "extensor", "Stop").click()
    expect(field(widget, "extensor")).to_have_value("121")
    assert saved_times(page)["extensor"] == 121


def test_one_stopwatch_runs_at_a_time(page, site_url) -> None:
    widget = open_with_clock(page, site_url, ENDURANCE_CHAPTER)
    button(widget, "sideLeft", "Start").click()
    page.clock.run_for(30_000)
    # starting the other side stops the first, which writes its time
    button(widget, "sideRight", "Start").click()
    expect(field(widget, "sideLeft")).to_have_value("30")
    expect(button(widget, "sideLeft", "Start")).to_be_visible()
    expect(widget.locator(".abc-stopwatch[data-running]")).to_have_count(1)
    page.clock.run_for(25_000)
    expect(figure(widget, "sideLeft")).to_have_text("0:30")
    expect(figure(widget, "sideRight")).to_have_text("0:25")
    button(widget, "sideRight", "Stop").click()
    expect(field(widget, "sideRight")).to_have_value("25")
    assert saved_times(page) == {"flexor": None, "extensor": None, "sideLeft": 30, "sideRight": 25}


def test_a_forgotten_stopwatch_stops_at_the_longest_time(page, site_url) -> None:
    widget = open_with_clock(page, site_url, ENDURANCE_CHAPTER)
    button(widget, "flexor", "Start").click()
    page.clock.run_for((MAX_SECONDS + 30) * 1000)
    expect(button(widget, "flexor", "Start")).to_be_visible()
    expect(field(widget, "flexor")).to_have_value(str(MAX_SECONDS))
    expect(widget.locator(".abc-field-error:visible")).to_have_count(0)
    expect(announcement(widget)).to_contain_text("10:00")
    assert saved_times(page)["flexor"] == MAX_SECONDS


def test_clearing_the_times_stops_the_stopwatch_without_writing(page, site_url) -> None:
    widget = open_with_clock(page, site_url, ENDURANCE_CHAPTER)
    field(widget, "extensor").fill("50")
    button(widget, "flexor", "Start").click()
    page.clock.run_for(12_000)
    widget.get_by_role("button", name="Clear my times").click()
    expect(button(widget, "flexor", "Start")).to_be_visible()
    expect(figure(widget, "flexor")).to_have_text("0:00")
    page.clock.run_for(5_000)
    expect(field(widget, "flexor")).to_have_value("")
    expect(field(widget, "extensor")).to_have_value("")


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_stopwatch_by_keyboard_with_big_targets_and_no_motion(page, site_url, scheme) -> None:
    page.emulate_media(color_scheme=scheme, reduced_motion="reduce")
    widget = open_with_clock(page, site_url, ENDURANCE_CHAPTER)
    start = button(widget, "sideRight", "Start")
    box = start.bounding_box()
    assert box and box["width"] >= 44 and box["height"] >= 44, box
    field(widget, "sideRight").focus()
    page.keyboard.press("Tab")
    expect(start).to_be_focused()
    outline = start.evaluate(
        "(el) => { const s = getComputedStyle(el);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth), s.transitionDuration,"
        " s.animationName]; }"
    )
    assert outline[0] != "none" and outline[1] >= 2, outline
    assert outline[2] == "0s" and outline[3] == "none", outline
    page.keyboard.press("Enter")
    page.clock.run_for(9_000)
    stop = button(widget, "sideRight", "Stop")
    expect(stop).to_be_focused()
    page.keyboard.press("Space")
    expect(field(widget, "sideRight")).to_have_value("9")
    expect(announcement(widget)).to_have_text(
        "Right side bridge: 9 seconds, written into the field."
    )


def test_chapter_3_has_the_same_stopwatch_and_record(page, site_url) -> None:
    widget = open_with_clock(page, site_url, RATIOS_CHAPTER)
    expect(widget).to_have_class("abc-widget abc-ratios")
    expect(widget.locator(".abc-stopwatch")).to_have_count(len(NAMES))
    button(widget, "sideLeft", "Start").click()
    page.clock.run_for(41_000)
    button(widget, "sideLeft", "Stop").click()
    expect(field(widget, "sideLeft")).to_have_value("41")
    assert saved_times(page)["sideLeft"] == 41
    page.clock.resume()
    page.goto(f"{site_url}/book/{ENDURANCE_CHAPTER}.html")
    expect(field(page.locator(".abc-endurance"), "sideLeft")).to_have_value("41", timeout=15_000)
