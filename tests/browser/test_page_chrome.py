"""What the site puts around and over the text, on a phone (390 px) and on a wide screen: the
search field's icon beside its text, not over it; the floating "Back to top" button over no
content, so a quiz's "Check answer" stays tappable; table captions that wrap within what shows
instead of being cut off mid-word; a header that prints the page but offers no source download;
and the teachers' page, where each notebook downloads."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from abcourse.data.course import course

from .conftest import open_chapter
from .test_phone_layout import TOOL_PAGES, seed

PHONE = {"width": 390, "height": 844}
#: the self-test pages that show a results table: the plan shows a session card and lists instead
TABLE_PAGES = [(chapter, chart) for chapter, chart in TOOL_PAGES if "plan" not in chart]


def icon_and_text_start(page: Page, field: str) -> dict[str, float]:
    """The right edge of a search field's magnifying glass and where its text starts: the
    input's left edge plus its left padding."""
    return page.locator(field).first.evaluate(
        """(form) => {
            const icon = form.querySelector('.fa-magnifying-glass').getBoundingClientRect();
            const input = form.querySelector('input');
            const box = input.getBoundingClientRect();
            const padding = parseFloat(getComputedStyle(input).paddingLeft);
            return {iconRight: icon.right, textLeft: box.left + padding, iconWidth: icon.width};
        }"""
    )


@pytest.mark.parametrize("width", [390, 1280])
def test_the_search_icon_sits_beside_the_search_text(page, site_url, width) -> None:
    page.set_viewport_size({"width": width, "height": 844})
    open_chapter(page, site_url, "01-weak-core")
    page.locator(".search-button__button:visible").first.click()
    dialog_form = "#pst-search-dialog form.bd-search"
    expect(page.locator(dialog_form)).to_be_visible()
    found = icon_and_text_start(page, dialog_form)
    assert found["iconWidth"] > 0
    assert found["iconRight"] <= found["textLeft"], found
    # the search page's own field, with what was typed in it
    page.goto(f"{site_url}/search.html?q=plank")
    page_form = "article form.bd-search, .bd-search-container form"
    if page.locator(page_form).count():
        found = icon_and_text_start(page, page_form)
        assert found["iconRight"] <= found["textLeft"], found


def show_back_to_top(page: Page, top: float) -> None:
    """Scroll so the page's top is at ``top``, arriving from below, as the theme shows the
    button only on a scroll that moves up."""
    # the theme keeps the last position in window.oldScroll: wait for its handler to have run
    page.evaluate(
        "(y) => { window.oldScroll = -1; window.scrollTo({top: y + 200, behavior: 'instant'}); }",
        top,
    )
    page.wait_for_function("() => Math.abs(window.oldScroll - window.scrollY) < 1")
    page.evaluate("(y) => window.scrollTo({top: y, behavior: 'instant'})", top)
    expect(page.locator("#pst-back-to-top")).to_be_visible()


def test_back_to_top_covers_no_quiz_button_on_a_phone(page, site_url) -> None:
    page.set_viewport_size(PHONE)
    open_chapter(page, site_url, "01-weak-core")
    check = page.locator(".abc-quiz").first.get_by_role("button", name="Check answer").first
    button_top = check.evaluate("(b) => b.getBoundingClientRect().top + window.scrollY")
    header_bottom = page.evaluate(
        "document.querySelector('.bd-header-article').getBoundingClientRect().height"
    )
    # put "Check answer" at every height of the screen below the header, the theme's place for
    # "Back to top" (90% of the height) included
    for screen_y in range(int(header_bottom) + 10, PHONE["height"] - 30, 40):
        show_back_to_top(page, button_top - screen_y)
        # its centre, as a tap lands, and points across its width, where the button can overlap
        hit = check.evaluate(
            """(b) => {
                const box = b.getBoundingClientRect();
                for (const share of [0.5, 0.1, 0.3, 0.7, 0.9]) {
                    const at = document.elementFromPoint(box.left + box.width * share,
                                                         box.top + box.height / 2);
                    if (at !== b && !b.contains(at)) return at?.id || at?.className || '?';
                }
                return null;
            }"""
        )
        assert hit is None, f"at {screen_y} px down the screen, {hit!r} covers 'Check answer'"
    # the button sits in the header bar, which covers the page's top edge anyway
    inside = page.evaluate(
        """() => {
            const button = document.getElementById('pst-back-to-top').getBoundingClientRect();
            const header = document.querySelector('.bd-header-article').getBoundingClientRect();
            return button.top >= header.top && button.bottom <= header.bottom;
        }"""
    )
    assert inside


def caption_fits(page: Page) -> list[str]:
    """Each widget table caption that reaches past the edge of its scrolling box, also once the
    box is scrolled to its far end."""
    return page.evaluate(
        """() => {
            const cut = [];
            for (const caption of document.querySelectorAll('.abc-table-scroll caption')) {
                const box = caption.closest('.abc-table-scroll');
                for (const end of [0, box.scrollWidth]) {
                    box.scrollLeft = end;
                    const inner = box.getBoundingClientRect();
                    const own = caption.getBoundingClientRect();
                    if (own.width === 0) continue;
                    if (own.left < inner.left - 1 || own.right > inner.right + 1)
                        cut.push(`${caption.textContent} (scrolled to ${end})`);
                }
                box.scrollLeft = 0;
            }
            return cut;
        }"""
    )


@pytest.mark.parametrize(("chapter", "chart"), TABLE_PAGES)
def test_table_captions_wrap_within_what_shows(page, site_url, chapter, chart) -> None:
    seed(page, site_url, chapter)
    page.wait_for_selector(chart)
    assert page.locator(".abc-table-scroll caption").count() > 0
    cut = caption_fits(page)
    assert not cut, f"captions cut off at 390 px on {chapter}: {cut}"


@pytest.mark.parametrize("width", [390, 1280])
def test_a_chapter_header_prints_but_offers_no_source_download(page, site_url, width) -> None:
    """The notebook download speaks to developers: it is on the teachers' page, not in a
    learner's header, which keeps one button that prints the page."""
    page.set_viewport_size({"width": width, "height": 844})
    open_chapter(page, site_url, "01-weak-core")
    header = page.locator(".bd-header-article")
    expect(header.locator(".article-header-buttons")).to_be_visible()
    for absent in ("a[href*='_sources']", "a[href$='.ipynb']", ".dropdown-download-buttons"):
        expect(header.locator(absent)).to_have_count(0)
    assert ".ipynb" not in header.inner_text()
    page.evaluate("() => { window.printCalls = 0; window.print = () => window.printCalls++; }")
    print_button = header.get_by_role("button", name="Print this page")
    expect(print_button).to_be_visible()
    print_button.click()
    assert page.evaluate("window.printCalls") == 1


def test_the_teachers_page_downloads_every_notebook(page, site_url) -> None:
    """Each chapter's notebook, and the plan's, downloads from the teachers' page as a notebook;
    the page is reached from the sidebar."""
    page.goto(f"{site_url}/book/intro.html")
    page.locator(".bd-sidebar-primary").get_by_role(
        "link", name="For teachers and developers"
    ).click()
    expect(page).to_have_url(f"{site_url}/book/teachers.html")
    links = page.locator("main a[href$='.ipynb']")
    expect(links).to_have_count(len(course().notebooks))
    hrefs = links.evaluate_all("(links) => links.map((link) => link.href)")
    names = sorted(href.rsplit("/", 1)[1] for href in hrefs)
    assert names == sorted(f"{name}.ipynb" for name in course().notebooks), names
    for href in hrefs:
        response = page.request.get(href)
        assert response.status == 200, href
        notebook = response.json()
        assert notebook["nbformat"] == 4 and notebook["cells"], href
