"""Forward kinematics: a pose (joint angles) becomes the body's segments in space.

The body is built out from the middle of the pelvis. Each segment has a frame of three unit
vectors, ``up`` (along it, pointing away from the feet when standing), ``front`` (the way the
body faces) and ``left`` (toward the body's left side), and a joint turns a child's frame about
one of its parent's axes: bending forward and back (flexion) turns about ``left``, sideways
(abduction, side bends) about ``front``, twists about ``up``. So one pose can be drawn from the
side or from the front: the view only decides where the camera is.

World axes: x to the right of the picture, y up (the floor is y = 0 once placed), z toward the
viewer. Lengths are fractions of standing height (see ``body.py``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field

from ..data import pose_vocabulary as vocabulary
from . import body

Vec = tuple[float, float, float]
Frame = tuple[Vec, Vec, Vec]  # up, front, left


def add(a: Vec, b: Vec) -> Vec:
    return (a[0] + b[0], a[1] + b[1], a[2] + b[2])


def scale(a: Vec, k: float) -> Vec:
    return (a[0] * k, a[1] * k, a[2] * k)


def along(origin: Vec, direction: Vec, length: float) -> Vec:
    return add(origin, scale(direction, length))


def distance(a: Vec, b: Vec) -> float:
    return math.dist(a, b)


def cross(a: Vec, b: Vec) -> Vec:
    return (a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0])


def dot(a: Vec, b: Vec) -> float:
    return a[0] * b[0] + a[1] * b[1] + a[2] * b[2]


def rotate(vector: Vec, axis: Vec, degrees: float) -> Vec:
    """Rodrigues' rotation of ``vector`` about the unit ``axis``, right-handed."""
    angle = math.radians(degrees)
    cos, sin = math.cos(angle), math.sin(angle)
    turned = cross(axis, vector)
    along_axis = scale(axis, dot(axis, vector) * (1 - cos))
    return add(add(scale(vector, cos), scale(turned, sin)), along_axis)


def turn(frame: Frame, axis: int, degrees: float) -> Frame:
    """The frame turned about its own axis number ``axis`` (0 up, 1 front, 2 left)."""
    if not degrees:
        return frame
    pivot = frame[axis]
    return (
        rotate(frame[0], pivot, degrees),
        rotate(frame[1], pivot, degrees),
        rotate(frame[2], pivot, degrees),
    )


UP, FRONT, LEFT = 0, 1, 2


@dataclass(frozen=True)
class Pose:
    """A pose as the data files give it: trunk angles and each limb's joint angles, in degrees."""

    trunk: Mapping[str, float]
    arms: Mapping[str, Mapping[str, float]]
    legs: Mapping[str, Mapping[str, float]]

    @classmethod
    def from_data(cls, data: Mapping[str, object]) -> Pose:
        """Read a ``pose`` mapping; a left limb left out copies the right one."""
        trunk = {name: float(data.get(name, 0)) for name in vocabulary.TRUNK_ANGLES}  # type: ignore[arg-type]
        arms: dict[str, dict[str, float]] = {}
        legs: dict[str, dict[str, float]] = {}
        for limbs, kind, names in (
            (arms, "arm", vocabulary.ARM_ANGLES),
            (legs, "leg", vocabulary.LEG_ANGLES),
        ):
            right = data.get(f"right-{kind}") or {}
            left = data.get(f"left-{kind}") or right
            for side, given in (("right", right), ("left", left)):
                limbs[side] = {name: float(given.get(name, 0)) for name in names}  # type: ignore[union-attr]
        return cls(trunk, arms, legs)

    def angles(self) -> dict[str, float]:
        """Every joint angle by the name its limit has, e.g. ``right-knee`` or ``spine``."""
        found = {name: value for name, value in self.trunk.items() if name != "trunk"}
        for side in vocabulary.SIDES:
            found.update({f"{side}-{name}": value for name, value in self.arms[side].items()})
            found.update({f"{side}-{name}": value for name, value in self.legs[side].items()})
        return found


@dataclass(frozen=True)
class Segment:
    """One drawn part: a rounded shape from ``start`` to ``end`` with a radius at each end."""

    name: str  # "right-thigh", "upper-trunk", "head"
    kind: str  # "thigh", "upper-trunk", "head"
    side: str | None
    start: Vec
    end: Vec
    radii: tuple[float, float]

    @property
    def length(self) -> float:
        return distance(self.start, self.end)

    def moved(self, offset: Vec) -> Segment:
        return Segment(
            self.name,
            self.kind,
            self.side,
            add(self.start, offset),
            add(self.end, offset),
            self.radii,
        )


@dataclass(frozen=True)
class Skeleton:
    """A posed body: its segments (the head as a circle) and the joints' positions."""

    segments: tuple[Segment, ...]
    points: Mapping[str, Vec]
    #: where each segment's length is measured, start and end (the head: chin to crown)
    bones: Mapping[str, tuple[Vec, Vec]] = field(default_factory=dict)

    def segment(self, name: str) -> Segment:
        for segment in self.segments:
            if segment.name == name:
                return segment
        raise KeyError(name)

    def moved(self, offset: Vec) -> Skeleton:
        return Skeleton(
            tuple(segment.moved(offset) for segment in self.segments),
            {name: add(point, offset) for name, point in self.points.items()},
            {name: (add(a, offset), add(b, offset)) for name, (a, b) in self.bones.items()},
        )


def root_frame(trunk_degrees: float, view: str) -> Frame:
    """The lower trunk's frame: ``up`` at ``trunk_degrees`` in the picture; the camera decides
    whether the body's front (side view) or its left (front view) lies in the picture."""
    angle = math.radians(trunk_degrees)
    up: Vec = (math.cos(angle), math.sin(angle), 0.0)
    if view == "front":
        front: Vec = (0.0, 0.0, 1.0)
    else:
        front = (math.sin(angle), -math.cos(angle), 0.0)
    return (up, front, cross(up, front))


def _limb_frame(parent: Frame, side: str, flexion: float, abduction: float) -> Frame:
    # abduction moves a left limb toward +left, a right one toward -left; flexion is forward
    outward = abduction if side == "left" else -abduction
    return turn(turn(parent, FRONT, outward), LEFT, -flexion)


@dataclass
class _Parts:
    """A body being posed: its segments in drawing order, its joints, where bones are measured."""

    view: str
    segments: list[Segment] = field(default_factory=list)
    points: dict[str, Vec] = field(default_factory=dict)
    bones: dict[str, tuple[Vec, Vec]] = field(default_factory=dict)

    def segment(self, name: str, kind: str, side: str | None, start: Vec, end: Vec) -> None:
        self.segments.append(Segment(name, kind, side, start, end, body.radii(kind, self.view)))
        self.bones[name] = (start, end)

    def joints(self, side: str, **points: Vec) -> None:
        """One side's joints by name: ``joints("left", knee=...)`` gives ``left-knee``."""
        self.points.update({f"{side}-{name}": point for name, point in points.items()})

    def ball(self, name: str, kind: str, side: str | None, centre: Vec) -> None:
        """A part drawn round about one point: the head, a hand."""
        self.segments.append(Segment(name, kind, side, centre, centre, body.radii(kind, self.view)))


def _pose_trunk(parts: _Parts, trunk: Mapping[str, float]) -> tuple[Frame, Frame]:
    """Trunk, neck and head from the pelvis at the origin; returns the lower and upper trunk."""
    length = body.LENGTH
    lower = turn(root_frame(trunk["trunk"], parts.view), UP, trunk["roll"])
    pelvis: Vec = (0.0, 0.0, 0.0)
    waist = along(pelvis, lower[UP], length["lower-trunk"])
    parts.segment("lower-trunk", "lower-trunk", None, pelvis, waist)
    upper = turn(
        turn(turn(lower, LEFT, trunk["spine"]), FRONT, -trunk["spine-side"]),
        UP,
        trunk["spine-twist"],
    )
    shoulders = along(waist, upper[UP], length["upper-trunk"])
    parts.segment("upper-trunk", "upper-trunk", None, waist, shoulders)
    neck_frame = turn(upper, LEFT, trunk["neck"])
    chin = along(shoulders, neck_frame[UP], length["neck"])
    parts.segment("neck", "neck", None, shoulders, chin)
    head_frame = turn(neck_frame, LEFT, trunk["head"])
    centre = along(chin, head_frame[UP], length["head"] / 2)
    parts.ball("head", "head", None, centre)
    parts.bones["head"] = (chin, along(chin, head_frame[UP], length["head"]))
    parts.points.update(pelvis=pelvis, waist=waist, shoulders=shoulders, chin=chin, head=centre)
    parts.points["nose"] = along(centre, head_frame[FRONT], body.radii("head", parts.view)[0])
    return lower, upper


def _two_bones(
    parent: Frame,
    side: str,
    root: Vec,
    angles: tuple[float, float, float, float],
    lengths: tuple[float, float],
) -> tuple[Vec, Vec, Frame]:
    """A limb's two long bones from its root joint: the middle joint, the end, the lower bone's
    frame. ``angles`` are flexion and abduction at the root, the middle joint's turn, and the
    upper bone's twist about its length (+ turns its front in toward the middle)."""
    inward = angles[3] if side == "left" else -angles[3]
    first = turn(_limb_frame(parent, side, angles[0], angles[1]), UP, -inward)
    middle = along(root, first[UP], -lengths[0])
    second = turn(first, LEFT, angles[2])
    return middle, along(middle, second[UP], -lengths[1]), second


def _pose_arm(parts: _Parts, side: str, arm: Mapping[str, float], upper: Frame) -> None:
    """One arm from its shoulder, which sits on the upper trunk."""
    length = body.LENGTH
    sign = 1 if side == "left" else -1
    joint = along(parts.points["shoulders"], upper[LEFT], sign * body.HALF_SHOULDER_SPAN)
    angles = (arm["shoulder"], arm["shoulder-abduction"], -arm["elbow"], arm["shoulder-rotation"])
    lengths = (length["upper-arm"], length["forearm"])
    elbow, wrist, forearm = _two_bones(upper, side, joint, angles, lengths)
    palm = along(wrist, forearm[UP], -0.15 * length["hand"])
    parts.segment(f"{side}-upper-arm", "upper-arm", side, joint, elbow)
    parts.segment(f"{side}-forearm", "forearm", side, elbow, wrist)
    parts.ball(f"{side}-hand", "hand", side, palm)
    parts.joints(side, shoulder=joint, elbow=elbow, wrist=wrist, hand=palm)


def _pose_leg(parts: _Parts, side: str, leg: Mapping[str, float], lower: Frame) -> None:
    """One leg from its hip, which sits on the pelvis."""
    length = body.LENGTH
    sign = 1 if side == "left" else -1
    hip = along(parts.points["pelvis"], lower[LEFT], sign * body.HALF_HIP_SPAN)
    angles = (leg["hip"], leg["hip-abduction"], leg["knee"], leg["hip-rotation"])
    lengths = (length["thigh"], length["shin"])
    knee, ankle, shin = _two_bones(lower, side, hip, angles, lengths)
    foot = turn(shin, LEFT, -leg["ankle"])
    foot_radius = body.radii("foot", parts.view)[0]
    heel = along(
        along(ankle, foot[UP], -(body.ANKLE_HEIGHT - foot_radius)),
        foot[FRONT],
        -body.ANKLE_FROM_HEEL * length["foot"],
    )
    toes = along(heel, foot[FRONT], length["foot"])
    parts.segment(f"{side}-thigh", "thigh", side, hip, knee)
    parts.segment(f"{side}-shin", "shin", side, knee, ankle)
    parts.segment(f"{side}-foot", "foot", side, heel, toes)
    parts.joints(side, hip=hip, knee=knee, ankle=ankle, heel=heel, toes=toes)


def pose_skeleton(pose: Pose, view: str = "side") -> Skeleton:
    """The body in ``pose``, with the middle of the pelvis at the origin."""
    parts = _Parts(view)
    lower, upper = _pose_trunk(parts, pose.trunk)
    for side in vocabulary.SIDES:
        _pose_arm(parts, side, pose.arms[side], upper)
        _pose_leg(parts, side, pose.legs[side], lower)
    return Skeleton(tuple(parts.segments), parts.points, parts.bones)


#: how far round from the side the rear camera turns, in degrees: 90 would look straight along
#: the body, which hides a leg reaching back behind the foot it points at; a little less shows
#: the body's length as well as its two sides
REAR_TURN = 62.0


def from_the_feet(skeleton: Skeleton, depth_scale: float = 0.6) -> Skeleton:
    """The body turned on the floor so the camera looks along it from behind its feet (a rear
    view of a body on all fours, the feet end of one lying down), a little from the side: its
    right side on the picture's right, its length running away into the page, the depth drawn
    shorter (``depth_scale``) so the oblique camera does not stretch it."""
    points = skeleton.points
    sign = 1 if points["head"][0] > points["pelvis"][0] else -1
    cos, sin = math.cos(math.radians(REAR_TURN)), math.sin(math.radians(REAR_TURN))

    def turn_point(point: Vec) -> Vec:
        x, y, z = point
        return (x * cos + sign * z * sin, y, (-sign * x * sin + z * cos) * depth_scale)

    segments = tuple(
        Segment(
            s.name,
            s.kind,
            s.side,
            turn_point(s.start),
            turn_point(s.end),
            body.radii(s.kind, "front"),
        )
        for s in skeleton.segments
    )
    return Skeleton(
        segments,
        {name: turn_point(point) for name, point in points.items()},
        {name: (turn_point(a), turn_point(b)) for name, (a, b) in skeleton.bones.items()},
    )


def swap_side(name: str) -> str:
    """A part's name on the other side of the body: "left-shin" for "right-shin"."""
    if name.startswith("right-"):
        return "left-" + name[6:]
    if name.startswith("left-"):
        return "right-" + name[5:]
    return name


def mirrored(skeleton: Skeleton) -> Skeleton:
    """The body seen in a mirror (x turned round), with its left and right swapped, so a figure
    drawn on the left side becomes the same figure on the right side."""

    def flip(point: Vec) -> Vec:
        return (-point[0], point[1], point[2])

    segments = tuple(
        Segment(
            swap_side(s.name),
            s.kind,
            {"right": "left", "left": "right"}.get(s.side or "", None),
            flip(s.start),
            flip(s.end),
            s.radii,
        )
        for s in skeleton.segments
    )
    points = {swap_side(name): flip(point) for name, point in skeleton.points.items()}
    bones = {swap_side(name): (flip(a), flip(b)) for name, (a, b) in skeleton.bones.items()}
    return Skeleton(segments, points, bones)
