"""The drawn figures on the built pages, in light and dark mode, on a phone and a wide screen:
each exercise shows its start and end under "How to do it", each checklist its faults beside the
right form, chapter 1's self-test the set-up of each hold test, and the plan a small end
position per exercise (also in print). Every drawing has its accessible name, follows the page's
text colour, fits the column, and axe-core finds nothing on it.

A screenshot of every figure goes to a folder the run prints (``_build/figure-screenshots`` in
the repository, or ``ABCOURSE_FIGURE_SHOTS``), so a person can look at them all at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from abcourse.data.content import load_content
from abcourse.figures.figureset import FigureLibrary

from ..support import CHAPTERS, DATA, REPO
from .axe import axe_source
from .conftest import PageProblems, open_chapter, open_checklist, watch

SCHEMES = ("light", "dark")
WIDTHS = (390, 1280)
FIGURE_PARTS = (".abc-figure", ".abc-fault-pair", ".abc-setup-figure", ".abc-plan-figure")
#: the smallest a fault's label may be drawn, in CSS pixels, at both widths
MIN_LABEL_PX = 13


def chapter_figures() -> dict[str, list[tuple[str, str, int, int]]]:
    """Each chapter's exercises with figures: (figure set key, checklist id, number of faults,
    number of drawings under "How to do it": start and end, and the other side if it has one)."""
    library = FigureLibrary(DATA)
    found: dict[str, list[tuple[str, str, int, int]]] = {}
    for chapter in CHAPTERS:
        for exercise in load_content(DATA / f"{chapter}.yml").get("exercises", []):
            key = f"{chapter}/{exercise['id']}"
            figure_set = library.figure_set(key)
            drawings = 3 if figure_set.both_sides else 2
            found.setdefault(chapter, []).append(
                (key, exercise["checklist"], len(figure_set.faults), drawings)
            )
    return found


FIGURES = chapter_figures()


@pytest.fixture(scope="module")
def shots(request: pytest.FixtureRequest) -> Iterator[Path]:
    folder = Path(os.environ.get("ABCOURSE_FIGURE_SHOTS") or REPO / "_build" / "figure-screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    # shown even though pytest captures output, so a person finds the screenshots to look at
    count = len(list(folder.glob("*.png")))
    capture = request.config.pluginmanager.getplugin("capturemanager")
    with capture.global_and_fixture_disabled():
        print(f"\nfigure screenshots ({count}): {folder}")


@dataclass
class View:
    """A page in one colour scheme at one width."""

    page: Page
    scheme: str
    width: int

    def shot(self, folder: Path, name: str) -> str:
        return str(folder / f"{self.scheme}-{self.width}-{name}.png")


@pytest.fixture()
def view(
    browser: Browser, problems: PageProblems, request: pytest.FixtureRequest
) -> Iterator[View]:
    """A fresh page in the scheme and at the width the test asks for, watched like any other."""
    scheme, width = request.param
    context = browser.new_context(color_scheme=scheme, viewport={"width": width, "height": 900})
    watch(context, problems)
    yield View(context.new_page(), scheme, width)
    context.close()
    found = problems.all()
    assert not found, "problems on the page:\n" + "\n".join(found)


THEMES = [(scheme, width) for scheme in SCHEMES for width in WIDTHS]
THEME_IDS = [f"{scheme}-{width}" for scheme, width in THEMES]


def open_settled(page: Page, site_url: str, chapter: str) -> None:
    """The chapter with its widgets rendered and every figure's file loaded."""
    open_chapter(page, site_url, chapter)
    page.wait_for_load_state("networkidle")


def axe_violations(page: Page) -> list[str]:
    try:
        source = axe_source()
    except FileNotFoundError as missing:
        pytest.fail(str(missing))
    page.add_script_tag(content=source)
    include = [[selector] for selector in FIGURE_PARTS if page.locator(selector).count()]
    return page.evaluate(
        """async (include) => {
            const result = await axe.run({include}, {resultTypes: ["violations"]});
            const where = (v) => v.nodes.map((n) => n.target.join(" ")).join(", ");
            return result.violations.map((v) => `${v.id}: ${v.help} (${where(v)})`);
        }""",
        include,
    )


def contrast(page: Page, selector: str) -> float:
    """The contrast between a drawing's colour and the page behind it."""
    return page.locator(selector).first.evaluate(
        """(svg) => {
            const rgb = (text) => text.match(/[\\d.]+/g).slice(0, 3).map(Number);
            const lum = ([r, g, b]) => {
                const linear = (v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
                const c = [r, g, b].map((v) => linear(v / 255));
                return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
            };
            let node = svg, background = "rgba(0, 0, 0, 0)";
            while (node && (background === "rgba(0, 0, 0, 0)" || background === "transparent")) {
                background = getComputedStyle(node).backgroundColor;
                node = node.parentElement;
            }
            const [a, b] = [lum(rgb(getComputedStyle(svg).color)), lum(rgb(background))];
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }"""
    )


def check_drawing(page: Page, svg, width: int) -> None:
    expect(svg).to_be_visible()
    title = svg.locator("title").text_content()
    expect(svg).to_have_accessible_name(title)
    expect(svg).to_have_accessible_description(svg.locator("desc").text_content())
    box = svg.bounding_box()
    assert box and box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, (
        f"{title}: outside the screen"
    )
    assert box["height"] > 20, f"{title}: drawn {box['height']:.0f} px high"


@pytest.mark.parametrize("view", THEMES, indirect=True, ids=THEME_IDS)
@pytest.mark.parametrize("chapter", list(FIGURES))
def test_each_exercise_shows_its_figures(view: View, site_url, shots, chapter) -> None:
    page, width = view.page, view.width
    open_settled(page, site_url, chapter)
    assert page.evaluate("document.documentElement.dataset.theme") == view.scheme
    for key, checklist_id, faults, count in FIGURES[chapter]:
        figure = page.locator(f'figure.abc-figure[data-figures="{key}"]')
        expect(figure).to_have_count(1)
        drawings = figure.locator("svg[role='img']")
        expect(drawings).to_have_count(count)
        for index in range(count):
            check_drawing(page, drawings.nth(index), width)
        expect(figure.locator("figcaption")).not_to_be_empty()
        name = key.replace("/", "--")
        figure.screenshot(path=view.shot(shots, name))
        # every cue is still unticked, so once the learner opens what to fix, every fault shows
        # beside the right form
        title = f"Form check: {checklist_name(chapter, checklist_id)}"
        checklist = open_checklist(page.locator(f'.abc-checklist:has(h3:text-is("{title}"))'))
        checklist.locator("details.abc-fixes > summary").click()
        pairs = checklist.locator(".abc-fault-pair")
        expect(pairs).to_have_count(faults)
        for index in range(faults):
            pair = pairs.nth(index)
            expect(pair.get_by_text("✓ Right")).to_be_visible()
            expect(pair.get_by_text("✗ Not this:")).to_be_visible()
            for drawing in pair.locator("svg[role='img']").all():
                check_drawing(page, drawing, width)
            label = pair.locator("svg text").first.bounding_box()
            assert label and label["height"] >= MIN_LABEL_PX, f"{key}: label {label} too small"
            # the right form is drawn faint behind the fault
            expect(pair.locator("svg").nth(1).locator(".abc-pose-ghost")).to_have_count(1)
            pair.screenshot(path=view.shot(shots, f"{name}--fault-{index + 1}"))
    assert contrast(page, ".abc-figure svg") >= 4.5
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 0
    assert axe_violations(page) == []


def checklist_name(chapter: str, checklist_id: str) -> str:
    document = load_content(DATA / f"{chapter}.yml")
    return next(item["exercise"] for item in document["checklists"] if item["id"] == checklist_id)


@pytest.mark.parametrize("view", THEMES, indirect=True, ids=THEME_IDS)
def test_the_self_test_shows_how_to_set_up_each_hold_test(view: View, site_url, shots) -> None:
    page, width = view.page, view.width
    open_settled(page, site_url, "01-weak-core")
    # folded under its summary line on a first visit: the learner opens it
    page.locator(".abc-endurance details.abc-setup-figures > summary").click()
    setups = page.locator(".abc-endurance .abc-setup-figure")
    expect(setups).to_have_count(4)
    for index in range(4):
        setup = setups.nth(index)
        drawings = setup.locator("svg[role='img']")
        expect(drawings).to_have_count(2)
        for drawing in drawings.all():
            check_drawing(page, drawing, width)
        test_id = setup.get_attribute("data-test")
        setup.screenshot(path=view.shot(shots, f"norms--{test_id}"))
    assert contrast(page, ".abc-setup-figure svg") >= 4.5
    assert axe_violations(page) == []


@pytest.mark.parametrize("view", THEMES, indirect=True, ids=THEME_IDS)
def test_the_plan_shows_an_end_position_per_exercise(view: View, site_url, shots) -> None:
    page, width = view.page, view.width
    open_settled(page, site_url, "06-your-plan")
    items = page.locator(".abc-plan-exercises > li")
    expect(items.first).to_be_visible()
    for item in items.all():
        drawing = item.locator(".abc-plan-figure svg[role='img']")
        expect(drawing).to_have_count(1)
        check_drawing(page, drawing, width)
    page.locator(".abc-plan-exercises").screenshot(path=view.shot(shots, "plan"))
    assert axe_violations(page) == []


def test_the_printed_plan_draws_black_on_white(page, site_url, shots) -> None:
    open_settled(page, site_url, "06-your-plan")
    page.emulate_media(media="print", color_scheme="dark")
    figure = page.locator(".abc-plan-figure").first
    expect(figure).to_be_visible()
    assert figure.evaluate("(node) => getComputedStyle(node).color") == "rgb(0, 0, 0)"
    paper = figure.evaluate(
        "(node) => getComputedStyle(node).getPropertyValue('--abc-figure-paper').trim()"
    )
    assert paper in ("#fff", "#ffffff", "white")
    page.locator(".abc-plan-exercises").screenshot(path=str(shots / "print-plan.png"))


@pytest.mark.parametrize("motion", ["no-preference", "reduce"])
def test_the_movement_plays_only_when_asked(browser: Browser, site_url, shots, motion) -> None:
    """An exercise's figure is still until the learner presses its play control (by keyboard
    here); then the end drawing steps through the movement, start -> end -> start, and pressing
    again stops it. Nothing moves by itself, with or without a wish for reduced motion."""
    context = browser.new_context(reduced_motion=motion, viewport={"width": 390, "height": 900})
    page = context.new_page()
    open_settled(page, site_url, "01-weak-core")
    figure = page.locator('figure.abc-figure[data-figures="01-weak-core/bird-dog"]')
    play = figure.get_by_role("button", name="Play the movement")
    expect(play).to_have_attribute("aria-pressed", "false")
    moves = figure.locator("svg[data-moves] .abc-pose-moves")
    expect(moves).to_be_hidden()
    assert "abc-figure-playing" not in (figure.get_attribute("class") or "")
    play.focus()
    page.keyboard.press("Enter")
    expect(play).to_have_attribute("aria-pressed", "true")
    expect(moves).to_be_visible()
    expect(figure.locator("svg[data-moves] > .abc-pose-body")).to_be_hidden()
    running = moves.locator(".abc-pose-frame").first.evaluate(
        "(frame) => getComputedStyle(frame).animationName"
    )
    assert running == "abc-pose-frame-0"
    figure.screenshot(path=str(shots / f"playing-{motion}-390-bird-dog.png"))
    page.keyboard.press("Space")
    expect(play).to_have_attribute("aria-pressed", "false")
    expect(moves).to_be_hidden()
    context.close()
