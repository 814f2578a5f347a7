"""Every page of the built book loads cleanly: no console error, no failed request, nothing
requested from any host but the site itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import expect

from abcourse.data.course import course

PAGES = [
    "index.html",
    "book/intro.html",
    "book/safety.html",
    *(f"book/{notebook}.html" for notebook in course().notebooks),
    "book/glossary.html",
    "book/bibliography.html",
    "book/teachers.html",
    "search.html",
    "genindex.html",
    # what a page never saved for offline use shows with no network (abcourse/site/offline.py)
    "offline.html",
]


def test_every_built_page_is_listed(built_site) -> None:
    """A new page must be added to PAGES, so no page escapes these checks."""
    built = {
        str(path.relative_to(built_site.html))
        for path in built_site.html.rglob("*.html")
        if not path.relative_to(built_site.html).parts[0].startswith(("_", "reports"))
    }
    assert built == set(PAGES)


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_cleanly(page, site_url, path) -> None:
    page.goto(f"{site_url}/{path}")
    page.wait_for_load_state("networkidle")
    widget_outputs = page.locator("script[type='application/vnd.jupyter.widget-view+json']")
    if widget_outputs.count():
        # every embedded widget view renders into a course widget
        page.wait_for_function(
            "n => document.querySelectorAll('.abc-widget').length >= n",
            arg=widget_outputs.count(),
            timeout=15_000,
        )
    page.wait_for_load_state("networkidle")
    assert page.title()
    # the page names its icon, so the browser never asks for a /favicon.ico the site lacks
    icon = page.locator("link[rel~='icon']").first
    icon_url = icon.evaluate("(link) => link.href")
    assert page.request.get(icon_url).status == 200, icon_url


def test_vendored_front_end_is_served_by_the_site(built_site) -> None:
    """The html-manager's files stay in the site for a page that needs them; no course page does."""
    static = built_site.html / "_static"
    for relative in ("require/require.js", "html-manager/embed-amd.js", "anywidget/index.js"):
        assert (static / relative).is_file(), relative
    html = (built_site.html / "book" / "01-weak-core.html").read_text(encoding="utf-8")
    assert 'type="module" src="../_static/widget-host/host.js' in html
    assert "embed-amd.js" not in html
    for host in ("unpkg.com", "cdn.jsdelivr.net", "cdnjs.cloudflare.com"):
        assert host not in html, f"{host} named in the chapter page"


def test_no_page_names_a_cdn(built_site) -> None:
    offenders = []
    for path in Path(built_site.html).rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        if any(host in text for host in ("unpkg.com", "cdn.jsdelivr.net", "cdnjs.cloudflare.com")):
            offenders.append(str(path.relative_to(built_site.html)))
    assert not offenders, offenders


#: what extensions add to every page, for code blocks, tab sets and the theme's inline search
UNUSED_ON_A_CHAPTER = (
    "copybutton.js",
    "clipboard.min.js",
    "copybutton.css",
    "pygments.css",
    "design-tabs.js",
    "searchindex.js",
    "searchtools.js",
    "language_data.js",
)


def test_a_chapter_loads_nothing_for_code_tabs_or_inline_search(page, site_url) -> None:
    """The course has no code block and no tab set, and its search is the search page's."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url.split("?")[0]))
    page.goto(f"{site_url}/book/01-weak-core.html")
    page.wait_for_load_state("networkidle")
    assert [url for url in requested if url.endswith("/book/01-weak-core.html")]
    assert not [url for url in requested if url.endswith(UNUSED_ON_A_CHAPTER)]
    # the search page loads its own and finds a chapter's words
    requested.clear()
    page.goto(f"{site_url}/search.html?q=plank")
    page.locator("#search-results li a").first.wait_for()
    assert [url for url in requested if url.endswith("/searchindex.js")]


def test_theme_icons_draw_from_the_web_font_alone(page, site_url) -> None:
    """The theme's Font Awesome script is left out of every page, and its 156 KB icon font is
    replaced by a cut-down copy; its icons must still show."""
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{site_url}/book/01-weak-core.html")
    page.wait_for_load_state("networkidle")
    assert not [url for url in requested if "fontawesome.js" in url]
    assert not [url for url in requested if "fa-solid-900.woff2" in url], "the full icon font"
    assert [url for url in requested if "fa-solid-900-subset.woff" in url]
    icon = page.locator("i.fa-print").first
    glyph = icon.evaluate("el => getComputedStyle(el, '::before').content")
    font = icon.evaluate("el => getComputedStyle(el, '::before').fontFamily")
    assert glyph not in ("", "none", "normal"), glyph
    assert "Font Awesome" in font, font
    loaded = page.evaluate(
        """[...document.fonts]
            .filter((face) => face.family.includes('Font Awesome 6 Free'))
            .filter((face) => face.weight === '900' && face.status === 'loaded')
            .map((face) => face.unicodeRange)"""
    )
    assert loaded and "U+F02F" in loaded[0], loaded


@pytest.mark.parametrize("width", [1280, 390])
def test_one_search_box_at_a_time(page, site_url, width) -> None:
    """The theme's site header would add a second search box in a bar of its own on wide screens."""
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(f"{site_url}/book/intro.html")
    page.wait_for_load_state("networkidle")
    search = page.locator("button.search-button__button:visible")
    expect(search).to_have_count(1)
    search.click()
    expect(page.locator("input[name='q']:visible")).to_have_count(1)
