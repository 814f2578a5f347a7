"""How long a built page is for a learner on a phone: its height at 390 px and the words they can
see, with folded sections as the page opens them (closed) and the widgets rendered with no saved
progress.

The test (``test_reading_length.py``) holds the chapters to their limits and
``scripts/reading_length.py`` prints the same figures for any build.
"""

from __future__ import annotations

from dataclasses import dataclass

from playwright.sync_api import Browser, Page

from .conftest import wait_for_widgets

#: a phone's width, and the words a minute an adult reads (the theme's own estimate uses 200)
PHONE_WIDTH = 390
WORDS_PER_MINUTE = 200

# Words of the page's article a learner can see: innerText leaves out what is not rendered (a
# closed <details>' body, hidden elements), so a folded section counts only its summary line.
VISIBLE_WORDS = """() => {
  const article = document.querySelector("main article") || document.querySelector("main");
  return article.innerText.split(/\\s+/).filter((word) => /[\\p{L}\\p{N}]/u.test(word)).length;
}"""


# The same count for one element: a widget as the learner sees it, its folded sections as they open.
ELEMENT_WORDS = """(element) =>
  element.innerText.split(/\\s+/).filter((word) => /[\\p{L}\\p{N}]/u.test(word)).length"""


def open_page(page: Page, site_url: str, name: str) -> None:
    """Open a page and wait until every widget on it has rendered."""
    page.goto(f"{site_url}/book/{name}.html")
    wait_for_widgets(page)


@dataclass(frozen=True)
class PageLength:
    name: str
    height: int
    words: int

    @property
    def minutes(self) -> float:
        return self.words / WORDS_PER_MINUTE


def measure(browser: Browser, site_url: str, name: str) -> PageLength:
    """One page at 390 px in a fresh profile, once its widgets have rendered."""
    context = browser.new_context(viewport={"width": PHONE_WIDTH, "height": 844})
    try:
        page = context.new_page()
        open_page(page, site_url, name)
        height = page.evaluate("() => document.documentElement.scrollHeight")
        return PageLength(name, height, page.evaluate(VISIBLE_WORDS))
    finally:
        context.close()


def measure_element(page: Page, selector: str) -> PageLength:
    """One element of an open page (a widget): its height in px and the words a learner sees."""
    element = page.locator(selector)
    box = element.bounding_box()
    assert box is not None, f"{selector} is not on the page"
    return PageLength(selector, round(box["height"]), element.evaluate(ELEMENT_WORDS))
