"""The form score on the chapter-2 page: it follows the form checklists on the page as they are
ticked, names the cues to fix first with their fix and why, draws a chart with a text
alternative, and leaves out a damaged checklist record with a notice."""

from __future__ import annotations

from playwright.sync_api import Locator, Page, expect

from abcourse.data.content import load_content

from ..support import DATA
from .conftest import LIVE_WIDGET, open_chapter, open_checklist

CHAPTER = "02-form-technique"


def reload(page: Page) -> None:
    """Reload once the page has finished loading, so no request of the first load is cut off."""
    page.wait_for_load_state("networkidle")
    page.reload()
    page.wait_for_selector(LIVE_WIDGET, timeout=15_000)


def chapter_checklists() -> list[dict]:
    return load_content(DATA / f"{CHAPTER}.yml")["checklists"]


def checklist_widget(page: Page, checklist: dict) -> Locator:
    return open_checklist(
        page.locator(".abc-checklist").filter(
            has=page.get_by_role("heading", name=f"Form check: {checklist['exercise']}", exact=True)
        )
    )


def form_score(page: Page) -> Locator:
    return page.locator(".abc-form-score")


def fix_first_order(checklists: list[dict], checked: dict[str, list[str]]) -> list[dict]:
    """The missing cues of the started checklists by priority, then the chapter's order."""
    missing = [
        (cue.get("priority", 2), order, index, cue)
        for order, checklist in enumerate(checklists)
        if checklist["id"] in checked
        for index, cue in enumerate(checklist["cues"])
        if cue["id"] not in checked[checklist["id"]]
    ]
    return [item[3] for item in sorted(missing, key=lambda item: item[:3])][:3]


def test_score_follows_the_checklists_live(page, site_url) -> None:
    checklists = chapter_checklists()
    first = checklists[0]
    open_chapter(page, site_url, CHAPTER)
    widget = form_score(page)
    expect(widget).to_have_count(1)
    status = widget.get_by_role("status").filter(has_text="form score")
    expect(status).to_contain_text("No form score yet")

    # tick one cue of the first exercise: the score appears at once
    checklist_widget(page, first).get_by_label(first["cues"][0]["cue"], exact=True).check()
    total = len(first["cues"])
    share = round(100 / total)
    expect(status).to_contain_text(f"Form score: {share}%")
    expect(status).to_contain_text(f"1 of {total} cues in place across 1 exercise")

    expected = fix_first_order(checklists, {first["id"]: [first["cues"][0]["id"]]})
    items = widget.locator(".abc-form-fix ol > li")
    expect(items).to_have_count(len(expected))
    for item, cue in zip(items.all(), expected, strict=True):
        expect(item).to_contain_text(cue["cue"])
        expect(item).to_contain_text(f"Fix: {cue['fix']}")
        expect(item).to_contain_text(f"Why it matters: {cue['why']}")

    # the chart has a text alternative with the numbers, and a table gives them too
    chart = widget.locator("svg[role='img']")
    expect(chart).to_have_count(1)
    expect(chart.locator("title")).to_contain_text(
        f"{first['exercise']}: 1 of {total} cues in place"
    )
    expect(widget.locator("table")).to_contain_text(f"1 of {total}")
    for other in checklists[1:]:
        expect(widget.locator("table")).to_contain_text(other["exercise"])
        expect(widget).to_contain_text("Not ticked yet")


def test_all_cues_in_place_and_reload(page, site_url) -> None:
    checklists = chapter_checklists()
    open_chapter(page, site_url, CHAPTER)
    for checklist in checklists:
        for cue in checklist["cues"]:
            checklist_widget(page, checklist).get_by_label(cue["cue"], exact=True).check()
    widget = form_score(page)
    total = sum(len(checklist["cues"]) for checklist in checklists)
    expect(widget).to_contain_text("Form score: 100%")
    expect(widget).to_contain_text(f"{total} of {total} cues in place")
    expect(widget.locator(".abc-form-fix ol > li")).to_have_count(0)

    reload(page)
    expect(form_score(page)).to_contain_text("Form score: 100%")
    # a reset checklist drops out of the score again
    checklist_widget(page, checklists[0]).get_by_role("button", name="Reset this checklist").click()
    if len(checklists) > 1:
        expect(form_score(page)).to_contain_text(f"Not ticked yet: {checklists[0]['exercise']}")
    else:
        expect(form_score(page)).to_contain_text("No form score yet")


def test_a_damaged_checklist_record_is_left_out_with_a_notice(page, site_url) -> None:
    checklist = chapter_checklists()[0]
    key = f"abcourse:v1:checklist:{CHAPTER}/{checklist['id']}"
    open_chapter(page, site_url, CHAPTER)
    page.evaluate("k => localStorage.setItem(k, '{not json')", key)
    # a change made elsewhere (another tab) reaches the score through the storage event
    page.evaluate("k => window.dispatchEvent(new StorageEvent('storage', {key: k}))", key)
    widget = form_score(page)
    expect(widget.locator(".abc-notice")).to_contain_text(checklist["exercise"])
    expect(widget).to_contain_text("No form score yet")
    reload(page)
    # the checklist itself clears the damaged record with its own notice
    expect(checklist_widget(page, checklist).locator(".abc-notice")).to_contain_text(
        "it was damaged"
    )
    assert page.evaluate("k => localStorage.getItem(k)", key) is None
