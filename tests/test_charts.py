"""The chapters' data charts (abcourse/figures/charts.py): SVG a screen reader can name, bars
drawn to scale, every figure also in words, and no colour of their own (the page's stylesheet
gives it, so a chart follows light and dark mode)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

import pytest

from abcourse.figures.charts import Row, Scale, bar_chart

SVG = "{http://www.w3.org/2000/svg}"
ROWS = [Row("Plank", 50, "50 s"), Row("Side bridge", 100, "100 s", low=20, series=1)]


def drawn(*rows: Row, scale: Scale | None = None) -> ElementTree.Element:
    chart = bar_chart("Hold times", "Two holds.", rows or ROWS, scale or Scale("Seconds", 100))
    return ElementTree.fromstring(
        chart._repr_html_().replace("<svg ", f'<svg xmlns="{SVG[1:-1]}" ', 1)
    )


def test_a_screen_reader_names_the_chart_by_its_title_and_description() -> None:
    svg = drawn()
    assert svg.get("role") == "img"
    title, description = (svg.find(f"{SVG}{tag}") for tag in ("title", "desc"))
    assert svg.get("aria-labelledby") == f"{title.get('id')} {description.get('id')}"
    assert (title.text, description.text) == ("Hold times", "Two holds.")


def test_every_row_says_its_name_and_its_figures_in_words() -> None:
    texts = [text.text for text in drawn().iter(f"{SVG}text")]
    for row in ROWS:
        assert row.name in texts and row.words in texts


def test_bars_are_drawn_to_scale() -> None:
    bars = [rect for rect in drawn().iter(f"{SVG}rect") if "abc-chart-bar" in rect.get("class")]
    plank, side = (float(bar.get("width")) for bar in bars)
    # the side bridge runs from 20 to 100: 80 of the scale's 100, the plank 50 of it
    assert side / plank == pytest.approx(80 / 50, rel=0.01)
    assert float(bars[1].get("x")) > float(bars[0].get("x"))


def test_the_second_series_is_striped_with_a_pattern_of_its_own_chart() -> None:
    svg = drawn()
    pattern = svg.find(f".//{SVG}pattern")
    hatches = [rect for rect in svg.iter(f"{SVG}rect") if rect.get("class") == "abc-chart-hatch"]
    assert len(hatches) == 1 and hatches[0].get("fill") == f"url(#{pattern.get('id')})"
    assert pattern.get("id").startswith("abc-chart-hold-times")


def test_the_chart_has_no_colour_of_its_own() -> None:
    markup = bar_chart("Hold times", "Two holds.", ROWS, Scale("Seconds", 100))._repr_html_()
    assert not re.search(r'(fill|stroke|color)="(#|rgb|[a-z]+")', markup.replace('fill="url', ""))


@pytest.mark.parametrize(
    ("rows", "scale", "message"),
    [
        ([], Scale("Seconds", 100), "at least one row"),
        ([Row("Plank", 120, "120 s")], Scale("Seconds", 100), "must be above every bar"),
        ([Row("Plank", 90, "90 s", spread=20)], Scale("Seconds", 100), "largest 110"),
    ],
)
def test_a_chart_that_cannot_be_drawn_says_why(rows, scale, message) -> None:
    with pytest.raises(ValueError, match=message):
        bar_chart("Hold times", "Two holds.", rows, scale)
