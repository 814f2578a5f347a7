"""The site's search finds the chapter a learner means in the learner's own words: typed into the
search page of the built book, each word lists the right page (and place) among the first results.
The words come from ``book/data/search-terms.yml`` and the glossary; the places are written here,
so a word that drifts to the wrong page fails. A place is a label of the page (``#this-week``): the
result leads to the section that holds it. The search page shows each result's text with no
error (the page fixture fails a test on any)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

#: what a learner types -> a page (or page#anchor) that must be among the first results
EXPECTED = {
    "crunches": ["book/02-form-technique.html", "book/intro.html#this-week"],
    "sit-ups": ["book/02-form-technique.html", "book/intro.html#this-week"],
    "leg raises": ["book/02-form-technique.html", "book/intro.html#this-week"],
    "plank": ["book/01-weak-core.html"],
    "timer": [
        "book/01-weak-core.html#time-your-holds",
        "book/06-your-plan.html",
    ],
    "stopwatch": ["book/01-weak-core.html#time-your-holds"],
    "side plank": ["book/02-form-technique.html#side-bridge"],
    "bird dog": ["book/01-weak-core.html#bird-dog"],
    "dead bug": ["book/02-form-technique.html"],
    "glute bridge": ["book/03-muscle-imbalances.html"],
    "sciatica": ["book/04-back-conditions.html"],
    "slipped disc": ["book/04-back-conditions.html"],
    "DOMS": ["book/05-overtraining-progression.html"],
    "sore": ["book/05-overtraining-progression.html"],
}
#: how far down the list a learner looks
FIRST = 3


def results(page: Page, site_url: str, query: str) -> list[str]:
    """The links of the search page's results for `query`, in the order shown."""
    page.goto(f"{site_url}/search.html?q={query}")
    page.wait_for_function(
        "() => /Search finished|did not match/.test("
        "document.querySelector('#search-results')?.textContent ?? '')",
        timeout=15_000,
    )
    return page.eval_on_selector_all(
        "#search-results ul.search li a:first-of-type", "links => links.map((a) => a.href)"
    )


def matches(page: Page, found: str, expected: str, site_url: str) -> bool:
    """`found` is the expected page; with a label, its anchor is the section holding the label."""
    found_page, _, anchor = found.removeprefix(f"{site_url}/").partition("#")
    expected_page, _, label = expected.partition("#")
    if found_page != expected_page:
        return False
    if not label:
        return True
    return page.evaluate(
        """async ([url, anchor, label]) => {
            const text = await (await fetch(url)).text();
            const html = new DOMParser().parseFromString(text, "text/html");
            const section = html.getElementById(anchor);
            return Boolean(section?.contains(html.getElementById(label)));
        }""",
        [found, anchor, label],
    )


@pytest.mark.parametrize("query", EXPECTED, ids=list(EXPECTED))
def test_the_learners_word_finds_the_right_page(page, site_url, query) -> None:
    found = results(page, site_url, query)
    first = found[:FIRST]
    for expected in EXPECTED[query]:
        assert any(matches(page, link, expected, site_url) for link in first), (
            f"{query!r}: {expected} is not among the first {FIRST} results: {first}"
        )


def test_a_word_nowhere_in_the_course_finds_nothing(page, site_url) -> None:
    """The check above can fail: a word the course does not use lists no page."""
    assert results(page, site_url, "zyzzyva") == []
