"""Put a posed body on the floor, beside its props, and measure what touches what.

A figure's data names what each pose touches (``touches: {floor: [right-forearm, ...], bench:
[...]}``). The body is set down so its lowest floor contact rests on the floor (or, with no floor
contact, its lowest contact rests on the prop it names), and slid sideways so the figure's anchor
(a point that stays put from start to end, such as the elbow in a plank) is at x = 0. Props are
placed by the data, in the same units (fractions of height), from that anchor.

The geometry here is also what the tests check: how far each named contact is from its surface,
and how deep any part sinks into the floor or a prop.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from ..data import pose_vocabulary as vocabulary
from .geometry import nearest_on_segment
from .kinematics import Segment, Skeleton, Vec

#: a contact counts as touching within this distance (a fraction of height: about 2 cm)
TOUCH_TOLERANCE = 0.012
#: how far a part may sink into the floor or a prop before a test fails (about 1 cm)
SINK_TOLERANCE = 0.006
#: the oblique camera: depth toward the viewer is drawn down and to the right, at this scale
DEPTH_X, DEPTH_Y = 0.33, -0.24
#: how deep the mat and the props reach, toward and away from the viewer
PROP_DEPTH = 0.22
#: how thick a bench's top is
BENCH_TOP = 0.03
BAR_RADIUS = 0.02
#: how far a bar reaches either side of its middle in depth, past the hands (unless it says)
BAR_REACH = 0.15

FLAT_PROPS = ("bench", "box")


@dataclass(frozen=True)
class Prop:
    """Something the body uses: ``kind`` and its place, in fractions of height from the anchor."""

    kind: str
    name: str
    x: float = 0.0
    y: float = 0.0
    width: float = 0.0
    height: float = 0.0
    angle: float = 60.0
    radius: float = BAR_RADIUS
    post: bool = True
    #: a bar's middle in depth (toward the viewer +) and how far it reaches either side: a
    #: short pad over one foot misses the other leg
    z: float = 0.0
    reach: float = BAR_REACH
    #: what a strap (a bar with no post) is tied to: "floor" or a bench's or a box's name
    fixed: str = ""

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> Prop:
        kind = str(data["kind"])
        values = {
            key: float(data[key])
            for key in ("x", "y", "width", "height", "angle", "radius", "z", "reach")
            if key in data
        }  # type: ignore[arg-type]
        return cls(
            kind=kind,
            name=str(data.get("name", kind)),
            post=bool(data.get("post", True)),
            fixed=str(data.get("fixed", "")),
            **values,
        )

    def mirrored(self) -> Prop:
        """The prop seen in a mirror, to go with a mirrored body."""
        if self.kind in FLAT_PROPS:
            return replace(self, x=-self.x - self.width)
        if self.kind == "wedge":
            return replace(self, x=-self.x, angle=180 - self.angle)
        return replace(self, x=-self.x)

    def outline(self) -> list[tuple[float, float]]:
        """The prop's shape seen from the side (x, y), for sinking and touching."""
        if self.kind == "bench":
            top = self.height
            return [
                (self.x, top),
                (self.x + self.width, top),
                (self.x + self.width, top - BENCH_TOP),
                (self.x, top - BENCH_TOP),
            ]
        if self.kind == "box":
            return [
                (self.x, self.height),
                (self.x + self.width, self.height),
                (self.x + self.width, 0.0),
                (self.x, 0.0),
            ]
        if self.kind == "wedge":
            # the slope rises from (x, 0) at ``angle`` degrees from the floor (measured from the
            # floor to the right, so 120 leans back to the left) up to ``height``
            run = self.height / math.tan(math.radians(self.angle))
            top = (self.x + run, self.height)
            return [(self.x, 0.0), top, (top[0], 0.0)]
        if self.kind == "wall":
            return [(self.x, 0.0), (self.x, 1.2), (self.x + 0.05, 1.2), (self.x + 0.05, 0.0)]
        return []


def _point_radius(skeleton: Skeleton, part: str) -> tuple[Vec, float]:
    """A point contact: where it is and how thick the body is there."""
    if part == "pelvis":
        segment = skeleton.segment("lower-trunk")
        return segment.start, segment.radii[0]
    if part == "shoulders":
        segment = skeleton.segment("upper-trunk")
        return segment.end, segment.radii[1]
    if part == "head":
        segment = skeleton.segment("head")
        return segment.start, segment.radii[0]
    side, _, joint = part.partition("-")
    if joint == "elbow":
        segment = skeleton.segment(f"{side}-forearm")
        return segment.start, segment.radii[0]
    if joint == "knee":
        segment = skeleton.segment(f"{side}-shin")
        return segment.start, segment.radii[0]
    segment = skeleton.segment(f"{side}-foot")
    return (segment.start, segment.radii[0]) if joint == "heel" else (segment.end, segment.radii[1])


def spheres(skeleton: Skeleton, part: str) -> list[tuple[Vec, float]]:
    """The spheres that must touch for ``part`` to touch: both ends of a segment (it lies along
    the surface), or the one sphere of a point or a round part (the head, a hand)."""
    if part in vocabulary.POINTS:
        return [_point_radius(skeleton, part)]
    segment = skeleton.segment(part)
    if segment.start == segment.end:
        return [(segment.start, segment.radii[0])]
    return [(segment.start, segment.radii[0]), (segment.end, segment.radii[1])]


def samples(segment: Segment, count: int = 9) -> Iterable[tuple[Vec, float]]:
    """Spheres along a segment, its rounded shape as a row of balls."""
    if segment.start == segment.end:
        yield segment.start, segment.radii[0]
        return
    for index in range(count):
        t = index / (count - 1)
        point = tuple(a + (b - a) * t for a, b in zip(segment.start, segment.end, strict=True))
        yield point, segment.radii[0] + (segment.radii[1] - segment.radii[0]) * t  # type: ignore[misc]


def lowest(skeleton: Skeleton, parts: Iterable[str]) -> float:
    return min(point[1] - r for part in parts for point, r in spheres(skeleton, part))


def _signed_distance(point: tuple[float, float], polygon: Sequence[tuple[float, float]]) -> float:
    """Distance from a point to a convex polygon's edge: negative inside."""
    inside = True
    best = math.inf
    count = len(polygon)
    area = sum(
        polygon[i][0] * polygon[(i + 1) % count][1] - polygon[(i + 1) % count][0] * polygon[i][1]
        for i in range(count)
    )
    for index in range(count):
        a, b = polygon[index], polygon[(index + 1) % count]
        best = min(best, math.dist(nearest_on_segment(a, b, point), point))
        ex, ey = b[0] - a[0], b[1] - a[1]
        px, py = point[0] - a[0], point[1] - a[1]
        if (ex * py - ey * px) * area < 0:
            inside = False
    return -best if inside else best


def reaches(prop: Prop | None, centre: Vec, r: float) -> bool:
    """Whether a sphere lies within the depth a prop spans (a bar spans only its own length)."""
    if prop is None or prop.kind != "bar":
        return True
    return prop.z - prop.reach - r <= centre[2] <= prop.z + prop.reach + r


def surface_gap(prop: Prop | None, centre: Vec, r: float) -> float:
    """How far a sphere is from a surface (the floor when ``prop`` is None): below 0 it sinks."""
    if prop is None:
        return centre[1] - r
    if prop.kind == "bar":
        return math.hypot(centre[0] - prop.x, centre[1] - prop.y) - prop.radius - r
    return _signed_distance((centre[0], centre[1]), prop.outline()) - r


#: how far below a flat prop's top a contact's nearest point may lie and still be on the top
#: (a fraction of height: about 1 cm), so a hand against a box's side is not taken for one on it
FACE_TOLERANCE = 0.006


def off_the_top(prop: Prop, centre: Vec, r: float) -> float:
    """How far a part resting on a bench or a box is from resting on its top: 0 when the part is
    above the top and within its ends, else how far it is beside the ends or below the top (a
    hand against the side of a stool is not on the stool)."""
    (x0, top), (x1, _) = prop.outline()[:2]
    # at least half its radius over the top (hips resting at a bench's edge count), and its
    # lowest point no lower than the top
    beside = max(0.0, x0 - (centre[0] + r / 2), (centre[0] - r / 2) - x1)
    below = max(0.0, top - (centre[1] - r))
    return max(beside, below)


def contact_faces(
    skeleton: Skeleton, touches: Mapping[str, Sequence[str]], props: Mapping[str, Prop]
) -> dict[str, float]:
    """For each contact on a bench or a box, how far it is from resting on the top face (0: on
    it): the top is the face a part rests on, the sides hold nothing up."""
    found: dict[str, float] = {}
    for surface, parts in touches.items():
        prop = props.get(surface)
        if prop is None or prop.kind not in FLAT_PROPS:
            continue
        for part in parts:
            found[f"{part} on {surface}"] = max(
                off_the_top(prop, c, r) for c, r in spheres(skeleton, part)
            )
    return found


def contact_gaps(
    skeleton: Skeleton, touches: Mapping[str, Sequence[str]], props: Mapping[str, Prop]
) -> dict[str, float]:
    """For each named contact, how far it is from touching (0 is touching; the worst end counts).

    On the floor, a bench or a box, a segment lies along the surface: both its ends touch. On a
    bar or a wedge, it touches at its nearest point.
    """
    gaps: dict[str, float] = {}
    for surface, parts in touches.items():
        prop = None if surface == "floor" else props.get(surface)
        for part in parts:
            key = f"{part} on {surface}"
            if surface != "floor" and prop is None:
                gaps[key] = math.inf
                continue
            if prop is not None and prop.kind in ("bar", "wedge") and part in vocabulary.SEGMENTS:
                segment = skeleton.segment(part)
                gaps[key] = min(surface_gap(prop, c, r) for c, r in samples(segment, 15))
            else:
                gaps[key] = max(abs(surface_gap(prop, c, r)) for c, r in spheres(skeleton, part))
    return gaps


def sinking(skeleton: Skeleton, props: Mapping[str, Prop]) -> dict[str, float]:
    """How deep each part sinks into the floor or a prop (only the ones that do)."""
    found: dict[str, float] = {}
    for segment in skeleton.segments:
        for surface, prop in (("floor", None), *props.items()):
            if prop is not None and prop.kind == "wall":
                continue
            gaps = [surface_gap(prop, c, r) for c, r in samples(segment) if reaches(prop, c, r)]
            depth = -min(gaps) if gaps else 0.0
            if depth > 1e-4:
                found[f"{segment.name} into {surface}"] = max(
                    depth, found.get(f"{segment.name} into {surface}", 0)
                )
    return found


def place(
    skeleton: Skeleton, touches: Mapping[str, Sequence[str]], props: Mapping[str, Prop], anchor: str
) -> Skeleton:
    """Set the body down on its contacts and slide its anchor to x = 0."""
    if touches.get("floor"):
        dy = -lowest(skeleton, touches["floor"])
    else:
        flat = [
            (surface, parts)
            for surface, parts in touches.items()
            if surface in props and props[surface].kind in FLAT_PROPS
        ]
        if flat:
            surface, parts = flat[0]
            dy = props[surface].height - lowest(skeleton, parts)
        else:
            dy = -min(c[1] - r for segment in skeleton.segments for c, r in samples(segment))
    anchor_point = (
        spheres(skeleton, anchor)[0][0] if anchor in vocabulary.PARTS else skeleton.points[anchor]
    )
    return skeleton.moved((-anchor_point[0], dy, 0.0))


def project(point: Vec) -> tuple[float, float]:
    """The oblique camera: (x, y, z) in the world to (x, y) in the picture, y still up."""
    return (point[0] + DEPTH_X * point[2], point[1] + DEPTH_Y * point[2])
