"""The workout mode on the built Your plan page, at 390 px, with Playwright's fake clock: a whole
session from start to end is logged with the sets done; a pause holds the clock; "Stop: it hurts"
with a red-flag choice shows the checker's advice as an alert and logs the stop; keyboard only
runs a step; the live region speaks once a step; axe finds nothing in light or dark mode."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta

import pytest
from playwright.sync_api import Browser, Page, expect

from abcourse.data.course import course
from abcourse.data.red_flags import load_red_flags
from abcourse.data.stop_rules import load_stop_rules

from ..support import DATA
from .axe import describe, run_axe
from .conftest import PageProblems, watch

CHAPTER = course().plan.notebook
LOG_KEY = "abcourse:v1:log:sessions"
RED_FLAGS = load_red_flags(DATA / "red-flags.yml")
STOP_RULES = load_stop_rules(DATA / "stop-rules.yml")
#: a fixed start for the fake clock (a number would be read as seconds)
T0 = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)
PHONE = {"width": 390, "height": 844}

# Counts each change of the workout's live region, before the page's own scripts run.
LIVE_WATCH = """
window.__announced = [];
new MutationObserver(() => {
  const live = document.querySelector(".abc-workout-live");
  if (live && live.textContent && live.textContent !== window.__announced.at(-1))
    window.__announced.push(live.textContent);
}).observe(document, {subtree: true, childList: true, characterData: true});
"""
# Records what the page asks of the device: the screen wake lock and vibration.
DEVICE_STUB = """
window.__device = {locks: 0, released: 0, vibrations: 0};
Object.defineProperty(navigator, "wakeLock", {configurable: true, value: {
  request: async (type) => {
    if (type !== "screen") throw new Error("not a screen lock");
    window.__device.locks += 1;
    const sentinel = new EventTarget();
    sentinel.release = async () => { window.__device.released += 1; };
    return sentinel;
  },
}});
navigator.vibrate = () => { window.__device.vibrations += 1; return true; };
"""


@pytest.fixture()
def phone(browser: Browser, problems: PageProblems, request: pytest.FixtureRequest):
    """A 390 px page with the fake clock installed, in the colour scheme the test asks for."""
    scheme = getattr(request, "param", "light")
    context = browser.new_context(viewport=PHONE, color_scheme=scheme)
    watch(context, problems)
    context.add_init_script(LIVE_WATCH + DEVICE_STUB)
    page = context.new_page()
    page.clock.install(time=T0)
    yield page
    context.close()
    found = problems.all()
    assert not found, "problems on the page:\n" + "\n".join(found)


def open_plan(page: Page, site_url: str) -> None:
    """Open the plan, then stop the fake clock: from here only the test moves time, so a slow
    machine cannot move a countdown between two of the test's steps."""
    page.goto(f"{site_url}/book/{CHAPTER}.html")
    page.wait_for_selector(".abc-workout-start", timeout=20_000)
    page.clock.pause_at(T0 + timedelta(minutes=1))


def seconds_shown(page: Page) -> int:
    minutes, seconds = page.locator(".abc-workout-big").inner_text().split(":")
    return int(minutes) * 60 + int(seconds)


def logged(page: Page) -> list[dict]:
    raw = page.evaluate(f"localStorage.getItem({json.dumps(LOG_KEY)})")
    return json.loads(raw)["data"]["sessions"] if raw else []


def start(page: Page) -> None:
    page.get_by_role("button", name="Start today’s session").click()
    expect(page.locator(".abc-workout-step")).to_be_visible()


def run_to_the_end(page: Page, skip_at: int | None = None) -> list[str]:
    """Run the session as a learner: wait out each countdown, press Done or Start at the rest.
    Skip the work step number `skip_at` (0-based). Returns each step's heading and kind."""
    seen: list[str] = []
    work_steps = 0
    view = page.locator(".abc-workout-step")
    done = page.locator(".abc-workout-done")
    for _ in range(200):
        if not view.is_visible():
            return seen
        heading = page.locator(".abc-workout-name").inner_text()
        timed = page.locator(".abc-workout-timer").is_visible() and ":" in (
            page.locator(".abc-workout-big").inner_text()
        )
        kind = "start" if done.is_visible() and done.inner_text() == "Start" else "step"
        seen.append(f"{heading}:{'timer' if timed else kind}")
        is_work = heading != "Rest" and kind != "start"
        if is_work and work_steps == skip_at:
            page.locator(".abc-workout-skip").click()
        elif timed:
            page.clock.run_for(seconds_shown(page) * 1000 + 100)
        else:
            done.click()
        work_steps += int(is_work)
    raise AssertionError(f"the session did not end: {seen[-5:]}")


def test_a_whole_session_runs_to_the_end_and_is_logged(phone: Page, site_url: str) -> None:
    open_plan(phone, site_url)
    start(phone)
    first = seconds_shown(phone)
    assert first > 3
    phone.clock.run_for(3_000)
    assert seconds_shown(phone) == first - 3
    # one late timer after the hold and part of the rest: the rest, with the right time left
    phone.clock.run_for((first - 3) * 1000 + 5_000)
    expect(phone.locator(".abc-workout-name")).to_have_text("Rest")
    rest = seconds_shown(phone)
    expect(phone.locator(".abc-workout-what")).to_contain_text("Rest")
    steps = run_to_the_end(phone, skip_at=1)
    assert any(step.endswith(":start") for step in steps), steps
    assert any(step.startswith("Rest:timer") for step in steps), steps
    assert rest < 60
    summary = phone.locator(".abc-workout-summary")
    expect(summary).to_contain_text("Session finished")
    expect(summary.locator(".abc-workout-saved")).to_be_visible()
    sessions = logged(phone)
    assert len(sessions) == 1
    session = sessions[0]
    assert session["stopped"] is None and session["week"] == 1
    assert session["date"] == "2026-03-02"
    items = session["items"]
    # the second work step (the first exercise's second set) was skipped, the rest were done
    assert items[0]["setsDone"] == items[0]["setsPlanned"] - 1
    assert all(item["setsDone"] == item["setsPlanned"] for item in items[1:]), items
    expect(summary.locator("li").first).to_contain_text(
        f"{items[0]['setsDone']} of {items[0]['setsPlanned']} sets done"
    )
    # the screen was kept on while it ran, and let go at the end
    device = phone.evaluate("window.__device")
    assert device["locks"] >= 1 and device["released"] >= 1, device
    assert device["vibrations"] == 0, "vibration is off unless the learner turns it on"
    # the launcher comes back, and the log is carried by the plan's reset
    phone.get_by_role("button", name="Close").click()
    expect(phone.get_by_role("button", name="Start today’s session")).to_be_focused()
    # chapter 5's check finds the session in the log: one session, its sets done (the clock
    # runs again for a page load; nothing on it is timed)
    phone.clock.resume()
    phone.goto(f"{site_url}/book/05-overtraining-progression.html")
    check = phone.locator(".abc-progression")
    check.get_by_role("button", name="Fill in from your session log").click()
    expect(check.locator(".abc-progression-fill-message")).to_contain_text("1 session")
    done = sum(item["setsDone"] for item in items)
    volumes = check.locator("input[data-field='volume']").evaluate_all(
        "inputs => inputs.map((input) => input.value)"
    )
    assert str(done) in volumes, volumes
    # and the plan's weekly review counts it towards next week
    phone.goto(f"{site_url}/book/{CHAPTER}.html")
    expect(phone.locator(".abc-plan-review")).to_contain_text("1 session logged in the week")


def test_pause_holds_the_clock(phone: Page, site_url: str) -> None:
    open_plan(phone, site_url)
    start(phone)
    phone.clock.run_for(2_000)
    left = seconds_shown(phone)
    phone.get_by_role("button", name="Pause").click()
    expect(phone.locator(".abc-workout-paused")).to_be_visible()
    phone.clock.run_for(10 * 60_000)
    held = seconds_shown(phone)
    assert held == left
    expect(phone.locator(".abc-workout-name")).not_to_have_text("Rest")
    phone.get_by_role("button", name="Resume").click()
    phone.clock.run_for(3_000)
    # running again: the time left goes down by about the time that passed
    assert held - 4 <= seconds_shown(phone) < held


def test_stop_it_hurts_with_a_red_flag_shows_the_checker_advice_and_logs_it(
    phone: Page, site_url: str
) -> None:
    open_plan(phone, site_url)
    start(phone)
    phone.clock.run_for(2_000)
    phone.get_by_role("button", name="Stop: it hurts").click()
    choices = phone.locator(".abc-workout-choice")
    expect(choices).to_have_count(len(STOP_RULES["rules"]))
    expect(phone.locator(".abc-workout-stop-title")).to_be_focused()
    phone.clock.run_for(60_000)
    expect(phone.locator(".abc-workout-step")).to_be_hidden()
    numbness = next(rule for rule in STOP_RULES["rules"] if rule["id"] == "leg-numbness")
    phone.locator(".abc-workout-choice[data-rule='leg-numbness']").click()
    alert = phone.locator(".abc-workout-advice[role='alert']")
    ae_now = RED_FLAGS["levels"]["ae-now"]
    expect(alert).to_contain_text(ae_now["title"])
    expect(alert).to_contain_text(ae_now["advice"])
    expect(alert).to_contain_text(numbness["choice"])
    names = alert.locator(".abc-source").inner_text().removeprefix("Source: ").rstrip(".")
    assert len(names.split("; ")) == len(set(names.split("; "))), names
    expect(phone.locator(".abc-workout-summary-title")).to_have_text("Session stopped.")
    session = logged(phone)[-1]
    assert session["stopped"] == {"rule": "leg-numbness"}
    assert session["items"][0]["setsDone"] == 0


def test_mild_discomfort_carries_on(phone: Page, site_url: str) -> None:
    open_plan(phone, site_url)
    start(phone)
    phone.clock.run_for(2_000)
    left = seconds_shown(phone)
    phone.get_by_role("button", name="Stop: it hurts").click()
    phone.locator(".abc-workout-choice[data-rule='mild-discomfort']").click()
    expect(phone.locator(".abc-workout-advice")).not_to_have_attribute("role", "alert")
    phone.get_by_role("button", name="Carry on").click()
    assert seconds_shown(phone) == left
    phone.clock.run_for(2_000)
    assert seconds_shown(phone) == left - 2
    assert logged(phone) == []


def test_keyboard_alone_runs_a_step(phone: Page, site_url: str) -> None:
    open_plan(phone, site_url)
    launcher = phone.get_by_role("button", name="Start today’s session")
    launcher.focus()
    phone.keyboard.press("Enter")
    heading = phone.locator(".abc-workout-name")
    expect(heading).to_be_focused()
    phone.clock.run_for(1_000)
    left = seconds_shown(phone)
    phone.keyboard.press("Space")
    expect(phone.locator(".abc-workout-paused")).to_be_visible()
    phone.clock.run_for(30_000)
    assert seconds_shown(phone) == left
    phone.keyboard.press("Space")
    expect(phone.locator(".abc-workout-paused")).to_be_hidden()
    # Tab reaches the figure's play control, then the controls in order; Enter on Skip skips
    # the hold
    phone.keyboard.press("Tab")
    play = phone.get_by_role("button", name="Play the movement")
    expect(play).to_be_focused()
    expect(play).to_have_attribute("aria-pressed", "false")
    phone.keyboard.press("Tab")
    expect(phone.get_by_role("button", name="Pause")).to_be_focused()
    phone.keyboard.press("Tab")
    expect(phone.locator(".abc-workout-skip")).to_be_focused()
    phone.keyboard.press("Enter")
    expect(heading).to_have_text("Rest")
    # the next-exercise prompt and a rep set wait for Enter, pressed on the step's heading
    done = phone.locator(".abc-workout-done")
    while not done.is_visible():
        phone.clock.run_for(seconds_shown(phone) * 1000 + 100)
    expect(done).to_have_text("Start")
    heading.focus()
    phone.keyboard.press("Enter")
    expect(phone.locator(".abc-workout-progress")).to_contain_text("Exercise 2 of")
    if done.is_visible():
        # a rep set: Enter marks it done and the rest begins
        expect(done).to_have_text("Done")
        heading.focus()
        phone.keyboard.press("Enter")
        expect(heading).to_have_text("Rest")


def test_the_exercise_plays_its_movement_on_request(phone: Page, site_url: str) -> None:
    """The workout draws the same movement loop as the book: still until the learner presses
    its play toggle, then stepping through start -> end -> start; the countdown runs on."""
    open_plan(phone, site_url)
    start(phone)
    figure = phone.locator(".abc-workout-figure")
    play = figure.get_by_role("button", name="Play the movement")
    moves = figure.locator("svg[data-moves] .abc-pose-moves")
    expect(play).to_have_attribute("aria-pressed", "false")
    expect(moves).to_be_hidden()
    play.click()
    expect(play).to_have_attribute("aria-pressed", "true")
    expect(moves).to_be_visible()
    play.click()
    expect(moves).to_be_hidden()


def test_the_live_region_speaks_once_a_step(phone: Page, site_url: str) -> None:
    open_plan(phone, site_url)
    start(phone)
    for _ in range(6):
        phone.clock.run_for(5_000)
        if phone.locator(".abc-workout-done").is_visible():
            break
        phone.clock.run_for(seconds_shown(phone) * 1000 + 100)
    announced = phone.evaluate("window.__announced")
    # the countdown ran for minutes, redrawn every 200 ms, but each step was spoken once
    assert len(announced) == len(set(announced)), announced
    assert 4 <= len(announced) <= 7, announced
    assert re.match(r"^.+: Hold for \d+ seconds\. Exercise 1 of \d+", announced[0]), announced
    assert announced[1].startswith("Rest for"), announced
    timer = phone.locator(".abc-workout-timer")
    expect(timer).to_have_attribute("aria-live", "off")


@pytest.mark.parametrize("phone", ["light", "dark"], indirect=True)
def test_axe_finds_nothing_in_the_workout(phone: Page, site_url: str) -> None:
    open_plan(phone, site_url)
    start(phone)
    phone.clock.run_for(2_000)
    # axe queues its checks on timers: let the clock run again (nothing here is timed)
    phone.clock.resume()
    for state in ("running", "stop choices", "red-flag advice"):
        if state == "stop choices":
            phone.get_by_role("button", name="Stop: it hurts").click()
        if state == "red-flag advice":
            phone.locator(".abc-workout-choice[data-rule='leg-numbness']").click()
        violations = run_axe(phone)
        assert not violations, f"{state}:\n{describe(violations)}"


def test_export_import_and_reset_carry_the_log(phone: Page, site_url: str, tmp_path) -> None:
    open_plan(phone, site_url)
    start(phone)
    phone.get_by_role("button", name="Stop: it hurts").click()
    phone.locator(".abc-workout-choice[data-rule='sharp-or-building']").click()
    expect(phone.locator(".abc-workout-care")).to_be_visible()
    session = logged(phone)[0]
    file = tmp_path / "progress.json"
    records = {LOG_KEY: {"sessions": [session]}}
    file.write_text(
        json.dumps({"format": "abcourse-progress", "version": 1, "records": records}),
        encoding="utf-8",
    )
    phone.get_by_role("button", name="Reset all progress").click()
    phone.get_by_role("button", name="Yes, delete all my progress").click()
    assert logged(phone) == []
    phone.get_by_label("Load a progress file").set_input_files(str(file))
    expect(phone.locator(".abc-plan-file-message")).to_contain_text("Loaded 1 saved item")
    assert logged(phone) == [session]


def test_a_session_the_browser_refuses_to_save_says_so(phone: Page, site_url: str) -> None:
    phone.add_init_script(
        "const put = Storage.prototype.setItem;"
        "Storage.prototype.setItem = function (key, value) {"
        f"  if (key === {json.dumps(LOG_KEY)}) throw new DOMException('full');"
        "  return put.call(this, key, value); };"
    )
    open_plan(phone, site_url)
    start(phone)
    phone.get_by_role("button", name="Stop: it hurts").click()
    phone.locator(".abc-workout-choice[data-rule='sharp-or-building']").click()
    notice = phone.locator(".abc-workout .abc-notice")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("this session")
    expect(phone.locator(".abc-workout-saved")).to_have_count(0)
    assert logged(phone) == []
