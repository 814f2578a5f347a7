"""The chapters' data charts as SVG written into the page, so they follow the page's colour mode
and their text stays readable on a phone.

Every chart is one kind: horizontal bars on a shared scale, one row each, with its name and its
figures in words on the line above it, so nothing depends on colour or on reading the axis, and
the bars take the whole width of a phone. A row is a
bar from ``low`` to ``high`` (from 0 when ``low`` is not given), with an optional ``spread``
drawn as a line either side of ``high`` (a mean and one standard deviation). A row's ``series``
picks its fill and pattern (two series: men and women, age 20 and age 80). The chart draws only
with classes and ``currentColor``; ``abcourse-figures.css`` gives the colours for light and dark
mode, so the SVG has no colour of its own.

In a notebook cell, the returned :class:`Chart` shows itself (``_repr_html_``); the cell's
``mystnb.figure`` metadata gives the book's caption and number.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

__all__ = ["Chart", "Row", "Scale", "bar_chart"]

#: the drawing's width in SVG units. A phone's text column is about this wide in CSS pixels, so
#: the units stay close to pixels there and 12-unit text draws at about 12 px.
WIDTH = 360
MARGIN = 8
TITLE_SIZE = 14
TEXT_SIZE = 12
ROW_NAME_GAP = 4
BAR_HEIGHT = 16
ROW_GAP = 10
AXIS_GAP = 6
TICK_LENGTH = 4
#: at most this many ticks on the scale
MAX_TICKS = 6


@dataclass(frozen=True)
class Row:
    """One bar: its name, where it starts and ends on the scale, and its figures in words."""

    name: str
    high: float
    words: str
    low: float = 0
    spread: float = 0
    series: int = 0


@dataclass(frozen=True)
class Scale:
    """The bars' scale: what it measures, its top (the largest bar end when None), and a dashed
    line at a value with its words (``(1.0, "1.0 = equal times")``)."""

    name: str
    top: float | None = None
    reference: tuple[float, str] | None = None


@dataclass(frozen=True)
class Chart:
    """A drawn chart: its SVG, shown as HTML in a notebook and written into the built page."""

    svg: str

    def _repr_html_(self) -> str:
        return self.svg


def _nice_step(largest: float) -> float:
    """A round step (1, 2 or 5 times a power of ten) that covers ``largest`` in MAX_TICKS."""
    rough = largest / MAX_TICKS
    power = 10 ** math.floor(math.log10(rough))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= rough)


def _number(value: float) -> str:
    return f"{value:g}"


def _text(x: float, y: float, words: str, css: str, anchor: str = "start") -> str:
    return (
        f'<text class="{css}" x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}">{escape(words)}</text>'
    )


def _title_lines(title: str) -> list[str]:
    """The title in lines that fit the width (a bold letter is about 0.62 em wide)."""
    per_line = int((WIDTH - 2 * MARGIN) / (TITLE_SIZE * 0.62))
    lines: list[str] = []
    for word in title.split():
        if lines and len(lines[-1]) + 1 + len(word) <= per_line:
            lines[-1] += f" {word}"
        else:
            lines.append(word)
    return lines


def bar_chart(title: str, description: str, rows: Sequence[Row], scale: Scale) -> Chart:
    """A chart of ``rows`` on ``scale``, titled ``title``; ``description`` is what a screen
    reader says it shows."""
    if not rows:
        raise ValueError("a chart needs at least one row")
    largest = max(row.high + row.spread for row in rows)
    top = scale.top if scale.top is not None else largest
    if top <= 0 or largest > top:
        raise ValueError(f"the scale's top ({top}) must be above every bar (largest {largest})")
    left, right = MARGIN, WIDTH - MARGIN
    name = _id(title)

    def x(value: float) -> float:
        return left + (right - left) * value / top

    parts: list[str] = []
    y = MARGIN
    for line in _title_lines(title):
        y += TITLE_SIZE + 2
        parts.append(_text(MARGIN, y, line, "abc-chart-title"))
    y += ROW_GAP
    for row in rows:
        y += TEXT_SIZE
        parts.append(_text(left, y, row.name, "abc-chart-name"))
        parts.append(_text(right, y, row.words, "abc-chart-words", "end"))
        y += ROW_NAME_GAP
        parts.append(_bar(row, x, y, name))
        y += BAR_HEIGHT + ROW_GAP
    rows_bottom = y - ROW_GAP
    y = _scale_part(parts, x, rows_bottom + AXIS_GAP, (left, right, top), scale.name)
    if scale.reference:
        value, words = scale.reference
        first_row = MARGIN + len(_title_lines(title)) * (TITLE_SIZE + 2) + ROW_GAP
        parts.append(
            f'<path class="abc-chart-reference" d="M{x(value):.1f} {first_row:.1f}'
            f'V{rows_bottom:.1f}"/>'
        )
        y += TEXT_SIZE + 6
        parts.append(f'<path class="abc-chart-reference" d="M{left} {y - 4:.1f}h24"/>')
        parts.append(_text(left + 30, y, words, "abc-chart-words"))
    height = y + MARGIN
    svg = (
        f'<svg class="abc-stat-chart" viewBox="0 0 {WIDTH} {height:.0f}" role="img" '
        f'aria-labelledby="{name}-title {name}-desc" style="font-size:{TEXT_SIZE}px">'
        f'<title id="{name}-title">{escape(title)}</title>'
        f'<desc id="{name}-desc">{escape(description)}</desc>'
        f"{_stripes(name)}{''.join(parts)}</svg>"
    )
    return Chart(svg)


def _scale_part(
    parts: list[str],
    x: Callable[[float], float],
    y: float,
    span: tuple[float, float, float],
    name: str,
) -> float:
    """The scale under the bars at ``y``: its line, round ticks with their numbers, and what it
    measures; returns the baseline of that last line."""
    left, right, top = span
    step = _nice_step(top)
    parts.append(f'<path class="abc-chart-axis" d="M{left} {y:.1f}H{right}"/>')
    for index in range(int(top / step + 1e-9) + 1):
        value = index * step
        parts.append(f'<path class="abc-chart-axis" d="M{x(value):.1f} {y:.1f}v{TICK_LENGTH}"/>')
        # the end ticks' numbers sit inside the drawing, the others centred on their tick
        anchor = "start" if index == 0 else "end" if x(value) > right - 1 else "middle"
        parts.append(
            _text(x(value), y + TICK_LENGTH + TEXT_SIZE, _number(value), "abc-chart-tick", anchor)
        )
    y += TICK_LENGTH + 2 * TEXT_SIZE + 6
    parts.append(_text(left, y, name, "abc-chart-axis-name"))
    return y


def _id(title: str) -> str:
    """An id for the chart's parts, made from the title's letters and spaces."""
    letters = "".join(c for c in title.lower() if c.isalnum() or c == " ")
    return "abc-chart-" + "-".join(letters.split())


def _bar(row: Row, x: Callable[[float], float], y: float, name: str) -> str:
    """A row's bar, striped for the second series, with its spread either side of its end."""
    start, end = x(row.low), x(row.high)
    box = f'x="{start:.1f}" y="{y:.1f}" width="{max(end - start, 1):.1f}" height="{BAR_HEIGHT}"'
    drawn = f'<rect class="abc-chart-bar abc-chart-series-{row.series}" {box}/>'
    if row.series:
        drawn += f'<rect class="abc-chart-hatch" fill="url(#{name}-stripes)" {box}/>'
    if row.spread:
        low, high, middle = x(row.high - row.spread), x(row.high + row.spread), y + BAR_HEIGHT / 2
        drawn += (
            f'<path class="abc-chart-spread" d="M{low:.1f} {middle:.1f}H{high:.1f}'
            f'M{low:.1f} {middle - 6:.1f}v12M{high:.1f} {middle - 6:.1f}v12"/>'
        )
    return drawn


def _stripes(name: str) -> str:
    """The second series' stripes, drawn in the text colour so they show in either mode; one
    pattern per chart, named after it, so two charts on a page do not share an id."""
    return (
        f'<defs><pattern id="{name}-stripes" width="6" height="6" '
        'patternUnits="userSpaceOnUse" patternTransform="rotate(45)">'
        '<path d="M0 0V6" class="abc-chart-stripe"/></pattern></defs>'
    )
