"""The chapters' data charts on the built pages: drawn in the page as SVG, their smallest text at
least 11 px on a phone, and in the page's colour mode (text in the page's text colour, bars in the
mode's own fill) rather than a picture with a background of its own."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

#: the figures each chapter draws as a data chart
CHARTS = {
    "01-weak-core": ["fig-weak-core-norms"],
    "02-form-technique": ["fig-psoas-activation"],
    "03-muscle-imbalances": ["fig-mcgill-ratios"],
    "04-back-conditions": ["fig-disc-findings-age", "fig-disc-regression"],
    "05-overtraining-progression": ["fig-pain-zones"],
}
MIN_TEXT_PX = 11

LOOKS = """(id) => {
  // a chart folded into an evidence dropdown is measured as the learner sees it once opened
  const fold = document.getElementById(id).closest("details");
  if (fold) fold.open = true;
  const svg = document.querySelector(`#${id} svg.abc-stat-chart`);
  const heights = [...svg.querySelectorAll("text")].map(
    (text) => parseFloat(getComputedStyle(text).fontSize) * svg.getScreenCTM().a,
  );
  const bar = svg.querySelector(".abc-chart-series-0");
  return {
    smallest: Math.min(...heights),
    text: getComputedStyle(svg.querySelector("text")).fill,
    page: getComputedStyle(document.body).color,
    bar: getComputedStyle(bar).fill,
    images: document.querySelectorAll(`#${id} img`).length,
  };
}"""


def looks(page: Page, chapter: str, scheme: str, width: int, site_url: str) -> dict[str, dict]:
    page.set_viewport_size({"width": width, "height": 900})
    page.emulate_media(color_scheme=scheme)
    page.goto(f"{site_url}/book/{chapter}.html")
    page.wait_for_function(f"document.documentElement.dataset.theme === '{scheme}'")
    return {figure: page.evaluate(LOOKS, figure) for figure in CHARTS[chapter]}


@pytest.mark.parametrize("chapter", CHARTS)
def test_each_chart_is_drawn_in_the_page_and_readable_on_a_phone(page, site_url, chapter) -> None:
    for figure, seen in looks(page, chapter, "light", 390, site_url).items():
        assert seen["images"] == 0, f"{figure} is still a picture"
        assert seen["smallest"] >= MIN_TEXT_PX, f"{figure}: text {seen['smallest']:.1f} px"


@pytest.mark.parametrize("chapter", CHARTS)
def test_each_chart_follows_the_colour_mode(page, site_url, chapter) -> None:
    light = looks(page, chapter, "light", 1280, site_url)
    dark = looks(page, chapter, "dark", 1280, site_url)
    for figure in CHARTS[chapter]:
        for mode in (light[figure], dark[figure]):
            assert mode["text"] == mode["page"], f"{figure}: text not in the page's colour"
        assert light[figure]["bar"] != dark[figure]["bar"], f"{figure}: same fill in both modes"
