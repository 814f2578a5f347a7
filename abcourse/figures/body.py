"""The one body every figure draws: its segment lengths and its thickness.

Lengths are fractions of standing height (height = 1), from the table of Drillis and Contini
(1966) as Winter reproduces it (*Biomechanics and Motor Control of Human Movement*, 4th ed.,
2009, Fig. 4.1): shoulder at 0.818, hip at 0.530, knee at 0.285 and ankle at 0.039 of height,
chin at 0.870, head (chin to crown) 0.130, upper arm 0.186, forearm 0.146, hand 0.108, foot
0.152. The rest are the course's drawing choices, not measurements: the trunk (shoulder to hip,
0.288) is split into two equal halves so a sagging, arching or rounding back can bend; the
shoulder and hip joints sit a little inside the table's shoulder width (0.259) and hip width
(0.191); and the thickness of each part is drawn to look like a body.

The names a pose is written in (sides, segments, points, angles and their limits) are the data
files' own: :mod:`abcourse.data.pose_vocabulary`.
"""

from __future__ import annotations

#: Winter (2009), Fig. 4.1, after Drillis and Contini (1966): heights above the floor, standing
HEIGHT_OF = {"ankle": 0.039, "knee": 0.285, "hip": 0.530, "shoulder": 0.818, "chin": 0.870}

#: segment lengths as fractions of height
LENGTH = {
    "lower-trunk": (HEIGHT_OF["shoulder"] - HEIGHT_OF["hip"]) / 2,
    "upper-trunk": (HEIGHT_OF["shoulder"] - HEIGHT_OF["hip"]) / 2,
    "neck": HEIGHT_OF["chin"] - HEIGHT_OF["shoulder"],
    "head": 0.130,
    "upper-arm": 0.186,
    "forearm": 0.146,
    "hand": 0.108,
    "thigh": HEIGHT_OF["hip"] - HEIGHT_OF["knee"],
    "shin": HEIGHT_OF["knee"] - HEIGHT_OF["ankle"],
    "foot": 0.152,
}
ANKLE_HEIGHT = HEIGHT_OF["ankle"]
#: the ankle sits this share of the foot's length in front of the heel (a drawing choice)
ANKLE_FROM_HEEL = 0.25
#: half the distance between the two shoulder joints and between the two hip joints (drawing
#: choices inside the table's shoulder width 0.259 and hip width 0.191)
HALF_SHOULDER_SPAN = 0.10
HALF_HIP_SPAN = 0.05

#: how thick each part is drawn: the radius of its rounded outline at its first and at its last
#: end (hip end first for the lower trunk, shoulder end first for an arm), seen from the side
#: (the trunk is deeper than it is wide) and from the front (wider than it is deep)
RADII_SIDE: dict[str, tuple[float, float]] = {
    "lower-trunk": (0.062, 0.059),
    "upper-trunk": (0.059, 0.064),
    "neck": (0.027, 0.027),
    "head": (0.062, 0.062),
    "upper-arm": (0.030, 0.024),
    "forearm": (0.024, 0.020),
    "hand": (0.021, 0.021),
    "thigh": (0.050, 0.034),
    "shin": (0.034, 0.023),
    "foot": (0.020, 0.014),
}
RADII_FRONT = {**RADII_SIDE, "lower-trunk": (0.085, 0.074), "upper-trunk": (0.074, 0.090)}


def radii(segment: str, view: str) -> tuple[float, float]:
    """How thick a segment is drawn at its two ends (``segment`` without its side: ``thigh``)."""
    return (RADII_FRONT if view == "front" else RADII_SIDE)[segment]
