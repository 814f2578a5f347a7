"""What each picture of a figure set shows, and the frame its panels share.

The bodies, props, mat and fault outlines are measured here in the picture's plane (through the
scene's oblique camera), as circles and outlines: enough to frame the panels drawn from one side
alike and to give the label search what to keep clear of. ``svg`` turns the result into markup.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .figureset import FigureSet, PoseFigure
from .geometry import Box, Point, circle_points, convex_hull
from .kinematics import Skeleton
from .labels import LABEL_SIZE, Label, place_label
from .scene import PROP_DEPTH, Prop, project, samples

MARK_GAP = 0.022  # how far the dashed outline stands off the body


def at_depth(x: float, y: float, z: float) -> Point:
    return project((x, y, z))


def body_circles(skeleton: Skeleton) -> list[tuple[Point, float]]:
    """The body as circles in the picture, for frames, labels and outlines."""
    return [
        (project(centre), r) for segment in skeleton.segments for centre, r in samples(segment, 7)
    ]


def prop_circles(prop: Prop) -> list[tuple[Point, float]]:
    if prop.kind == "bar":
        ends = (prop.z - prop.reach, prop.z + prop.reach)
        return [(at_depth(prop.x, prop.y, z), prop.radius) for z in ends] + [
            (at_depth(prop.x, 0, ends[0]), 0.01)
        ]
    if prop.kind == "wall":
        return [(at_depth(prop.x, y, z), 0.0) for y in (0, 1.15) for z in (-PROP_DEPTH, PROP_DEPTH)]
    return [(at_depth(x, y, z), 0.0) for x, y in prop.outline() for z in (-PROP_DEPTH, PROP_DEPTH)]


def scene_circles(skeleton: Skeleton, props: Mapping[str, Prop]) -> list[tuple[Point, float]]:
    """The body and its props as circles in the picture."""
    return body_circles(skeleton) + [c for prop in props.values() for c in prop_circles(prop)]


def mark_hull(skeleton: Skeleton, marks: Sequence[str]) -> list[Point]:
    """The dashed outline around a fault's marked parts, standing a little off the body."""
    points: list[Point] = []
    for name in marks:
        segment = skeleton.segment(name)
        for centre, r in samples(segment, 5):
            points.extend(circle_points(project(centre), r + MARK_GAP))
    return convex_hull(points)


@dataclass(frozen=True)
class Floor:
    """The mat under a figure: its extent left to right and back to front."""

    left: float
    right: float
    back: float
    front: float

    def corners(self) -> list[Point]:
        return [
            at_depth(self.left, 0, self.front),
            at_depth(self.right, 0, self.front),
            at_depth(self.right, 0, self.back),
            at_depth(self.left, 0, self.back),
        ]


def floor_under(skeletons: Sequence[Skeleton]) -> Floor:
    """A mat a little larger than every body it carries, at least as deep as the props."""
    ends = [
        c
        for skeleton in skeletons
        for segment in skeleton.segments
        for c in (segment.start, segment.end)
    ]
    xs = [c[0] for c in ends]
    zs = [c[2] for c in ends]
    return Floor(
        min(xs) - 0.06,
        max(xs) + 0.06,
        min(min(zs) - 0.1, -PROP_DEPTH),
        max(max(zs) + 0.1, PROP_DEPTH),
    )


@dataclass(frozen=True)
class Panel:
    """One picture of a figure set: which pose, drawn how, from which side."""

    kind: str  # "start", "end", "other" (the end on the other side), "right" or "fault"
    figure: PoseFigure
    view: str
    ghost: PoseFigure | None = None
    flip: bool = False  # drawn on the other side from the set's own


@dataclass(frozen=True)
class Frame:
    """What the panels drawn from one side share: the picture's edges, the mat, the labels."""

    box: Box
    floor: Floor
    labels: dict[str, Label]


def panels(figure_set: FigureSet) -> list[Panel]:
    """Every picture a figure set draws: start, end over a ghost of the start (and the end on the
    other side, for an exercise done on both), and each fault over a ghost of the right form it
    sits beside (both from the fault's side, if it names one)."""
    view = figure_set.view
    found = [
        Panel("start", figure_set.start, view),
        Panel("end", figure_set.end, view, ghost=figure_set.start),
    ]
    if figure_set.both_sides:
        found.append(Panel("other", figure_set.end, view, flip=True))
    for fault in figure_set.faults:
        right = figure_set.right_form(fault)
        found.append(Panel("right", right, fault.view or view))
        found.append(Panel("fault", fault, fault.view or view, ghost=right))
    return found


#: a label's text is at least this share of its frame's width high, so it reads at least
#: 13 px high on a panel 300 px wide (about the narrowest a fault panel gets, on a phone)
LABEL_SHARE = 13.5 / 300
#: a label sized to its frame may widen the frame: how many times to size them again
LABEL_ROUNDS = 6


def _labels(
    figure_set: FigureSet, chosen: Sequence[Panel], view: str, box: Box
) -> dict[str, Label]:
    """Each fault panel's label, placed inside ``box`` if it can be, by the fault's role, and
    sized to the frame's width."""
    labels: dict[str, Label] = {}
    size = max(LABEL_SIZE, (box.right - box.left) * LABEL_SHARE)
    for panel in chosen:
        if panel.kind != "fault":
            continue
        skeleton, props = figure_set.drawn(panel.figure, view, panel.flip)
        labels[panel.figure.role] = place_label(
            panel.figure.label,
            mark_hull(skeleton, panel.figure.marks),
            scene_circles(skeleton, props),
            box,
            size,
        )
    return labels


def frame_of(figure_set: FigureSet, chosen: Sequence[Panel]) -> Frame:
    """One frame for ``chosen`` panels (all from one side): room for every body, prop and label."""
    view = chosen[0].view
    skeletons: list[Skeleton] = []
    circles: list[tuple[Point, float]] = []
    for panel in chosen:
        for figure in (panel.figure, panel.ghost):
            if figure is None:
                continue
            skeleton, props = figure_set.drawn(figure, view, panel.flip)
            skeletons.append(skeleton)
            circles += scene_circles(skeleton, props)
    floor = floor_under(skeletons)
    box = Box.around(circles + [(corner, 0.0) for corner in floor.corners()]).padded(0.03)
    for _ in range(LABEL_ROUNDS):
        labels = _labels(figure_set, chosen, view, box)
        wider = box
        for label in labels.values():
            wider = wider.union(label.box().padded(0.015))
        if wider == box:
            break
        box = wider
    return Frame(box, floor, labels)
