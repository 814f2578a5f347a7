"""Draw a figure set's poses as SVG: rounded limbs, a head, the mat, the props, a faint ghost of
another pose, and for a fault a dashed outline, an arrow and a label.

Every stroke and fill is ``currentColor`` (the page's text colour), or, for the thin gap that
keeps overlapping limbs apart, the page's background through ``--abc-figure-paper`` (falling
back on the system colour ``Canvas``): so a figure reads in light and dark mode and prints black
on white. Far limbs are drawn lighter than near ones, which is only a cue to depth; a fault is
marked by shape and words, never by colour. The picture scales with its container (a ``viewBox``
and ``width="100%"``); every panel of one figure set shares one frame, so they match in size.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from html import escape

from . import describe
from .figureset import FigureSet, PoseFigure
from .kinematics import Segment, Skeleton
from .scene import BENCH_TOP, PROP_DEPTH, Prop, project, samples

UNITS = 100  # viewBox units per body height
Point = tuple[float, float]  # in the picture: x right, y up, in body heights
LABEL_SIZE = 0.066  # label text height, in body heights
MARK_GAP = 0.022  # how far the dashed outline stands off the body
HALO = 1.6  # width of the background-coloured gap around each part, in viewBox units
GHOST_OPACITY = 0.22
#: the page's background, for the thin gap around each part: set by the page, else the system's
PAPER = "var(--abc-figure-paper,Canvas)"
BAR_REACH = 0.15  # how far a bar reaches either side of the middle, past the hands
FAR_OPACITY = 0.55
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


def fmt(value: float) -> str:
    text = f"{value:.1f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if text in ("-0", "") else text


def at(point: Point) -> str:
    """A picture point as SVG coordinates (y down), in viewBox units."""
    return f"{fmt(point[0] * UNITS)} {fmt(-point[1] * UNITS)}"


@dataclass(frozen=True)
class Box:
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

    def view_box(self) -> str:
        width, height = (self.right - self.left) * UNITS, (self.top - self.bottom) * UNITS
        return f"{fmt(self.left * UNITS)} {fmt(-self.top * UNITS)} {fmt(width)} {fmt(height)}"

    @classmethod
    def around(cls, circles: Iterable[tuple[Point, float]]) -> Box:
        circles = list(circles)
        return cls(
            min(p[0] - r for p, r in circles),
            min(p[1] - r for p, r in circles),
            max(p[0] + r for p, r in circles),
            max(p[1] + r for p, r in circles),
        )


# ---- shapes ----


def capsule_path(a: Point, b: Point, ra: float, rb: float) -> str:
    """A rounded shape from ``a`` to ``b``, ``ra`` thick at one end and ``rb`` at the other."""
    ax, ay = a[0] * UNITS, -a[1] * UNITS
    bx, by = b[0] * UNITS, -b[1] * UNITS
    ra, rb = ra * UNITS, rb * UNITS
    length = math.hypot(bx - ax, by - ay)
    if length <= abs(ra - rb) + 1e-6:
        (cx, cy), r = ((ax, ay), ra) if ra >= rb else ((bx, by), rb)
        arc = f"a{fmt(r)} {fmt(r)} 0 1 0"
        return f"M{fmt(cx - r)} {fmt(cy)}{arc} {fmt(2 * r)} 0{arc} {fmt(-2 * r)} 0Z"
    ux, uy = (bx - ax) / length, (by - ay) / length
    px, py = -uy, ux
    s = (ra - rb) / length
    c = math.sqrt(max(0.0, 1 - s * s))
    n1 = (s * ux + c * px, s * uy + c * py)
    n2 = (s * ux - c * px, s * uy - c * py)

    def p(x: float, y: float) -> str:
        return f"{fmt(x)} {fmt(y)}"

    a1, b1 = p(ax + ra * n1[0], ay + ra * n1[1]), p(bx + rb * n1[0], by + rb * n1[1])
    b2, a2 = p(bx + rb * n2[0], by + rb * n2[1]), p(ax + ra * n2[0], ay + ra * n2[1])
    large_b, large_a = (1 if s < 0 else 0), (1 if s > 0 else 0)
    arc_b = f"A{fmt(rb)} {fmt(rb)} 0 {large_b} 0"
    arc_a = f"A{fmt(ra)} {fmt(ra)} 0 {large_a} 0"
    return f"M{a1}L{b1}{arc_b} {b2}L{a2}{arc_a} {a1}Z"


def polygon_path(points: Sequence[Point]) -> str:
    return "M" + "L".join(at(point) for point in points) + "Z"


def convex_hull(points: Iterable[Point]) -> list[Point]:
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


# ---- the body ----


def _depth(segment: Segment) -> float:
    return (segment.start[2] + segment.end[2]) / 2


def _flat(segment: Segment) -> tuple[Point, Point]:
    return project(segment.start), project(segment.end)


def body_circles(skeleton: Skeleton) -> list[tuple[Point, float]]:
    """The body as circles in the picture, for frames, labels and outlines."""
    return [
        (project(centre), r) for segment in skeleton.segments for centre, r in samples(segment, 7)
    ]


def body_svg(skeleton: Skeleton, view: str, ghost: bool = False) -> str:
    """The body, far parts first; a ghost is faint and has no gap around its parts."""
    parts = []
    ordered = sorted(skeleton.segments, key=_depth)
    for segment in ordered:
        a, b = _flat(segment)
        if segment.kind == "head":
            (x, y), r = a, segment.radii[0]
            parts.append(
                f'<circle cx="{fmt(x * UNITS)}" cy="{fmt(-y * UNITS)}" r="{fmt(r * UNITS)}"/>'
            )
            if view == "side" and not ghost:
                nose = project(skeleton.points["nose"])
                parts.append(
                    f'<circle cx="{fmt(nose[0] * UNITS)}" cy="{fmt(-nose[1] * UNITS)}" '
                    f'r="{fmt(0.016 * UNITS)}"/>'
                )
            continue
        far = view == "side" and _depth(segment) < -0.01 and not ghost
        opacity = f' fill-opacity="{FAR_OPACITY}"' if far else ""
        parts.append(f'<path d="{capsule_path(a, b, *segment.radii)}"{opacity}/>')
    if ghost:
        opacity = fmt(GHOST_OPACITY)
        ghost = f'class="abc-pose-ghost" fill="currentColor" opacity="{opacity}"'
        return f"<g {ghost}>{''.join(parts)}</g>"
    style = f"stroke:{PAPER};stroke-width:{HALO};paint-order:stroke;stroke-linejoin:round"
    return f'<g class="abc-pose-body" fill="currentColor" style="{style}">{"".join(parts)}</g>'


# ---- the floor and the props ----


def _at_depth(x: float, y: float, z: float) -> Point:
    return project((x, y, z))


@dataclass(frozen=True)
class Floor:
    """The mat under a figure: its extent left to right and back to front."""

    left: float
    right: float
    back: float
    front: float

    def corners(self) -> list[Point]:
        return [
            _at_depth(self.left, 0, self.front),
            _at_depth(self.right, 0, self.front),
            _at_depth(self.right, 0, self.back),
            _at_depth(self.left, 0, self.back),
        ]


def floor_under(skeletons: Sequence[Skeleton]) -> Floor:
    """A mat a little larger than every body it carries, at least as deep as the props."""
    xs = [
        c[0]
        for skeleton in skeletons
        for segment in skeleton.segments
        for c in (segment.start, segment.end)
    ]
    zs = [
        c[2]
        for skeleton in skeletons
        for segment in skeleton.segments
        for c in (segment.start, segment.end)
    ]
    return Floor(
        min(xs) - 0.06,
        max(xs) + 0.06,
        min(min(zs) - 0.1, -PROP_DEPTH),
        max(max(zs) + 0.1, PROP_DEPTH),
    )


def mat_svg(floor: Floor) -> str:
    corners = floor.corners()
    line = 'fill="none" stroke="currentColor" stroke-width="0.8" stroke-opacity="0.7"'
    edge = f'<path d="M{at(corners[0])}L{at(corners[1])}" {line}/>'
    mat = f'<path d="{polygon_path(corners)}" fill="currentColor" fill-opacity="0.07"/>'
    return f'<g class="abc-pose-floor">{mat}{edge}</g>'


def _block(x0: float, x1: float, y0: float, y1: float) -> str:
    """A box from the back of the mat to its front: its front face and its top."""
    back, front = -PROP_DEPTH, PROP_DEPTH
    face = [
        _at_depth(x0, y1, front),
        _at_depth(x1, y1, front),
        _at_depth(x1, y0, front),
        _at_depth(x0, y0, front),
    ]
    top = [
        _at_depth(x0, y1, front),
        _at_depth(x1, y1, front),
        _at_depth(x1, y1, back),
        _at_depth(x0, y1, back),
    ]
    side = [
        _at_depth(x1, y1, front),
        _at_depth(x1, y1, back),
        _at_depth(x1, y0, back),
        _at_depth(x1, y0, front),
    ]
    return "".join(f'<path d="{polygon_path(shape)}"/>' for shape in (side, top, face))


def prop_svg(prop: Prop) -> str:
    back, front = -PROP_DEPTH, PROP_DEPTH
    shapes: list[str] = []
    if prop.kind == "bench":
        x0, x1, top = prop.x, prop.x + prop.width, prop.height
        for x in (x0 + 0.03, x1 - 0.03):
            for z, opacity in ((back * 0.8, 0.5), (front * 0.8, 1.0)):
                a, b = _at_depth(x, top - BENCH_TOP, z), _at_depth(x, 0, z)
                shapes.append(
                    f'<path d="{capsule_path(a, b, 0.012, 0.012)}" fill-opacity="{0.3 * opacity}"/>'
                )
        shapes.append(_block(x0, x1, top - BENCH_TOP, top))
    elif prop.kind == "box":
        shapes.append(_block(prop.x, prop.x + prop.width, 0.0, prop.height))
    elif prop.kind == "wedge":
        (x0, _), (xt, yt), _ = prop.outline()
        face = [_at_depth(x0, 0, front), _at_depth(xt, yt, front), _at_depth(xt, 0, front)]
        slope = [
            _at_depth(x0, 0, front),
            _at_depth(xt, yt, front),
            _at_depth(xt, yt, back),
            _at_depth(x0, 0, back),
        ]
        shapes.append(f'<path d="{polygon_path(slope)}"/><path d="{polygon_path(face)}"/>')
    elif prop.kind == "wall":
        face = [
            _at_depth(prop.x, 0, front),
            _at_depth(prop.x, 1.15, front),
            _at_depth(prop.x, 1.15, back),
            _at_depth(prop.x, 0, back),
        ]
        shapes.append(f'<path d="{polygon_path(face)}"/>')
    elif prop.kind == "bar":
        # a bar seen a little from one end, just wider than the hands, on a post at its far end
        reach = BAR_REACH
        if prop.post:
            post_top, post_bottom = _at_depth(prop.x, prop.y, -reach), _at_depth(prop.x, 0, -reach)
            shapes.append(
                f'<path d="{capsule_path(post_top, post_bottom, 0.014, 0.014)}" '
                'fill-opacity="0.35"/>'
            )
        a, b = _at_depth(prop.x, prop.y, -reach), _at_depth(prop.x, prop.y, reach)
        shapes.append(
            f'<path d="{capsule_path(a, b, prop.radius, prop.radius)}" fill-opacity="0.85"/>'
        )
    style = (
        'fill="currentColor" fill-opacity="0.12" stroke="currentColor" stroke-width="0.7" '
        'stroke-linejoin="round"'
    )
    return f'<g class="abc-pose-prop" data-prop="{escape(prop.name)}" {style}>{"".join(shapes)}</g>'


def prop_circles(prop: Prop) -> list[tuple[Point, float]]:
    if prop.kind == "bar":
        return [(_at_depth(prop.x, prop.y, z), prop.radius) for z in (-BAR_REACH, BAR_REACH)] + [
            (_at_depth(prop.x, 0, -BAR_REACH), 0.01)
        ]
    if prop.kind == "wall":
        return [
            (_at_depth(prop.x, y, z), 0.0) for y in (0, 1.15) for z in (-PROP_DEPTH, PROP_DEPTH)
        ]
    return [(_at_depth(x, y, z), 0.0) for x, y in prop.outline() for z in (-PROP_DEPTH, PROP_DEPTH)]


# ---- marking a fault ----


@dataclass(frozen=True)
class Label:
    text: str
    centre: Point
    width: float
    height: float
    arrow_from: Point
    arrow_to: Point

    def box(self) -> Box:
        return Box(
            self.centre[0] - self.width / 2,
            self.centre[1] - self.height / 2,
            self.centre[0] + self.width / 2,
            self.centre[1] + self.height / 2,
        )


def mark_hull(skeleton: Skeleton, marks: Sequence[str]) -> list[Point]:
    points: list[Point] = []
    for name in marks:
        segment = skeleton.segment(name)
        for centre, r in samples(segment, 5):
            points.extend(circle_points(project(centre), r + MARK_GAP))
    return convex_hull(points)


def _text_width(text: str) -> float:
    return LABEL_SIZE * (0.56 * len(text) + 0.6)


def _nearest_on_hull(hull: Sequence[Point], towards: Point) -> Point:
    best, best_distance = hull[0], math.inf
    for index, a in enumerate(hull):
        b = hull[(index + 1) % len(hull)]
        ex, ey = b[0] - a[0], b[1] - a[1]
        t = max(
            0.0,
            min(
                1.0,
                ((towards[0] - a[0]) * ex + (towards[1] - a[1]) * ey) / (ex * ex + ey * ey or 1),
            ),
        )
        point = (a[0] + t * ex, a[1] + t * ey)
        distance = math.dist(point, towards)
        if distance < best_distance:
            best, best_distance = point, distance
    return best


def _segment_hits_circle(a: Point, b: Point, centre: Point, r: float) -> bool:
    ex, ey = b[0] - a[0], b[1] - a[1]
    t = max(
        0.0,
        min(1.0, ((centre[0] - a[0]) * ex + (centre[1] - a[1]) * ey) / (ex * ex + ey * ey or 1)),
    )
    return math.dist((a[0] + t * ex, a[1] + t * ey), centre) < r


def place_label(
    text: str, hull: Sequence[Point], obstacles: Sequence[tuple[Point, float]], frame: Box
) -> Label:
    """Put the label where it covers the least of the body, near the marked part, above the
    floor, with an arrow from the label to the dashed outline."""
    width, height = _text_width(text), LABEL_SIZE * 1.3
    xs, ys = [p[0] for p in hull], [p[1] for p in hull]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    half_w, half_h = (max(xs) - min(xs)) / 2, (max(ys) - min(ys)) / 2
    best: tuple[float, Label] | None = None
    for rank, (dx, dy) in enumerate(LABEL_PLACES.values()):
        for reach in (0.09, 0.15, 0.22):
            centre = (
                cx + dx * (half_w + reach + width / 2 * abs(dx)),
                cy + dy * (half_h + reach + height / 2 * abs(dy)),
            )
            label_box = Box(
                centre[0] - width / 2,
                centre[1] - height / 2,
                centre[0] + width / 2,
                centre[1] + height / 2,
            )
            if label_box.bottom < 0.03:
                continue
            tip = _nearest_on_hull(hull, centre)
            tail_x = max(label_box.left, min(label_box.right, tip[0]))
            tail_y = max(label_box.bottom - 0.012, min(label_box.top + 0.012, tip[1]))
            tail = (tail_x, tail_y)
            covered = sum(
                1
                for point, r in obstacles
                if label_box.left - r < point[0] < label_box.right + r
                and label_box.bottom - r < point[1] < label_box.top + r
            )
            crossed = sum(
                1 for point, r in obstacles if _segment_hits_circle(tail, tip, point, r * 0.8)
            )
            outside = (
                max(0.0, frame.left - label_box.left)
                + max(0.0, label_box.right - frame.right)
                + max(0.0, label_box.top - frame.top)
            )
            score = covered * 10 + crossed * 3 + outside * 40 + reach * 8 + rank * 0.3
            label = Label(text, centre, width, height, tail, tip)
            if best is None or score < best[0]:
                best = (score, label)
    if best is None:  # nowhere above the floor: put it above the marked part
        centre = (cx, cy + half_h + 0.1)
        return Label(
            text,
            centre,
            width,
            height,
            (centre[0], centre[1] - height / 2),
            _nearest_on_hull(hull, centre),
        )
    return best[1]


def arrow_svg(tail: Point, tip: Point) -> str:
    dx, dy = tip[0] - tail[0], tip[1] - tail[1]
    length = math.hypot(dx, dy) or 1.0
    ux, uy = dx / length, dy / length
    head = 0.03
    base = (tip[0] - ux * head, tip[1] - uy * head)
    left = (base[0] - uy * head * 0.55, base[1] + ux * head * 0.55)
    right = (base[0] + uy * head * 0.55, base[1] - ux * head * 0.55)
    line = (
        f'<path d="M{at(tail)}L{at(base)}" fill="none" stroke="currentColor" stroke-width="1.1"/>'
    )
    return line + f'<path d="M{at(tip)}L{at(left)}L{at(right)}Z" fill="currentColor"/>'


def mark_svg(hull: Sequence[Point], label: Label) -> str:
    dashed = 'fill="none" stroke="currentColor" stroke-width="1" stroke-dasharray="3 2.2"'
    outline = f'<path d="{polygon_path(hull)}" {dashed}/>'
    x, y = label.centre
    text_style = (
        f"stroke:{PAPER};stroke-width:2.6;paint-order:stroke;stroke-linejoin:round;"
        f"font-size:{fmt(LABEL_SIZE * UNITS)}px"
    )
    text = (
        f'<text x="{fmt(x * UNITS)}" y="{fmt(-(y - LABEL_SIZE * 0.36) * UNITS)}" '
        'text-anchor="middle" '
        f'fill="currentColor" style="{text_style}">{escape(label.text)}</text>'
    )
    return (
        f'<g class="abc-pose-mark">{outline}{arrow_svg(label.arrow_from, label.arrow_to)}{text}</g>'
    )


# ---- whole pictures ----


@dataclass(frozen=True)
class Panel:
    """One picture of a figure set: which pose, drawn how, from which side."""

    kind: str  # "start", "end", "right" or "fault"
    figure: PoseFigure
    view: str
    ghost: PoseFigure | None = None


@dataclass(frozen=True)
class Frame:
    """What the panels drawn from one side share: the picture's edges, the mat, the labels."""

    box: Box
    floor: Floor
    labels: dict[str, Label]


def panels(figure_set: FigureSet) -> list[Panel]:
    """Every picture a figure set draws: start, end over a ghost of the start, and each fault
    with the right form it sits beside (both from the fault's side, if it names one)."""
    view = figure_set.view
    found = [
        Panel("start", figure_set.start, view),
        Panel("end", figure_set.end, view, ghost=figure_set.start),
    ]
    for fault in figure_set.faults:
        found.append(Panel("right", figure_set.right_form(fault), fault.view or view))
        found.append(Panel("fault", fault, fault.view or view))
    return found


def frame_of(figure_set: FigureSet, chosen: Sequence[Panel]) -> Frame:
    """One frame for ``chosen`` panels (all from one side): room for every body, prop and label."""
    view = chosen[0].view
    skeletons: list[Skeleton] = []
    circles: list[tuple[Point, float]] = []
    for panel in chosen:
        for figure in (panel.figure, panel.ghost):
            if figure is None:
                continue
            skeleton, props = figure_set.drawn(figure, view)
            skeletons.append(skeleton)
            circles += body_circles(skeleton)
            circles += [c for prop in props.values() for c in prop_circles(prop)]
    floor = floor_under(skeletons)
    box = Box.around(circles + [(corner, 0.0) for corner in floor.corners()]).padded(0.03)
    labels: dict[str, Label] = {}
    for panel in chosen:
        if panel.kind != "fault":
            continue
        skeleton, props = figure_set.drawn(panel.figure, view)
        obstacles = body_circles(skeleton) + [
            c for prop in props.values() for c in prop_circles(prop)
        ]
        labels[panel.figure.role] = place_label(
            panel.figure.label, mark_hull(skeleton, panel.figure.marks), obstacles, box
        )
    for label in labels.values():
        box = box.union(label.box().padded(0.015))
    return Frame(box, floor, labels)


def panel_id(figure_set: FigureSet, panel: Panel, css_class: str) -> str:
    """An id for the picture's title and description, unique on a page that draws each figure
    set once (a widget gives each drawing it shows ids of its own)."""
    kind = "thumb" if "abc-pose-thumb" in css_class else panel.kind
    role = f"-{panel.figure.role}" if panel.figure.is_fault or kind == "right" else ""
    return f"abc-pose-{figure_set.key.replace('/', '-')}-{kind}{role}"


def panel_svg(
    figure_set: FigureSet, panel: Panel, frame: Frame, css_class: str = "abc-pose"
) -> str:
    """One picture as an SVG element with its accessible name and description."""
    skeleton, props = figure_set.drawn(panel.figure, panel.view)
    title = describe.title(figure_set, panel.figure, panel.kind)
    desc = describe.description(figure_set, panel.figure, panel.kind, panel.view, panel.ghost)
    parts = [mat_svg(frame.floor)]
    if panel.ghost is not None:
        ghost_skeleton, ghost_props = figure_set.drawn(panel.ghost, panel.view)
        moved = "".join(
            prop_svg(prop) for name, prop in ghost_props.items() if props.get(name) != prop
        )
        if moved:
            parts.append(f'<g opacity="{fmt(GHOST_OPACITY * 1.5)}">{moved}</g>')
        parts.append(body_svg(ghost_skeleton, panel.view, ghost=True))
    parts += [prop_svg(prop) for prop in props.values() if prop.kind != "bar"]
    parts.append(body_svg(skeleton, panel.view))
    parts += [prop_svg(prop) for prop in props.values() if prop.kind == "bar"]
    if panel.kind == "fault":
        parts.append(
            mark_svg(mark_hull(skeleton, panel.figure.marks), frame.labels[panel.figure.role])
        )
    ident = panel_id(figure_set, panel, css_class)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{css_class}" data-panel="{panel.kind}" '
        f'viewBox="{frame.box.view_box()}" width="100%" role="img" '
        f'aria-labelledby="{ident}-title" aria-describedby="{ident}-desc">'
        f'<title id="{ident}-title">{escape(title)}</title>'
        f'<desc id="{ident}-desc">{escape(desc)}</desc>{"".join(parts)}</svg>'
    )


def set_svgs(figure_set: FigureSet) -> list[tuple[Panel, str]]:
    """Every picture of a figure set; the panels drawn from one side share one frame."""
    chosen = panels(figure_set)
    frames = {
        view: frame_of(figure_set, [panel for panel in chosen if panel.view == view])
        for view in {panel.view for panel in chosen}
    }
    return [(panel, panel_svg(figure_set, panel, frames[panel.view])) for panel in chosen]


def thumbnail_svg(figure_set: FigureSet) -> str:
    """The start position alone, framed tightly, for a small picture beside a plan."""
    panel = Panel("start", figure_set.start, figure_set.view)
    return panel_svg(
        figure_set, panel, frame_of(figure_set, [panel]), css_class="abc-pose abc-pose-thumb"
    )
