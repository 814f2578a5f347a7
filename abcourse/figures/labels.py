"""Where a fault's label goes: a search over places around the marked part.

Each candidate is a spot above, beside or below the dashed outline, at one of a few distances;
it is scored by what it covers, what its arrow crosses, how far it sticks out of the frame and
how far it is from the part, and the lowest score wins. Nothing here draws: ``svg`` writes the
label and its arrow where the search put them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .geometry import Box, Point, nearest_on_outline, segment_hits_circle

LABEL_SIZE = 0.066  # label text height, in body heights
#: where a label may sit around the marked part, as a direction; earlier is preferred
LABEL_PLACES = {
    "above": (0.0, 1.0),
    "above-right": (0.8, 0.8),
    "above-left": (-0.8, 0.8),
    "right": (1.0, 0.0),
    "left": (-1.0, 0.0),
    "below-right": (0.8, -0.8),
    "below-left": (-0.8, -0.8),
    "below": (0.0, -1.0),
}
#: how far past the marked part's outline a label may stand, in body heights, nearest first
LABEL_REACHES = (0.09, 0.15, 0.22)
#: a label's bottom stays this far above the floor, so it never sits on the mat
FLOOR_CLEARANCE = 0.03
#: the arrow may leave the label this far above or below its box, to point more squarely
ARROW_SLACK = 0.012
#: an arrow grazing a part's rim is fine: it crosses the part only within this share of its radius
ARROW_GRAZE = 0.8
#: how far above the marked part a label goes when no candidate clears the floor
FALLBACK_RISE = 0.1

# The score's weights: lower scores win, and each weight is what one unit of its measure costs.
# A circle is one of the balls the body and props are sampled as (seven to a segment).
#: per circle the label's box overlaps: text over the body hides what it names, so one covered
#: circle costs more than going from the nearest reach to the farthest (about 1)
COVER_WEIGHT = 10
#: per circle the arrow runs through: an arrow across another limb is unclear, but less so than
#: text over the body (three crossings cost less than one covered circle)
CROSS_WEIGHT = 3
#: per body height the label sticks out of the frame (left, right or top): the frame grows to
#: hold it, which shrinks every panel drawn from that side; a quarter of a body height out
#: costs as much as one covered circle
OUTSIDE_WEIGHT = 40
#: per body height of reach: a near label reads as belonging to its part; a far one must earn
#: its place by covering or crossing less
REACH_WEIGHT = 8
#: per step down LABEL_PLACES: prefers above, then beside, then below; one step of reach (about
#: 0.5) outweighs one step of rank but not two
RANK_WEIGHT = 0.3


@dataclass(frozen=True)
class Label:
    text: str
    centre: Point
    width: float
    height: float
    arrow_from: Point
    arrow_to: Point
    size: float = LABEL_SIZE  # the text's height, in body heights

    def box(self) -> Box:
        return Box(
            self.centre[0] - self.width / 2,
            self.centre[1] - self.height / 2,
            self.centre[0] + self.width / 2,
            self.centre[1] + self.height / 2,
        )


def _text_width(text: str, size: float = LABEL_SIZE) -> float:
    return size * (0.56 * len(text) + 0.6)


def _middle_and_half_size(hull: Sequence[Point]) -> tuple[Point, Point]:
    """The middle of the hull's bounding box, and half its width and height."""
    xs, ys = [p[0] for p in hull], [p[1] for p in hull]
    middle = ((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2)
    return middle, ((max(xs) - min(xs)) / 2, (max(ys) - min(ys)) / 2)


def _candidates(
    hull: Sequence[Point], width: float, height: float
) -> Iterator[tuple[int, float, Point]]:
    """Each place a label may go, in order of preference: its rank, its reach, its centre."""
    (cx, cy), (half_w, half_h) = _middle_and_half_size(hull)
    for rank, (dx, dy) in enumerate(LABEL_PLACES.values()):
        for reach in LABEL_REACHES:
            yield (
                rank,
                reach,
                (
                    cx + dx * (half_w + reach + width / 2 * abs(dx)),
                    cy + dy * (half_h + reach + height / 2 * abs(dy)),
                ),
            )


def _label_at(text: str, centre: Point, width: float, hull: Sequence[Point], size: float) -> Label:
    """A label at ``centre`` with its arrow from its box's edge to the nearest of the outline."""
    height = size * 1.3
    tip = nearest_on_outline(hull, centre)
    left, right = centre[0] - width / 2, centre[0] + width / 2
    bottom, top = centre[1] - height / 2, centre[1] + height / 2
    tail_x = max(left, min(right, tip[0]))
    tail_y = max(bottom - ARROW_SLACK, min(top + ARROW_SLACK, tip[1]))
    return Label(text, centre, width, height, (tail_x, tail_y), tip, size)


def _cost(label: Label, obstacles: Sequence[tuple[Point, float]], frame: Box) -> float:
    """What a label costs where it stands: what it covers, what its arrow crosses, and how far
    it sticks out of the frame (not its reach or rank, which the caller adds)."""
    box = label.box()
    covered = sum(
        1
        for point, r in obstacles
        if box.left - r < point[0] < box.right + r and box.bottom - r < point[1] < box.top + r
    )
    crossed = sum(
        1
        for point, r in obstacles
        if segment_hits_circle(label.arrow_from, label.arrow_to, point, r * ARROW_GRAZE)
    )
    outside = (
        max(0.0, frame.left - box.left)
        + max(0.0, box.right - frame.right)
        + max(0.0, box.top - frame.top)
    )
    return covered * COVER_WEIGHT + crossed * CROSS_WEIGHT + outside * OUTSIDE_WEIGHT


def place_label(
    text: str,
    hull: Sequence[Point],
    obstacles: Sequence[tuple[Point, float]],
    frame: Box,
    size: float = LABEL_SIZE,
) -> Label:
    """Put the label where it covers the least of the body, near the marked part, above the
    floor, with an arrow from the label to the dashed outline; its text ``size`` high."""
    width, height = _text_width(text, size), size * 1.3
    best: tuple[float, Label] | None = None
    for rank, reach, centre in _candidates(hull, width, height):
        if centre[1] - height / 2 < FLOOR_CLEARANCE:
            continue
        label = _label_at(text, centre, width, hull, size)
        score = _cost(label, obstacles, frame) + reach * REACH_WEIGHT + rank * RANK_WEIGHT
        if best is None or score < best[0]:
            best = (score, label)
    if best is None:  # nowhere above the floor: put it above the marked part
        (cx, cy), (_, half_h) = _middle_and_half_size(hull)
        centre = (cx, cy + half_h + FALLBACK_RISE)
        tail = (centre[0], centre[1] - height / 2)
        return Label(text, centre, width, height, tail, nearest_on_outline(hull, centre), size)
    return best[1]
