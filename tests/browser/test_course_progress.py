"""Progress across the course in the sidebar of every page (a phone's drawer): chapters opened,
self-tests done, and a link to the next step, from the saved records. Opening a chapter saves it;
a self-test record counts; a damaged record is ignored and nothing says so; the link is reached by
keyboard; the plan's export carries the record and its import takes it back; the box is axe-clean
in both colour modes at 1280 and 390 px."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from abcourse.data.course import course

from .axe import describe, run_axe
from .conftest import WEAK_CORE_RECORDS, save_records

COURSE = course()
CHAPTERS = COURSE.chapters
VISITS_KEY = "abcourse:v1:course:visited"
BOX = ".abc-course-progress"


def open_page(page: Page, site_url: str, name: str) -> None:
    """Open a page of the book and wait until the sidebar's progress is filled in."""
    page.goto(f"{site_url}/book/{name}.html")
    page.wait_for_function(
        f"() => document.querySelector('{BOX}')?.hidden === false", timeout=15_000
    )


def counts(page: Page) -> str:
    # its text: on screen each count has its own line, and the " · " between them is read aloud
    return page.locator(f"{BOX} .abc-course-progress-counts").text_content()


def next_step(page: Page):
    return page.locator(BOX).get_by_role("link", name="Next step:")


def test_two_chapters_visited_and_the_next_step(page, site_url) -> None:
    open_page(page, site_url, CHAPTERS[0].notebook)
    expect(page.locator(BOX)).to_contain_text("1 of 5 chapters visited · 0 of 5 self-tests done")
    open_page(page, site_url, CHAPTERS[1].notebook)
    assert counts(page) == "2 of 5 chapters visited · 0 of 5 self-tests done"
    link = next_step(page)
    expect(link).to_have_text(f"Next step: {CHAPTERS[2].title}")
    link.click()
    expect(page).to_have_url(f"{site_url}/book/{CHAPTERS[2].notebook}.html")
    # the page the link led to is visited now, and the next step moves on
    page.wait_for_function(f"() => document.querySelector('{BOX}')?.hidden === false")
    expect(page.locator(BOX)).to_contain_text("3 of 5 chapters visited")
    expect(next_step(page)).to_have_text(f"Next step: {CHAPTERS[3].title}")


def test_a_page_that_is_no_chapter_counts_no_visit(page, site_url) -> None:
    open_page(page, site_url, "glossary")
    expect(page.locator(BOX)).to_contain_text("0 of 5 chapters visited")
    expect(next_step(page)).to_have_text(f"Next step: {CHAPTERS[0].title}")
    # from the site's root (the search page) the link still leads to the chapter
    page.goto(f"{site_url}/search.html")
    page.wait_for_function(f"() => document.querySelector('{BOX}')?.hidden === false")
    next_step(page).click()
    expect(page).to_have_url(f"{site_url}/book/{CHAPTERS[0].notebook}.html")


def test_every_chapter_visited_leads_to_the_plan(page, site_url) -> None:
    open_page(page, site_url, "glossary")
    save_records(page, {VISITS_KEY: {"chapters": [chapter.notebook for chapter in CHAPTERS]}})
    open_page(page, site_url, "glossary")
    expect(page.locator(BOX)).to_contain_text("5 of 5 chapters visited")
    expect(next_step(page)).to_have_text(f"Next step: {COURSE.plan.title}")
    next_step(page).click()
    expect(page).to_have_url(f"{site_url}/book/{COURSE.plan.notebook}.html")


def test_a_self_test_record_counts(page, site_url) -> None:
    open_page(page, site_url, "glossary")
    # the hold times (chapters 1 and 3 read them) and the progression weeks (chapter 5)
    save_records(page, WEAK_CORE_RECORDS)
    open_page(page, site_url, "glossary")
    expect(page.locator(BOX)).to_contain_text("0 of 5 chapters visited · 3 of 5 self-tests done")


def test_a_self_test_finished_on_the_page_counts_at_once(page, site_url) -> None:
    """The line follows the records as they are saved, with no reload."""
    open_page(page, site_url, "glossary")
    expect(page.locator(BOX)).to_contain_text("0 of 5 self-tests done")
    save_records(
        page, {"abcourse:v1:tool:progression": WEAK_CORE_RECORDS["abcourse:v1:tool:progression"]}
    )
    # the course's own event, as a widget's save sends it
    page.evaluate("dispatchEvent(new CustomEvent('abcourse:progress', {detail: {key: null}}))")
    expect(page.locator(BOX)).to_contain_text("1 of 5 self-tests done")


@pytest.mark.parametrize(
    "damaged",
    ["{not json", json.dumps({"version": 1, "data": {"chapters": "all"}}), json.dumps([1])],
    ids=["not-json", "wrong-shape", "no-envelope"],
)
def test_a_damaged_record_is_ignored_and_nothing_says_so(page, site_url, damaged) -> None:
    open_page(page, site_url, "glossary")
    page.evaluate(
        """([visits, damaged]) => {
            localStorage.setItem(visits, damaged);
            localStorage.setItem("abcourse:v1:tool:endurance", damaged);
        }""",
        [VISITS_KEY, damaged],
    )
    open_page(page, site_url, CHAPTERS[0].notebook)
    box = page.locator(BOX)
    assert counts(page) == "1 of 5 chapters visited · 0 of 5 self-tests done"
    assert "damaged" not in box.inner_text().lower() and "could not" not in box.inner_text()
    # the damaged visits record was replaced by a good one; the self-test's is left to its widget
    saved = json.loads(page.evaluate(f"localStorage.getItem('{VISITS_KEY}')"))
    assert saved["data"] == {"chapters": [CHAPTERS[0].notebook]}


def test_keyboard_reaches_the_next_step(page, site_url) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    open_page(page, site_url, CHAPTERS[0].notebook)
    link = next_step(page)
    for _ in range(40):
        page.keyboard.press("Tab")
        if link.evaluate("(element) => element === document.activeElement"):
            break
    expect(link).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(f"{site_url}/book/{CHAPTERS[1].notebook}.html")


def test_on_a_phone_the_drawer_shows_the_progress(page, site_url) -> None:
    page.set_viewport_size({"width": 390, "height": 844})
    open_page(page, site_url, CHAPTERS[0].notebook)
    expect(page.locator(BOX)).not_to_be_visible()
    page.get_by_role("button", name="Toggle primary sidebar").first.click()
    expect(page.locator(BOX)).to_be_visible()
    expect(next_step(page)).to_have_text(f"Next step: {CHAPTERS[1].title}")
    next_step(page).click()
    expect(page).to_have_url(f"{site_url}/book/{CHAPTERS[1].notebook}.html")


def test_the_plans_export_and_import_carry_the_visits(page, site_url, tmp_path: Path) -> None:
    open_page(page, site_url, CHAPTERS[0].notebook)
    open_page(page, site_url, CHAPTERS[1].notebook)
    page.goto(f"{site_url}/book/{COURSE.plan.notebook}.html")
    page.wait_for_selector(".abc-plan")
    with page.expect_download() as info:
        page.get_by_role("link", name="Download your progress").click()
    saved = tmp_path / "progress.json"
    info.value.save_as(saved)
    records = json.loads(saved.read_text(encoding="utf-8"))["records"]
    assert records[VISITS_KEY] == {"chapters": [CHAPTERS[0].notebook, CHAPTERS[1].notebook]}
    page.evaluate("localStorage.clear()")
    page.reload()
    page.wait_for_selector(".abc-plan")
    page.get_by_label("Load a progress file").set_input_files(str(saved))
    expect(page.locator(".abc-plan-file-message")).to_contain_text("Loaded 1 saved item")
    expect(page.locator(BOX)).to_contain_text("2 of 5 chapters visited")


MODES = [(scheme, width) for scheme in ("light", "dark") for width in (1280, 390)]


@pytest.mark.parametrize("styled_page", MODES, ids=[f"{s}-{w}" for s, w in MODES], indirect=True)
def test_the_progress_box_is_axe_clean(styled_page, site_url) -> None:
    page = styled_page
    open_page(page, site_url, CHAPTERS[0].notebook)
    save_records(page, WEAK_CORE_RECORDS)
    open_page(page, site_url, CHAPTERS[1].notebook)
    if page.viewport_size["width"] < 960:
        page.get_by_role("button", name="Toggle primary sidebar").first.click()
    expect(page.locator(BOX)).to_be_visible()
    violations = run_axe(page)
    assert not violations, describe(violations)
