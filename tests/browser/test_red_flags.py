"""The red-flag checker on the chapter-4 page: an emergency sign shows "Get emergency care now" at
once in an alert, every other sign its own level's advice; the all-clear comes only when every
group of signs is answered, and names what it asked about; answers are kept across a reload, and a
damaged saved value is dropped with a notice."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from abcourse.tooldata import load_red_flags

from ..support import DATA
from .conftest import open_chapter

CHAPTER = "04-back-conditions"
KEY = "abcourse:v1:tool:redflags"


@pytest.fixture(scope="module")
def red_flags() -> dict:
    return load_red_flags(DATA / "red-flags.yml")


def reload(page: Page) -> None:
    """Reload once the page has finished loading, so no request of the first load is cut off."""
    page.wait_for_load_state("networkidle")
    page.reload()
    page.wait_for_selector(".abc-widget", timeout=15_000)


def of_level(red_flags: dict, level: str) -> list[dict]:
    return [symptom for symptom in red_flags["symptoms"] if symptom["level"] == level]


def checker(page: Page) -> Locator:
    return page.locator(".abc-redflags")


def box(widget: Locator, symptom: dict) -> Locator:
    return widget.locator(f"input[data-symptom-id='{symptom['id']}']")


def none_box(widget: Locator, level: str) -> Locator:
    return widget.locator(f"input[data-none-of='{level}']")


def answer_none_except(widget: Locator, red_flags: dict, *ticked_levels: str) -> None:
    """Answer every group "I have none of these" except the groups named."""
    for level in red_flags["levels"]:
        if level not in ticked_levels:
            none_box(widget, level).check()


def by_id(red_flags: dict, symptom_id: str) -> dict:
    return next(s for s in red_flags["symptoms"] if s["id"] == symptom_id)


def open_checker(page: Page, site_url: str) -> Locator:
    open_chapter(page, site_url, CHAPTER)
    widget = checker(page)
    expect(widget).to_have_count(1)
    widget.scroll_into_view_if_needed()
    return widget


def test_nothing_answered_is_not_an_all_clear(page, site_url, red_flags) -> None:
    widget = open_checker(page, site_url)
    advice = widget.locator(".abc-redflag-advice")
    expect(advice).to_have_attribute("role", "status")
    expect(advice).to_have_attribute("data-level", "incomplete")
    expect(advice).to_contain_text("Not finished yet")
    expect(advice).not_to_contain_text("No red-flag signs")
    alert = widget.get_by_role("alert")
    expect(alert).to_have_count(1)
    expect(alert).to_have_text("")
    # every symptom is there with a visible label and its source
    for symptom in red_flags["symptoms"]:
        label = widget.get_by_label(symptom["text"].split(":")[0], exact=False)
        expect(label.first).to_be_visible()
        expect(box(widget, symptom)).not_to_be_checked()
    for symptom in red_flags["symptoms"]:
        expect(widget).to_contain_text(red_flags["sources"][symptom["source"]])
    # every group is a question of its own, answered by ticks or "I have none of these"
    expect(widget.get_by_label("I have none of these")).to_have_count(len(red_flags["levels"]))


def test_the_all_clear_needs_every_group_and_names_what_it_asked(page, site_url, red_flags) -> None:
    widget = open_checker(page, site_url)
    advice = widget.locator(".abc-redflag-advice")
    levels = list(red_flags["levels"])
    for level in levels[:-1]:
        none_box(widget, level).check()
    expect(advice).to_contain_text("Not finished yet")
    expect(advice).to_contain_text(f"{len(levels) - 1} of the {len(levels)} groups")
    expect(advice).to_contain_text(red_flags["levels"][levels[-1]]["heading"])
    expect(advice).not_to_contain_text("No red-flag signs")
    none_box(widget, levels[-1]).check()
    expect(advice).to_have_attribute("data-level", "clear")
    expect(advice).to_contain_text(red_flags["allClear"]["title"])
    expect(advice).to_contain_text(f"none of these {len(red_flags['symptoms'])} signs")
    for symptom in red_flags["symptoms"]:
        expect(advice).to_contain_text(symptom["short"])
    # a tick in a group takes back its "none of these"
    sign = of_level(red_flags, "urgent")[0]
    box(widget, sign).check()
    expect(none_box(widget, "urgent")).not_to_be_checked()
    expect(none_box(widget, "urgent")).to_be_disabled()
    expect(advice).to_contain_text(red_flags["levels"]["urgent"]["title"])
    box(widget, sign).uncheck()
    expect(none_box(widget, "urgent")).to_be_enabled()
    expect(advice).to_contain_text("Not finished yet")


def test_one_emergency_sign_shows_get_emergency_care_now_at_once(page, site_url, red_flags) -> None:
    widget = open_checker(page, site_url)
    urgent = of_level(red_flags, "urgent")[0]
    box(widget, urgent).check()
    advice = widget.locator(".abc-redflag-advice")
    expect(advice).to_contain_text(red_flags["levels"]["urgent"]["title"])
    expect(advice).to_contain_text("111")
    expect(advice).to_contain_text(f"I have back pain and {urgent['say']}")
    # the emergency group is still unanswered: the advice says so
    expect(advice.locator(".abc-redflag-unanswered")).to_contain_text("Emergency signs")

    sign = next(s for s in of_level(red_flags, "emergency") if s.get("ces"))
    box(widget, sign).check()
    alert = widget.get_by_role("alert")
    expect(alert).to_contain_text("Get emergency care now")
    for needed in ("999", "112", "911", "local emergency number", "A&E"):
        expect(alert).to_contain_text(needed)
    expect(alert).to_contain_text(f"I have back pain and {sign['say']}")
    expect(alert).to_contain_text("I am worried about cauda equina syndrome.")
    # the advice below points to emergency care too, never to waiting
    expect(advice).to_contain_text("Get emergency care now")
    expect(advice).not_to_contain_text(red_flags["levels"]["urgent"]["title"])

    box(widget, sign).uncheck()
    expect(alert).to_have_text("")
    expect(advice).to_contain_text(red_flags["levels"]["urgent"]["title"])


@pytest.mark.parametrize("level", ["emergency", "urgent", "soon", "routine"])
def test_each_sign_alone_gives_its_level(page, site_url, red_flags, level) -> None:
    widget = open_checker(page, site_url)
    answer_none_except(widget, red_flags, level)
    alert = widget.get_by_role("alert")
    advice = widget.locator(".abc-redflag-advice")
    for symptom in of_level(red_flags, level):
        box(widget, symptom).check()
        expect(advice).to_have_attribute("data-level", level)
        if level == "emergency":
            expect(alert).to_contain_text("Get emergency care now")
            say = alert.locator(".abc-redflag-say")
            expect(say).to_contain_text(f"I have back pain and {symptom['say']}.")
            worry = "I am worried about cauda equina syndrome."
            if symptom.get("ces"):
                expect(say).to_contain_text(worry)
            else:
                expect(say).not_to_contain_text(worry)
        else:
            expect(alert).to_have_text("")
            expect(advice).to_contain_text(red_flags["levels"][level]["title"])
            expect(advice).to_contain_text(red_flags["levels"][level]["advice"].split(".")[0])
            if symptom.get("say"):
                expect(advice).to_contain_text(f"I have back pain and {symptom['say']}.")
        box(widget, symptom).uncheck()


# The signs the NHS pathways route to a level that the checker once lacked or put elsewhere: tick
# each one alone and read the advice where the learner reads it.
NEW_SIGNS = [
    ("one-leg-weakening", "alert", "Get emergency care now"),
    ("walking-difficulty", "alert", "Get emergency care now"),
    ("cancer-history", "status", "Get an urgent appointment today"),
    ("one-leg-nerve", "status", "Get an urgent appointment today"),
    ("unsteady", "status", "Get an urgent appointment today"),
    ("weak-immune", "status", "Get an urgent appointment today"),
    ("injecting-drugs", "status", "Get an urgent appointment today"),
    ("fever", "status", "Get an urgent appointment today"),
    ("age-onset", "status", "See a GP in the next few days"),
    ("one-leg-pain", "status", "See your GP or a physiotherapist"),
]


@pytest.mark.parametrize(
    ("symptom_id", "region", "title"), NEW_SIGNS, ids=[s[0] for s in NEW_SIGNS]
)
def test_each_new_sign_gives_its_advice(
    page, site_url, red_flags, symptom_id, region, title
) -> None:
    widget = open_checker(page, site_url)
    sign = by_id(red_flags, symptom_id)
    answer_none_except(widget, red_flags, sign["level"])
    box(widget, sign).check()
    where = (
        widget.get_by_role("alert") if region == "alert" else widget.locator(".abc-redflag-advice")
    )
    expect(where).to_contain_text(title)
    expect(where).to_contain_text(" ".join(sign["text"].split()))
    if sign.get("action"):
        expect(where.locator(".abc-redflag-action")).to_contain_text("Stop the exercise")
        expect(where.locator(".abc-redflag-action")).to_contain_text(
            "both legs, get emergency care now"
        )
    expect(where).not_to_contain_text("you may have cancer")


def test_answers_survive_a_reload_and_clear_removes_them(page, site_url, red_flags) -> None:
    widget = open_checker(page, site_url)
    sign = of_level(red_flags, "emergency")[0]
    box(widget, sign).check()
    none_box(widget, "soon").check()
    saved = page.evaluate("k => JSON.parse(localStorage.getItem(k)).data", KEY)
    assert saved == {"checked": [sign["id"]], "none": ["soon"]}
    reload(page)
    widget = checker(page)
    expect(box(widget, sign)).to_be_checked()
    expect(none_box(widget, "soon")).to_be_checked()
    expect(widget.get_by_role("alert")).to_contain_text("Get emergency care now")
    widget.get_by_role("button", name="Clear my answers").click()
    expect(box(widget, sign)).not_to_be_checked()
    expect(none_box(widget, "soon")).not_to_be_checked()
    expect(widget.get_by_role("alert")).to_have_text("")
    assert page.evaluate("k => localStorage.getItem(k)", KEY) is None


def test_an_answer_saved_before_groups_existed_is_kept(page, site_url, red_flags) -> None:
    """A record from before "none of these" holds only the ticks: they stay, and the checker asks
    for the rest instead of calling the empty boxes a no."""
    open_chapter(page, site_url, CHAPTER)
    sign = of_level(red_flags, "urgent")[0]
    page.evaluate(
        "([k, v]) => localStorage.setItem(k, v)",
        [KEY, f'{{"version": 1, "savedAt": "x", "data": {{"checked": ["{sign["id"]}"]}}}}'],
    )
    reload(page)
    widget = checker(page)
    expect(box(widget, sign)).to_be_checked()
    advice = widget.locator(".abc-redflag-advice")
    expect(advice).to_contain_text(red_flags["levels"]["urgent"]["title"])
    expect(advice.locator(".abc-redflag-unanswered")).to_contain_text("Emergency signs")
    expect(widget.locator(".abc-notice")).to_be_hidden()


def test_keyboard_alone_reaches_the_alert(page, site_url, red_flags) -> None:
    widget = open_checker(page, site_url)
    first = of_level(red_flags, "emergency")[0]
    box(widget, first).focus()
    page.keyboard.press("Space")
    expect(widget.get_by_role("alert")).to_contain_text("Get emergency care now")


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("{broken", "it was damaged"),
        ('{"version": 1, "savedAt": "x", "data": {"checked": ["made-up-sign"]}}', "did not match"),
        (
            '{"version": 1, "savedAt": "x",'
            ' "data": {"checked": ["bladder"], "none": ["emergency"]}}',
            "did not match",
        ),
        ('{"version": 0, "data": {"checked": []}}', "older version"),
    ],
    ids=["not-json", "unknown-sign", "tick-and-none-in-one-group", "old-version"],
)
def test_a_damaged_saved_value_is_dropped_with_a_notice(page, site_url, value, why) -> None:
    open_chapter(page, site_url, CHAPTER)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, value])
    reload(page)
    widget = checker(page)
    expect(widget.locator(".abc-notice")).to_contain_text(why)
    expect(widget.get_by_role("alert")).to_have_text("")
    assert page.evaluate("k => localStorage.getItem(k)", KEY) is None
