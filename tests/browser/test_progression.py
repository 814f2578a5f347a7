"""The progression and recovery check on the built chapter 5 page: weeks in, flags and a plan out,
bad input answered beside the field, weeks kept across a reload, a damaged record dropped."""

from __future__ import annotations

import json

from playwright.sync_api import Locator, Page, expect

from .conftest import open_chapter

CHAPTER = "05-overtraining-progression"
KEY = "abcourse:v1:tool:progression"


def widget_of(page: Page) -> Locator:
    return page.locator(".abc-progression")


def week(widget: Locator, number: int) -> Locator:
    return widget.locator(f"fieldset[data-week='{number}']")


def fill_week(widget: Locator, number: int, sessions: str, volume: str, pain: str) -> None:
    row = week(widget, number)
    row.get_by_label("Sessions").fill(sessions)
    row.get_by_label("Sets").fill(volume)
    row.get_by_label("Next-day pain").fill(pain)


def saved(page: Page) -> dict | None:
    raw = page.evaluate(f"localStorage.getItem('{KEY}')")
    return json.loads(raw)["data"] if raw else None


def test_weeks_give_flags_a_plan_and_a_chart(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    widget = widget_of(page)
    expect(widget.get_by_role("heading", name="Progression and recovery check")).to_be_visible()
    fill_week(widget, 1, "3", "10", "1")
    fill_week(widget, 2, "3", "12", "2")
    fill_week(widget, 3, "6", "16", "4")
    status = widget.locator("[role='status'].abc-summary")
    expect(status).to_contain_text("3 weeks entered")
    expect(status).to_contain_text("Watch")
    flags = widget.locator(".abc-progression-flags")
    expect(flags.locator("[data-flag='rise-two-weeks']")).to_contain_text("60% over two weeks")
    expect(flags.locator("[data-flag='rise-rule-of-thumb']")).to_contain_text("rule of thumb")
    expect(flags.locator("[data-flag='rest-too-few']")).to_contain_text("too few rest days")
    expect(flags.locator("[data-flag='pain-caution']")).to_contain_text("go carefully")
    # the plan holds after caution-zone pain, at 3 sessions a week
    plan = widget.locator(".abc-progression-plan li")
    expect(plan).to_have_count(4)
    expect(plan.first).to_contain_text("Week 4: 3 sessions, 16 sets")
    expect(plan.first).to_contain_text("hold")
    chart = widget.locator("svg.abc-progression-chart")
    expect(chart).to_have_attribute("role", "img")
    assert "planned week 7" in chart.locator("title").text_content()
    expect(chart.locator(".abc-bar-past")).to_have_count(3)
    expect(chart.locator(".abc-bar-plan")).to_have_count(4)
    expect(widget.locator("table.abc-table tbody tr")).to_have_count(7)
    # the rules and their uncertainty are on the page
    widget.locator(".abc-progression-rules summary").click()
    expect(widget.locator("[data-rule='pain']")).to_contain_text("could not find")
    expect(widget.locator("[data-rule='increase']")).to_contain_text("come from running")
    assert saved(page) == {
        "weeks": [
            {"sessions": 3, "volume": 10, "pain": 1},
            {"sessions": 3, "volume": 12, "pain": 2},
            {"sessions": 6, "volume": 16, "pain": 4},
        ],
        "unit": "sets",
    }


def test_bad_input_is_explained_beside_the_field(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    widget = widget_of(page)
    first = week(widget, 1)
    cases = [
        ("Sessions", "", None),
        ("Sessions", "-1", "cannot be negative"),
        ("Sessions", "lots", "is not a number"),
        ("Sessions", "20", "at most 14"),
        ("Sets", "5000", "at most 200"),
        ("Next-day pain", "12", "from 0 to 10"),
    ]
    for label, text, message in cases:
        field = first.get_by_label(label)
        field.fill(text)
        if message:
            expect(field).to_have_attribute("aria-invalid", "true")
            described = field.get_attribute("aria-describedby")
            expect(page.locator(f"#{described}")).to_contain_text(message)
        else:
            expect(field).to_have_attribute("aria-invalid", "false")
        field.fill("")
    # a missing week in the middle
    fill_week(widget, 1, "3", "10", "1")
    fill_week(widget, 3, "3", "10", "1")
    expect(week(widget, 2).locator(".abc-row-error")).to_contain_text("Week 2 is empty")
    expect(widget.locator(".abc-invalid")).to_be_visible()


def test_add_and_remove_weeks_and_switch_unit(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    widget = widget_of(page)
    expect(widget.locator("fieldset[data-week]")).to_have_count(3)
    add = widget.get_by_role("button", name="Add a week")
    for _ in range(5):
        add.click()
    expect(widget.locator("fieldset[data-week]")).to_have_count(8)
    expect(add).to_be_hidden()
    widget.get_by_role("button", name="Remove week 8").click()
    expect(widget.locator("fieldset[data-week]")).to_have_count(7)
    for number in range(7, 2, -1):
        widget.get_by_role("button", name=f"Remove week {number}").click()
    expect(widget.locator("fieldset[data-week]")).to_have_count(2)
    expect(widget.get_by_role("button", name="Remove week 1")).to_have_count(0)
    widget.get_by_label("minutes").check()
    week(widget, 1).get_by_label("Minutes").fill("30")
    expect(week(widget, 1).get_by_label("Minutes")).to_have_value("30")


def test_weeks_survive_a_reload_and_a_damaged_record_is_dropped(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    widget = widget_of(page)
    fill_week(widget, 1, "3", "10", "1")
    fill_week(widget, 2, "3", "11", "2")
    page.reload()
    page.wait_for_selector(".abc-progression")
    expect(week(widget, 2).get_by_label("Sets")).to_have_value("11")
    expect(widget.locator(".abc-progression-plan li").first).to_contain_text("12 sets")
    page.evaluate(f"localStorage.setItem('{KEY}', '{{not json')")
    page.reload()
    page.wait_for_selector(".abc-progression")
    expect(widget.locator(".abc-notice")).to_contain_text("could not be used")
    expect(week(widget, 1).get_by_label("Sets")).to_have_value("")
    assert page.evaluate(f"localStorage.getItem('{KEY}')") is None


def test_a_gap_or_a_mistyped_number_gets_no_all_clear(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    widget = widget_of(page)
    status = widget.locator("[role='status'].abc-summary")
    fill_week(widget, 1, "3", "10", "1")
    fill_week(widget, 3, "3", "40", "1")
    expect(week(widget, 2).locator(".abc-row-error")).to_contain_text("Week 2 is empty")
    expect(status).to_contain_text("Week 2 is missing a number")
    expect(status).not_to_contain_text("✓")
    expect(widget.locator(".abc-progression-plan")).to_have_count(0)
    # fill the gap, then mistype the latest week: the saved number stays until it is fixed
    fill_week(widget, 2, "3", "11", "1")
    fill_week(widget, 3, "3", "12", "1")
    expect(status).to_contain_text("No warning signs")
    week(widget, 3).get_by_label("Sets").fill("4000")
    expect(week(widget, 3).locator(".abc-field-error").nth(1)).to_be_visible()
    expect(status).not_to_contain_text("✓")
    expect(status).not_to_contain_text("No warning signs")
    assert saved(page)["weeks"][2]["volume"] == 12
    page.reload()
    expect(week(widget_of(page), 3).get_by_label("Sets")).to_have_value("12")
