"""Read the figures of an exercise or a hold test from the data files, following ``like``.

An exercise in a chapter file (``book/data/01-weak-core.yml``) or a hold test in
``book/data/norms.yml`` has ``figures``: a start pose, an end pose and a fault pose for each
visible priority-1 cue of its checklist. A figure set, or any one pose, can instead point at
another with ``like: FILE/ITEM`` or ``like: FILE/ITEM/start`` (``.../end``, or ``.../CUE`` for a
fault), so the side bridge taught in three chapters is posed once; what is given beside ``like``
replaces what it points at.

:func:`check_figures` holds the rules a schema cannot state (each angle within the body's
limits, faults naming cues of the checklist, contacts naming props that exist), and runs when a
data file is loaded; :class:`FigureLibrary` follows the references, which may cross files.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..datafile import ContentError, describe_location, kind_for, load
from . import body
from .kinematics import Pose, Skeleton, mirrored, pose_skeleton
from .scene import Prop, place

ROLES = ("start", "end")
DEFAULT_NAMES = {"start": "Start", "end": "End"}


def _error(path: Path | str, where: str, message: str) -> Exception:
    return ContentError(path, where, message)


def _location(document: Any, steps: Sequence[str | int]) -> str:
    return describe_location(document, list(steps))


def _pose_angles(pose: Mapping[str, Any]) -> Iterator[tuple[list[str], str, float]]:
    """Every angle a pose gives: (its path in the pose, its limit's name, its value)."""
    for name in body.TRUNK_ANGLES:
        if name in pose and name != "trunk":
            yield [name], name, pose[name]
    for side in body.SIDES:
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
        low, high = body.JOINT_LIMITS[name]
        if not low <= value <= high:
            where = _location(document, [*steps, "pose", *angle_path])
            raise _error(
                path,
                where,
                f"{value} is outside the course's limits for {name} ({low} to {high} degrees: "
                f"{body.MEANING[name]})",
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
    "set": ("anchor", "start", "end"),
    "pose": ("says", "touches", "pose"),
    "fault": ("label", "marks", "says", "touches", "pose"),
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


def _checklist_cues(document: Mapping[str, Any], item: Mapping[str, Any]) -> dict[str, Any]:
    """The cues of ``item``'s checklist in ``document``, by id; none if it has no checklist."""
    checklist = next(
        (c for c in document.get("checklists", []) if c["id"] == item.get("checklist")), {}
    )
    return {cue["id"]: cue for cue in checklist.get("cues", [])}


def _check_fault_cues(
    document: Any, path: Path | str, steps: list[str | int], item: Mapping[str, Any]
) -> None:
    """Each fault shows one cue of the item's checklist, and no cue has two faults."""
    cues = _checklist_cues(document, item)
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


@dataclass(frozen=True)
class PoseFigure:
    """One drawn position of a figure set: the start, the end, or a fault."""

    role: str  # "start", "end", or the cue id of a fault
    name: str
    says: str
    touches: Mapping[str, tuple[str, ...]]
    pose: Pose
    pose_data: Mapping[str, Any]
    props: tuple[Prop, ...] | None = None  # None: the set's props
    label: str = ""
    marks: tuple[str, ...] = ()
    right: str = "end"
    view: str = ""  # a fault drawn from another side than the set
    where: str = ""

    @property
    def is_fault(self) -> bool:
        return self.role not in ROLES


@dataclass(frozen=True)
class FigureSet:
    """The figures of one exercise or hold test, with every reference followed."""

    key: str  # "01-weak-core/front-plank"
    title: str  # the exercise's or the test's name
    view: str
    anchor: str
    mirror: bool
    props: tuple[Prop, ...]
    start: PoseFigure
    end: PoseFigure
    faults: tuple[PoseFigure, ...] = ()
    source: str = ""  # the citation key of a hold test's set-up

    @property
    def figures(self) -> tuple[PoseFigure, ...]:
        return (self.start, self.end, *self.faults)

    def props_of(self, figure: PoseFigure) -> dict[str, Prop]:
        """The props around ``figure`` by name, as the data places them (not mirrored)."""
        chosen = self.props if figure.props is None else figure.props
        return {prop.name: prop for prop in chosen}

    def placed(self, figure: PoseFigure, view: str = "") -> Skeleton:
        """The body of ``figure`` set down on its contacts, not mirrored: the tests measure this."""
        return place(
            pose_skeleton(figure.pose, view or self.view),
            figure.touches,
            self.props_of(figure),
            self.anchor,
        )

    def drawn(self, figure: PoseFigure, view: str = "") -> tuple[Skeleton, dict[str, Prop]]:
        """The body and props of ``figure`` as the picture shows them (mirrored if asked)."""
        skeleton = self.placed(figure, view)
        props = self.props_of(figure)
        if self.mirror:
            return mirrored(skeleton), {name: prop.mirrored() for name, prop in props.items()}
        return skeleton, props

    def right_form(self, fault: PoseFigure) -> PoseFigure:
        return self.start if fault.right == "start" else self.end

    def fault_for(self, cue_id: str) -> PoseFigure | None:
        return next((fault for fault in self.faults if fault.role == cue_id), None)


def _touches(data: Mapping[str, Sequence[str]]) -> dict[str, tuple[str, ...]]:
    return {surface: tuple(parts) for surface, parts in data.items()}


def _props(data: Sequence[Mapping[str, Any]] | None) -> tuple[Prop, ...] | None:
    return None if data is None else tuple(Prop.from_data(item) for item in data)


@dataclass(frozen=True)
class _Item:
    """An exercise or hold test with figures, and where it sits, for errors that name the place."""

    path: Path
    document: dict[str, Any]
    data: dict[str, Any]
    #: the path of its ``figures`` in the document
    steps: tuple[str | int, ...]
    #: the figure sets followed to reach it by ``like``, itself last (to find a loop)
    chain: tuple[str, ...]

    def where(self, at: Sequence[str | int]) -> str:
        return f"{self.path}: {_location(self.document, at)}"

    def error(self, at: Sequence[str | int], message: str) -> Exception:
        return _error(self.path, _location(self.document, at), message)


def _blank_pose(role: str) -> PoseFigure:
    """What a pose given without ``like`` starts from: every field still to be given."""
    name = DEFAULT_NAMES.get(role, "Not this")
    return PoseFigure(role, name, "", {}, Pose.from_data({"trunk": 0}), {})


def _merged_pose(
    role: str, data: Mapping[str, Any], inherited: PoseFigure, where: str
) -> PoseFigure:
    """The pose ``data`` gives, each field it leaves out taken from ``inherited``."""
    pose_data = data.get("pose", inherited.pose_data)
    own_name = inherited.name if inherited.role == role else DEFAULT_NAMES.get(role, "Not this")
    return PoseFigure(
        role=role,
        name=data.get("name") or own_name,
        says=" ".join(data.get("says", inherited.says).split()),
        touches=_touches(data["touches"]) if "touches" in data else inherited.touches,
        pose=Pose.from_data(pose_data) if "pose" in data else inherited.pose,
        pose_data=pose_data,
        props=_props(data["props"]) if "props" in data else inherited.props,
        label=data.get("label", inherited.label),
        marks=tuple(data.get("marks", inherited.marks)),
        right=data.get("right", inherited.right),
        view=data.get("view", inherited.view),
        where=where,
    )


class FigureLibrary:
    """Every figure set in a folder of data files, read on demand, references followed."""

    def __init__(self, data_dir: Path | str) -> None:
        self.data_dir = Path(data_dir)
        self._sets: dict[str, FigureSet] = {}

    def _document(self, stem: str) -> tuple[Path, dict[str, Any]]:
        path = self.data_dir / f"{stem}.yml"
        if not path.is_file():
            raise FileNotFoundError(path)
        return path, load(path, kind_for(path))

    def _item(
        self, stem: str, item_id: str
    ) -> tuple[Path, dict[str, Any], str, int, dict[str, Any]]:
        path, document = self._document(stem)
        section = "tests" if "tests" in document else "exercises"
        for index, item in enumerate(document.get(section, [])):
            if item["id"] == item_id:
                return path, document, section, index, item
        raise KeyError(f"{stem}/{item_id}")

    def keys(self) -> list[str]:
        """Every item with figures, as ``FILE/ITEM``, in file order (chapters first)."""
        from ..content import CONTENT
        from ..tooldata import NORMS

        found = []
        for path in sorted(self.data_dir.glob("*.yml")):
            if kind_for(path) not in (CONTENT, NORMS):
                continue
            _, document = self._document(path.stem)
            for item in document.get("tests", document.get("exercises", [])):
                if item.get("figures"):
                    found.append(f"{path.stem}/{item['id']}")
        return found

    def figure_set(self, key: str, _seen: tuple[str, ...] = ()) -> FigureSet:
        """The figure set ``FILE/ITEM`` (e.g. ``01-weak-core/front-plank``), references followed."""
        if key in self._sets:
            return self._sets[key]
        if key in _seen:
            raise ValueError(f"figures refer to each other in a loop: {' -> '.join([*_seen, key])}")
        item, raw = self._figures_item(key, (*_seen, key))
        try:
            base = self.figure_set(raw["like"], item.chain) if "like" in raw else None
        except ValueError as error:
            raise item.error([*item.steps, "like"], str(error)) from None
        cues = _checklist_cues(item.document, item.data)
        start, end = (
            self._pose_figure(item, role, raw.get(role), getattr(base, role, None), [role])
            for role in ROLES
        )
        if "faults" in raw:
            faults = tuple(
                self._pose_figure(item, fault["cue"], fault, None, ["faults", f_index])
                for f_index, fault in enumerate(raw["faults"])
            )
        else:
            faults = tuple(fault for fault in (base.faults if base else ()) if fault.role in cues)
        props = _props(raw["props"]) if "props" in raw else (base.props if base else ())
        figure_set = FigureSet(
            key=key,
            title=item.data["name"],
            view=raw.get("view", base.view if base else "side"),
            anchor=raw.get("anchor", base.anchor if base else "pelvis"),
            mirror=raw.get("mirror", base.mirror if base else False),
            props=props or (),
            start=start,
            end=end,
            faults=faults,
            source=raw.get("source", base.source if base else ""),
        )
        self._sets[key] = figure_set
        return figure_set

    def _figures_item(self, key: str, chain: tuple[str, ...]) -> tuple[_Item, Mapping[str, Any]]:
        """The item ``FILE/ITEM`` and its ``figures``; an error if either is not there."""
        stem, _, item_id = key.partition("/")
        try:
            path, document, section, index, data = self._item(stem, item_id)
        except (FileNotFoundError, KeyError):
            raise ValueError(
                f"no exercise or hold test '{key}' with figures in {self.data_dir}"
            ) from None
        item = _Item(path, document, data, (section, index, "figures"), chain)
        if not data.get("figures"):
            raise item.error([section, index], "has no 'figures'")
        return item, data["figures"]

    def _pose_figure(
        self,
        item: _Item,
        role: str,
        data: Mapping[str, Any] | None,
        inherited: PoseFigure | None,
        at: list[str | int],
    ) -> PoseFigure:
        """One pose of ``item``: given at ``at`` (under its figures), taken by ``like``, or both."""
        at = [*item.steps, *at]
        if data is None:
            if inherited is None:
                raise item.error(item.steps, f"missing required field '{role}'")
            return replace(inherited, role=role)
        if "like" in data:
            try:
                inherited = self.pose(data["like"], item.chain)
            except ValueError as error:
                raise item.error([*at, "like"], str(error)) from None
        return _merged_pose(role, data, inherited or _blank_pose(role), item.where(at))

    def pose(self, reference: str, _seen: tuple[str, ...] = ()) -> PoseFigure:
        """One pose, ``FILE/ITEM/start``, ``FILE/ITEM/end`` or ``FILE/ITEM/CUE``."""
        key, _, role = reference.rpartition("/")
        figure_set = self.figure_set(key, _seen)
        if role == "start":
            return figure_set.start
        if role == "end":
            return figure_set.end
        fault = figure_set.fault_for(role)
        if fault is None:
            raise ValueError(f"'{key}' has no start, end or fault '{role}' to point at")
        return fault
