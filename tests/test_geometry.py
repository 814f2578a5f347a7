"""The figures' plane geometry: the one nearest-point-on-a-segment the scene, the label search
and the drawing share, clamped to the segment's ends and safe on a segment of no length."""

from __future__ import annotations

import pytest

from abcourse.figures.geometry import nearest_on_outline, nearest_on_segment, segment_hits_circle


@pytest.mark.parametrize(
    ("point", "nearest"),
    [
        ((1.0, 1.0), (1.0, 0.0)),  # beside the segment: straight down onto it
        ((-1.0, 1.0), (0.0, 0.0)),  # before its start: the start
        ((3.0, -1.0), (2.0, 0.0)),  # past its end: the end
    ],
)
def test_the_nearest_point_is_clamped_to_the_segment(point, nearest) -> None:
    assert nearest_on_segment((0.0, 0.0), (2.0, 0.0), point) == nearest


def test_a_segment_of_no_length_is_its_one_point() -> None:
    assert nearest_on_segment((1.0, 1.0), (1.0, 1.0), (5.0, 5.0)) == (1.0, 1.0)


def test_the_nearest_point_on_an_outline_is_on_its_nearest_edge() -> None:
    square = [(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]
    assert nearest_on_outline(square, (0.5, 3.0)) == (0.5, 1.0)
    assert nearest_on_outline(square, (-2.0, 0.25)) == (0.0, 0.25)  # the closing edge counts


def test_a_segment_hits_a_circle_only_when_it_passes_inside() -> None:
    assert segment_hits_circle((0.0, 0.0), (2.0, 0.0), (1.0, 0.5), 0.6)
    assert not segment_hits_circle((0.0, 0.0), (2.0, 0.0), (1.0, 0.5), 0.4)
    assert not segment_hits_circle((0.0, 0.0), (2.0, 0.0), (3.0, 0.0), 0.9)  # past the end
