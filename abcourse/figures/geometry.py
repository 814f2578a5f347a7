"""Plane geometry for the figures: points, boxes, hulls and the nearest point on a segment.

It knows nothing of bodies, props or SVG, so the scene (which measures contacts), the label
search and the drawing can all use it without importing one another.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

Point = tuple[float, float]  # in the picture: x right, y up, in body heights


@dataclass(frozen=True)
class Box:
    """An upright rectangle in the picture, y up."""

    left: float
    bottom: float
    right: float
    top: float

    def union(self, other: Box) -> Box:
        return Box(
            min(self.left, other.left),
            min(self.bottom, other.bottom),
            max(self.right, other.right),
            max(self.top, other.top),
        )

    def padded(self, by: float) -> Box:
        return Box(self.left - by, self.bottom - by, self.right + by, self.top + by)

    @classmethod
    def around(cls, circles: Iterable[tuple[Point, float]]) -> Box:
        circles = list(circles)
        return cls(
            min(p[0] - r for p, r in circles),
            min(p[1] - r for p, r in circles),
            max(p[0] + r for p, r in circles),
            max(p[1] + r for p, r in circles),
        )


def convex_hull(points: Iterable[Point]) -> list[Point]:
    """The convex hull, counter-clockwise (Andrew's monotone chain)."""
    unique = sorted(set(points))
    if len(unique) < 3:
        return unique

    def turn(o: Point, a: Point, b: Point) -> float:
        return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])

    lower: list[Point] = []
    upper: list[Point] = []
    for point in unique:
        while len(lower) >= 2 and turn(lower[-2], lower[-1], point) <= 0:
            lower.pop()
        lower.append(point)
    for point in reversed(unique):
        while len(upper) >= 2 and turn(upper[-2], upper[-1], point) <= 0:
            upper.pop()
        upper.append(point)
    return lower[:-1] + upper[:-1]


def circle_points(centre: Point, r: float, count: int = 16) -> list[Point]:
    return [
        (
            centre[0] + r * math.cos(2 * math.pi * k / count),
            centre[1] + r * math.sin(2 * math.pi * k / count),
        )
        for k in range(count)
    ]


def nearest_on_segment(a: Point, b: Point, point: Point) -> Point:
    """The point of the segment from ``a`` to ``b`` nearest to ``point``: its projection on the
    line, clamped to the segment's ends. A segment of no length gives ``a``."""
    ex, ey = b[0] - a[0], b[1] - a[1]
    along = ((point[0] - a[0]) * ex + (point[1] - a[1]) * ey) / (ex * ex + ey * ey or 1)
    t = max(0.0, min(1.0, along))
    return (a[0] + t * ex, a[1] + t * ey)


def nearest_on_outline(outline: Sequence[Point], point: Point) -> Point:
    """The point on a closed outline's edges nearest to ``point`` (the first, on a tie)."""
    best, best_distance = outline[0], math.inf
    for index, a in enumerate(outline):
        near = nearest_on_segment(a, outline[(index + 1) % len(outline)], point)
        distance = math.dist(near, point)
        if distance < best_distance:
            best, best_distance = near, distance
    return best


def segment_hits_circle(a: Point, b: Point, centre: Point, r: float) -> bool:
    return math.dist(nearest_on_segment(a, b, centre), centre) < r
