"""The names a pose is written in: sides, body segments, contact points, joint angles, limits.

The data files spell poses in these words, the schema's part and segment lists are filled from
them when it is loaded, the figure data rules hold each angle to its limit, and the figures draw
with them.

``JOINT_LIMITS`` are the course's own limits for a drawing, in degrees. They are not clinical
norms: a pose outside them is refused as a likely typo, and the tests hold every figure to them.
"""

from __future__ import annotations

SIDES = ("right", "left")
LIMB_SEGMENTS = {"arm": ("upper-arm", "forearm", "hand"), "leg": ("thigh", "shin", "foot")}
TRUNK_SEGMENTS = ("lower-trunk", "upper-trunk", "neck", "head")

#: every drawn segment by name, as the data files spell them ("right-thigh", "upper-trunk", ...)
SEGMENTS = (
    *TRUNK_SEGMENTS,
    *(
        f"{side}-{segment}"
        for side in SIDES
        for limb in ("arm", "leg")
        for segment in LIMB_SEGMENTS[limb]
    ),
)

#: the points a contact can name besides whole segments: where a part meets the floor or a prop
POINTS = (
    "pelvis",
    "shoulders",
    "head",
    *(f"{side}-{point}" for side in SIDES for point in ("elbow", "knee", "heel", "toes")),
)
PARTS = (*SEGMENTS, *POINTS)

#: the course's limits for each angle of a pose, in degrees (see the module's docstring)
JOINT_LIMITS: dict[str, tuple[float, float]] = {
    "roll": (-90, 90),
    "spine": (-30, 80),
    "spine-side": (-35, 35),
    "spine-twist": (-45, 45),
    "neck": (-60, 60),
    "head": (-30, 30),
    "shoulder": (-60, 180),
    "shoulder-abduction": (-30, 180),
    "shoulder-rotation": (-90, 90),
    "elbow": (0, 150),
    "hip": (-30, 125),
    "hip-abduction": (-30, 45),
    "hip-rotation": (-45, 45),
    "knee": (0, 140),
    "ankle": (-75, 25),
}
TRUNK_ANGLES = ("trunk", "roll", "spine", "spine-side", "spine-twist", "neck", "head")
ARM_ANGLES = ("shoulder", "shoulder-abduction", "shoulder-rotation", "elbow")
LEG_ANGLES = ("hip", "hip-abduction", "hip-rotation", "knee", "ankle")

#: every angle of a pose by the name a figure's ``moves`` or a fault's ``changes`` gives it:
#: "trunk" (the body's direction in the picture), the trunk's bends, and each limb's joints by
#: side ("right-knee", "left-shoulder-abduction")
JOINTS = (
    *TRUNK_ANGLES,
    *(f"{side}-{name}" for side in SIDES for name in (*ARM_ANGLES, *LEG_ANGLES)),
)
#: what a figure's ``moves`` or a fault's ``changes`` may name: a joint, or a foot, which means
#: that foot leaves its place on the floor (otherwise a foot on the floor in both poses stays put)
MOVERS = (*JOINTS, *(f"{side}-foot" for side in SIDES))

#: what each angle means, for error messages and the README
MEANING = {
    "trunk": "the direction of the lower trunk, hip to waist, in degrees anticlockwise from "
    "pointing right (0: lying with the head to the right; 90: upright; 180: head to the left)",
    "roll": "the pelvis turned about its own length; + turns the front toward the left side",
    "spine": "the upper trunk bent on the lower: + rounds forward, - arches back",
    "spine-side": "the upper trunk bent sideways on the lower: + toward the left side",
    "spine-twist": "the upper trunk turned on the lower: + turns the chest toward the left",
    "neck": "the neck bent on the upper trunk: + chin down, - chin up",
    "head": "the head nodding on the neck: + chin down",
    "shoulder": "the upper arm raised forward from hanging by the side (+) or back (-)",
    "shoulder-abduction": "the upper arm raised out to the side",
    "shoulder-rotation": "the upper arm turned about its length: + turns the forearm in across "
    "the belly (so a bent elbow can slide the hand under the back)",
    "elbow": "the elbow bent (0 is straight)",
    "hip": "the thigh raised forward from standing (+) or back (-)",
    "hip-abduction": "the thigh moved out to the side (+) or in across the other (-)",
    "hip-rotation": "the thigh turned about its length: + turns the front of the knee in toward "
    "the other leg",
    "knee": "the knee bent (0 is straight)",
    "ankle": "the foot pulled up toward the shin (+) or pointed (-); -75 lies flat behind a "
    "kneeling shin",
}
