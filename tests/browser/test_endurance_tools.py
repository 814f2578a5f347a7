"""The core-endurance self-test (chapter 1) and the balance ratios (chapter 3): typed times move
the chart and the summary at once, bad input gets a message beside its field, the times survive a
reload, and chapter 3 reads (and edits) the same saved record, in the same tab or another."""

from __future__ import annotations

import json

from playwright.sync_api import Locator, Page, expect

from .conftest import LIVE_WIDGET, open_chapter

ENDURANCE_CHAPTER = "01-weak-core"
RATIOS_CHAPTER = "03-muscle-imbalances"
KEY = "abcourse:v1:tool:endurance"
LABELS = {
    "flexor": "Trunk-flexor hold (or front plank)",
    "extensor": "Back-extensor hold",
    "sideLeft": "Left side bridge (side plank on your left side)",
    "sideRight": "Right side bridge (side plank on your right side)",
}


def reload(page: Page) -> None:
    """Reload once the page has finished loading, so no request of the first load is cut off."""
    page.wait_for_load_state("networkidle")
    page.reload()
    page.wait_for_selector(LIVE_WIDGET, timeout=15_000)


def endurance(page: Page) -> Locator:
    return page.locator(".abc-endurance")


def ratios(page: Page) -> Locator:
    return page.locator(".abc-ratios")


def field(widget: Locator, test_id: str) -> Locator:
    return widget.get_by_role("textbox", name=LABELS[test_id])


def message_beside(widget: Locator, test_id: str) -> Locator:
    return widget.locator(f".abc-hold-field[data-test='{test_id}'] .abc-field-error")


def saved(page: Page) -> dict:
    text = page.evaluate("k => localStorage.getItem(k)", KEY)
    return json.loads(text)["data"] if text else {}


def test_times_move_the_chart_and_summary(page, site_url) -> None:
    open_chapter(page, site_url, ENDURANCE_CHAPTER)
    widget = endurance(page)
    expect(widget).to_have_count(1)
    status = widget.get_by_role("status").filter(has_text="hold time")
    expect(status).to_contain_text("No hold times yet")
    chart = widget.locator("svg.abc-chart[role='img']")
    expect(chart).to_have_count(1)
    expect(chart.locator("title")).to_contain_text("Back-extensor hold: no time entered")

    field(widget, "extensor").fill("120")
    expect(status).to_contain_text("1 of 1 hold time in or above the middle band")
    expect(chart.locator("title")).to_contain_text("Back-extensor hold: you 2 min 0 s")
    expect(widget.locator("table")).to_contain_text("2 min 0 s")
    expect(widget.locator(".abc-you-line")).to_have_count(1)

    # a short time falls below the band: worded as a place on the chart, not a verdict
    field(widget, "extensor").fill("0:30")
    expect(status).to_contain_text("Below it: Back-extensor hold")
    expect(widget.locator("table tr[data-test='extensor']")).to_contain_text(
        "below the middle band"
    )
    field(widget, "sideLeft").fill("60")
    expect(status).to_contain_text("1 of 2 hold times")
    assert saved(page)["times"] == {
        "flexor": None,
        "extensor": 30,
        "sideLeft": 60,
        "sideRight": None,
    }
    # who the norms come from is said under the chart
    expect(widget).to_contain_text("116 adults aged 18 to 55")


def test_bad_input_gets_a_message_beside_the_field(page, site_url) -> None:
    open_chapter(page, site_url, ENDURANCE_CHAPTER)
    widget = endurance(page)
    box = field(widget, "flexor")
    for text, message in [
        ("-20", "cannot be negative"),
        ("ten", "is not a time"),
        ("3:00:00", "3 h 0 min is far longer"),
        ("10800", "far longer"),
    ]:
        box.fill(text)
        error = message_beside(widget, "flexor")
        expect(error).to_be_visible()
        expect(error).to_contain_text(message)
        expect(box).to_have_attribute("aria-invalid", "true")
        error_id = error.get_attribute("id")
        assert error_id in (box.get_attribute("aria-describedby") or "").split()
        expect(widget.locator(".abc-invalid")).to_be_visible()
    # a blank field is allowed: the message goes and nothing is counted
    box.fill("")
    expect(message_beside(widget, "flexor")).to_be_hidden()
    expect(box).to_have_attribute("aria-invalid", "false")
    expect(widget.get_by_role("status").filter(has_text="hold time")).to_contain_text(
        "No hold times yet"
    )
    box.fill("95")
    expect(message_beside(widget, "flexor")).to_be_hidden()


def test_times_survive_a_reload_and_a_damaged_record_is_dropped(page, site_url) -> None:
    open_chapter(page, site_url, ENDURANCE_CHAPTER)
    widget = endurance(page)
    field(widget, "flexor").fill("1:35")
    field(widget, "sideRight").fill("45")
    widget.get_by_label("Female", exact=True).check()
    reload(page)
    widget = endurance(page)
    expect(field(widget, "flexor")).to_have_value("95")
    expect(field(widget, "sideRight")).to_have_value("45")
    expect(widget.get_by_label("Female", exact=True)).to_be_checked()
    expect(widget.get_by_role("status").filter(has_text="hold time")).to_contain_text(
        "2 of 2 hold times"
    )

    page.evaluate("k => localStorage.setItem(k, '{not json')", KEY)
    reload(page)
    widget = endurance(page)
    expect(widget.locator(".abc-notice")).to_be_visible()
    expect(field(widget, "flexor")).to_have_value("")


def test_chapter_3_uses_the_times_from_chapter_1(page, site_url, context) -> None:
    open_chapter(page, site_url, ENDURANCE_CHAPTER)
    widget = endurance(page)
    for test_id, text in [("flexor", "100"), ("extensor", "100"), ("sideLeft", "40")]:
        field(widget, test_id).fill(text)
    field(widget, "sideRight").fill("40")
    widget.get_by_label("Female", exact=True).check()

    other = context.new_page()
    open_chapter(other, site_url, RATIOS_CHAPTER)
    tool = ratios(other)
    expect(tool).to_have_count(1)
    expect(field(tool, "extensor")).to_have_value("100")
    expect(tool.get_by_label("Female", exact=True)).to_be_checked()
    rows = tool.locator("table tr[data-ratio]")
    expect(tool.locator("table tr[data-ratio='side-extensor']")).to_contain_text("0.40")
    expect(tool.locator("table tr[data-ratio='side-extensor']")).to_contain_text("women: 0.39")
    expect(tool.locator("table tr[data-ratio='left-right']")).to_contain_text("1.00")
    expect(rows.first).to_be_visible()
    expect(tool.locator("svg[role='img'] title")).to_contain_text("yours 0.40")
    expect(tool.get_by_role("status").filter(has_text="ratio")).to_contain_text("of 4 ratios")
    # the wording compares with groups; it never diagnoses
    expect(tool).not_to_contain_text("diagnosis:")

    # an edit in chapter 1 reaches chapter 3 in the other tab, and back
    field(widget, "sideRight").fill("20")
    expect(field(tool, "sideRight")).to_have_value("20")
    expect(tool.locator("table tr[data-ratio='left-right']")).to_contain_text("2.00")
    field(tool, "extensor").fill("200")
    expect(field(widget, "extensor")).to_have_value("200")
    assert saved(other)["times"]["extensor"] == 200
    other.close()


def test_a_mistyped_time_does_not_erase_the_saved_one(page, site_url) -> None:
    open_chapter(page, site_url, ENDURANCE_CHAPTER)
    widget = endurance(page)
    field(widget, "flexor").fill("90")
    field(widget, "flexor").fill("abc")
    expect(message_beside(widget, "flexor")).to_contain_text("is not a time")
    saved = json.loads(page.evaluate("k => localStorage.getItem(k)", KEY))["data"]
    assert saved["times"]["flexor"] == 90
    reload(page)
    expect(field(endurance(page), "flexor")).to_have_value("90")
    # clearing a field on purpose does remove its time
    field(endurance(page), "flexor").fill("")
    saved = json.loads(page.evaluate("k => localStorage.getItem(k)", KEY))["data"]
    assert saved["times"]["flexor"] is None
