"""Results tables on a phone: in a narrow widget every results table (the hold times, the ratios,
the form score, the progression check, the plan's weeks) becomes cards, one per row, each cell
under its column's header, so nothing inside a widget scrolls sideways; the caption wraps, words
stay whole, and screen readers still meet a table (roles read from Chromium's own accessibility
tree). On a wide screen the tables stay tables."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from abcourse.data.course import course

from .conftest import LIVE_WIDGET, open_chapter, save_records
from .test_phone_layout import RECORDS

WIDGET_PAGES = [name for name in course().notebooks if name[0].isdigit()]
# the pages whose widgets hold a results table once RECORDS are saved (the plan shows a session
# card and lists, no table)
TABLE_PAGES = {
    "01-weak-core",
    "02-form-technique",
    "03-muscle-imbalances",
    "05-overtraining-progression",
}

# What sticks out of each widget: its own scroll width, any scroll region inside it that scrolls
# sideways, and any box wider than the widget or past its right edge. The table's header row is
# left out: it is clipped to one pixel in card mode, kept for screen readers.
OVERFLOW = """() => [...document.querySelectorAll('.abc-widget')].flatMap((widget) => {
    const found = [];
    const name = widget.className;
    if (widget.scrollWidth > widget.clientWidth)
        found.push(`${name}: scrolls ${widget.scrollWidth} > ${widget.clientWidth}`);
    const edge = widget.getBoundingClientRect().right + 0.5;
    for (const element of widget.querySelectorAll('*')) {
        if (element.closest('thead')) continue;
        const style = getComputedStyle(element);
        const scrolls = ['auto', 'scroll'].includes(style.overflowX);
        if (scrolls && element.scrollWidth > element.clientWidth)
            found.push(`${name} ${element.className}: scrolls sideways by `
                + `${element.scrollWidth - element.clientWidth} px`);
        const box = element.getBoundingClientRect();
        if (box.width > widget.clientWidth || box.right > edge)
            found.push(`${name} ${element.tagName} "${element.textContent.slice(0, 30)}": `
                + `${Math.round(box.width)} px wide, right edge ${Math.round(box.right)}`);
    }
    return found;
})"""

# Each table as laid out: its caption, its header row, and per body cell its label and what shows.
TABLES = """() => [...document.querySelectorAll('.abc-widget table')].map((table) => {
    const widget = table.closest('.abc-widget').getBoundingClientRect();
    const caption = table.querySelector('caption');
    const captionBox = caption.getBoundingClientRect();
    const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent);
    const brokenWords = [];
    const cells = [...table.querySelectorAll('tbody td')].map((cell) => {
        const column = [...cell.parentElement.children].indexOf(cell);
        for (const node of cell.childNodes) {
            if (node.nodeType !== Node.TEXT_NODE) continue;
            for (const match of node.textContent.matchAll(/\\S+/g)) {
                const range = document.createRange();
                range.setStart(node, match.index);
                range.setEnd(node, match.index + match[0].length);
                if (range.getClientRects().length > 1) brokenWords.push(match[0]);
            }
        }
        return {
            label: cell.dataset.label,
            header: headers[column],
            shown: getComputedStyle(cell, '::before').content,
            display: getComputedStyle(cell).display,
        };
    });
    return {
        caption: caption.textContent,
        captionFits: caption.scrollWidth <= caption.clientWidth
            && captionBox.left >= widget.left && captionBox.right <= widget.right,
        display: getComputedStyle(table).display,
        headerWidth: table.querySelector('thead').getBoundingClientRect().width,
        rows: table.querySelectorAll('tbody tr').length,
        // the roles written out, for browsers that drop a table's semantics with its display
        roles: [table, ...table.querySelectorAll('thead, tbody, tr, th, td')].map((part) =>
            `${part.tagName.toLowerCase()}${part.scope ? `[${part.scope}]` : ''}=`
            + `${part.getAttribute('role')}`),
        named: table.getAttribute('aria-labelledby') === caption.id && Boolean(caption.id),
        cells,
        brokenWords,
    };
})"""

EXPLICIT_ROLES = {
    "table=table",
    "thead=rowgroup",
    "tbody=rowgroup",
    "tr=row",
    "th[col]=columnheader",
    "th[row]=rowheader",
    "td=cell",
}


def seeded(page: Page, site_url: str, chapter: str, width: int) -> None:
    page.set_viewport_size({"width": width, "height": 900})
    open_chapter(page, site_url, chapter)
    save_records(page, RECORDS)
    page.wait_for_load_state("networkidle")
    page.reload()
    page.wait_for_selector(LIVE_WIDGET, timeout=15_000)
    if chapter in TABLE_PAGES:
        page.wait_for_selector(".abc-widget table tbody td")


def table_roles(page: Page, selector: str) -> list[tuple[str, str]]:
    """(role, name) of the table parts in Chromium's accessibility tree under ``selector``."""
    session = page.context.new_cdp_session(page)
    found = session.send(
        "Runtime.evaluate", {"expression": f"document.querySelector({selector!r})"}
    )
    roles = []
    for role in ("table", "row", "columnheader", "rowheader", "cell"):
        nodes = session.send(
            "Accessibility.queryAXTree", {"objectId": found["result"]["objectId"], "role": role}
        )["nodes"]
        roles += [(role, node.get("name", {}).get("value", "")) for node in nodes]
    session.detach()
    return roles


@pytest.mark.parametrize("chapter", WIDGET_PAGES)
def test_nothing_in_a_widget_scrolls_sideways_on_a_phone(page, site_url, chapter) -> None:
    seeded(page, site_url, chapter, 390)
    sticking_out = page.evaluate(OVERFLOW)
    assert not sticking_out, f"{chapter} at 390 px:\n" + "\n".join(sticking_out)
    tables = page.evaluate(TABLES)
    assert bool(tables) is (chapter in TABLE_PAGES), tables
    for table in tables:
        where = f"{chapter}, {table['caption']}"
        assert table["display"] == "block", f"{where}: not shown as cards"
        assert table["captionFits"], f"{where}: the caption is cut off"
        assert table["headerWidth"] <= 1, f"{where}: the header row shows on top of the cards"
        assert table["rows"] and table["cells"], where
        for cell in table["cells"]:
            assert cell["label"] and cell["label"] == cell["header"], (where, cell)
            assert cell["shown"] == f'"{cell["label"]}"', (where, cell)
            assert cell["display"] != "table-cell", (where, cell)
        assert not table["brokenWords"], f"{where}: words broken across lines"
        assert set(table["roles"]) <= EXPLICIT_ROLES, (where, set(table["roles"]))
        assert table["named"], f"{where}: the table is not named by its caption"


def test_the_progression_cards_read_as_whole_words_and_stay_a_table(page, site_url) -> None:
    seeded(page, site_url, "05-overtraining-progression", 390)
    [table] = page.evaluate(TABLES)
    advice = [cell for cell in table["cells"] if cell["label"] == "What to do"]
    assert len(advice) == table["rows"] and not table["brokenWords"]
    roles = table_roles(page, ".abc-progression")
    assert ("table", "Your weeks and the plan, as numbers") in roles, roles[:5]
    counts = {role: sum(1 for found, _ in roles if found == role) for role, _ in roles}
    # a header row and every week; a row header and four cells in each body row
    body_rows = table["rows"]
    assert counts["row"] == body_rows + 1, counts
    assert counts["columnheader"] == 5, counts
    assert counts["rowheader"] == body_rows, counts
    assert counts["cell"] == 4 * body_rows, counts
    assert ("columnheader", "What to do") in roles


@pytest.mark.parametrize("chapter", sorted(TABLE_PAGES))
def test_on_a_wide_screen_the_tables_stay_tables(page, site_url, chapter) -> None:
    seeded(page, site_url, chapter, 1280)
    tables = page.evaluate(TABLES)
    assert tables
    for table in tables:
        assert table["display"] == "table", table["caption"]
        assert table["headerWidth"] > 100, table["caption"]
        for cell in table["cells"]:
            assert cell["display"] == "table-cell" and cell["shown"] == "none", cell
    assert not page.evaluate(OVERFLOW)
