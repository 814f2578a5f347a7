"""Read the figures of an exercise or a hold test from the data files, following ``like``.

An exercise in a chapter file (``book/data/01-weak-core.yml``) or a hold test in
``book/data/norms.yml`` has ``figures``: a start pose, an end pose and a fault pose for each
visible priority-1 cue of its checklist. A figure set, or any one pose, can instead point at
another with ``like: FILE/ITEM`` or ``like: FILE/ITEM/start`` (``.../end``, or ``.../CUE`` for a
fault), so the side bridge taught in three chapters is posed once; what is given beside ``like``
replaces what it points at.

:class:`FigureLibrary` follows the references, which may cross files. The rules a schema cannot
state are checked when a data file is loaded (:mod:`abcourse.data.figure_rules`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from ..data.content import CONTENT
from ..data.figure_rules import ROLES, checklist_cues
from ..data.files import ContentError, describe_location, load
from ..data.kinds import kind_for
from ..data.self_tests import NORMS
from .kinematics import Pose, Skeleton, from_the_feet, mirrored, pose_skeleton
from .scene import Prop, place

DEFAULT_NAMES = {"start": "Start", "end": "End"}


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
    #: a fault's joints that differ from the right form (``changes`` in the data)
    changes: tuple[str, ...] = ()
    #: two points a thin straight line joins on a fault whose cue is a line (``line``)
    line: tuple[str, ...] = ()
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
    #: the joints the exercise moves from start to end (``moves`` in the data)
    moves: tuple[str, ...] = ()
    #: a part whose turn is the movement, drawn with a curved arrow on the end (``turns``)
    turns: str = ""
    #: the exercise is done on each side: the end is drawn again, mirrored (``both-sides``)
    both_sides: bool = False

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

    def drawn(
        self, figure: PoseFigure, view: str = "", flip: bool = False
    ) -> tuple[Skeleton, dict[str, Prop]]:
        """The body and props of ``figure`` as the picture shows them (mirrored if the set asks,
        or, with ``flip``, on the other side from the set's own)."""
        if view == "rear":
            return from_the_feet(self.placed(figure, "side")), {}
        skeleton = self.placed(figure, view)
        props = self.props_of(figure)
        if self.mirror != flip:
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
        return f"{self.path}: {describe_location(self.document, list(at))}"

    def error(self, at: Sequence[str | int], message: str) -> Exception:
        return ContentError(self.path, describe_location(self.document, list(at)), message)


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
        changes=tuple(data.get("changes", inherited.changes)),
        line=tuple(data.get("line", inherited.line)),
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
        cues = checklist_cues(item.document, item.data)
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
            moves=tuple(raw.get("moves", base.moves if base else ())),
            turns=raw.get("turns", base.turns if base else ""),
            both_sides=raw.get("both-sides", base.both_sides if base else False),
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
