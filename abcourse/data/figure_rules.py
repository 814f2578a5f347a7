"""The rules for an item's ``figures`` that a schema cannot state, checked when a file is loaded.

An exercise in a chapter file or a hold test in ``book/data/norms.yml`` has ``figures``: a start
pose, an end pose and a fault pose for each visible priority-1 cue of its checklist, or ``like``
pointing at figures elsewhere (see :mod:`abcourse.figures.figureset`, which draws them). Here:
each angle within the body's limits, faults naming cues of the checklist, contacts naming props
that exist, and what is required unless ``like`` gives it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from . import pose_vocabulary as vocabulary
from .files import ContentError, describe_location

ROLES = ("start", "end")


def _error(path: Path | str, where: str, message: str) -> Exception:
    return ContentError(path, where, message)


def _location(document: Any, steps: Sequence[str | int]) -> str:
    return describe_location(document, list(steps))


def _pose_angles(pose: Mapping[str, Any]) -> Iterator[tuple[list[str], str, float]]:
    """Every angle a pose gives: (its path in the pose, its limit's name, its value)."""
    for name in vocabulary.TRUNK_ANGLES:
        if name in pose and name != "trunk":
            yield [name], name, pose[name]
    for side in vocabulary.SIDES:
        for kind in ("arm", "leg"):
            for name, value in (pose.get(f"{side}-{kind}") or {}).items():
                yield [f"{side}-{kind}", name], name, value


def _check_pose_figure(
    document: Any,
    path: Path | str,
    steps: list[str | int],
    figure: Mapping[str, Any],
    props: set[str],
) -> None:
    for angle_path, name, value in _pose_angles(figure.get("pose") or {}):
        low, high = vocabulary.JOINT_LIMITS[name]
        if not low <= value <= high:
            where = _location(document, [*steps, "pose", *angle_path])
            raise _error(
                path,
                where,
                f"{value} is outside the course's limits for {name} ({low} to {high} degrees: "
                f"{vocabulary.MEANING[name]})",
            )
    own = {prop.get("name", prop["kind"]) for prop in figure.get("props", [])}
    known = own | props if "props" not in figure else own
    if "like" in figure:
        return
    for surface in figure.get("touches", {}):
        if surface != "floor" and surface not in known:
            where = _location(document, [*steps, "touches", surface])
            names = ", ".join(sorted(known)) or "none"
            raise _error(
                path, where, f"no prop named '{surface}' (props here: {names}; or use 'floor')"
            )


def _check_props(
    document: Any, path: Path | str, steps: list[str | int], props: Sequence[Mapping[str, Any]]
) -> set[str]:
    names: set[str] = set()
    for index, prop in enumerate(props):
        name = prop.get("name", prop["kind"])
        if name in names or name == "floor":
            raise _error(
                path,
                _location(document, [*steps, index]),
                f"two props are named '{name}': give each a 'name'",
            )
        names.add(name)
    return names


REQUIRED = {
    "set": ("anchor", "moves", "start", "end"),
    "pose": ("says", "touches", "pose"),
    "fault": ("label", "marks", "changes", "says", "touches", "pose"),
}


def _check_required(
    document: Any, path: Path | str, steps: list[str | int], data: Mapping[str, Any], kind: str
) -> None:
    """What is given by ``like`` need not be given again; anything else must be there."""
    if "like" in data:
        return
    for name in REQUIRED[kind]:
        if name not in data:
            raise _error(
                path,
                _location(document, steps),
                f"missing required field '{name}' (or 'like' to take it from other figures)",
            )


def _check_set_fields(
    document: Any, path: Path | str, steps: list[str | int], figures: Mapping[str, Any]
) -> None:
    """The set, its start and end (unless the set is taken by ``like``), and each fault."""
    _check_required(document, path, steps, figures, "set")
    for role in ROLES:
        if role in figures and "like" not in figures:
            _check_required(document, path, [*steps, role], figures[role], "pose")
    for f_index, fault in enumerate(figures.get("faults", [])):
        _check_required(document, path, [*steps, "faults", f_index], fault, "fault")


def checklist_cues(document: Mapping[str, Any], item: Mapping[str, Any]) -> dict[str, Any]:
    """The cues of ``item``'s checklist in ``document``, by id; none if it has no checklist."""
    checklist = next(
        (c for c in document.get("checklists", []) if c["id"] == item.get("checklist")), {}
    )
    return {cue["id"]: cue for cue in checklist.get("cues", [])}


def _check_fault_cues(
    document: Any, path: Path | str, steps: list[str | int], item: Mapping[str, Any]
) -> None:
    """Each fault shows one cue of the item's checklist, and no cue has two faults."""
    cues = checklist_cues(document, item)
    seen: set[str] = set()
    for f_index, fault in enumerate(item["figures"].get("faults", [])):
        where = _location(document, [*steps, "faults", f_index, "cue"])
        if fault["cue"] not in cues:
            known = ", ".join(sorted(cues)) or "none"
            raise _error(
                path,
                where,
                f"no cue '{fault['cue']}' in checklist '{item.get('checklist')}' (cues: {known})",
            )
        if fault["cue"] in seen:
            raise _error(path, where, f"a second fault for cue '{fault['cue']}'")
        seen.add(fault["cue"])


def _check_set_poses(
    document: Any, path: Path | str, steps: list[str | int], figures: Mapping[str, Any]
) -> None:
    """Each pose's angles, props and contacts: the start, the end and each fault."""
    props = _check_props(document, path, [*steps, "props"], figures.get("props", []))
    poses: list[tuple[list[str | int], Mapping[str, Any]]] = [
        ([*steps, role], figures[role]) for role in ROLES if role in figures
    ]
    poses += [
        ([*steps, "faults", f_index], fault)
        for f_index, fault in enumerate(figures.get("faults", []))
    ]
    for where, figure in poses:
        _check_props(document, path, [*where, "props"], figure.get("props", []))
        _check_pose_figure(document, path, where, figure, props)


def check_figures(document: Mapping[str, Any], path: Path | str, section: str) -> None:
    """Rules the schema cannot state, for every item of ``section`` (exercises or tests)."""
    for index, item in enumerate(document.get(section, [])):
        if not item.get("figures"):
            continue
        steps: list[str | int] = [section, index, "figures"]
        _check_set_fields(document, path, steps, item["figures"])
        _check_fault_cues(document, path, steps, item)
        _check_set_poses(document, path, steps, item["figures"])
