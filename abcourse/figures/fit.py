"""Help an author settle a pose on its contacts: nudge the named angles until the parts the data
says touch the floor (or a prop) do, and nothing sinks in.

    python -m abcourse.figures.fit book/data/01-weak-core.yml front-plank end trunk right-leg.ankle

names a data file, an exercise (or a hold test), a pose (``start``, ``end`` or a fault's cue id)
and the angles it may change (``spine``, ``right-leg.knee``, ...). A name with a caret,
``^left-upper-arm``, asks to keep that segment upright too (an elbow under its shoulder). It
prints the pose with the new angles, to paste over the old one, and how far each contact still
is from touching. It changes no file, and it only searches near the angles already given, so
start from a rough pose.
"""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..data import pose_vocabulary as vocabulary
from .figureset import FigureLibrary, FigureSet, PoseFigure
from .kinematics import Pose, Skeleton, swap_side
from .scene import Prop, contact_gaps, sinking


def _limb(pose: Mapping[str, Any], limb: str) -> Mapping[str, Any]:
    """The angles ``pose`` gives ``limb``: a left limb left out copies the right one, as
    :meth:`Pose.from_data` reads it."""
    given = pose.get(limb)
    if not given and limb.startswith("left-"):
        given = pose.get(swap_side(limb))
    return given or {}


def _get(pose: Mapping[str, Any], name: str) -> float:
    limb, _, joint = name.partition(".")
    if not joint:
        return float(pose.get(limb, 0))
    return float(_limb(pose, limb).get(joint, 0))


def _set(pose: dict[str, Any], name: str, value: float) -> None:
    limb, _, joint = name.partition(".")
    low, high = vocabulary.JOINT_LIMITS.get(joint or limb, (-360, 360))
    value = max(low, min(high, value))
    if not joint:
        pose[limb] = value
        return
    if not pose.get(limb):
        pose[limb] = dict(_limb(pose, limb))
    pose[limb][joint] = value


def _placed(
    figure_set: FigureSet, figure: PoseFigure, pose_data: Mapping[str, Any]
) -> tuple[Skeleton, dict[str, Prop]]:
    """A trial pose of ``figure`` set down as the figure set places its own poses, and its props."""
    trial = replace(figure, pose=Pose.from_data(pose_data), pose_data=pose_data)
    return figure_set.placed(trial), figure_set.props_of(figure)


def misfit(
    figure_set: FigureSet,
    figure: PoseFigure,
    pose_data: Mapping[str, Any],
    upright: Sequence[str] = (),
) -> float:
    skeleton, props = _placed(figure_set, figure, pose_data)
    gaps = contact_gaps(skeleton, figure.touches, props)
    sunk = sinking(skeleton, props)
    lean = 0.0
    for name in upright:
        segment = skeleton.segment(name)
        lean += ((segment.end[0] - segment.start[0]) / (segment.length or 1)) ** 2 * 0.01
    return (
        sum(gap * gap for gap in gaps.values())
        + 4 * sum(depth * depth for depth in sunk.values())
        + lean
    )


def settle(
    figure_set: FigureSet, figure: PoseFigure, free: Sequence[str], rounds: int = 60
) -> dict[str, Any]:
    """A pattern search over the ``free`` angles, from 8 degrees down to a quarter degree."""
    upright = [name[1:] for name in free if name.startswith("^")]
    free = [name for name in free if not name.startswith("^")]
    pose = copy.deepcopy(dict(figure.pose_data))
    best = misfit(figure_set, figure, pose, upright)
    step = 8.0
    while step >= 0.25:
        for _ in range(rounds):
            improved = False
            for name in free:
                for direction in (1, -1):
                    trial = copy.deepcopy(pose)
                    _set(trial, name, round(_get(pose, name) + direction * step, 2))
                    score = misfit(figure_set, figure, trial, upright)
                    if score < best - 1e-12:
                        pose, best, improved = trial, score, True
            if not improved:
                break
        step /= 2
    return pose


def report(figure_set: FigureSet, figure: PoseFigure, pose: Mapping[str, Any]) -> str:
    skeleton, props = _placed(figure_set, figure, pose)
    lines = [
        f"{name}: {gap:+.4f}" for name, gap in contact_gaps(skeleton, figure.touches, props).items()
    ]
    lines += [f"sinks: {name} by {depth:.4f}" for name, depth in sinking(skeleton, props).items()]
    return "\n".join(lines)


def flow(pose: Mapping[str, Any]) -> str:
    """The pose as YAML, one angle group a line."""

    def number(value: float) -> str:
        value = round(value * 2) / 2
        return str(int(value)) if value == int(value) else str(value)

    lines = []
    for name, value in pose.items():
        if isinstance(value, Mapping):
            inner = ", ".join(f"{joint}: {number(angle)}" for joint, angle in value.items())
            lines.append(f"{name}: {{{inner}}}")
        else:
            lines.append(f"{name}: {number(value)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    args = list(argv if argv is not None else sys.argv[1:])
    if len(args) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    path, item, role, *free = args
    library = FigureLibrary(Path(path).parent)
    figure_set = library.figure_set(f"{Path(path).stem}/{item}")
    figure = (
        figure_set.start
        if role == "start"
        else figure_set.end
        if role == "end"
        else figure_set.fault_for(role)
    )
    if figure is None:
        print(f"no pose '{role}' in {figure_set.key}", file=sys.stderr)
        return 2
    free = [name for name in free if not name.startswith("--")]
    pose = settle(figure_set, figure, free) if free else dict(figure.pose_data)
    print(flow(pose))
    print("# " + report(figure_set, figure, pose).replace("\n", "\n# "))
    if "--json" in args:
        print(json.dumps(pose))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
