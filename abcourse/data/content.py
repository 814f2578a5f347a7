"""A chapter's content file (YAML): its quizzes, checklists and exercises, and their rules.

Content is data: a course author edits ``book/data/*.yml`` without touching code. The shared
loader (:mod:`abcourse.data.files`) reads the file and checks its schema and ids; this module adds
the rules a schema cannot state. Every problem is a :class:`ContentError` that names the file, the
item (by its id where it has one) and the field, so the author can go straight to it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .exercise_weeks import WeekError, dose_line, progression_lines
from .figure_rules import check_figures
from .files import ContentError, DataKind, describe_location, load, read_yaml
from .red_flags import load_red_flags, red_flag_signs

__all__ = ["CONTENT", "ContentError", "chapter_of", "find_item", "load_content"]


def _check_choices(path: Path | str, where: str, question: dict[str, Any]) -> None:
    """A single-choice question has exactly one correct option, a multiple-select at least one."""
    correct = [option for option in question["options"] if option.get("correct")]
    if question["kind"] == "single" and len(correct) != 1:
        raise ContentError(
            path,
            f"{where} > options",
            f"a single-choice question needs exactly one option with 'correct: true', "
            f"found {len(correct)} (the answer must be among the options)",
        )
    if question["kind"] == "multiple" and not correct:
        raise ContentError(
            path,
            f"{where} > options",
            "a multiple-select question needs at least one option with 'correct: true' "
            "(the answer must be among the options)",
        )


def _check_numeric(path: Path | str, where: str, question: dict[str, Any]) -> None:
    """A numeric answer needs a tolerance or a range, and a range must hold the answer."""
    if "range" not in question and "tolerance" not in question:
        raise ContentError(path, where, "a numeric question needs 'tolerance' or 'range'")
    if "range" in question:
        low, high = question["range"]
        if low > high:
            raise ContentError(path, f"{where} > range", f"[{low}, {high}] is empty")
        if not low <= question["answer"] <= high:
            raise ContentError(
                path, f"{where} > answer", f"{question['answer']} lies outside its range"
            )


def _red_flags_file(path: Path | str) -> Path:
    """The red-flag checker's data file beside a content file: the one the course manifest names
    for the ``redflags`` self-test, or ``red-flags.yml``."""
    folder = Path(path).parent
    manifest = folder / "course.yml"
    chapters = read_yaml(manifest).get("chapters", []) if manifest.exists() else []
    for chapter in chapters:
        self_test = chapter.get("selfTest") or {}
        if self_test.get("id") == "redflags" and self_test.get("data"):
            return folder / self_test["data"]
    return folder / "red-flags.yml"


def _red_flag_levels(path: Path | str, where: str) -> dict[str, str]:
    """Every sign's and rule's level in the red-flags file beside a content file."""
    red_flags_file = _red_flags_file(path)
    if not red_flags_file.exists():
        raise ContentError(path, where, f"'redFlag' needs {red_flags_file.name} beside this file")
    red_flags = load_red_flags(red_flags_file)
    levels = {sign["id"]: sign.get("level") for _, sign in red_flag_signs(red_flags)}
    levels.update({rule["id"]: rule["level"] for rule in red_flags["rules"]})
    return levels


def _red_flag_answer(path: Path | str, where: str, question: dict[str, Any]) -> str:
    """A question about a red flag takes its answer from red-flags.yml, so the quiz and the
    checker cannot disagree: the id of the option whose ``level`` is the sign's level."""
    if question["kind"] != "single":
        raise ContentError(path, f"{where} > redFlag", "only a single-choice question can route")
    if any("correct" in option for option in question["options"]):
        raise ContentError(
            path, f"{where} > options", "the answer comes from red-flags.yml: drop 'correct'"
        )
    level = _red_flag_levels(path, where).get(question["redFlag"], "missing")
    if level == "missing":
        raise ContentError(
            path, f"{where} > redFlag", f"no sign or rule '{question['redFlag']}' in red-flags.yml"
        )
    matching = [option["id"] for option in question["options"] if option.get("level") == level]
    if len(matching) != 1:
        raise ContentError(
            path,
            f"{where} > options",
            f"'{question['redFlag']}' is '{level}' in red-flags.yml: exactly one option needs "
            f"'level: {level}', found {len(matching)}",
        )
    return matching[0]


def _answered(question: dict[str, Any], option_id: str) -> dict[str, Any]:
    """The question with its right option marked, as the quiz widget reads it."""
    options = [
        {**option, "correct": True} if option["id"] == option_id else option
        for option in question["options"]
    ]
    return {**question, "options": options}


def _check_question(path: Path | str, where: str, question: dict[str, Any]) -> None:
    if question["kind"] in ("single", "multiple"):
        _check_choices(path, where, question)
    elif question["kind"] == "numeric":
        _check_numeric(path, where, question)


def _check_exercise_week(path: Path | str, where: str, week: dict[str, Any]) -> None:
    """A week of an exercise's plan is either ab or core work (sets) or an easy walk (minutes)."""
    if ("sets" in week) == ("minutes" in week):
        raise ContentError(
            path, where, "a week needs 'sets' (ab or core work) or 'minutes' (a walk), not both"
        )
    if "minutes" in week and ("reps" in week or "seconds" in week):
        raise ContentError(path, where, "'reps' and 'seconds' go with 'sets', not with 'minutes'")


def _printed_weeks(document: dict[str, Any], path: Path | str, index: int) -> list[str]:
    """An exercise's printed weeks, made from its ``weeks``; a week that cannot be printed is a
    ContentError naming the exercise, the week and the field."""
    try:
        return progression_lines(document["exercises"][index]["weeks"])
    except WeekError as problem:
        field_path = ["exercises", index, "weeks", problem.week]
        raise ContentError(
            path, f"{describe_location(document, field_path)} > {problem.field}", problem.message
        ) from None


def _check_exercises(document: dict[str, Any], path: Path | str) -> None:
    """Each exercise names a checklist in the same file, each of its weeks is one kind and can be
    printed, and only a walk has the walking pattern."""
    checklist_ids = {item["id"] for item in document.get("checklists", [])}
    for index, exercise in enumerate(document.get("exercises", [])):
        if exercise["checklist"] not in checklist_ids:
            where = describe_location(document, ["exercises", index, "checklist"])
            raise ContentError(
                path, where, f"no checklist with id '{exercise['checklist']}' in this file"
            )
        for w_index, week in enumerate(exercise["weeks"]):
            _check_exercise_week(
                path, describe_location(document, ["exercises", index, "weeks", w_index]), week
            )
        _printed_weeks(document, path, index)
        _check_walking(document, path, index)


def _check_walking(document: dict[str, Any], path: Path | str, index: int) -> None:
    """An exercise of the ``walking`` pattern is a walk (weeks of minutes), and a walk is one:
    the Your plan chapter always includes a walk, found by its pattern."""
    exercise = document["exercises"][index]
    walks = all("minutes" in week for week in exercise["weeks"])
    if (exercise["pattern"] == "walking") != walks:
        where = describe_location(document, ["exercises", index, "pattern"])
        raise ContentError(
            path,
            where,
            "an exercise with weeks of 'minutes' is a walk, with 'pattern: walking'; "
            f"'{exercise['pattern']}' does not match its weeks",
        )


def check_semantics(document: dict[str, Any], path: Path | str) -> None:
    """Rules a JSON schema cannot state: answers among the options, checklists that exist; a
    red-flag question's answer is read from red-flags.yml and marked here."""
    _check_exercises(document, path)
    check_figures(document, path, "exercises")
    for index, quiz in enumerate(document.get("quizzes", [])):
        for q_index, question in enumerate(quiz["questions"]):
            where = describe_location(document, ["quizzes", index, "questions", q_index])
            if "redFlag" in question:
                question = _answered(question, _red_flag_answer(path, where, question))
            _check_question(path, where, question)


#: a chapter's content file, ``book/data/01-weak-core.yml``: named after its notebook
CONTENT = DataKind(
    schema="content",
    names=("[0-9][0-9]-*.yml",),
    unique=(
        ("quizzes",),
        ("checklists",),
        ("exercises",),
        ("quizzes", "*", "questions"),
        ("quizzes", "*", "questions", "*", "options"),
        ("checklists", "*", "cues"),
    ),
    check=check_semantics,
)


def _with_answers(document: dict[str, Any], path: Path | str) -> list[dict[str, Any]]:
    """The quizzes, each red-flag question with its right option marked."""
    quizzes = []
    for index, quiz in enumerate(document.get("quizzes", [])):
        questions = []
        for q_index, question in enumerate(quiz["questions"]):
            if "redFlag" in question:
                where = describe_location(document, ["quizzes", index, "questions", q_index])
                question = _answered(question, _red_flag_answer(path, where, question))
            questions.append(question)
        quizzes.append({**quiz, "questions": questions})
    return quizzes


def _with_progression(exercise: dict[str, Any], lines: list[str]) -> dict[str, Any]:
    """The exercise with its "How much" line (``dose``) and its printed weeks just before
    ``weeks``, where authors once wrote them, so the widgets' data keeps its order."""
    made: dict[str, Any] = {}
    for key, value in exercise.items():
        if key == "weeks":
            made["dose"] = dose_line(value, exercise.get("doseNote", ""))
            made["progression"] = lines
        made[key] = value
    return made


def load_content(path: Path | str) -> dict[str, Any]:
    """Read and validate a chapter's content file. Raises ContentError naming what is wrong.

    What is made from the file is added to a copy, as the widgets read it: each exercise's "How
    much" line (``dose``) and printed weeks (``progression``), both from its ``weeks``, and a
    red-flag question's right answer, marked from the red-flags file as it is now (the file is
    cached by its own changes only, and the red-flags file may change without it)."""
    document = load(path, CONTENT)
    made = dict(document)
    if "exercises" in document:
        made["exercises"] = [
            _with_progression(exercise, _printed_weeks(document, path, index))
            for index, exercise in enumerate(document["exercises"])
        ]
    if "quizzes" in document:
        made["quizzes"] = _with_answers(document, path)
    return made


def chapter_of(path: Path | str) -> str:
    """The chapter a content file belongs to is its file name: ``data/01-weak-core.yml``."""
    return Path(path).stem


def find_item(path: Path | str, section: str, item_id: str) -> dict[str, Any]:
    """Return the quiz or checklist with ``item_id`` from a content file."""
    document = load_content(path)
    for item in document.get(section, []):
        if item["id"] == item_id:
            return item
    known = ", ".join(item["id"] for item in document.get(section, [])) or "none"
    raise ContentError(path, section, f"no item with id '{item_id}' (ids here: {known})")
