"""An exercise's printed weeks ("Week 2: 3 holds of 12 seconds, same days ..."), written from its
structured ``weeks``.

The figures of a week (sessions, sets, reps, seconds, minutes) are written once, in ``weeks``, and
the printed line is made from them, so the plan a learner reads cannot say other numbers than the
ones the progression check runs. A week may add words the figures cannot give: what one rep is
called (``unit``), ``eachSide``, ``where`` (how or where: "on your knees"), ``walks`` (a walk that
may be split), ``days``, ``note``, the week's one ``change`` and a sentence ``also`` said after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

__all__ = ["WeekError", "dose_line", "progression_lines"]

#: the figures the progression check counts; a week whose figures and movement match the week
#: before is printed "the same again"
FIGURES = ("sessions", "sets", "reps", "seconds", "minutes")
#: what the movement is stays the same until a week says otherwise
CARRIED = ("unit", "eachSide")
#: words a repeated week would not print, so giving one is a mistake
NOT_REPEATED = ("where", "walks", "days", "change", "also")
#: the days of every week after the first, unless it says otherwise
SAME_DAYS = "same days"


class WeekError(ValueError):
    """A week that cannot be printed: which week (from 0) and which of its fields."""

    def __init__(self, week: int, field: str, message: str) -> None:
        super().__init__(message)
        self.week = week
        self.field = field
        self.message = message


def _count(number: float, word: str) -> str:
    """``3 holds``, ``1 set``: a number (written without a needless ``.0``) and its word."""
    return f"{number:g} {word}" if number == 1 else f"{number:g} {word}s"


def _amount(index: int, week: dict[str, Any]) -> str:
    """How much: ``10 minutes``, ``3 holds of 10 seconds``, ``2 sets of 8 lifts``, or, for one
    set of reps on each side, just ``5 reaches``."""
    if "minutes" in week:
        return _count(week["minutes"], "minute")
    if "reps" not in week:
        if "seconds" not in week:
            raise WeekError(index, "seconds", "a week of holds needs 'seconds' (or give 'reps')")
        return f"{_count(week['sets'], 'hold')} of {_count(week['seconds'], 'second')}"
    if "unit" not in week:
        raise WeekError(index, "unit", "a week of reps needs 'unit', what one rep is called")
    if week["sets"] == 1 and week.get("eachSide"):
        return f"{week['reps']} {week['unit']}"
    return f"{_count(week['sets'], 'set')} of {week['reps']} {week['unit']}"


def _split(index: int, week: dict[str, Any]) -> str:
    """`` (or 2 walks of 5 minutes)``: the walk's minutes shared out, so they add up."""
    if "walks" not in week:
        return ""
    each = week.get("minutes", 0) / week["walks"]
    if each != int(each) or not each:
        raise WeekError(index, "walks", "the minutes of a walk must share out into whole minutes")
    return f" (or {week['walks']} walks of {_count(each, 'minute')})"


def _what(index: int, week: dict[str, Any]) -> str:
    """What to do: ``5 reaches each side, hold 5 seconds``, ``3 holds of 10 seconds on your
    knees``, ``10 minutes at an easy pace (or 2 walks of 5 minutes)``."""
    text = _amount(index, week)
    if week.get("eachSide"):
        text += " each side"
    if "reps" in week and "seconds" in week:
        text += f", hold {_count(week['seconds'], 'second')}"
    if "where" in week:
        text += f" {week['where']}"
    return text + _split(index, week)


def _new_week(index: int, week: dict[str, Any]) -> str:
    if index == 0 and "days" not in week:
        raise WeekError(index, "days", "week 1 needs 'days' ('on 2 or 3 days with a day off ...')")
    text = f"{_what(index, week)}, {week.get('days', SAME_DAYS)}"
    if "note" in week:
        text += f", {week['note']}"
    if "change" in week:
        text += f" (one change: {week['change']})"
    return f"{text}." + (f" {week['also']}" if "also" in week else "")


def _repeated_week(index: int, week: dict[str, Any]) -> str:
    for field in NOT_REPEATED:
        if field in week:
            raise WeekError(
                index,
                field,
                "this week has the figures of the week before, so it reads 'the same again': "
                f"drop '{field}' or change a figure",
            )
    return f"the same again, {week['note']}." if "note" in week else "the same again."


def _same(week: dict[str, Any], before: dict[str, Any]) -> bool:
    return all(week.get(name) == before.get(name) for name in (*FIGURES, *CARRIED))


def progression_lines(weeks: Sequence[dict[str, Any]]) -> list[str]:
    """The printed lines of an exercise's weeks: ``["Week 1: ...", ...]``. Raises WeekError."""
    lines: list[str] = []
    before: dict[str, Any] | None = None
    for index, given in enumerate(weeks):
        carried = {name: before[name] for name in CARRIED if before and name in before}
        week = {**carried, **given}
        if before is not None and _same(week, before):
            text = _repeated_week(index, week)
        else:
            text = _new_week(index, week)
        lines.append(f"Week {index + 1}: {text}")
        before = week
    return lines


def _carried_weeks(weeks: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each week with what one rep is called and ``eachSide`` carried from the week before."""
    carried: list[dict[str, Any]] = []
    for given in weeks:
        before = carried[-1] if carried else {}
        carried.append({**{name: before[name] for name in CARRIED if name in before}, **given})
    return carried


def dose_line(weeks: Sequence[dict[str, Any]], note: str = "") -> str:
    """An exercise's "How much" line, made from its weeks: how it starts and where it ends up,
    then the exercise's own ``note`` ("Switch the bent knee halfway."). Raises WeekError."""
    carried = _carried_weeks(weeks)
    first, last = carried[0], carried[-1]
    # where the last week is done is where it was last said ("on your knees"), unless it says
    if "where" not in last:
        last = {
            **last,
            **next(({"where": w["where"]} for w in reversed(carried) if "where" in w), {}),
        }
    if "days" not in first:
        raise WeekError(0, "days", "week 1 needs 'days' ('on 2 or 3 days with a day off ...')")
    text = f"Start with {_what(0, first)}, {first['days']}."
    if not _same(last, first):
        text += f" By week {len(carried)}: {_what(len(carried) - 1, last)}."
    if "also" in first:
        text += f" {first['also']}"
    return f"{text} {note}" if note else text
