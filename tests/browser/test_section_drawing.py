"""A page draws its sections as they come near the screen (content-visibility: auto, in
abcourse-site.css), not all before its first paint. A section far below the first screen is not
drawn when the chapter opens and is when the learner gets there; a link to it lands on its
heading; sections keep the spacing of their headings' margin; a focus ring at a section's edge
is drawn whole; and print draws every section."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from .conftest import open_chapter, wait_for_widgets

PHONE = {"width": 390, "height": 800}
CHAPTER = "01-weak-core"
#: the chapter's last section: ten screens below the first on a phone
LAST_SECTION = "key-points"
#: a section whose first control, a fold's summary, spans the section from edge to edge
FOLD_SECTION = "the-evidence"
#: pages whose sections end in each kind of block: text, a fold, a widget
SPACED_PAGES = ["01-weak-core", "04-back-conditions", "06-your-plan", "safety"]
#: the theme's top margin of a section heading (2.75rem)
HEADING_MARGIN_PX = 44

IS_DRAWN = """(id) => document.querySelector(`#${id} > :not(h2):not(span)`)
    .checkVisibility({contentVisibilityAuto: true})"""
NEXT_FRAME = "() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"


def section_is_drawn(page: Page, section_id: str) -> bool:
    """Whether the section's content is drawn: not skipped as too far from the screen."""
    return page.evaluate(IS_DRAWN, section_id)


def test_a_section_far_below_is_drawn_only_when_the_learner_gets_there(page, site_url) -> None:
    page.set_viewport_size(PHONE)
    open_chapter(page, site_url, CHAPTER)
    wait_for_widgets(page)
    assert section_is_drawn(page, "in-30-seconds")
    assert not section_is_drawn(page, LAST_SECTION), "the last section was drawn on opening"
    page.locator(f"#{LAST_SECTION}").scroll_into_view_if_needed()
    # the browser finds the section near the screen in one frame and draws it in the next
    page.wait_for_function(IS_DRAWN, arg=LAST_SECTION, timeout=5_000)


def test_a_link_to_a_section_far_down_lands_on_its_heading(page, site_url) -> None:
    page.set_viewport_size(PHONE)
    page.goto(f"{site_url}/book/{CHAPTER}.html#check-yourself")
    wait_for_widgets(page)
    heading = page.locator("#check-yourself > h2")
    tops = []
    for _ in range(5):
        page.evaluate(NEXT_FRAME)
        tops.append(round(heading.evaluate("(h) => h.getBoundingClientRect().top")))
    header = page.evaluate("document.querySelector('.bd-header-article').offsetHeight")
    # just below the stuck header bar, and held there while the sections above are drawn
    assert 0 <= tops[0] <= header + 24, tops
    assert len(set(tops)) == 1, f"the heading moved as the page drew: {tops}"


@pytest.mark.parametrize("chapter", SPACED_PAGES)
def test_sections_keep_their_headings_spacing(page, site_url, chapter) -> None:
    """Containment would add a section's last bottom margin to the next heading's margin."""
    page.set_viewport_size(PHONE)
    page.goto(f"{site_url}/book/{chapter}.html")
    wait_for_widgets(page)
    ids = page.evaluate(
        "[...document.querySelectorAll('.bd-article > section > section')].map((s) => s.id)"
    )
    assert len(ids) >= 2, ids
    gaps = {}
    for section_id in ids:
        page.locator(f"#{section_id}").scroll_into_view_if_needed()
        page.evaluate(NEXT_FRAME)
        gaps[section_id] = page.evaluate(
            """(id) => {
                const section = document.getElementById(id);
                const before = section.previousElementSibling;
                // the lowest box drawn in the block before the section, whatever its depth (a
                // section's own box ends below its last block's margin)
                const inside = [...before.querySelectorAll("*")];
                const bottoms = (before.tagName === "SECTION" ? inside : [before, ...inside])
                    .filter((at) => at.checkVisibility({contentVisibilityAuto: true}))
                    .map((at) => at.getBoundingClientRect())
                    .filter((box) => box.height > 0)
                    .map((box) => box.bottom);
                return Math.round(section.querySelector("h2").getBoundingClientRect().top
                    - Math.max(...bottoms));
            }""",
            section_id,
        )
    wrong = {at: gap for at, gap in gaps.items() if abs(gap - HEADING_MARGIN_PX) > 1}
    assert not wrong, f"space above these headings is not {HEADING_MARGIN_PX} px: {wrong}"


def test_a_focus_ring_at_a_sections_edge_is_drawn_whole(page, site_url) -> None:
    page.set_viewport_size(PHONE)
    open_chapter(page, site_url, CHAPTER)
    wait_for_widgets(page)
    summary = page.locator(f"#{FOLD_SECTION} details > summary").first
    summary.scroll_into_view_if_needed()
    page.keyboard.press("Tab")  # the keyboard in use: focus rings show
    summary.focus()
    ring = summary.evaluate(
        """(summary) => {
            const style = getComputedStyle(summary);
            const section = summary.closest("section");
            const clip = parseFloat(getComputedStyle(section).overflowClipMargin) || 0;
            const reach = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset);
            const own = summary.getBoundingClientRect();
            const box = section.getBoundingClientRect();
            return {
                visible: summary.matches(":focus-visible") && style.outlineStyle !== "none",
                reach, clip, left: own.left - box.left, right: box.right - own.right,
            };
        }"""
    )
    assert ring["visible"], ring
    # the ring reaches past the section's box, which clips its paint only beyond the margin
    assert min(ring["left"], ring["right"]) < ring["reach"], ring
    assert min(ring["left"], ring["right"]) + ring["clip"] >= ring["reach"], ring


def test_print_draws_every_section(page, site_url) -> None:
    page.set_viewport_size(PHONE)
    open_chapter(page, site_url, CHAPTER)
    wait_for_widgets(page)
    assert not section_is_drawn(page, LAST_SECTION)
    page.emulate_media(media="print")
    page.wait_for_function(IS_DRAWN, arg=LAST_SECTION, timeout=5_000)
