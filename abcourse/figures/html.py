"""Lay the drawn figures out for a page or a widget.

The book shows an exercise's start and end side by side under "How to do it"; the checklist
widget shows each fault beside the right form; chapter 1's self-test shows how to set up each
hold test; the plan shows a small end position beside each exercise. All of them come from one
figure set (``figureset.py``), drawn by ``svg.py``. The panels sit side by side on a wide screen
and one above the other on a phone; ``static/abcourse-figures.css`` lays them out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from html import escape
from pathlib import Path
from typing import Any

from .figureset import FigureLibrary, FigureSet
from .svg import set_svgs, thumbnail_svg

STYLESHEET = Path(__file__).parent / "static" / "abcourse-figures.css"


VIEW_BOX = re.compile(r'viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"')


def is_tall(svg: str) -> bool:
    """Whether a drawing is taller than it is wide (someone standing): such panels sit side by
    side even on a phone, rather than one above the other a screen and a half high."""
    found = VIEW_BOX.search(svg)
    return bool(found) and float(found.group(2)) > float(found.group(1))


def end_label(figure_set: FigureSet) -> str:
    return f"{figure_set.end.name} (the {figure_set.start.name.lower()} shown faint)"


def default_caption(figure_set: FigureSet) -> str:
    start, end = figure_set.start.name.lower(), figure_set.end.name.lower()
    return f"{figure_set.title}: the {start} and the {end}."


def panels_html(figure_set: FigureSet) -> str:
    """The start and the end, each with its label, side by side."""
    drawn = {
        panel.kind: svg
        for panel, svg in set_svgs(figure_set)
        if panel.kind in ("start", "end", "other")
    }
    panels = [
        (figure_set.start.name, drawn["start"]),
        (end_label(figure_set), drawn["end"]),
    ]
    if "other" in drawn:
        panels.append((f"{figure_set.end.name}, other side", drawn["other"]))
    inner = "".join(
        f'<div class="abc-figure-panel"><p class="abc-figure-label">{escape(label)}</p>{svg}</div>'
        for label, svg in panels
    )
    tall = " abc-figure-tall" if is_tall(drawn["start"]) else ""
    return f'<div class="abc-figure-panels{tall}">{inner}</div>'


def figure_html(figure_set: FigureSet, caption: str = "") -> str:
    """An exercise's figure for the book: both panels and a caption."""
    text = caption or default_caption(figure_set)
    return (
        f'<figure class="abc-figure" data-figures="{escape(figure_set.key)}">'
        f"{panels_html(figure_set)}<figcaption>{escape(text)}</figcaption></figure>"
    )


def fault_pairs(figure_set: FigureSet) -> dict[str, dict[str, str]]:
    """For each cue with a fault, the right form and the fault, for the checklist widget."""
    drawn = set_svgs(figure_set)
    pairs: dict[str, dict[str, str]] = {}
    for index, (panel, svg) in enumerate(drawn):
        if panel.kind == "fault":
            right_panel, right_svg = drawn[index - 1]
            assert right_panel.kind == "right"
            pairs[panel.figure.role] = {
                "label": panel.figure.label,
                "right": right_svg,
                "wrong": svg,
            }
    return pairs


def exercise_key(path: Path | str, document: dict[str, Any], checklist_id: str) -> str | None:
    """The figure set of the exercise that uses ``checklist_id``, if it has one."""
    for exercise in document.get("exercises", []):
        if exercise["checklist"] == checklist_id and exercise.get("figures"):
            return f"{Path(path).stem}/{exercise['id']}"
    return None


def checklist_figures(
    path: Path | str, document: dict[str, Any], checklist_id: str
) -> dict[str, Any]:
    """What the checklist widget draws: each fault beside the right form, by cue id."""
    key = exercise_key(path, document, checklist_id)
    if key is None:
        return {}
    return fault_pairs(FigureLibrary(Path(path).parent).figure_set(key))


def hold_test_figures(path: Path | str, norms: dict[str, Any]) -> list[dict[str, str]]:
    """How to set up each hold test, for chapter 1's self-test: its set-up and its hold."""
    library = FigureLibrary(Path(path).parent)
    found = []
    for test in norms["tests"]:
        if not test.get("figures"):
            continue
        figure_set = library.figure_set(f"{Path(path).stem}/{test['id']}")
        drawn = {
            panel.kind: svg for panel, svg in set_svgs(figure_set) if panel.kind in ("start", "end")
        }
        found.append(
            {
                "id": test["id"],
                "name": test["name"],
                "startLabel": figure_set.start.name,
                "endLabel": end_label(figure_set),
                "start": drawn["start"],
                "end": drawn["end"],
                "source": norms.get("sources", {}).get(figure_set.source, ""),
            }
        )
    return found


def thumbnails(path: Path | str, exercises: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """Each exercise's end (or hold) position, small, for the plan, by id; one with no figures
    has none.

    One library for the file, so figures that follow another's (``like``) are worked out once;
    a broken figure is an error, not a missing drawing."""
    library = FigureLibrary(Path(path).parent)
    return {
        exercise["id"]: thumbnail_svg(library.figure_set(f"{Path(path).stem}/{exercise['id']}"))
        for exercise in exercises
        if exercise.get("figures")
    }
