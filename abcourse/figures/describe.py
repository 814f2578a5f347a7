"""What a screen reader says about a figure: a title and a description, written from the data.

The title names the exercise and the position ("Front plank: hold"); the description says what
the body does (the pose's ``says``), what touches the floor or a prop, and, for a fault, what is
wrong and how the drawing marks it. Nothing here says "figure 3".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from .figureset import FigureSet, PoseFigure
from .kinematics import swap_side

PLURAL = {
    "forearm": "forearms",
    "upper-arm": "upper arms",
    "hand": "hands",
    "elbow": "elbows",
    "thigh": "thighs",
    "shin": "shins",
    "knee": "knees",
    "foot": "feet",
    "heel": "heels",
    "toes": "toes",
}
WORDS = {
    "lower-trunk": "lower trunk",
    "upper-trunk": "upper trunk",
    "pelvis": "hips",
    "shoulders": "shoulders",
    "neck": "neck",
    "head": "head",
    "upper-arm": "upper arm",
}
#: what a learner calls a part that turns: the lower trunk tips at the pelvis
TURNING = {"lower-trunk": "pelvis"}
VIEWS = {
    "side": "Seen from the side.",
    "front": "Seen from the front.",
    "rear": "Seen from behind the feet, a little from one side.",
}


def join_words(words: Sequence[str]) -> str:
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} and {words[-1]}"


def part_words(parts: Iterable[str], mirror: bool = False) -> str:
    """Parts in plain words, a left and right pair as one plural: "forearms and right knee"."""
    names = [swap_side(part) if mirror else part for part in parts]
    words: list[str] = []
    for name in names:
        side, _, kind = name.partition("-")
        if side not in ("left", "right"):
            word = WORDS.get(name, name)
        elif f"left-{kind}" in names and f"right-{kind}" in names:
            word = PLURAL.get(kind, kind)
        else:
            word = f"{side} {WORDS.get(kind, kind)}"
        if word not in words:
            words.append(word)
    return join_words(words)


def touching(touches: Mapping[str, Sequence[str]], mirror: bool = False) -> str:
    sentences = []
    for surface, parts in touches.items():
        place = "the floor" if surface == "floor" else f"the {surface.replace('-', ' ')}"
        sentences.append(f"On {place}: {part_words(parts, mirror)}.")
    return " ".join(sentences)


def title(figure_set: FigureSet, figure: PoseFigure, panel: str) -> str:
    if panel == "fault":
        return f"{figure_set.title}, not this: {figure.label}"
    if panel == "other":
        return f"{figure_set.title}: {figure.name.lower()}, other side"
    if panel == "right":
        return f"{figure_set.title}: right form"
    return f"{figure_set.title}: {figure.name.lower()}"


def description(
    figure_set: FigureSet,
    figure: PoseFigure,
    panel: str,
    view: str,
    ghost: PoseFigure | None = None,
) -> str:
    parts = [VIEWS[view]]
    if panel == "fault":
        parts.append(f"Wrong form: {figure.label}.")
    elif panel == "right":
        parts.append("Right form.")
    elif panel == "other":
        parts.append("The same position on the other side of the body.")
    parts.append(figure.says)
    parts.append(touching(figure.touches, figure_set.mirror))
    if panel == "fault" and figure.marks:
        parts.append(
            f"A dashed outline and an arrow mark the {part_words(figure.marks, figure_set.mirror)}."
        )
    if panel == "fault" and len(figure.line) == 2:
        ends = part_words(figure.line, figure_set.mirror)
        parts.append(f"A thin dashed line joins the {ends}: the line the body should keep.")
    if view == "rear" and any(
        fault.view == "rear" and "lower-trunk" in fault.marks for fault in figure_set.faults
    ):
        parts.append("A line across the hips shows whether they are level.")
    if ghost is not None and panel == "fault":
        parts.append("The right form is drawn faint behind it.")
    elif ghost is not None:
        parts.append(f"The {ghost.name.lower()} position is drawn faint behind it.")
        if figure_set.turns:
            turning = TURNING.get(figure_set.turns) or part_words(
                [figure_set.turns], figure_set.mirror
            )
            parts.append(f"A curved arrow shows the {turning} turning.")
    return " ".join(part for part in parts if part)
