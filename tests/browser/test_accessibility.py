"""Every page passes axe (WCAG 2.0, 2.1 and 2.2, A and AA) in light and dark mode, at 1280 and 390
px wide: once its widgets have rendered, with quiz feedback showing, with the red-flag checker's
emergency alert, and with the Your plan chapter holding progress. Widgets follow the theme's colour
mode, whether it comes from the system or from the theme's own switch, with no light frame."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from abcourse.data.course import course
from abcourse.data.red_flags import load_red_flags

from ..support import DATA
from .axe import describe, run_axe
from .conftest import WEAK_CORE_RECORDS, save_records, wait_for_widgets, watch

PAGES = ["intro", "safety", *course().notebooks, "glossary", "bibliography", "teachers"]
WIDGET_PAGES = {name for name in PAGES if name[0].isdigit()}
SCHEMES = ["light", "dark"]
WIDTHS = [1280, 390]
ALL_GROUPS = [group["id"] for group in load_red_flags(DATA / "red-flags.yml")["groups"]]
PROGRESS = {
    **WEAK_CORE_RECORDS,
    "abcourse:v1:tool:redflags": {"checked": ["cancer"], "none": ["nerves", "injury"]},
    "abcourse:v1:checklist:02-form-technique/curl-up": {"checked": []},
}


def open_page(page: Page, site_url: str, name: str) -> None:
    page.goto(f"{site_url}/book/{name}.html")
    page.wait_for_load_state("load")
    if name in WIDGET_PAGES:
        # every widget live, not the drawings the build wrote in their places
        wait_for_widgets(page)


def assert_no_violations(page: Page, where: str) -> None:
    violations = run_axe(page)
    assert not violations, f"axe on {where}:\n{describe(violations)}"


MODES = [(scheme, width) for scheme in SCHEMES for width in WIDTHS]
MODE_IDS = [f"{scheme}-{width}" for scheme, width in MODES]


@pytest.mark.parametrize("styled_page", MODES, ids=MODE_IDS, indirect=True)
def test_every_page_once_its_widgets_render(styled_page, site_url) -> None:
    failures = []
    for name in PAGES:
        open_page(styled_page, site_url, name)
        violations = run_axe(styled_page)
        if violations:
            failures.append(f"{name}:\n{describe(violations)}")
    assert not failures, "\n".join(failures)


@pytest.mark.parametrize("styled_page", MODES, ids=MODE_IDS, indirect=True)
def test_quiz_feedback_wrong_and_right(styled_page, site_url) -> None:
    page = styled_page
    open_page(page, site_url, "01-weak-core")
    fieldset = page.locator("fieldset[data-question-id='core-vs-other']")
    fieldset.get_by_label("Force yourself through core work", exact=False).click()
    fieldset.get_by_role("button", name="Check answer").click()
    expect(fieldset.locator("[role='status']")).to_contain_text("Not quite")
    assert_no_violations(page, "chapter 1 with a wrong answer's feedback")
    fieldset.get_by_role("button", name="Try again").click()
    fieldset.get_by_label("Do exercise you enjoy.", exact=False).click()
    fieldset.get_by_role("button", name="Check answer").click()
    expect(fieldset.locator("[role='status']")).to_contain_text("Correct")
    assert_no_violations(page, "chapter 1 with a right answer's feedback")


PHONE_MODES = [(scheme, width) for scheme, width in MODES if width < 1200]


@pytest.mark.parametrize(
    "styled_page", PHONE_MODES, ids=[f"{s}-{w}" for s, w in PHONE_MODES], indirect=True
)
def test_the_back_to_top_button_once_the_reader_scrolls(styled_page, site_url) -> None:
    """The theme shows "Back to top" below 1200 px, and only after the reader scrolls up a
    little, so a test that clicks through a page meets it by chance; this one brings it out."""
    page = styled_page
    open_page(page, site_url, "01-weak-core")
    # the theme shows the button on a scroll event that moves up, below the header
    page.evaluate("window.scrollTo({top: 4000, behavior: 'instant'})")
    page.wait_for_function("window.oldScroll >= 4000")
    page.evaluate("window.scrollTo({top: 3600, behavior: 'instant'})")
    expect(page.locator("#pst-back-to-top")).to_be_visible()
    assert_no_violations(page, "chapter 1 with the back-to-top button showing")


@pytest.mark.parametrize("styled_page", MODES, ids=MODE_IDS, indirect=True)
def test_the_red_flag_emergency_alert(styled_page, site_url) -> None:
    page = styled_page
    open_page(page, site_url, "04-back-conditions")
    widget = page.locator(".abc-redflags")
    widget.locator("input[data-sign-id='bladder']").check()
    expect(widget.get_by_role("alert")).to_contain_text("Go to A&E now")
    assert_no_violations(page, "chapter 4 with the emergency alert")
    widget.get_by_role("button", name="Clear my answers").click()
    for level in ALL_GROUPS:
        widget.locator(f"input[data-none-of='{level}']").check()
    expect(widget.locator(".abc-redflag-advice")).to_have_attribute("data-level", "clear")
    assert_no_violations(page, "chapter 4 with the all-clear")


@pytest.mark.parametrize("styled_page", MODES, ids=MODE_IDS, indirect=True)
def test_the_plan_holding_progress(styled_page, site_url) -> None:
    page = styled_page
    open_page(page, site_url, "06-your-plan")
    save_records(page, PROGRESS)
    page.reload()
    page.wait_for_selector(".abc-plan .abc-plan-redflags")
    expect(page.locator(".abc-plan svg.abc-plan-chart")).to_be_visible()
    assert_no_violations(page, "the plan with progress")


def widget_colours(page: Page) -> dict[str, str]:
    return page.evaluate(
        """() => {
            const widget = document.querySelector('.abc-widget');
            const style = getComputedStyle(widget);
            const host = widget.closest('.cell_output, .output') ?? widget.parentElement;
            return {
                theme: document.documentElement.dataset.theme,
                widget: style.backgroundColor,
                text: style.color,
                host: getComputedStyle(host).backgroundColor,
            };
        }"""
    )


def brightness(css_colour: str) -> float:
    """0 (black) to 1 (white) from an rgb()/rgba() colour; a transparent one counts as None."""
    numbers = [float(part) for part in css_colour[css_colour.index("(") + 1 : -1].split(",")]
    red, green, blue = numbers[:3]
    return (0.2126 * red + 0.7152 * green + 0.0722 * blue) / 255


@pytest.mark.parametrize(
    ("system", "switch", "dark"),
    [
        ("light", None, False),
        ("dark", None, True),
        ("light", "dark", True),
        ("dark", "light", False),
    ],
    ids=["system-light", "system-dark", "switch-dark", "switch-light"],
)
def test_widgets_follow_the_colour_mode_with_no_light_frame(
    browser, problems, site_url, system, switch, dark
) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=system)
    watch(context, problems)
    page = context.new_page()
    if switch:
        # the theme's own switch keeps the reader's choice here
        page.add_init_script(f"localStorage.setItem('mode', '{switch}')")
    open_page(page, site_url, "01-weak-core")
    colours = widget_colours(page)
    context.close()
    assert colours["theme"] == ("dark" if dark else "light"), colours
    assert (brightness(colours["widget"]) < 0.3) is dark, colours
    assert (brightness(colours["text"]) > 0.7) is dark, colours
    if colours["host"].startswith("rgba") and colours["host"].endswith(", 0)"):
        return  # a transparent box around the widget shows the page itself
    assert (brightness(colours["host"]) < 0.3) is dark, f"a frame around the widget: {colours}"
    assert not problems.all(), problems.all()


@pytest.mark.parametrize(
    ("system", "switch", "dark"),
    [("light", None, False), ("dark", None, True), ("light", "dark", True)],
    ids=["system-light", "system-dark", "switch-dark"],
)
def test_the_colour_mode_is_set_before_the_theme_script_runs(
    browser, problems, site_url, system, switch, dark
) -> None:
    """The theme resolves "auto" to light or dark only in its deferred script, and defines its
    colours for those two alone; controls that ease their colour would fade in from black. With
    that script held back, the page must already be in the right mode."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=system)
    watch(context, problems)
    context.route(
        "**/scripts/pydata-sphinx-theme.js*",
        lambda route: route.fulfill(body="", content_type="text/javascript"),
    )
    page = context.new_page()
    if switch:
        page.add_init_script(f"localStorage.setItem('mode', '{switch}')")
    page.goto(f"{site_url}/book/intro.html")
    page.wait_for_load_state("load")
    theme, text = page.evaluate(
        """() => [document.documentElement.dataset.theme,
            getComputedStyle(document.querySelector('.search-button__default-text')).color]"""
    )
    context.close()
    assert theme == ("dark" if dark else "light")
    assert (brightness(text) > 0.5) is dark, text
    assert not problems.all(), problems.all()


@pytest.mark.parametrize("scheme", SCHEMES)
def test_focus_is_visible_and_targets_are_big_enough(browser, problems, site_url, scheme) -> None:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    watch(context, problems)
    page = context.new_page()
    open_page(page, site_url, "01-weak-core")
    sizes = page.evaluate(
        """() => [...document.querySelectorAll(
                '.abc-widget input[type=checkbox], .abc-widget input[type=radio]')]
            .map((input) => {
                const box = input.getBoundingClientRect();
                return [box.width, box.height];
            })"""
    )
    assert sizes and all(width >= 24 and height >= 24 for width, height in sizes), sizes
    box = page.locator(".abc-widget input[type=radio]").first
    box.focus()
    page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    outline = page.evaluate(
        "() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth), s.outlineColor]; }"
    )
    context.close()
    assert outline[0] != "none" and outline[1] >= 2, outline
    assert not problems.all(), problems.all()
