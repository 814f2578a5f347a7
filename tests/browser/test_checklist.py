"""Form checklists on the built pages, as a learner meets them: the instruction said once, the
fixes folded until asked for (the summary names the one to start with), and a fully ticked
checklist that says so and nothing else."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from abcourse.data.content import load_content

from ..support import CHAPTERS, DATA
from .conftest import LIVE_WIDGET, open_chapter, open_checklist


def chapter_checklists(chapter: str) -> list[dict]:
    return load_content(DATA / f"{chapter}.yml")["checklists"]


def checklist_widget(page: Page, checklist: dict) -> Locator:
    return open_checklist(
        page.locator(".abc-checklist").filter(
            has=page.get_by_role("heading", name=f"Form check: {checklist['exercise']}", exact=True)
        )
    )


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_a_fully_ticked_checklist_says_so_and_nothing_else(page, site_url, chapter) -> None:
    open_chapter(page, site_url, chapter)
    for checklist in chapter_checklists(chapter):
        widget = checklist_widget(page, checklist)
        for cue in checklist["cues"]:
            widget.get_by_label(cue["cue"], exact=True).check()
        summary = widget.locator(".abc-summary")
        total = len(checklist["cues"])
        expect(summary).to_have_text(
            f"✓ All {total} cues in place. Keep them as the set gets harder."
        )
        assert "null" not in widget.inner_text()
        expect(widget.locator(".abc-fixes")).to_have_count(0)


def test_the_fixes_stay_folded_until_asked_for(page, site_url) -> None:
    chapter = CHAPTERS[0]
    checklist = chapter_checklists(chapter)[0]
    cues = checklist["cues"]
    first = min(cues, key=lambda cue: cue.get("priority", 2))
    open_chapter(page, site_url, chapter)
    widget = checklist_widget(page, checklist)
    summary = widget.locator(".abc-summary")
    expect(summary).to_contain_text(f"0 of {len(cues)} cues in place")
    expect(summary).to_contain_text(f"Start with: {first['cue']}")
    fold = widget.locator("details.abc-fixes")
    expect(fold.locator("summary")).to_have_text(f"Show what to fix ({len(cues)})")
    assert not fold.evaluate("(details) => details.open")
    # folded: no fix and no drawing of a fault shows before the learner asks
    for cue in cues:
        expect(widget.get_by_text(f"Fix: {cue['fix']}")).to_be_hidden()
    expect(widget.locator(".abc-fault-pair").first).to_be_hidden()

    fold.locator("summary").click()
    expect(widget.get_by_text(f"Fix: {cues[1]['fix']}")).to_be_visible()
    expect(widget.locator(".abc-fault-pair:visible")).not_to_have_count(0)
    # ticking a cue takes it off the list, and the list stays open
    widget.get_by_label(cues[1]["cue"], exact=True).check()
    expect(fold.locator("summary")).to_have_text(f"Show what to fix ({len(cues) - 1})")
    assert fold.evaluate("(details) => details.open")
    expect(widget.get_by_text(f"Fix: {cues[1]['fix']}")).to_have_count(0)
    # the keyboard closes it again
    fold.locator("summary").focus()
    page.keyboard.press("Enter")
    assert not fold.evaluate("(details) => details.open")


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_the_instruction_to_tick_is_said_once(page, site_url, chapter) -> None:
    open_chapter(page, site_url, chapter)
    for checklist in chapter_checklists(chapter):
        widget = checklist_widget(page, checklist)
        text = widget.inner_text()
        assert text.lower().count("tick ") == 1, f"{checklist['id']}: {text[:300]!r}"
        if checklist.get("intro"):
            expect(widget.locator("legend")).to_have_text(checklist["intro"])
        # nor does the page's text just above the widget say it again
        before = widget.evaluate(
            """(widget) => {
                let block = widget.closest('.cell') ?? widget;
                while (block && !block.previousElementSibling) block = block.parentElement;
                return block?.previousElementSibling?.innerText ?? '';
            }"""
        )
        last = before.strip().split("\n")[-1]
        assert not last.startswith("Tick "), f"{checklist['id']}: the page says {last!r} too"


def test_the_cues_fold_under_a_line_that_counts_them(page, site_url) -> None:
    """A checklist starts folded under "Check your form", which counts the cues; opened, its cues
    tick, and the line counts what is in place, also when the page is opened again."""
    chapter = CHAPTERS[0]
    checklist = chapter_checklists(chapter)[0]
    total = len(checklist["cues"])
    open_chapter(page, site_url, chapter)
    widget = page.locator(".abc-checklist").filter(
        has=page.get_by_role("heading", name=f"Form check: {checklist['exercise']}", exact=True)
    )
    fold = widget.locator("details.abc-checklist-body")
    line = fold.locator("> summary")
    expect(line).to_have_text(f"Check your form: {total} cues to tick")
    assert not fold.evaluate("(details) => details.open")
    first_cue = widget.get_by_label(checklist["cues"][0]["cue"], exact=True)
    expect(first_cue).to_be_hidden()
    line.click()
    first_cue.check()
    expect(line).to_have_text(f"Check your form: 1 of {total} cues in place")
    page.reload()
    page.wait_for_selector(LIVE_WIDGET)
    expect(line).to_have_text(f"Check your form: 1 of {total} cues in place")
    assert not fold.evaluate("(details) => details.open")
    expect(first_cue).to_be_checked()
