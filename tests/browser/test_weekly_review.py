"""The session log where the learner meets it, on the built book with a saved log and a fake
clock: the plan asks for next-morning pain the day after a session, an answer of 6 makes the
weekly review step back, a damaged entry is named, an emergency shows none of it; chapter 5's
check fills its weeks in from the log. Axe-clean in light and dark at 1280 and 390 px, with
screenshots of the prompt, the review and chapter 5 filled in for a person to look at."""

from __future__ import annotations

import json
import os
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from abcourse.data.course import course

from .axe import describe, run_axe
from .conftest import LIVE_WIDGET, WEAK_CORE_RECORDS, open_chapter, save_records

PLAN = course().plan.notebook
CHAPTER_5 = "05-overtraining-progression"
LOG_KEY = "abcourse:v1:log:sessions"
NO_RED_FLAGS = {"checked": [], "none": ["nerves", "injury", "bladder"]}
REPO = Path(__file__).resolve().parents[2]
SHOTS = Path(os.environ.get("ABCOURSE_REVIEW_SHOTS") or REPO / "_build" / "review-screenshots")


def moment(day: str, hour: int) -> datetime:
    # midday-ish UTC is the same local day in any time zone the browser may have
    return datetime.fromisoformat(f"{day}T{hour:02d}:00:00").replace(tzinfo=UTC)


def session(day: str, sets: int = 3, pain: int | None = None) -> dict[str, object]:
    start = moment(day, 12).timestamp() * 1000
    return {
        "date": day,
        "startedAt": start,
        "endedAt": start + 15 * 60_000,
        "week": 1,
        "items": [{"exerciseId": "side-bridge", "setsPlanned": sets, "setsDone": sets}],
        "stopped": None,
        "nextMorningPain": pain,
    }


# Week 1 from Monday 2 March 2026: three sessions, next-morning pain 1 to 2 (week 2 follows).
# Week 2: Monday 9 March, its pain not asked yet.
WEEK_1 = [session("2026-03-02", pain=1), session("2026-03-04", pain=2), session("2026-03-06", 4, 1)]
LOG = {"sessions": [*WEEK_1, session("2026-03-09")]}
MONDAY_EVENING = moment("2026-03-09", 20)
TUESDAY = moment("2026-03-10", 12)


def open_with_log(page: Page, site_url: str, chapter: str, log: object, records=None) -> None:
    """Open the chapter, save the records and the log, and open it again to read them."""
    open_chapter(page, site_url, chapter)
    save_records(page, {**(records or {}), LOG_KEY: log})
    page.reload()
    page.wait_for_selector(LIVE_WIDGET, timeout=15_000)


def saved_log(page: Page) -> dict:
    return json.loads(page.evaluate(f"localStorage.getItem('{LOG_KEY}')"))["data"]


def question(page: Page):
    return page.get_by_role("group", name="How is your back this morning, 0 to 10")


def test_the_plan_asks_the_next_day_and_a_6_steps_back(page, site_url) -> None:
    page.clock.install(time=TUESDAY)
    open_with_log(
        page, site_url, PLAN, LOG, {**WEAK_CORE_RECORDS, "abcourse:v1:tool:redflags": NO_RED_FLAGS}
    )
    prompt = question(page)
    expect(prompt).to_have_accessible_name(
        "How is your back this morning, 0 to 10, after yesterday's session?"
    )
    review = page.locator(".abc-plan-review")
    expect(review).to_contain_text("This week: on to week 2 — your next-morning pain stayed at 2")
    # the session card and the workout mode run the week the review reached
    card_heading = page.get_by_role("heading", name=re.compile(r"^Week \d: your session$"))
    expect(card_heading).to_have_text("Week 2: your session")
    expect(review).to_contain_text("(pain-monitoring model)")
    expect(review).to_contain_text("Sources: Silbernagel and others (2007)")
    # the weekly loop sits near the top: before the profile
    assert page.evaluate(
        "document.querySelector('.abc-plan-weekly').compareDocumentPosition("
        "document.querySelector('.abc-plan-profile')) & Node.DOCUMENT_POSITION_FOLLOWING"
    )
    # saving with nothing chosen says what to do
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".abc-pain-prompt .abc-field-error")).to_contain_text("Choose a number")
    # by keyboard: arrows move along the scale, then Tab to Save and Enter
    page.get_by_role("radio", name="0", exact=True).focus()
    for _ in range(6):
        page.keyboard.press("ArrowRight")
    expect(page.get_by_role("radio", name="6", exact=True)).to_be_checked()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Save")).to_be_focused()
    page.keyboard.press("Enter")
    thanks = page.locator(".abc-pain-thanks")
    expect(thanks).to_contain_text("more than the guide allows (above 5), so the plan steps back")
    expect(thanks).to_be_focused()
    expect(thanks.get_by_role("link", name="the red-flag checker")).to_have_attribute(
        "href", "04-back-conditions.html#red-flag-checker"
    )
    expect(question(page)).to_have_count(0)
    expect(review).to_have_attribute("data-decision", "step-back")
    expect(review).to_contain_text(
        "From today: back to week 1 — your next-morning pain reached 6, above the 5 the guide "
        "allows (pain-monitoring model)."
    )
    assert [entry["nextMorningPain"] for entry in saved_log(page)["sessions"]] == [1, 2, 1, 6]
    expect(card_heading).to_have_text("Week 1: your session")
    page.reload()
    page.wait_for_selector(".abc-plan-review")
    expect(question(page)).to_have_count(0)
    expect(page.locator(".abc-plan-review")).to_contain_text("back to week 1")


def test_no_question_on_the_day_of_the_session(page, site_url) -> None:
    page.clock.install(time=MONDAY_EVENING)
    open_with_log(page, site_url, PLAN, LOG)
    # week 2 begins on the Monday, seven days after the first session
    expect(page.locator(".abc-plan-review")).to_contain_text("From today: on to week 2")
    expect(question(page)).to_have_count(0)


def test_a_damaged_entry_is_named_and_the_rest_kept(page, site_url) -> None:
    page.clock.install(time=TUESDAY)
    broken = {"sessions": [*LOG["sessions"][:2], {"date": "yesterday"}, *LOG["sessions"][2:]]}
    open_with_log(page, site_url, PLAN, broken)
    notice = page.locator(".abc-plan-weekly .abc-notice")
    expect(notice).to_contain_text("1 entry of your session log was damaged and left out")
    expect(page.locator(".abc-plan-review")).to_contain_text("on to week 2")
    expect(question(page)).to_be_visible()


def test_an_emergency_shows_no_question_and_no_review(page, site_url) -> None:
    page.clock.install(time=TUESDAY)
    open_with_log(
        page, site_url, PLAN, LOG, {"abcourse:v1:tool:redflags": {"checked": ["bladder"]}}
    )
    expect(page.locator(".abc-plan-emergency")).to_be_visible()
    expect(page.locator(".abc-plan-weekly")).to_be_empty()


def week_values(page: Page) -> list[tuple[str, str, str]]:
    rows = page.locator(".abc-progression fieldset[data-week]")
    return [
        tuple(
            rows.nth(index).locator(f"input[data-field='{field}']").input_value()
            for field in ("sessions", "volume", "pain")
        )
        for index in range(rows.count())
    ]


def test_chapter_5_fills_in_from_the_log(page, site_url) -> None:
    page.clock.install(time=TUESDAY)
    broken = {"sessions": [*LOG["sessions"], {"date": "2026-03-09", "items": "?"}]}
    open_with_log(page, site_url, CHAPTER_5, broken)
    widget = page.locator(".abc-progression")
    widget.get_by_role("radio", name="minutes").check()
    widget.get_by_role("button", name="Fill in from your session log").click()
    # the 7-day weeks ending today: 4 to 10 March holds three sessions, 25 February to 3 March one
    assert week_values(page) == [("1", "3", "1"), ("3", "10", "2")]
    expect(widget.get_by_role("radio", name="sets")).to_be_checked()
    message = widget.locator(".abc-progression-fill-message")
    expect(message).to_contain_text("Filled in 2 weeks and 4 sessions from your session log")
    expect(message).to_contain_text("counted in sets")
    expect(widget.locator(".abc-notice")).to_contain_text(
        "1 damaged entry of your session log was left out. Nothing else was lost."
    )
    expect(widget.locator("[data-flag='rise-one-week']")).to_contain_text("from 3 to 10")
    # the learner can still change a number, and it is saved
    widget.locator("fieldset[data-week='2'] input[data-field='pain']").fill("3")
    saved = json.loads(page.evaluate("localStorage.getItem('abcourse:v1:tool:progression')"))
    assert saved["data"] == {
        "weeks": [
            {"sessions": 1, "volume": 3, "pain": 1},
            {"sessions": 3, "volume": 10, "pain": 3},
        ],
        "unit": "sets",
    }
    # the log itself is left as it was
    assert len(saved_log(page)["sessions"]) == 5


def test_a_week_without_pain_stays_blank_for_the_learner(page, site_url) -> None:
    page.clock.install(time=moment("2026-03-13", 12))
    log = {"sessions": [*WEEK_1, session("2026-03-10"), session("2026-03-12")]}
    open_with_log(page, site_url, CHAPTER_5, log)
    widget = page.locator(".abc-progression")
    widget.get_by_role("button", name="Fill in from your session log").click()
    assert week_values(page) == [("3", "10", "2"), ("2", "6", "")]
    expect(widget.locator(".abc-progression-fill-message")).to_contain_text(
        "1 week has no next-morning pain yet: type it in yourself."
    )
    pain = widget.locator("fieldset[data-week='2'] input[data-field='pain']")
    expect(pain).to_have_attribute("aria-invalid", "true")


def test_no_log_no_button(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER_5)
    expect(page.locator(".abc-progression")).to_be_visible()
    expect(page.get_by_role("button", name="Fill in from your session log")).to_have_count(0)


MODES = [(scheme, width) for scheme in ("light", "dark") for width in (1280, 390)]


@pytest.mark.parametrize("styled_page", MODES, ids=[f"{s}-{w}" for s, w in MODES], indirect=True)
def test_axe_and_screenshots(styled_page, site_url, request: pytest.FixtureRequest) -> None:
    page = styled_page
    scheme, width = request.node.callspec.params["styled_page"]
    name = f"{scheme}-{width}"
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.clock.install(time=TUESDAY)
    open_with_log(page, site_url, PLAN, LOG, {"abcourse:v1:tool:redflags": NO_RED_FLAGS})
    weekly = page.locator(".abc-plan-weekly")
    violations = run_axe(page)
    assert not violations, f"axe on the pain question ({name}):\n{describe(violations)}"
    weekly.screenshot(path=SHOTS / f"prompt-{name}.png")
    page.get_by_role("radio", name="6", exact=True).check()
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".abc-pain-thanks")).to_be_visible()
    violations = run_axe(page)
    assert not violations, f"axe on the review ({name}):\n{describe(violations)}"
    weekly.screenshot(path=SHOTS / f"review-{name}.png")
    open_chapter(page, site_url, CHAPTER_5)
    page.get_by_role("button", name="Fill in from your session log").click()
    widget = page.locator(".abc-progression")
    expect(widget.locator(".abc-progression-fill-message")).to_be_visible()
    violations = run_axe(page)
    assert not violations, f"axe on chapter 5 filled in ({name}):\n{describe(violations)}"
    no_sideways = page.evaluate(
        "[...document.querySelectorAll('.abc-plan-weekly, .abc-progression-fill')]"
        ".every((el) => el.scrollWidth <= el.clientWidth + 1)"
    )
    assert no_sideways
    # the top of the check: the button, its message and the weeks it filled in (the results
    # below are chapter 5's own, shown in its tests)
    page.add_style_tag(
        content=".abc-progression .abc-progression-result, .abc-progression .abc-summary, "
        ".abc-progression .abc-footer { display: none !important; }"
    )
    widget.screenshot(path=SHOTS / f"chapter5-{name}.png")
    print(f"\nreview screenshots: {SHOTS}")
