"""The drawn figures: every pose of every exercise and hold test keeps the body's segment lengths,
stays above the floor and out of its props, touches what its data says it touches, and keeps each
joint within the course's limits; every exercise and hold test has its start and end, and every
visible priority-1 cue its fault; every SVG is well-formed, named, described, and drawn in the
page's text colour only."""

from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import replace
from functools import cache

import pytest
import yaml

from abcourse.data import pose_vocabulary as vocabulary
from abcourse.data.content import load_content
from abcourse.data.figure_rules import ROLES
from abcourse.data.files import ContentError
from abcourse.data.self_tests import load_norms
from abcourse.figures import body
from abcourse.figures.figureset import FigureLibrary, FigureSet, PoseFigure
from abcourse.figures.fit import _get, _set
from abcourse.figures.kinematics import Pose, mirrored, pose_skeleton
from abcourse.figures.scene import (
    FACE_TOLERANCE,
    SINK_TOLERANCE,
    TOUCH_TOLERANCE,
    Prop,
    contact_faces,
    contact_gaps,
    sinking,
)
from abcourse.figures.svg import MOVE_FRAMES, set_svgs, thumbnail_svg
from abcourse.widgets import Checklist, EnduranceTest, YourPlan

from .support import CHAPTERS, DATA

SVG = "{http://www.w3.org/2000/svg}"
#: the only paints a drawing may use: the text colour, nothing, or the page's background
ALLOWED_PAINT = {"currentColor", "none", "var(--abc-figure-paper,Canvas)"}


@cache
def library() -> FigureLibrary:
    return FigureLibrary(DATA)


def set_keys() -> list[str]:
    return library().keys()


def poses() -> list[tuple[str, str]]:
    found = []
    for key in set_keys():
        figure_set = library().figure_set(key)
        found += [(key, figure.role) for figure in figure_set.figures]
    return found


def pose_of(key: str, role: str) -> tuple[FigureSet, PoseFigure]:
    figure_set = library().figure_set(key)
    figure = next(figure for figure in figure_set.figures if figure.role == role)
    return figure_set, figure


# ---- geometry ----


@pytest.mark.parametrize(("key", "role"), poses())
def test_every_segment_keeps_its_length(key, role) -> None:
    figure_set, figure = pose_of(key, role)
    skeleton = figure_set.placed(figure)
    for name, (start, end) in skeleton.bones.items():
        kind = name.removeprefix("right-").removeprefix("left-")
        assert math.dist(start, end) == pytest.approx(body.LENGTH[kind], abs=1e-9), (
            f"{key} {role}: {name}"
        )


@pytest.mark.parametrize(("key", "role"), poses())
def test_nothing_sinks_into_the_floor_or_a_prop(key, role) -> None:
    figure_set, figure = pose_of(key, role)
    sunk = sinking(figure_set.placed(figure), figure_set.props_of(figure))
    deep = {name: round(depth, 4) for name, depth in sunk.items() if depth > SINK_TOLERANCE}
    assert not deep, f"{figure.where}: sinks (fractions of height): {deep}"


@pytest.mark.parametrize(("key", "role"), poses())
def test_what_the_data_says_touches_does(key, role) -> None:
    figure_set, figure = pose_of(key, role)
    gaps = contact_gaps(figure_set.placed(figure), figure.touches, figure_set.props_of(figure))
    apart = {name: round(gap, 4) for name, gap in gaps.items() if abs(gap) > TOUCH_TOLERANCE}
    assert not apart, f"{figure.where}: not touching (gap in fractions of height): {apart}"


@pytest.mark.parametrize(("key", "role"), poses())
def test_what_rests_on_a_bench_or_a_box_rests_on_its_top(key, role) -> None:
    """A part "on" a bench, a box or a stool is on the top face, not against its side."""
    figure_set, figure = pose_of(key, role)
    faces = contact_faces(figure_set.placed(figure), figure.touches, figure_set.props_of(figure))
    off = {name: round(gap, 4) for name, gap in faces.items() if gap > FACE_TOLERANCE}
    assert not off, f"{figure.where}: not on the top face (fractions of height): {off}"


def test_a_hand_against_the_side_of_a_stool_is_not_on_it() -> None:
    """The check finds what it is for: the hands hanging beside the stool, touching its side."""
    figure_set = library().figure_set("norms/extensor")
    start = figure_set.start
    pose = {**start.pose_data, "right-arm": {"shoulder": 71, "elbow": 42}}
    stool = Prop("box", "stool", x=0.14, width=0.22, height=0.17)
    hanging = replace(start, pose=Pose.from_data(pose), props=(*figure_set.props[:2], stool))
    skeleton = figure_set.placed(hanging)
    props = figure_set.props_of(hanging)
    gaps = contact_gaps(skeleton, hanging.touches, props)
    assert abs(gaps["right-hand on stool"]) <= TOUCH_TOLERANCE  # it touches, the old test passed
    faces = contact_faces(skeleton, hanging.touches, props)
    assert faces["right-hand on stool"] > FACE_TOLERANCE


def strap_props() -> list[tuple[str, str, Prop, dict[str, Prop]]]:
    found = []
    for key, role in poses():
        figure_set, figure = pose_of(key, role)
        props = figure_set.props_of(figure)
        found += [
            (key, role, prop, props)
            for prop in props.values()
            if prop.kind == "bar" and not prop.post
        ]
    return found


@pytest.mark.parametrize(("key", "role", "strap", "props"), strap_props())
def test_a_strap_is_tied_to_something(key, role, strap, props) -> None:
    """A strap (a bar with no post) names what holds it down, and the drawing ties it there."""
    assert strap.fixed == "floor" or strap.fixed in props, (
        f"{key} {role}: strap '{strap.name}' is fixed to nothing ('fixed': floor or a prop)"
    )
    figure_set, figure = pose_of(key, role)
    drawn = dict(
        (panel.figure.role, svg)
        for panel, svg in set_svgs(figure_set)
        if panel.kind in ("start", "end")
    )
    assert f'data-fixed="{strap.fixed}"' in drawn[role], f"{key} {role}: '{strap.name}' floats"


@pytest.mark.parametrize(("key", "role"), poses())
def test_every_joint_stays_within_the_limits(key, role) -> None:
    _, figure = pose_of(key, role)
    for name, value in figure.pose.angles().items():
        joint = name.removeprefix("right-").removeprefix("left-")
        low, high = vocabulary.JOINT_LIMITS[joint]
        assert low <= value <= high, f"{figure.where}: {name} = {value}, limits {low} to {high}"


def test_the_lengths_are_the_table_fractions_of_height() -> None:
    """Winter (2009), Fig. 4.1, after Drillis and Contini (1966)."""
    assert body.LENGTH["upper-arm"] == 0.186
    assert body.LENGTH["forearm"] == 0.146
    assert body.LENGTH["thigh"] == pytest.approx(0.245)
    assert body.LENGTH["shin"] == pytest.approx(0.246)
    assert body.LENGTH["foot"] == 0.152
    assert body.LENGTH["head"] == 0.130
    assert body.LENGTH["neck"] == pytest.approx(0.052)
    assert body.LENGTH["lower-trunk"] + body.LENGTH["upper-trunk"] == pytest.approx(0.288)


def test_standing_tall_the_body_is_its_height() -> None:
    skeleton = pose_skeleton(Pose.from_data({"trunk": 90}))
    lowest = min(segment.start[1] for segment in skeleton.segments if segment.kind == "foot")
    crown = skeleton.bones["head"][1][1]
    foot = body.radii("foot", "side")[0]
    assert crown - (lowest - foot) == pytest.approx(1.0, abs=1e-9)


def test_fitting_a_left_limb_left_out_starts_from_the_right_one() -> None:
    """The fitting tool reads and changes a pose as :meth:`Pose.from_data` reads it: a left limb
    left out copies the right one, so changing one of its angles keeps the others."""
    pose = {"trunk": 0, "right-leg": {"hip": 20, "knee": 30, "ankle": -10}}
    assert _get(pose, "left-leg.ankle") == -10
    _set(pose, "left-leg.knee", 35)
    assert pose["left-leg"] == {"hip": 20, "knee": 35, "ankle": -10}
    assert pose["right-leg"] == {"hip": 20, "knee": 30, "ankle": -10}
    left = Pose.from_data(pose).legs["left"]
    assert (left["hip"], left["knee"], left["ankle"]) == (20, 35, -10)


def test_a_mirrored_figure_is_the_same_body_on_its_other_side() -> None:
    left = library().figure_set("norms/sideLeft")
    right = library().figure_set("norms/sideRight")
    assert right.mirror and not left.mirror
    for figure_left, figure_right in ((left.start, right.start), (left.end, right.end)):
        drawn, _ = right.drawn(figure_right)
        expected = mirrored(left.placed(figure_left))
        for segment in drawn.segments:
            match = expected.segment(segment.name)
            assert segment.start == pytest.approx(match.start)
            assert segment.end == pytest.approx(match.end)


# ---- one change per fault, one movement per exercise ----

#: a joint counts as changed past this many degrees
ANGLE_SLACK = 0.01


def joint_angles(figure: PoseFigure) -> dict[str, float]:
    return {"trunk": figure.pose.trunk["trunk"], **figure.pose.angles()}


def changed_joints(before: PoseFigure, after: PoseFigure) -> dict[str, tuple[float, float]]:
    """Each joint whose angle differs between two poses, with its two angles."""
    old, new = joint_angles(before), joint_angles(after)
    return {
        name: (old[name], new[name]) for name in old if abs(old[name] - new[name]) > ANGLE_SLACK
    }


def floor_ends(figure: PoseFigure, side: str) -> set[str]:
    """The ends of a foot on the floor: heel, toes, or both for a flat foot."""
    parts = figure.touches.get("floor", ())
    ends = {end for end in ("heel", "toes") if f"{side}-{end}" in parts}
    return {"heel", "toes"} if f"{side}-foot" in parts else ends


def feet_moved(figure_set: FigureSet, before: PoseFigure, after: PoseFigure) -> dict[str, float]:
    """How far each foot on the floor in both poses moves between them (the heel or the toes
    on the floor in both, the more: a foot may rock on its toes), in fractions of height, the
    body placed as the figure draws it."""
    first, second = figure_set.placed(before), figure_set.placed(after)
    moved = {}
    for side in vocabulary.SIDES:
        ends = floor_ends(before, side) & floor_ends(after, side)
        if ends:
            moved[f"{side}-foot"] = max(
                math.dist(first.points[f"{side}-{end}"][:2], second.points[f"{side}-{end}"][:2])
                for end in ends
            )
    return moved


def pairs() -> list[tuple[str, str]]:
    """(figure set, pose) of each end and fault, to be compared with the pose it changes."""
    found = []
    for key in set_keys():
        figure_set = library().figure_set(key)
        found += [(key, "end"), *((key, fault.role) for fault in figure_set.faults)]
    return found


def compared(key: str, role: str) -> tuple[FigureSet, PoseFigure, PoseFigure, set[str], str]:
    """The pose ``role`` of ``key``, the pose it changes (the start for the end, the right form
    for a fault), what it may change, and the field that says so."""
    figure_set, figure = pose_of(key, role)
    if role == "end":
        return figure_set, figure_set.start, figure, set(figure_set.moves), "moves"
    return figure_set, figure_set.right_form(figure), figure, set(figure.changes), "changes"


@pytest.mark.parametrize(("key", "role"), pairs())
def test_a_pose_changes_only_the_joints_its_data_names(key, role) -> None:
    """An end differs from its start only in the joints the exercise moves (``moves``), a fault
    from its right form only in the joints it changes (``changes``): one change a fault, one
    movement an exercise, and the list names no joint that does not change."""
    figure_set, before, after, allowed, field = compared(key, role)
    changed = changed_joints(before, after)
    unnamed = {name: angles for name, angles in changed.items() if name not in allowed}
    assert not unnamed, (
        f"{key} {role}: changes joints its '{field}' does not name (from, to): {unnamed}"
    )
    named = allowed & set(vocabulary.JOINTS)
    still = sorted(named - set(changed))
    assert not still, f"{key} {role}: '{field}' names joints that do not change: {still}"


@pytest.mark.parametrize(("key", "role"), pairs())
def test_a_foot_on_the_floor_stays_put(key, role) -> None:
    """A foot on the floor in both poses stays where it was, unless ``moves`` (or a fault's
    ``changes``) names it."""
    figure_set, before, after, allowed, field = compared(key, role)
    moved = feet_moved(figure_set, before, after)
    slid = {
        foot: round(distance, 3)
        for foot, distance in moved.items()
        if distance > TOUCH_TOLERANCE and foot not in allowed
    }
    assert not slid, f"{key} {role}: a foot on the floor slides (fractions of height): {slid}"
    named = allowed & {f"{side}-foot" for side in vocabulary.SIDES}
    stuck = sorted(foot for foot in named if moved.get(foot, 1.0) <= TOUCH_TOLERANCE)
    assert not stuck, f"{key} {role}: '{field}' names a foot that stays put: {stuck}"


def test_the_rules_catch_a_second_change() -> None:
    """The check finds what it is for: a hips-sag fault that also bends the elbows."""
    figure_set = library().figure_set("01-weak-core/front-plank")
    fault = figure_set.faults[0]
    pose = {**fault.pose_data, "right-arm": {"shoulder": 61.5, "elbow": 60}}
    bent = replace(fault, pose=Pose.from_data(pose))
    changed = changed_joints(figure_set.end, bent)
    assert "right-elbow" in changed and "right-elbow" not in fault.changes


# ---- coverage ----


def exercises() -> list[tuple[str, dict]]:
    return [
        (chapter, exercise)
        for chapter in CHAPTERS
        for exercise in load_content(DATA / f"{chapter}.yml").get("exercises", [])
    ]


def test_every_exercise_and_hold_test_has_its_start_and_end() -> None:
    missing = []
    for chapter, exercise in exercises():
        if not exercise.get("figures"):
            missing.append(f"{chapter}.yml: exercise '{exercise['id']}' has no figures")
            continue
        figure_set = library().figure_set(f"{chapter}/{exercise['id']}")
        assert figure_set.start.pose and figure_set.end.pose
    for test in load_norms(DATA / "norms.yml")["tests"]:
        if not test.get("figures"):
            missing.append(f"norms.yml: hold test '{test['id']}' has no figures")
    assert not missing, "\n".join(missing)


def test_every_visible_priority_one_cue_has_a_fault_figure() -> None:
    missing = []
    for chapter, exercise in exercises():
        document = load_content(DATA / f"{chapter}.yml")
        checklist = next(
            item for item in document["checklists"] if item["id"] == exercise["checklist"]
        )
        figure_set = library().figure_set(f"{chapter}/{exercise['id']}")
        for cue in checklist["cues"]:
            if (
                cue.get("priority") == 1
                and cue.get("visible", True)
                and not figure_set.fault_for(cue["id"])
            ):
                missing.append(
                    f"{chapter}.yml: exercise '{exercise['id']}', cue '{cue['id']}' ({cue['cue']})"
                )
    assert not missing, (
        "visible priority-1 cues without a fault figure (add one, or 'visible: false'):\n"
        + "\n".join(missing)
    )


def test_a_fault_marks_parts_and_says_what_is_wrong() -> None:
    for key in set_keys():
        for fault in library().figure_set(key).faults:
            assert fault.label and fault.marks and fault.says, fault.where


# ---- the SVG ----


@cache
def svgs() -> list[tuple[str, str, str]]:
    """Every SVG drawn, computed once for both tests that take them all."""
    found = []
    for key in set_keys():
        figure_set = library().figure_set(key)
        found += [
            (key, f"{panel.kind}:{panel.figure.role}", svg) for panel, svg in set_svgs(figure_set)
        ]
        found.append((key, "thumbnail", thumbnail_svg(figure_set)))
    return found


@pytest.mark.parametrize(
    ("key", "panel", "svg"), svgs(), ids=lambda value: value if len(value) < 60 else "svg"
)
def test_every_svg_is_well_formed_named_and_described(key, panel, svg) -> None:
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("viewBox") and root.get("width") == "100%"
    title, desc = root[0], root[1]
    assert title.tag == f"{SVG}title" and desc.tag == f"{SVG}desc"
    name = library().figure_set(key).title
    assert title.text and title.text.startswith(name)
    assert desc.text and len(desc.text.split()) >= 8
    assert "figure" not in title.text.lower()


@pytest.mark.parametrize(
    ("key", "panel", "svg"), svgs(), ids=lambda value: value if len(value) < 60 else "svg"
)
def test_no_fixed_colour_is_drawn(key, panel, svg) -> None:
    root = ET.fromstring(svg)
    for element in root.iter():
        for attribute in ("fill", "stroke", "color"):
            value = element.get(attribute)
            if value is not None:
                assert value in ALLOWED_PAINT, f"{key} {panel}: {attribute}={value}"
        for declaration in (element.get("style") or "").split(";"):
            prop, _, value = declaration.partition(":")
            if prop.strip() in ("fill", "stroke", "color"):
                assert value.strip() in ALLOWED_PAINT, f"{key} {panel}: {declaration}"
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgba?\(|hsla?\(", svg)


def test_a_fault_is_marked_by_shape_and_words() -> None:
    figure_set = library().figure_set("01-weak-core/front-plank")
    drawn = dict((panel.kind, svg) for panel, svg in set_svgs(figure_set))
    fault = ET.fromstring(drawn["fault"])
    assert any(element.get("stroke-dasharray") for element in fault.iter())
    assert [text.text for text in fault.iter(f"{SVG}text")] == ["hips sag"]
    assert "hips sag" in fault[0].text


def test_the_end_shows_the_start_as_a_ghost() -> None:
    figure_set = library().figure_set("01-weak-core/front-plank")
    drawn = dict((panel.kind, svg) for panel, svg in set_svgs(figure_set))
    assert 'class="abc-pose-ghost"' in drawn["end"]
    assert 'class="abc-pose-ghost"' not in drawn["start"]


@pytest.mark.parametrize("key", set_keys())
def test_an_exercise_that_moves_carries_its_movement_loop(key) -> None:
    """The end drawing of a set that moves holds the movement, start to end in a few drawings,
    hidden from screen readers (the description says what the picture shows); a hold that does
    not move has none, and neither does any other panel."""
    figure_set = library().figure_set(key)
    for panel, svg in set_svgs(figure_set):
        root = ET.fromstring(svg)
        loops = [g for g in root.iter(f"{SVG}g") if g.get("class") == "abc-pose-moves"]
        if panel.kind == "end" and figure_set.moves:
            assert root.get("data-moves") == "start-end-start", key
            assert len(loops) == 1 and loops[0].get("aria-hidden") == "true", key
            frames = [g for g in loops[0] if "abc-pose-frame" in (g.get("class") or "")]
            assert len(frames) == MOVE_FRAMES, key
            # the first drawing is the start and the last the end, as drawn in their panels
            drawn = dict((p.kind, ET.fromstring(s)) for p, s in set_svgs(figure_set))
            start_body = next(g for g in drawn["start"] if g.get("class") == "abc-pose-body")
            end_body = next(g for g in root if g.get("class") == "abc-pose-body")
            assert ET.tostring(frames[0][0]) == ET.tostring(start_body), key
            assert ET.tostring(frames[-1][0]) == ET.tostring(end_body), key
        else:
            assert not loops and root.get("data-moves") is None, f"{key} {panel.kind}"


@pytest.mark.parametrize("key", set_keys())
def test_a_fault_label_reads_on_a_phone(key) -> None:
    """A fault's label is at least 13 px high when its drawing is 300 px wide (a fault panel on
    a 390 px phone), whatever the frame; and the labels grow only their own pair's frame, not
    the start and end drawn above them."""
    drawn = set_svgs(library().figure_set(key))
    main = {ET.fromstring(svg).get("viewBox") for panel, svg in drawn if panel.kind in ROLES}
    assert len(main) == 1, f"{key}: the start and the end are framed alike"
    for panel, svg in drawn:
        if panel.kind != "fault":
            continue
        root = ET.fromstring(svg)
        width = float(root.get("viewBox").split()[2])
        text = next(root.iter(f"{SVG}text"))
        size = float(re.search(r"font-size:([\d.]+)px", text.get("style")).group(1))
        assert size / width * 300 >= 13, f"{key} {panel.figure.role}: label {size / width * 300}"


# ---- named errors ----


def chapter_with(tmp_path, change) -> object:
    document = yaml.safe_load((DATA / "01-weak-core.yml").read_text(encoding="utf-8"))
    change(document["exercises"][0]["figures"])
    path = tmp_path / "01-weak-core.yml"
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("change", "where", "message"),
    [
        (
            lambda f: f["end"]["pose"]["right-leg"].update(knee=200),
            "figures > end > pose > right-leg > knee",
            "outside the course's limits for knee",
        ),
        (
            lambda f: f["faults"][0].update(cue="nope"),
            "figures > faults[0] > cue",
            "no cue 'nope' in checklist 'front-plank'",
        ),
        (
            lambda f: f["start"]["touches"].update(bench=["pelvis"]),
            "figures > start > touches > bench",
            "no prop named 'bench'",
        ),
        (lambda f: f["start"].pop("pose"), "figures > start", "missing required field 'pose'"),
        (
            lambda f: f["end"]["touches"].update(floor=["left-wing"]),
            "figures > end > touches > floor[0]",
            "is not one of",
        ),
        (lambda f: f["start"]["pose"].update(tail=3), "figures > start > pose", "unknown field"),
    ],
)
def test_a_broken_figure_names_the_file_item_and_field(tmp_path, change, where, message) -> None:
    path = chapter_with(tmp_path, change)
    with pytest.raises(ContentError) as caught:
        load_content(path)
    assert "exercises[0] (id 'front-plank')" in str(caught.value)
    assert where in str(caught.value)
    assert message in str(caught.value)


def test_a_reference_to_nowhere_is_named(tmp_path) -> None:
    chapter_with(tmp_path, lambda f: f["start"].update(like="01-weak-core/no-such-thing/start"))
    with pytest.raises(
        ContentError,
        match=r"figures > start > like: no exercise or hold test '01-weak-core/no-such-thing'",
    ):
        FigureLibrary(tmp_path).figure_set("01-weak-core/front-plank")


# ---- where the figures go ----


def test_the_checklist_carries_each_fault_beside_the_right_form() -> None:
    checklist = Checklist.from_file(DATA / "01-weak-core.yml", "front-plank")
    assert set(checklist.figures) == {"straight-line"}
    pair = checklist.figures["straight-line"]
    assert pair["label"] == "hips sag"
    assert pair["right"].startswith("<svg") and pair["wrong"].startswith("<svg")
    assert (
        Checklist.from_file(DATA / "05-overtraining-progression.yml", "recovery-walk").figures == {}
    )


def test_the_self_test_shows_how_to_set_up_each_hold_test() -> None:
    widget = EnduranceTest.from_file(DATA / "norms.yml")
    assert [figure["id"] for figure in widget.figures] == [
        "flexor",
        "extensor",
        "sideLeft",
        "sideRight",
    ]
    for figure in widget.figures:
        assert figure["start"].startswith("<svg") and figure["end"].startswith("<svg")
        assert "McGill" in figure["source"]


def test_the_plan_has_a_small_end_position_for_each_exercise() -> None:
    plan = YourPlan.from_file(DATA)
    for cause in plan.causes:
        for exercise in cause["exercises"]:
            assert 'class="abc-pose abc-pose-thumb"' in exercise["figure"], exercise["id"]
            assert "figures" not in exercise


FIGURE_DIRECTIVE = re.compile(r"^```\{exercise-figure\}\s+(\S+)", re.MULTILINE)
CHECKLIST_CALL = re.compile(r"Checklist\.from_file\([^,]+,\s*\"([^\"]+)\"\)")
HEADING = re.compile(r"^#{1,6} (.+)$", re.MULTILINE)


def sections_of(notebook: dict) -> tuple[dict[str, str], dict[str, str]]:
    """Each exercise figure's and each checklist's section (the heading above it), by id."""
    figures: dict[str, str] = {}
    checklists: dict[str, str] = {}
    heading = ""
    for cell in notebook["cells"]:
        text = "".join(cell["source"])
        if cell["cell_type"] == "code":
            for match in CHECKLIST_CALL.finditer(text):
                checklists[match.group(1)] = heading
            continue
        marks = [(m.start(), "heading", m.group(1)) for m in HEADING.finditer(text)]
        marks += [(m.start(), "figure", m.group(1)) for m in FIGURE_DIRECTIVE.finditer(text)]
        for _, kind, value in sorted(marks):
            if kind == "heading":
                heading = value
            else:
                figures[value] = heading
    return figures, checklists


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_each_exercise_drawing_sits_in_its_exercise_section(chapter) -> None:
    """A drawing belongs under its exercise's heading, with the exercise's steps and checklist,
    not among the chapter's general advice above it."""
    notebook = json.loads((DATA.parent / f"{chapter}.ipynb").read_text(encoding="utf-8"))
    figures, checklists = sections_of(notebook)
    assert figures, f"{chapter}: no exercise drawings found"
    misplaced = {
        exercise: (section, checklists[exercise])
        for exercise, section in figures.items()
        if exercise in checklists and section != checklists[exercise]
    }
    assert not misplaced, f"{chapter}: drawing in section, checklist in section: {misplaced}"
