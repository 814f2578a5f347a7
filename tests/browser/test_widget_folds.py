"""The self-test widgets fold on a phone: on a first visit at 390 px the red-flag checker, the
core-endurance self-test and the balance ratios are each held to a height and a count of visible
words (measured as tests/browser/reading.py measures a page); their how-to, notes and sources open
from a summary line by mouse or keyboard; the results show in full once there are answers or
times, also on return; and a printed page holds what the screen folds away."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from abcourse.data.red_flags import load_red_flags

from ..support import DATA
from .conftest import save_records, watch
from .reading import PHONE_WIDTH, measure_element, open_page
from .test_print import pdf_text

RED_FLAGS = load_red_flags(DATA / "red-flags.yml")
HOLD_TIMES_KEY = "abcourse:v1:tool:endurance"
SAVED_TIMES = {
    "times": {"flexor": 95, "extensor": 80, "sideLeft": 60, "sideRight": 55},
    "sex": "unspecified",
}

# (chapter, widget, most px tall, most visible words) on a first visit at 390 px
FIRST_VISIT = [
    ("04-back-conditions", ".abc-redflags", 4_000, 700),
    ("01-weak-core", ".abc-endurance", 2_500, 300),
    ("03-muscle-imbalances", ".abc-ratios", 2_500, 300),
]
HOLD_TIME_WIDGETS = [("01-weak-core", ".abc-endurance"), ("03-muscle-imbalances", ".abc-ratios")]


@pytest.fixture()
def phone(browser, problems) -> Page:
    context = browser.new_context(viewport={"width": PHONE_WIDTH, "height": 844})
    watch(context, problems)
    yield context.new_page()
    context.close()
    assert not problems.all(), problems.all()


@pytest.mark.parametrize(
    ("chapter", "selector", "max_height", "max_words"),
    FIRST_VISIT,
    ids=[selector[5:] for _, selector, _, _ in FIRST_VISIT],
)
def test_a_first_visit_fits_a_phone(phone, site_url, chapter, selector, max_height, max_words):
    open_page(phone, site_url, chapter)
    length = measure_element(phone, selector)
    assert length.height <= max_height, f"{selector}: {length.height} px tall at 390 px"
    assert length.words <= max_words, f"{selector}: {length.words} words visible"
    # what is folded is there to open: every outer fold has a summary line (a fold inside a fold
    # shows once its outer one is open), and all but the first red-flag group start closed
    folds = phone.locator(f"{selector} details:not(details details)")
    assert folds.count() >= 1
    for index in range(folds.count()):
        fold = folds.nth(index)
        expect(fold.locator("> summary")).to_be_visible()
        expect(fold.locator("> summary")).not_to_have_text("")
    open_folds = phone.locator(f"{selector} details[open]")
    expect(open_folds).to_have_count(1 if selector == ".abc-redflags" else 0)


def widget_of(page: Page, selector: str) -> Locator:
    return page.locator(selector)


@pytest.mark.parametrize(("chapter", "selector"), HOLD_TIME_WIDGETS, ids=["endurance", "ratios"])
def test_the_form_is_open_and_the_results_show_once_there_are_times(
    page, site_url, chapter, selector
) -> None:
    open_page(page, site_url, chapter)
    widget = widget_of(page, selector)
    expect(widget.locator("input[data-field]")).to_have_count(4)
    for field in widget.locator("input[data-field]").all():
        expect(field).to_be_visible()
    expect(widget.get_by_role("button", name="Start").first).to_be_visible()
    # no times: no empty chart or table, the status line says what to type
    expect(widget.locator("svg.abc-chart")).to_be_hidden()
    expect(widget.locator("table")).to_be_hidden()
    expect(widget.locator(".abc-summary")).to_be_visible()
    widget.locator("input[data-field='flexor']").fill("95")
    widget.locator("input[data-field='extensor']").fill("80")
    expect(widget.locator("svg.abc-chart")).to_be_visible()
    expect(widget.locator("table")).to_be_visible()
    if selector == ".abc-ratios":
        expect(widget.locator(".abc-ratios-sentences")).to_be_visible()
    # a learner who comes back with saved times sees the results at once
    save_records(page, {HOLD_TIMES_KEY: SAVED_TIMES})
    page.reload()
    open_page(page, site_url, chapter)
    widget = widget_of(page, selector)
    expect(widget.locator("input[data-field='sideLeft']")).to_have_value("60")
    expect(widget.locator("svg.abc-chart")).to_be_visible()
    expect(widget.locator("table")).to_be_visible()
    # the notes stay folded: the results are there, the long explanations one tap away
    expect(widget.locator("details[open]")).to_have_count(0)


def test_the_how_to_opens_by_keyboard(page, site_url) -> None:
    open_page(page, site_url, "01-weak-core")
    widget = widget_of(page, ".abc-endurance")
    setups = widget.locator(".abc-setup-figure")
    expect(setups.first).to_be_hidden()
    summary = widget.locator("details.abc-setup-figures > summary")
    expect(summary).to_have_text("How to set up each test")
    summary.focus()
    page.keyboard.press("Enter")
    expect(setups).to_have_count(4)
    for setup in setups.all():
        expect(setup).to_be_visible()
    # Escape folds it again, and focus stays on the summary line
    page.keyboard.press("Escape")
    expect(setups.first).to_be_hidden()
    expect(summary).to_be_focused()


PRINTED = [
    (
        "04-back-conditions",
        ".abc-redflags",
        # a sign of the last group and the note on children, both folded on screen
        [RED_FLAGS["groups"][-1]["signs"][0]["text"], RED_FLAGS["scope"]["text"]],
    ),
    ("01-weak-core", ".abc-endurance", ["How to set up each test", "116 adults aged 18 to 55"]),
]


@pytest.mark.parametrize(("chapter", "selector", "texts"), PRINTED, ids=["redflags", "endurance"])
def test_a_printed_page_holds_what_is_folded(page, site_url, chapter, selector, texts) -> None:
    open_page(page, site_url, chapter)
    widget = widget_of(page, selector)
    closed = widget.locator("details:not([open])").count()
    assert closed >= 1
    page.emulate_media(media="print")
    text = pdf_text(page.pdf(format="A4"))
    for folded in texts:
        words = " ".join(folded.split())[:60]
        assert words in text, f"not printed: {words}"
    # back on screen, the folds are as they were
    page.emulate_media(media="screen")
    expect(widget.locator("details:not([open])")).to_have_count(closed)


def test_each_red_flag_group_names_its_sources_once_in_a_fold(phone, site_url) -> None:
    """A sign's label is the sign alone; its group's sources sit in a closed fold under the list,
    each source named once, and every sign's sources are there."""
    open_page(phone, site_url, "04-back-conditions")
    widget = phone.locator(".abc-redflags")
    names = RED_FLAGS["sources"]
    for group in RED_FLAGS["groups"]:
        fold = widget.locator(f"details.abc-redflag-group[data-group='{group['id']}']")
        if fold.get_attribute("open") is None:
            fold.locator("> summary").first.click()
        labels = fold.locator(".abc-cue label")
        expect(labels).to_have_count(len(group["signs"]) + 1)  # and "I have none of these"
        for index in range(labels.count()):
            assert "source" not in labels.nth(index).inner_text(), (group["id"], index)
        sources = fold.locator("details.abc-redflag-sources")
        expect(sources).to_have_count(1)
        expect(sources).not_to_have_attribute("open", "")
        sources.locator("summary").click()
        listed = sources.locator(".abc-source").inner_text().removesuffix(".").split("; ")
        wanted = [
            names[key]
            for sign in group["signs"]
            for key in (sign["source"] if isinstance(sign["source"], list) else [sign["source"]])
        ]
        assert sorted(listed) == sorted(set(wanted)), group["id"]
