"""The red-flag checker on the chapter-4 page: a sign or rule that sends the learner to A&E or 999
shows its advice at once in an alert under the group just answered, in view on a phone in both
colour modes and announced once; other levels show their advice below; rules combine answers; the
all-clear comes only when every group is answered and says what the checker cannot see; answers
are kept across a reload, and a damaged saved value is dropped with a notice. Each group is folded
under a summary line naming it and its answer: the first unanswered group opens, the next opens
once one is answered, and groups answered before show folded with their answer on return. Every
sign and rule is tested as a table in tests/js/red_flags.test.mjs; here each level and each kind
of result is read where the learner reads it."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from abcourse.data.red_flags import load_red_flags, red_flag_signs

from ..support import DATA
from .conftest import LIVE_WIDGET, open_chapter

CHAPTER = "04-back-conditions"
KEY = "abcourse:v1:tool:redflags"
RED_FLAGS = load_red_flags(DATA / "red-flags.yml")
SIGNS = {
    sign["id"]: {**sign, "group": RED_FLAGS["groups"][path[1]]["id"]}
    for path, sign in red_flag_signs(RED_FLAGS)
}
GROUPS = [group["id"] for group in RED_FLAGS["groups"]]


def reload(page: Page) -> None:
    """Reload once the page has finished loading, so no request of the first load is cut off,
    and wait for the live widget (the drawn one shows no saved answers)."""
    page.wait_for_load_state("networkidle")
    page.reload()
    page.wait_for_selector(LIVE_WIDGET, timeout=15_000)


def checker(page: Page) -> Locator:
    return page.locator(".abc-redflags")


def group_fold(widget: Locator, group: str) -> Locator:
    return widget.locator(f"details.abc-redflag-group[data-group='{group}']")


def is_open(fold: Locator) -> bool:
    return fold.evaluate("(el) => el.open")


def open_group(widget: Locator, group: str) -> None:
    """Open a folded group as a learner does, by its summary line."""
    fold = group_fold(widget, group)
    if not is_open(fold):
        fold.locator("> summary").click()
    expect(fold).to_have_attribute("open", "")


def box(widget: Locator, sign_id: str) -> Locator:
    """A sign's checkbox, its group opened first as a learner would."""
    open_group(widget, SIGNS[sign_id]["group"])
    return widget.locator(f"input[data-sign-id='{sign_id}']")


def none_box(widget: Locator, group: str) -> Locator:
    """A group's "I have none of these", the group opened first."""
    open_group(widget, group)
    return widget.locator(f"input[data-none-of='{group}']")


def state_of(widget: Locator, group: str) -> Locator:
    return group_fold(widget, group).locator("summary .abc-redflag-group-state")


def answer_none_except(widget: Locator, *sign_ids: str) -> None:
    """Answer every group "I have none of these" except the groups of the signs named."""
    ticked = {SIGNS[sign_id]["group"] for sign_id in sign_ids}
    for group in GROUPS:
        if group not in ticked:
            none_box(widget, group).check()


def open_checker(page: Page, site_url: str) -> Locator:
    open_chapter(page, site_url, CHAPTER)
    widget = checker(page)
    expect(widget).to_have_count(1)
    return widget


def test_nothing_answered_is_not_an_all_clear(page, site_url) -> None:
    widget = open_checker(page, site_url)
    advice = widget.locator(".abc-redflag-advice")
    expect(advice).to_have_attribute("role", "status")
    expect(advice).to_have_attribute("data-level", "incomplete")
    expect(advice).to_contain_text("Not finished yet")
    expect(advice).not_to_contain_text("No red-flag signs")
    alert = widget.get_by_role("alert")
    expect(alert).to_have_count(1)
    expect(alert).to_have_text("")
    # the groups are folded, each named with its answer; the first group to answer is open
    expect(widget.locator("details.abc-redflag-group")).to_have_count(len(GROUPS))
    for index, group in enumerate(RED_FLAGS["groups"]):
        summary = group_fold(widget, group["id"]).locator("> summary")
        expect(summary).to_contain_text(group["heading"])
        expect(summary).to_contain_text("not answered yet")
        assert is_open(group_fold(widget, group["id"])) == (index == 0), group["id"]
    # every sign is there to tick once its group is opened
    for sign_id in SIGNS:
        expect(box(widget, sign_id)).not_to_be_checked()
        expect(box(widget, sign_id)).to_be_visible()
    expect(widget.get_by_label("I have none of these")).to_have_count(len(GROUPS))
    # the notes: what "new" and "severe" mean, and who the checker is for
    for part in ("recency", "severe", "scope"):
        expect(widget).to_contain_text(" ".join(RED_FLAGS[part]["text"].split()))


def test_severe_links_to_its_definition(page, site_url) -> None:
    widget = open_checker(page, site_url)
    open_group(widget, SIGNS["centre-line"]["group"])
    label = widget.locator("label:has(input[data-sign-id='centre-line'])")
    link = label.get_by_role("link", name="Severe")
    target = link.get_attribute("href")
    assert target and target.startswith("#")
    expect(widget.locator(target)).to_contain_text("hard to think or talk")
    # the definition is folded with the other notes; following the link opens it
    expect(widget.locator(target)).to_be_hidden()
    link.click()
    expect(widget.locator(target)).to_be_visible()


def test_the_all_clear_needs_every_group_and_says_what_it_cannot_see(page, site_url) -> None:
    widget = open_checker(page, site_url)
    advice = widget.locator(".abc-redflag-advice")
    for group in GROUPS[:-1]:
        none_box(widget, group).check()
    expect(advice).to_contain_text("Not finished yet")
    expect(advice).to_contain_text(f"{len(GROUPS) - 1} of the {len(GROUPS)} groups")
    expect(advice).not_to_contain_text("No red-flag signs")
    none_box(widget, GROUPS[-1]).check()
    expect(advice).to_have_attribute("data-level", "clear")
    expect(advice).to_contain_text(RED_FLAGS["allClear"]["title"])
    for group in RED_FLAGS["groups"]:
        expect(advice).to_contain_text(group["heading"])
    expect(advice).to_contain_text("cannot see you")
    # a tick in a group takes back its "none of these"
    box(widget, "temperature").check()
    expect(none_box(widget, "body")).not_to_be_checked()
    expect(none_box(widget, "body")).to_be_disabled()
    expect(advice).to_contain_text(RED_FLAGS["levels"]["same-day"]["title"])
    box(widget, "temperature").uncheck()
    expect(none_box(widget, "body")).to_be_enabled()
    expect(advice).to_contain_text("Not finished yet")


# One sign per level, alone, read where the learner reads it.
LEVEL_CASES = [
    ("chest-pain", "call-999", "alert", "Call 999 now"),
    ("bladder", "ae-now", "alert", "Go to A&E now"),
    ("temperature", "same-day", "status", "Get help today"),
    ("age-onset", "soon", "status", "See a GP in the next few days"),
    ("one-leg-pain", "routine", "status", "See a GP or physiotherapist if it is not settling"),
]


@pytest.mark.parametrize(
    ("sign_id", "level", "region", "title"), LEVEL_CASES, ids=[c[1] for c in LEVEL_CASES]
)
def test_each_level_gives_its_advice(page, site_url, sign_id, level, region, title) -> None:
    widget = open_checker(page, site_url)
    answer_none_except(widget, sign_id)
    box(widget, sign_id).check()
    alert = widget.get_by_role("alert")
    advice = widget.locator(".abc-redflag-advice")
    where = alert if region == "alert" else advice
    expect(where).to_contain_text(title)
    expect(where).to_contain_text(
        " ".join(RED_FLAGS["levels"][level]["advice"].split()).split(".")[0]
    )
    expect(where).to_contain_text(SIGNS[sign_id]["short"])
    if region == "alert":
        # the live region below stays quiet, so the advice is announced once
        expect(advice).to_have_text("")
        expect(widget.locator(".abc-redflag-pointer")).to_contain_text(title)
    else:
        expect(alert).to_have_text("")
    expect(where).not_to_contain_text("you may have cancer")


def test_the_cauda_equina_words_only_for_its_signs(page, site_url) -> None:
    widget = open_checker(page, site_url)
    box(widget, "chest-pain").check()
    say = widget.get_by_role("alert").locator(".abc-redflag-say")
    expect(say).to_contain_text("I have chest pain and back pain.")
    expect(say).not_to_contain_text("cauda equina")
    box(widget, "saddle-numbness").check()
    expect(say).to_contain_text(RED_FLAGS["cesScript"])
    # 999 wins over A&E; both signs' words are said
    expect(widget.get_by_role("alert")).to_contain_text("Call 999 now")


COMBINATIONS = [
    (["cancer", "one-leg-pain"], "alert", "Call your cancer team's 24-hour line now"),
    (["temperature", "one-leg-weak"], "alert", "Go to A&E now"),
    (["bone-risk", "sudden-strain", "cannot-get-up"], "alert", "Call 999 now"),
    (["bone-risk", "sudden-strain"], "alert", "Go to A&E now"),
]


@pytest.mark.parametrize(
    ("sign_ids", "region", "title"),
    COMBINATIONS,
    ids=["cancer-nerve", "infection-nerve", "fracture-nerve", "fracture"],
)
def test_a_rule_combines_two_answers(page, site_url, sign_ids, region, title) -> None:
    widget = open_checker(page, site_url)
    answer_none_except(widget, *sign_ids)
    for sign_id in sign_ids[:-1]:
        box(widget, sign_id).check()
    alert = widget.get_by_role("alert")
    advice = widget.locator(".abc-redflag-advice")
    expect(alert if region == "alert" else advice).not_to_contain_text(title)
    box(widget, sign_ids[-1]).check()
    expect(alert if region == "alert" else advice).to_contain_text(title)


def in_view(page: Page, locator: Locator) -> bool:
    box_ = locator.bounding_box()
    height = page.viewport_size["height"]
    return box_ is not None and box_["y"] >= 0 and box_["y"] < height * 0.75


@pytest.mark.parametrize(
    "styled_page", [("light", 390), ("dark", 390)], ids=["light-390", "dark-390"], indirect=True
)
def test_the_emergency_advice_shows_where_the_learner_is_on_a_phone(styled_page, site_url) -> None:
    page = styled_page
    widget = open_checker(page, site_url)
    alert = widget.get_by_role("alert")
    for sign_id, title in (("bladder", "Go to A&E now"), ("chest-pain", "Call 999 now")):
        group = group_fold(widget, SIGNS[sign_id]["group"])
        box(widget, sign_id).scroll_into_view_if_needed()
        box(widget, sign_id).check()
        expect(alert).to_contain_text(title)
        # right under the group just answered, and on screen without scrolling
        assert group.evaluate("(el) => el.nextElementSibling.getAttribute('role')") == "alert"
        # the scroll has settled (a figure's movement loop, paused until played, does not count)
        page.wait_for_function(
            "() => !document.getAnimations().some((a) => a.playState === 'running')"
        )
        assert in_view(page, alert.locator(".abc-redflag-title")), alert.bounding_box()
    # the heading's colour keeps its contrast in this colour mode
    title_colour = alert.locator(".abc-redflag-title").evaluate(
        "(el) => getComputedStyle(el).color"
    )
    background = page.evaluate("() => getComputedStyle(document.body).backgroundColor")
    assert title_colour != background


def test_answers_survive_a_reload_and_clear_removes_them(page, site_url) -> None:
    widget = open_checker(page, site_url)
    box(widget, "bladder").check()
    none_box(widget, "injury").check()
    saved = page.evaluate("k => JSON.parse(localStorage.getItem(k)).data", KEY)
    assert saved == {"checked": ["bladder"], "none": ["injury"]}
    reload(page)
    widget = checker(page)
    expect(box(widget, "bladder")).to_be_checked()
    expect(none_box(widget, "injury")).to_be_checked()
    expect(widget.get_by_role("alert")).to_contain_text("Go to A&E now")
    widget.get_by_role("button", name="Clear my answers").click()
    expect(box(widget, "bladder")).not_to_be_checked()
    expect(none_box(widget, "injury")).not_to_be_checked()
    expect(widget.get_by_role("alert")).to_have_text("")
    assert page.evaluate("k => localStorage.getItem(k)", KEY) is None


def test_keyboard_alone_reaches_the_alert(page, site_url) -> None:
    widget = open_checker(page, site_url)
    box(widget, "saddle-numbness").focus()
    page.keyboard.press("Space")
    expect(widget.get_by_role("alert")).to_contain_text("Go to A&E now")


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("{broken", "it was damaged"),
        ('{"version": 1, "savedAt": "x", "data": {"checked": ["made-up-sign"]}}', "did not match"),
        (
            '{"version": 1, "savedAt": "x", "data": {"checked": ["bladder"], "none": ["nerves"]}}',
            "did not match",
        ),
        (
            '{"version": 1, "savedAt": "x", "data": {"checked": [], "none": ["emergency"]}}',
            "did not match",
        ),
        ('{"version": 0, "data": {"checked": []}}', "older version"),
    ],
    ids=["not-json", "unknown-sign", "tick-and-none-in-one-group", "old-groups", "old-version"],
)
def test_a_damaged_saved_value_is_dropped_with_a_notice(page, site_url, value, why) -> None:
    open_chapter(page, site_url, CHAPTER)
    page.evaluate("([k, v]) => localStorage.setItem(k, v)", [KEY, value])
    reload(page)
    widget = checker(page)
    expect(widget.locator(".abc-notice")).to_contain_text(why)
    expect(widget.get_by_role("alert")).to_have_text("")
    assert page.evaluate("k => localStorage.getItem(k)", KEY) is None


def test_answering_a_group_names_its_answer_and_opens_the_next(page, site_url) -> None:
    widget = open_checker(page, site_url)
    first, second, third = GROUPS[:3]
    none_box(widget, first).check()
    expect(state_of(widget, first)).to_have_text("none of these")
    # the next group opens; the one just answered stays open under the learner's finger
    expect(group_fold(widget, second)).to_have_attribute("open", "")
    assert is_open(group_fold(widget, first))
    assert not is_open(group_fold(widget, third))
    # ticks are counted; the group after the one answered opens, and a second tick in a group
    # already answered opens nothing more
    body, after_body = GROUPS[2], GROUPS[3]
    assert SIGNS["temperature"]["group"] == body
    box(widget, "temperature").check()
    expect(state_of(widget, body)).to_have_text("1 sign ticked")
    expect(group_fold(widget, after_body)).to_have_attribute("open", "")
    group_fold(widget, after_body).locator("> summary").click()
    box(widget, "kidney").check()
    expect(state_of(widget, body)).to_have_text("2 signs ticked")
    assert not is_open(group_fold(widget, after_body))
    box(widget, "temperature").uncheck()
    box(widget, "kidney").uncheck()
    expect(state_of(widget, body)).to_have_text("not answered yet")


def test_saved_answers_show_folded_with_their_answer_on_return(page, site_url) -> None:
    widget = open_checker(page, site_url)
    none_box(widget, "nerves").check()
    none_box(widget, "injury").check()
    box(widget, "temperature").check()
    reload(page)
    widget = checker(page)
    expect(state_of(widget, "nerves")).to_have_text("none of these")
    expect(state_of(widget, "injury")).to_have_text("none of these")
    expect(state_of(widget, SIGNS["temperature"]["group"])).to_have_text("1 sign ticked")
    # the answered groups are folded; the first still to answer is open, the rest folded
    for group in GROUPS:
        answered = group in {"nerves", "injury", SIGNS["temperature"]["group"]}
        if not answered:
            expect(state_of(widget, group)).to_have_text("not answered yet")
    first_unanswered = next(
        g for g in GROUPS if g not in {"nerves", "injury", SIGNS["temperature"]["group"]}
    )
    for group in GROUPS:
        assert is_open(group_fold(widget, group)) == (group == first_unanswered), group
    expect(widget.locator(".abc-redflag-advice")).to_contain_text(
        RED_FLAGS["levels"]["same-day"]["title"]
    )
    # an emergency answered before shows on return with its group folded
    box(widget, "bladder").check()
    expect(none_box(widget, "nerves")).not_to_be_checked()
    reload(page)
    widget = checker(page)
    expect(state_of(widget, "nerves")).to_have_text("1 sign ticked")
    expect(widget.get_by_role("alert")).to_be_visible()
    # under the group of the sign that set it off, every group folded so it is near the top
    sibling = "(el) => el.nextElementSibling.getAttribute('role')"
    assert group_fold(widget, "nerves").evaluate(sibling) == "alert"
    expect(widget.locator("details.abc-redflag-group[open]")).to_have_count(0)
    expect(widget.get_by_role("alert")).to_contain_text("Go to A&E now")


def test_the_groups_open_and_answer_by_keyboard(page, site_url) -> None:
    widget = open_checker(page, site_url)
    fold = group_fold(widget, "injury")
    summary = fold.locator("> summary")
    summary.focus()
    assert not is_open(fold)
    page.keyboard.press("Enter")
    expect(fold).to_have_attribute("open", "")
    # Tab goes from the summary line to the group's first sign; Space ticks it
    page.keyboard.press("Tab")
    first_sign = fold.locator("input[type=checkbox]").first
    expect(first_sign).to_be_focused()
    page.keyboard.press("Space")
    expect(first_sign).to_be_checked()
    expect(state_of(widget, "injury")).to_have_text("1 sign ticked")
    page.keyboard.press("Space")
    expect(state_of(widget, "injury")).to_have_text("not answered yet")
    # Escape folds the group again and leaves focus on its summary line
    page.keyboard.press("Escape")
    assert not is_open(fold)
    expect(summary).to_be_focused()
    page.keyboard.press("Space")
    expect(fold).to_have_attribute("open", "")
