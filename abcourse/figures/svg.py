"""Draw a figure set's poses as SVG: rounded limbs, a head, the mat, the props, a faint ghost of
another pose (the start behind the end, the right form behind a fault), for a fault a dashed
outline, an arrow, a label and, where its cue is a line, a thin line along the body; a curved
arrow round a part whose turn is the movement; and, in the end drawing, the movement itself as
a few drawings the stylesheet steps through when the learner plays it.

Every stroke and fill is ``currentColor`` (the page's text colour), or, for the thin gap that
keeps overlapping limbs apart, the page's background through ``--abc-figure-paper`` (falling
back on the system colour ``Canvas``): so a figure reads in light and dark mode and prints black
on white. Far limbs are drawn lighter than near ones, which is only a cue to depth; a fault is
marked by shape and words, never by colour. The picture scales with its container (a ``viewBox``
and ``width="100%"``); the start and the end share one frame, so they match in size, and each
fault shares one with the right form beside it, so a long label shrinks only its own pair.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace
from html import escape

from . import describe
from .figureset import FigureSet
from .framing import Floor, Frame, Panel, at_depth, frame_of, mark_hull, panels
from .geometry import Box, Point
from .kinematics import Pose, Segment, Skeleton
from .labels import Label
from .scene import BENCH_TOP, PROP_DEPTH, Prop, project

UNITS = 100  # viewBox units per body height
HALO = 1.6  # width of the background-coloured gap around each part, in viewBox units
GHOST_OPACITY = 0.22
#: the page's background, for the thin gap around each part: set by the page, else the system's
PAPER = "var(--abc-figure-paper,Canvas)"
FAR_OPACITY = 0.55


def fmt(value: float) -> str:
    text = f"{value:.1f}"
    text = text.rstrip("0").rstrip(".") if "." in text else text
    return "0" if text in ("-0", "") else text


def at(point: Point) -> str:
    """A picture point as SVG coordinates (y down), in viewBox units."""
    return f"{fmt(point[0] * UNITS)} {fmt(-point[1] * UNITS)}"


def view_box(box: Box) -> str:
    width, height = (box.right - box.left) * UNITS, (box.top - box.bottom) * UNITS
    return f"{fmt(box.left * UNITS)} {fmt(-box.top * UNITS)} {fmt(width)} {fmt(height)}"


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


# ---- the body ----


def _depth(segment: Segment) -> float:
    return (segment.start[2] + segment.end[2]) / 2


def _flat(segment: Segment) -> tuple[Point, Point]:
    return project(segment.start), project(segment.end)


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
        # from the side, the far limbs; from the front, parts reaching back into the page
        depth = _depth(segment)
        far = not ghost and (
            (view == "side" and depth < -0.01) or (view == "front" and depth < -0.04)
        )
        opacity = f' fill-opacity="{FAR_OPACITY}"' if far else ""
        parts.append(f'<path d="{capsule_path(a, b, *segment.radii)}"{opacity}/>')
    if ghost:
        opacity = fmt(GHOST_OPACITY)
        ghost = f'class="abc-pose-ghost" fill="currentColor" opacity="{opacity}"'
        return f"<g {ghost}>{''.join(parts)}</g>"
    style = f"stroke:{PAPER};stroke-width:{HALO};paint-order:stroke;stroke-linejoin:round"
    return f'<g class="abc-pose-body" fill="currentColor" style="{style}">{"".join(parts)}</g>'


# ---- the floor and the props ----


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
        at_depth(x0, y1, front),
        at_depth(x1, y1, front),
        at_depth(x1, y0, front),
        at_depth(x0, y0, front),
    ]
    top = [
        at_depth(x0, y1, front),
        at_depth(x1, y1, front),
        at_depth(x1, y1, back),
        at_depth(x0, y1, back),
    ]
    side = [
        at_depth(x1, y1, front),
        at_depth(x1, y1, back),
        at_depth(x1, y0, back),
        at_depth(x1, y0, front),
    ]
    return "".join(f'<path d="{polygon_path(shape)}"/>' for shape in (side, top, face))


def _bench(prop: Prop) -> list[str]:
    """A bench's top as a block, on four legs (the back two fainter)."""
    back, front = -PROP_DEPTH, PROP_DEPTH
    x0, x1, top = prop.x, prop.x + prop.width, prop.height
    shapes = []
    for x in (x0 + 0.03, x1 - 0.03):
        for z, opacity in ((back * 0.8, 0.5), (front * 0.8, 1.0)):
            a, b = at_depth(x, top - BENCH_TOP, z), at_depth(x, 0, z)
            shapes.append(
                f'<path d="{capsule_path(a, b, 0.012, 0.012)}" fill-opacity="{0.3 * opacity}"/>'
            )
    shapes.append(_block(x0, x1, top - BENCH_TOP, top))
    return shapes


def _box(prop: Prop) -> list[str]:
    return [_block(prop.x, prop.x + prop.width, 0.0, prop.height)]


def _wedge(prop: Prop) -> list[str]:
    """A wedge's sloping top and its triangular front face."""
    back, front = -PROP_DEPTH, PROP_DEPTH
    (x0, _), (xt, yt), _ = prop.outline()
    face = [at_depth(x0, 0, front), at_depth(xt, yt, front), at_depth(xt, 0, front)]
    slope = [
        at_depth(x0, 0, front),
        at_depth(xt, yt, front),
        at_depth(xt, yt, back),
        at_depth(x0, 0, back),
    ]
    return [f'<path d="{polygon_path(slope)}"/><path d="{polygon_path(face)}"/>']


def _wall(prop: Prop) -> list[str]:
    back, front = -PROP_DEPTH, PROP_DEPTH
    face = [
        at_depth(prop.x, 0, front),
        at_depth(prop.x, 1.15, front),
        at_depth(prop.x, 1.15, back),
        at_depth(prop.x, 0, back),
    ]
    return [f'<path d="{polygon_path(face)}"/>']


def _post(prop: Prop) -> list[str]:
    """The post a bar stands on, at its far end: drawn behind the body."""
    if prop.kind != "bar" or not prop.post:
        return []
    far = prop.z - prop.reach
    top, bottom = at_depth(prop.x, prop.y, far), at_depth(prop.x, 0, far)
    foot_left, foot_right = at_depth(prop.x - 0.05, 0, far), at_depth(prop.x + 0.05, 0, far)
    return [
        f'<path d="{capsule_path(top, bottom, 0.014, 0.014)}" fill-opacity="0.35"/>',
        f'<path d="{capsule_path(foot_left, foot_right, 0.008, 0.008)}" fill-opacity="0.35"/>',
    ]


def _ties(prop: Prop, props: dict[str, Prop], near: bool) -> list[str]:
    """A strap's band at its near or its far end, down to what it is tied to (the floor, or the
    top of a bench or a box, round under it): the far one is drawn behind the body."""
    if prop.kind != "bar" or prop.post or not prop.fixed:
        return []
    anchor = props.get(prop.fixed)
    low = 0.0 if anchor is None else anchor.height - (BENCH_TOP if anchor.kind == "bench" else 0)
    bands = []
    for z in (prop.z + prop.reach * 0.8,) if near else (prop.z - prop.reach * 0.8,):
        top, bottom = at_depth(prop.x, prop.y, z), at_depth(prop.x, low, z)
        bands.append(
            f'<path class="abc-pose-tie" data-fixed="{escape(prop.fixed)}" '
            f'd="{capsule_path(top, bottom, 0.008, 0.008)}" fill-opacity="0.6"/>'
        )
    return bands


def _bar(prop: Prop) -> list[str]:
    """A bar seen a little from one end, just wider than the hands (its post drawn apart)."""
    a = at_depth(prop.x, prop.y, prop.z - prop.reach)
    b = at_depth(prop.x, prop.y, prop.z + prop.reach)
    return [f'<path d="{capsule_path(a, b, prop.radius, prop.radius)}" fill-opacity="0.85"/>']


#: how each kind of prop is drawn: its shapes, before the group's shared style
PROP_SHAPES = {"bench": _bench, "box": _box, "wedge": _wedge, "wall": _wall, "bar": _bar}


def prop_svg(prop: Prop, shapes: list[str] | None = None) -> str:
    if shapes is None:
        shapes = PROP_SHAPES[prop.kind](prop) if prop.kind in PROP_SHAPES else []
    style = (
        'fill="currentColor" fill-opacity="0.12" stroke="currentColor" stroke-width="0.7" '
        'stroke-linejoin="round"'
    )
    return f'<g class="abc-pose-prop" data-prop="{escape(prop.name)}" {style}>{"".join(shapes)}</g>'


# ---- marking a fault ----


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


#: the curved arrow round a turning part: its radius and the least angle it sweeps, so a small
#: turn still shows which way it goes
TURN_RADIUS = 0.2
TURN_SWEEP = 60.0


def _direction(segment: Segment) -> float:
    a, b = _flat(segment)
    return math.degrees(math.atan2(b[1] - a[1], b[0] - a[0]))


def turn_svg(before: Segment, after: Segment) -> str:
    """A curved arrow round the joint ``after`` turns about, the way it turned from ``before``,
    on the side of the part nearer the ceiling."""
    pivot = _flat(after)[0]
    heading = _direction(after)
    turned = (heading - _direction(before) + 180) % 360 - 180
    sign = 1 if turned >= 0 else -1
    leaning = min(
        (heading + 60, heading - 60), key=lambda angle: abs((angle - 90 + 180) % 360 - 180)
    )
    middle = 90 + ((leaning - 90 + 180) % 360 - 180) / 2  # halfway to straight up, over the body
    start, end = middle - sign * TURN_SWEEP / 2, middle + sign * TURN_SWEEP / 2

    def on_arc(angle: float, radius: float = TURN_RADIUS) -> Point:
        rad = math.radians(angle)
        return (pivot[0] + radius * math.cos(rad), pivot[1] + radius * math.sin(rad))

    r = fmt(TURN_RADIUS * UNITS)
    sweep_flag = 0 if sign > 0 else 1  # SVG's y runs down: anticlockwise on the page is 0
    tip = on_arc(end + sign * 8)
    curve = f"M{at(on_arc(start))}A{r} {r} 0 0 {sweep_flag} {at(on_arc(end))}"
    arc = (
        f'<path d="{curve}" fill="none" stroke="{PAPER}" stroke-width="4.4" '
        'stroke-linecap="round"/>'
        f'<path d="{curve}" fill="none" stroke="currentColor" stroke-width="1.8" '
        'stroke-linecap="round"/>'
    )
    travel = math.radians(end + sign * 8 + sign * 90)  # the way the arc runs at its tip
    head = 0.045
    base = (tip[0] - head * math.cos(travel), tip[1] - head * math.sin(travel))
    side = (-math.sin(travel) * head * 0.55, math.cos(travel) * head * 0.55)
    wing_a = (base[0] + side[0], base[1] + side[1])
    wing_b = (base[0] - side[0], base[1] - side[1])
    arrow = (
        f'<path d="M{at(tip)}L{at(wing_a)}L{at(wing_b)}Z" fill="currentColor" '
        f'style="stroke:{PAPER};stroke-width:1.4;paint-order:stroke;stroke-linejoin:round"/>'
    )
    return f'<g class="abc-pose-turn">{arc}{arrow}</g>'


#: how far the alignment line runs past its two points, in body heights
LINE_OVERRUN = 0.06


def point_of(skeleton: Skeleton, part: str) -> Point:
    """Where a named point is in the picture (a contact point, or a segment's middle)."""
    if part in skeleton.points:
        return project(skeleton.points[part])
    segment = skeleton.segment(part)
    a, b = _flat(segment)
    return ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)


def line_svg(skeleton: Skeleton, ends: Sequence[str], solid: bool = False) -> str:
    """A thin straight line through two points of the body (head and heels), a little longer
    than the body, so whatever sags or pikes away from it shows; solid across the hips seen
    from behind, so a tipped pelvis shows."""
    a, b = point_of(skeleton, ends[0]), point_of(skeleton, ends[1])
    length = math.dist(a, b) or 1.0
    ux, uy = (b[0] - a[0]) / length, (b[1] - a[1]) / length
    start = (a[0] - ux * LINE_OVERRUN, a[1] - uy * LINE_OVERRUN)
    end = (b[0] + ux * LINE_OVERRUN, b[1] + uy * LINE_OVERRUN)
    path = f"M{at(start)}L{at(end)}"
    dash = "" if solid else ' stroke-dasharray="5 2.5"'
    return (
        f'<g class="abc-pose-line"><path d="{path}" fill="none" stroke="{PAPER}" '
        'stroke-width="3.2"/>'
        f'<path d="{path}" fill="none" stroke="currentColor" stroke-width="1.2" '
        f"{dash}/></g>"
    )


def mark_svg(hull: Sequence[Point], label: Label) -> str:
    dashed = 'fill="none" stroke="currentColor" stroke-width="1" stroke-dasharray="3 2.2"'
    outline = f'<path d="{polygon_path(hull)}" {dashed}/>'
    x, y = label.centre
    text_style = (
        f"stroke:{PAPER};stroke-width:2.6;paint-order:stroke;stroke-linejoin:round;"
        f"font-size:{fmt(label.size * UNITS)}px"
    )
    text = (
        f'<text x="{fmt(x * UNITS)}" y="{fmt(-(y - label.size * 0.36) * UNITS)}" '
        'text-anchor="middle" '
        f'fill="currentColor" style="{text_style}">{escape(label.text)}</text>'
    )
    return (
        f'<g class="abc-pose-mark">{outline}{arrow_svg(label.arrow_from, label.arrow_to)}{text}</g>'
    )


# ---- the movement, as a loop ----

#: how many drawings the loop steps through from start to end (the stylesheet's keyframes
#: show them start, ..., end, ..., start)
MOVE_FRAMES = 5


def _between(start: Pose, end: Pose, t: float) -> Pose:
    """The pose a share ``t`` of the way from ``start`` to ``end``, angle by angle."""

    def mix(a: float, b: float) -> float:
        return a + (b - a) * t

    return Pose(
        {name: mix(value, end.trunk[name]) for name, value in start.trunk.items()},
        {
            side: {name: mix(value, end.arms[side][name]) for name, value in angles.items()}
            for side, angles in start.arms.items()
        },
        {
            side: {name: mix(value, end.legs[side][name]) for name, value in angles.items()}
            for side, angles in start.legs.items()
        },
    )


def moves_svg(figure_set: FigureSet, view: str) -> str:
    """The body from start to end in a few steps, each drawn like the body and shown one at a
    time by the stylesheet when the learner plays the movement; hidden otherwise, and from
    screen readers (the picture's description says what it shows)."""
    start, end = figure_set.start, figure_set.end
    if not figure_set.moves or view != figure_set.view:
        return ""
    common = {
        surface: tuple(part for part in parts if part in end.touches.get(surface, ()))
        for surface, parts in start.touches.items()
    }
    common = {surface: parts for surface, parts in common.items() if parts}
    frames = []
    for index in range(MOVE_FRAMES):
        t = index / (MOVE_FRAMES - 1)
        figure = end if t == 1 else start if t == 0 else None
        if figure is None:
            figure = replace(start, pose=_between(start.pose, end.pose, t), touches=common)
        skeleton, _ = figure_set.drawn(figure, view)
        frames.append(
            f'<g class="abc-pose-frame abc-pose-frame-{index}">{body_svg(skeleton, view)}</g>'
        )
    return f'<g class="abc-pose-moves" aria-hidden="true">{"".join(frames)}</g>'


# ---- whole pictures ----


def panel_id(figure_set: FigureSet, panel: Panel, css_class: str) -> str:
    """An id for the picture's title and description, unique on a page that draws each figure
    set once (a widget gives each drawing it shows ids of its own)."""
    kind = "thumb" if "abc-pose-thumb" in css_class else panel.kind
    role = f"-{panel.figure.role}" if panel.figure.is_fault or kind == "right" else ""
    return f"abc-pose-{figure_set.key.replace('/', '-')}-{kind}{role}"


def _ghost_parts(figure_set: FigureSet, panel: Panel, props: dict) -> list[str]:
    """The faint pose behind a panel (its start, or a fault's right form), with any prop it
    places elsewhere."""
    assert panel.ghost is not None
    ghost_skeleton, ghost_props = figure_set.drawn(panel.ghost, panel.view, panel.flip)
    moved = "".join(prop_svg(prop) for name, prop in ghost_props.items() if props.get(name) != prop)
    parts = [f'<g opacity="{fmt(GHOST_OPACITY * 1.5)}">{moved}</g>'] if moved else []
    return [*parts, body_svg(ghost_skeleton, panel.view, ghost=True)]


def _body_among_props(skeleton: Skeleton, props: dict, view: str) -> list[str]:
    """The props, then their posts and far ties, the body, its near ties, and last the bars it
    holds, so each part is painted over what is behind it."""
    far = [_ties(prop, props, near=False) for prop in props.values()]
    near = [_ties(prop, props, near=True) for prop in props.values()]
    return [
        *(prop_svg(prop) for prop in props.values() if prop.kind != "bar"),
        *(prop_svg(prop, _post(prop)) for prop in props.values() if _post(prop)),
        *(prop_svg(prop, ties) for prop, ties in zip(props.values(), far, strict=True) if ties),
        body_svg(skeleton, view),
        *(prop_svg(prop, ties) for prop, ties in zip(props.values(), near, strict=True) if ties),
        *(prop_svg(prop) for prop in props.values() if prop.kind == "bar"),
    ]


def panel_svg(
    figure_set: FigureSet, panel: Panel, frame: Frame, css_class: str = "abc-pose"
) -> str:
    """One picture as an SVG element with its accessible name and description."""
    skeleton, props = figure_set.drawn(panel.figure, panel.view, panel.flip)
    title = describe.title(figure_set, panel.figure, panel.kind)
    desc = describe.description(figure_set, panel.figure, panel.kind, panel.view, panel.ghost)
    parts = [mat_svg(frame.floor)]
    if figure_set.turns:
        # the floor right under the body, so a gap under the back shows and closes
        under = f"M{at(at_depth(frame.floor.left, 0, 0))}L{at(at_depth(frame.floor.right, 0, 0))}"
        parts.append(
            f'<path class="abc-pose-under" d="{under}" fill="none" stroke="currentColor" '
            'stroke-width="0.9" stroke-opacity="0.8"/>'
        )
    if panel.ghost is not None:
        parts += _ghost_parts(figure_set, panel, props)
    parts += _body_among_props(skeleton, props, panel.view)
    if panel.kind == "fault" and len(panel.figure.line) == 2:
        parts.append(line_svg(skeleton, panel.figure.line))
    if panel.view == "rear" and any(
        fault.view == "rear" and "lower-trunk" in fault.marks for fault in figure_set.faults
    ):
        parts.append(line_svg(skeleton, ("right-hip", "left-hip"), solid=True))
    if panel.kind == "fault":
        parts.append(
            mark_svg(mark_hull(skeleton, panel.figure.marks), frame.labels[panel.figure.role])
        )
    if panel.kind == "end" and panel.ghost is not None and figure_set.turns:
        ghost_body, _ = figure_set.drawn(panel.ghost, panel.view)
        turning = figure_set.turns
        parts.append(turn_svg(ghost_body.segment(turning), skeleton.segment(turning)))
    moving = panel.kind == "end" and not panel.flip and moves_svg(figure_set, panel.view)
    if moving:
        parts.append(moving)
    ident = panel_id(figure_set, panel, css_class)
    plays = ' data-moves="start-end-start"' if moving else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{css_class}" data-panel="{panel.kind}"'
        f"{plays} "
        f'viewBox="{view_box(frame.box)}" width="100%" role="img" '
        f'aria-labelledby="{ident}-title" aria-describedby="{ident}-desc">'
        f'<title id="{ident}-title">{escape(title)}</title>'
        f'<desc id="{ident}-desc">{escape(desc)}</desc>{"".join(parts)}</svg>'
    )


def set_svgs(figure_set: FigureSet) -> list[tuple[Panel, str]]:
    """Every picture of a figure set, each framed with the panels it is seen beside."""
    chosen = panels(figure_set)
    groups: dict[tuple[str, ...], list[Panel]] = {}
    for index, panel in enumerate(chosen):
        groups.setdefault(frame_group(chosen, index), []).append(panel)
    frames = {group: frame_of(figure_set, members) for group, members in groups.items()}
    return [
        (panel, panel_svg(figure_set, panel, frames[frame_group(chosen, index)]))
        for index, panel in enumerate(chosen)
    ]


def frame_group(chosen: Sequence[Panel], index: int) -> tuple[str, ...]:
    """Which frame a panel shares: the start and the end share one, the other side its own, and
    each fault one with the right form beside it, so a long label shrinks only its own pair."""
    panel = chosen[index]
    if panel.kind in ("start", "end"):
        return ("main", panel.view)
    if panel.kind == "other":
        return ("other", panel.view)
    fault = panel if panel.kind == "fault" else chosen[index + 1]
    return ("fault", fault.figure.role)


def thumbnail_svg(figure_set: FigureSet) -> str:
    """The end (or hold) position alone, framed tightly, for a small picture beside a plan:
    the position the exercise is about, not the one it starts from."""
    panel = Panel("end", figure_set.end, figure_set.view)
    # framed with room for the start too, which the movement passes through when it plays
    roomy = Panel("end", figure_set.end, figure_set.view, ghost=figure_set.start)
    return panel_svg(
        figure_set, panel, frame_of(figure_set, [roomy]), css_class="abc-pose abc-pose-thumb"
    )
