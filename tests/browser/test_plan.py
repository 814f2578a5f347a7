"""The plan chapter on the built book: saved records become a profile and a plan, an emergency
sign comes first, progress is downloaded and loaded back, a wrong file changes nothing, a reset
needs a confirmation, and the page prints cleanly."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from abcourse.data.content import load_content
from abcourse.data.course import course
from abcourse.data.red_flags import load_red_flags

from ..support import CHAPTERS as CAUSE_CHAPTERS
from ..support import DATA
from .conftest import WEAK_CORE_RECORDS, open_chapter, open_checklist, save_records

CHAPTER = course().plan.notebook
#: each exercise's movement pattern, by its id
PATTERNS = {
    exercise["id"]: exercise["pattern"]
    for chapter in CAUSE_CHAPTERS
    for exercise in load_content(DATA / f"{chapter}.yml").get("exercises", [])
}
RED_FLAGS = load_red_flags(DATA / "red-flags.yml")
EMERGENCY = "bladder"
# every group of the red-flag checker answered "I have none of these"
NO_RED_FLAGS = {"checked": [], "none": [group["id"] for group in RED_FLAGS["groups"]]}

WEAK_TIMES = {**WEAK_CORE_RECORDS, "abcourse:v1:tool:redflags": NO_RED_FLAGS}


def seed(page: Page, records: dict[str, object]) -> None:
    """Save records the way the widgets do, then reload so the plan reads them."""
    save_records(page, records)
    page.reload()
    page.wait_for_selector(".abc-plan")


def course_records(page: Page) -> dict[str, object]:
    """Every course key in localStorage with the data it holds."""
    return page.evaluate(
        "Object.fromEntries(Object.keys(localStorage).filter((k) => k.startsWith('abcourse:'))"
        ".map((k) => [k, JSON.parse(localStorage.getItem(k)).data]))"
    )


def expect_refused(page: Page, file: Path, why: str) -> None:
    """Loading `file` is refused with `why` and "Nothing was changed", and storage is untouched."""
    before = page.evaluate("JSON.stringify(localStorage)")
    page.get_by_label("Load a progress file").set_input_files(str(file))
    message = page.locator(".abc-plan-file-message")
    expect(message).to_contain_text(why)
    expect(message).to_contain_text("Nothing was changed")
    assert page.evaluate("JSON.stringify(localStorage)") == before, file.name


def course_keys(page: Page) -> list[str]:
    return page.evaluate(
        "Object.keys(localStorage).filter((key) => key.startsWith('abcourse:')).sort()"
    )


def test_no_data_yet_links_to_every_chapter(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    plan = page.locator(".abc-plan")
    # nothing to compare yet: the profile folds under one line, and there is no empty chart
    profile = plan.locator("details.abc-plan-profile-empty")
    expect(profile.locator("> summary")).to_have_text(
        "Your profile: no self-test results yet (what to do in each chapter)"
    )
    expect(plan.locator("svg.abc-plan-chart")).to_have_count(0)
    profile.locator("> summary").click()
    causes = plan.locator(".abc-plan-causes > li")
    expect(causes).to_have_count(5)
    for index, chapter in enumerate(CAUSE_CHAPTERS):
        item = causes.nth(index)
        expect(item).to_contain_text("no results yet")
        link = item.locator(".abc-plan-nodata a")
        expect(link).to_have_attribute("href", f"{chapter}.html")
    # the relative links lead to the chapters of the built book
    causes.first.locator(".abc-plan-nodata a").click()
    expect(page).to_have_url(f"{site_url}/book/01-weak-core.html")


def test_saved_records_give_a_profile_and_a_plan(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    seed(page, WEAK_TIMES)
    plan = page.locator(".abc-plan")
    expect(plan.locator(".abc-plan-alert [role='alert']")).to_have_count(0)
    weak = plan.locator(".abc-plan-causes > li[data-cause='weak-core']")
    expect(weak).to_contain_text("needs most attention")
    expect(plan.locator("li[data-cause='overtraining']")).to_contain_text("looks fine")
    expect(plan.locator("li[data-cause='conditions']")).to_contain_text("No red-flag signs")
    expect(plan.locator("li[data-cause='form']")).to_contain_text("no results yet")
    expect(plan.locator(".abc-plan-status")).to_contain_text("Most attention: Weak core muscles")
    # the session card comes first: its days, its length, each exercise with its start
    card = plan.locator(".abc-plan-session")
    expect(card).to_contain_text("Week 1: your session")
    expect(card.locator(".abc-plan-when")).to_have_text(
        re.compile(r"^Mon, Wed, Fri: about \d+ min")
    )
    expect(card).to_contain_text("Other days (Tue, Thu, Sat, Sun)")
    expect(card).to_contain_text("Stop or swap this week")
    expect(card).to_contain_text("Leg raises.")
    # the weak-core chapter's exercises come first, with weeks 1 to 4
    first = plan.locator(".abc-plan-weeklist > li").first
    expect(first).to_contain_text("Weak core muscles")
    expect(first.locator(".abc-plan-week-steps > li")).to_have_count(4)
    # one exercise of each movement pattern, and a walk
    shown = plan.locator(".abc-plan-exercises > li").evaluate_all(
        "(items) => items.map((item) => item.dataset.exercise)"
    )
    patterns = [PATTERNS[exercise] for exercise in shown]
    assert len(set(patterns)) == len(patterns) and "walking" in patterns, shown
    # no wide table, and no "all ab work" row beside the plan
    expect(plan.locator("table.abc-plan-table")).to_have_count(0)
    expect(plan).not_to_contain_text("All ab work")


def test_an_emergency_comes_first_and_puts_the_plan_away(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    seed(page, {**WEAK_TIMES, "abcourse:v1:tool:redflags": {"checked": [EMERGENCY]}})
    plan = page.locator(".abc-plan")
    alert = plan.get_by_role("alert")
    expect(alert).to_contain_text("Go to A&E now")
    expect(alert).to_contain_text("999")
    first_text = plan.evaluate("(el) => el.firstElementChild.innerText")
    assert first_text.lstrip("⚠ ").startswith("Go to A&E now"), first_text
    expect(alert).to_contain_text("Your exercise plan is put away until a clinician has seen you")
    expect(plan.locator(".abc-plan-status")).to_contain_text("plan is put away")
    # no week-by-week table, no exercise list: nothing to start before care
    expect(plan.locator(".abc-plan-weeks")).to_be_empty()
    expect(plan.locator("table.abc-plan-table")).to_have_count(0)
    # the start-here answers are put away too: the alert is the one thing to act on
    expect(plan.locator(".abc-plan-start-here")).to_be_hidden()
    # on the page, only the title and one short paragraph come before it
    article = page.locator("article.bd-article")
    before = article.evaluate(
        "(el) => [...el.querySelectorAll('p, li, h2, h3')].filter((node) =>"
        " node.compareDocumentPosition(document.querySelector('.abc-plan')) & 4).length"
    )
    assert before <= 2, before


def test_export_and_import_progress(page, site_url, tmp_path: Path) -> None:
    open_chapter(page, site_url, CHAPTER)
    seed(page, WEAK_TIMES)
    with page.expect_download() as info:
        page.get_by_role("link", name="Download your progress").click()
    download = info.value
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    exported = json.loads(saved.read_text(encoding="utf-8"))
    assert exported["format"] == "abcourse-progress"
    assert set(exported["records"]) == set(WEAK_TIMES)
    # clear everything, then load the file back
    page.evaluate("localStorage.clear()")
    page.reload()
    page.wait_for_selector(".abc-plan")
    expect(page.locator("li[data-cause='weak-core']")).to_contain_text("no results yet")
    page.get_by_label("Load a progress file").set_input_files(str(saved))
    message = page.locator(".abc-plan-file-message")
    expect(message).to_contain_text("Loaded 3 saved items")
    expect(page.locator("li[data-cause='weak-core']")).to_contain_text("needs most attention")
    assert course_keys(page) == sorted(WEAK_TIMES)


def test_a_wrong_file_changes_nothing(page, site_url, tmp_path: Path) -> None:
    open_chapter(page, site_url, CHAPTER)
    seed(page, WEAK_TIMES)
    wrong = tmp_path / "notes.json"
    wrong.write_text(json.dumps({"hello": "world"}), encoding="utf-8")
    expect_refused(page, wrong, "not a progress file from this course")
    not_json = tmp_path / "photo.json"
    not_json.write_bytes(b"\x89PNG not json")
    expect_refused(page, not_json, "not valid JSON")


def test_reset_needs_a_confirmation(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    seed(page, WEAK_TIMES)
    reset = page.get_by_role("button", name="Reset all progress")
    reset.click()
    expect(page.get_by_text("This cannot be undone")).to_be_visible()
    page.get_by_role("button", name="Cancel").click()
    expect(page.locator(".abc-plan-file-message")).to_contain_text("Nothing was deleted")
    assert course_keys(page) == sorted(WEAK_TIMES)
    reset.click()
    yes = page.get_by_role("button", name="Yes, delete all my progress")
    expect(yes).to_be_focused()
    yes.click()
    expect(page.locator(".abc-plan-file-message")).to_contain_text("All progress was deleted")
    assert course_keys(page) == []
    expect(page.locator("li[data-cause='weak-core']")).to_contain_text("no results yet")


def test_the_plan_prints_cleanly(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    seed(page, WEAK_TIMES)
    page.emulate_media(media="print")
    for selector in (".bd-sidebar-primary", ".bd-header", "#jb-print-toc"):
        expect(page.locator(selector).first).to_be_hidden()
    plan = page.locator(".abc-plan")
    expect(plan.get_by_role("button", name="Print your plan")).to_be_hidden()
    expect(plan.get_by_label("Load a progress file")).to_be_hidden()
    # the session card and the four weeks print; the profile stays on screen
    expect(plan.locator(".abc-plan-session")).to_be_visible()
    expect(plan.locator(".abc-plan-weeklist")).to_be_visible()
    expect(plan.locator("svg.abc-plan-chart")).to_be_hidden()
    expect(plan.locator(".abc-plan-causes")).to_be_hidden()
    expect(page.get_by_role("heading", name="How the plan is made")).to_be_hidden()
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 10_000


@pytest.mark.parametrize(
    "records",
    [{}, WEAK_TIMES, {**WEAK_TIMES, "abcourse:v1:tool:plan-days": {"count": 2, "start": 5}}],
    ids=["no-results", "saved-results", "two-days"],
)
def test_the_plan_prints_on_one_a4_page(page, site_url, records) -> None:
    open_chapter(page, site_url, CHAPTER)
    seed(page, records)
    page.emulate_media(media="print")
    reader = PdfReader(io.BytesIO(page.pdf(format="A4")))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    # the card a learner takes to the gym: the days, the session, the stop list, the weeks
    days = "Sat, Tue" if records.get("abcourse:v1:tool:plan-days") else "Mon, Wed, Fri"
    for words in (days, "your session", "Stop or swap this week", "Week 4"):
        assert words in text, text[:1500]


def test_the_session_days_can_change_and_are_kept(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    seed(page, WEAK_TIMES)
    card = page.locator(".abc-plan-session")
    card.get_by_text("Change the days").click()
    card.get_by_label("2 days").check()
    card.get_by_label("First session day").select_option(label="Tuesday")
    expect(card.locator(".abc-plan-when")).to_contain_text("Tue, Fri:")
    expect(card).to_contain_text("Other days (Mon, Wed, Thu, Sat, Sun)")
    # the control keeps its focus while the plan refreshes around it
    card.get_by_label("3 days").check()
    expect(card.get_by_label("3 days")).to_be_focused()
    expect(card.locator(".abc-plan-when")).to_contain_text("Tue, Thu, Sat:")
    card.get_by_label("2 days").check()
    assert course_records(page)["abcourse:v1:tool:plan-days"] == {"count": 2, "start": 1}
    page.reload()
    expect(page.locator(".abc-plan-when")).to_contain_text("Tue, Fri:")


def test_a_file_with_one_bad_entry_changes_nothing(page, site_url, tmp_path: Path) -> None:
    open_chapter(page, site_url, CHAPTER)
    seed(page, WEAK_TIMES)
    for name, records, why in [
        (
            "damaged.json",
            {**WEAK_TIMES, "abcourse:v1:tool:endurance": {"times": "garbage"}},
            "abcourse:v1:tool:endurance",
        ),
        ("null.json", {"abcourse:v1:tool:progression": None}, "abcourse:v1:tool:progression"),
        ("unknown.json", {"abcourse:v1:zzz:whatever": {"a": 1}}, "no part of this course uses"),
    ]:
        wrong = tmp_path / name
        wrong.write_text(
            json.dumps({"format": "abcourse-progress", "version": 1, "records": records}),
            encoding="utf-8",
        )
        expect_refused(page, wrong, why)
    expect(page.locator("li[data-cause='weak-core']")).to_contain_text("needs most attention")


def test_damaged_saved_values_are_named_on_the_plan(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    page.evaluate(
        """() => {
            localStorage.setItem("abcourse:v1:tool:endurance", "}{garbage");
            const old = JSON.stringify({version: 0, data: {}});
            localStorage.setItem("abcourse:v1:tool:progression", old);
        }"""
    )
    page.reload()
    notice = page.locator(".abc-plan .abc-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("could not be read (2 items")
    expect(page.locator("li[data-cause='weak-core']")).to_contain_text("no results yet")


def test_an_incomplete_week_is_not_scored(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    gap = {"sessions": None, "volume": None, "pain": None}
    seed(
        page,
        {
            "abcourse:v1:tool:progression": {
                "weeks": [
                    {"sessions": 3, "volume": 10, "pain": 1},
                    gap,
                    {"sessions": 3, "volume": 40, "pain": 1},
                ],
                "unit": "sets",
            }
        },
    )
    overtraining = page.locator("li[data-cause='overtraining']")
    expect(overtraining).to_contain_text("Week 2 is missing a number")
    expect(overtraining).to_contain_text("not finished yet")
    expect(overtraining).not_to_contain_text("looks fine")


def test_real_answers_from_a_chapter_go_out_and_back_in(page, site_url, tmp_path: Path) -> None:
    open_chapter(page, site_url, CAUSE_CHAPTERS[0])
    question = page.locator(".abc-quiz fieldset[data-question-id]").first
    question.get_by_role("radio").first.check()
    question.get_by_role("button", name="Check answer").click()
    open_checklist(page.locator(".abc-checklist").first).get_by_role("checkbox").first.check()
    written = course_keys(page)
    assert any(":quiz:" in key for key in written) and any(":checklist:" in key for key in written)
    open_chapter(page, site_url, CHAPTER)
    with page.expect_download() as info:
        page.get_by_role("link", name="Download your progress").click()
    saved = tmp_path / "progress.json"
    info.value.save_as(saved)
    before = course_records(page)
    page.evaluate("localStorage.clear()")
    page.reload()
    page.wait_for_selector(".abc-plan")
    page.get_by_label("Load a progress file").set_input_files(str(saved))
    expect(page.locator(".abc-plan-file-message")).to_contain_text(
        f"Loaded {len(written)} saved items"
    )
    after = course_records(page)
    assert after == before


def advice_in_checker(page: Page, site_url: str, record: dict[str, object]) -> str:
    """The advice text the chapter-4 checker shows for a saved record."""
    open_chapter(page, site_url, "04-back-conditions")
    save_records(page, {"abcourse:v1:tool:redflags": record})
    page.reload()
    page.wait_for_selector(".abc-redflags")
    advice = page.locator(".abc-redflags .abc-redflag-advice").inner_text()
    # an emergency's advice is in the alert under the group, the live region below stays quiet
    return advice or page.locator(".abc-redflags .abc-redflag-alert").inner_text()


def test_the_plan_says_the_level_and_its_action_in_a_sentence_or_two(page, site_url) -> None:
    record = {"checked": ["cancer", "one-leg-pain"], "none": NO_RED_FLAGS["none"][:]}
    record["none"] = [g for g in record["none"] if g not in ("nerves", "health")]
    in_checker = advice_in_checker(page, site_url, record)
    assert "Call your cancer team" in in_checker
    open_chapter(page, site_url, CHAPTER)
    seed(page, {**WEAK_TIMES, "abcourse:v1:tool:redflags": record})
    # cancer with pain down a leg is an emergency: the plan shows the checker's words, no plan
    alert = page.locator(".abc-plan").get_by_role("alert")
    expect(alert).to_contain_text("Call your cancer team's 24-hour line now")
    for line in in_checker.splitlines()[:2]:
        expect(alert).to_contain_text(line.strip().lstrip("⚠ "))
    expect(page.locator(".abc-plan-weeks")).to_be_empty()


def test_one_leg_symptoms_ask_about_the_plan(page, site_url) -> None:
    record = {
        "checked": ["one-leg-pain"],
        "none": [g for g in NO_RED_FLAGS["none"] if g != "nerves"],
    }
    open_chapter(page, site_url, CHAPTER)
    seed(page, {**WEAK_TIMES, "abcourse:v1:tool:redflags": record})
    box = page.locator(".abc-plan .abc-plan-redflags")
    expect(box).to_have_attribute("data-level", "routine")
    expect(box).to_contain_text(RED_FLAGS["levels"]["routine"]["title"])
    expect(box).to_contain_text("Ask a clinician whether this plan suits you")
    expect(box).to_contain_text("pain down one leg")
    # a sentence or two: no list of every sign asked, no "signs above"
    assert len(box.inner_text()) < 700, box.inner_text()
    expect(box).not_to_contain_text("above")
    expect(page.locator(".abc-plan-session")).to_have_count(1)
    assert box.evaluate(
        "(el) => Boolean(el.compareDocumentPosition(document.querySelector('.abc-plan-weeks')) & 4)"
    )


def test_the_all_clear_on_the_plan_is_short(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    seed(page, WEAK_TIMES)
    box = page.locator(".abc-plan .abc-plan-redflags")
    expect(box).to_contain_text(RED_FLAGS["allClear"]["title"])
    expect(box).to_contain_text("cannot see you")
    expect(box).not_to_contain_text("Ask a clinician")
    assert len(box.inner_text()) < 500, box.inner_text()


def test_an_unfinished_red_flag_check_is_no_all_clear_on_the_plan(page, site_url) -> None:
    open_chapter(page, site_url, CHAPTER)
    seed(page, {**WEAK_TIMES, "abcourse:v1:tool:redflags": {"checked": [], "none": ["everyday"]}})
    box = page.locator(".abc-plan .abc-plan-redflags")
    expect(box).to_contain_text(f"You have answered 1 of {len(NO_RED_FLAGS['none'])} groups")
    expect(box).to_contain_text("Finish it before you start")
    expect(box).not_to_contain_text("No red-flag signs")
    expect(box.get_by_role("link", name="the red-flag checker")).to_have_attribute(
        "href", "04-back-conditions.html#red-flag-checker"
    )
    conditions = page.locator(".abc-plan li[data-cause='conditions']")
    expect(conditions).to_contain_text("not finished yet")


def test_todays_session_is_as_long_as_the_card_says(page, site_url) -> None:
    """The card puts the walk on the days between sessions, so "Start today's session" runs the
    exercises alone, and its length is the card's."""
    open_chapter(page, site_url, CHAPTER)
    plan = page.locator(".abc-plan")
    when = plan.locator(".abc-plan-session .abc-plan-when").inner_text()
    card_minutes = re.search(r"about (\d+) minutes?", when)
    assert card_minutes, when
    expect(plan.locator(".abc-workout-length")).to_have_text(
        f"about {card_minutes.group(1)} minutes"
    )
