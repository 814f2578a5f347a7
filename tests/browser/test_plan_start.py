"""Where each exercise of the plan starts, on the built page: hold times below the published band
put a side bridge on its easier start and say why; the solo check, done on the page, picks the
start when there are no hold times, and pain in it puts every exercise on its easier start."""

from __future__ import annotations

from playwright.sync_api import Page, expect

from abcourse.data.course import course

from .conftest import open_chapter, save_records
from .test_plan import NO_RED_FLAGS

CHAPTER = course().plan.notebook
WEAK_SIDES = {
    "abcourse:v1:tool:endurance": {
        "times": {"flexor": 150, "extensor": 100, "sideLeft": 12, "sideRight": 15},
        "sex": "unspecified",
    },
    "abcourse:v1:tool:redflags": NO_RED_FLAGS,
}


def open_plan(page: Page, site_url: str, records: dict[str, object]) -> None:
    open_chapter(page, site_url, CHAPTER)
    save_records(page, records)
    page.reload()
    page.wait_for_selector(".abc-plan-session")


def session_item(page: Page, pattern: str):
    """The session card's item of the exercise whose id holds `pattern`."""
    return page.locator(f".abc-plan-session-list > li[data-exercise*='{pattern}']").first


def test_weak_side_bridges_start_easier_and_say_why(page, site_url) -> None:
    open_plan(page, site_url, WEAK_SIDES)
    bridge = session_item(page, "side-bridge")
    expect(bridge).to_have_attribute("data-level", "easier")
    expect(bridge).to_contain_text("Easier start")
    expect(bridge).to_contain_text("standing, forearm on a wall")
    expect(bridge.locator(".abc-plan-why")).to_contain_text(
        "Your left side bridge time (12 s) was below the published band"
    )
    # a plank time within the band keeps the plank at week 1
    plank = session_item(page, "plank")
    expect(plank).to_have_attribute("data-level", "standard")
    expect(plank.locator(".abc-plan-why")).to_contain_text("within the published band")
    expect(page.locator(".abc-plan-levels-note")).to_contain_text("coaches' advice")


def test_the_solo_check_picks_the_start(page, site_url) -> None:
    open_plan(page, site_url, {"abcourse:v1:tool:redflags": NO_RED_FLAGS})
    plank = session_item(page, "plank")
    expect(plank).to_have_attribute("data-level", "standard")
    expect(plank.locator(".abc-plan-why")).to_contain_text("No hold times or solo check yet")
    check = page.locator(".abc-plan-check")
    check.get_by_text("A short solo check").click()
    check.locator("[data-check='plank']").get_by_label("Yes, easily").check()
    expect(plank).to_have_attribute("data-level", "harder")
    expect(plank.locator(".abc-plan-why")).to_contain_text("kneeling plank in the solo check")
    # the answer stays checked, and in focus, as the plan refreshes
    expect(check.locator("[data-check='plank']").get_by_label("Yes, easily")).to_be_checked()
    expect(check.locator("[data-check='plank']").get_by_label("Yes, easily")).to_be_focused()
    check.locator("[data-check='side-bridge']").get_by_label("It hurt").check()
    levels = page.locator(".abc-plan-session-list > li:not(.abc-plan-walk)").evaluate_all(
        "(items) => items.map((item) => item.dataset.level)"
    )
    assert levels and set(levels) == {"easier"}, levels
    expect(check.locator(".abc-plan-check-pain")).to_contain_text("red-flag list")
    page.reload()
    expect(session_item(page, "plank")).to_have_attribute("data-level", "easier")
