"""Load a chapter's content file (YAML) and check it against the course's schema.

Content is data: a course author edits ``book/data/*.yml`` without touching code. Every problem is
reported as a :class:`ContentError` that names the file, the item (by its id where it has one) and
the field, so the author can go straight to it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from referencing import Registry, Resource

from .figures.figureset import check_figures


class ContentError(ValueError):
    """A content file is missing, unreadable or breaks the schema."""

    def __init__(self, path: Path | str, location: str, message: str) -> None:
        self.path = str(path)
        self.location = location
        self.message = message
        where = f"{self.path}: {location}" if location else self.path
        super().__init__(f"{where}: {message}")


@cache
def load_schema(name: str = "content") -> dict[str, Any]:
    """Return one of the JSON schemas shipped in ``abcourse/schema``."""
    text = resources.files("abcourse").joinpath(f"schema/{name}.schema.json").read_text("utf-8")
    return json.loads(text)


@cache
def schema_registry() -> Registry:
    """Every shipped schema by its ``$id``, so one can use another's parts (the figures')."""
    folder = resources.files("abcourse").joinpath("schema")
    schemas = [
        json.loads(item.read_text("utf-8"))
        for item in folder.iterdir()
        if item.name.endswith(".json")
    ]
    return Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas
    )


def read_yaml(path: Path | str) -> Any:
    """Parse a YAML file, turning I/O and syntax errors into a ContentError naming the file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ContentError(path, "", "file not found") from None
    except OSError as error:
        raise ContentError(path, "", f"cannot be read ({error.strerror})") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise ContentError(path, where, f"is not valid YAML: {problem}") from None


def describe_location(document: Any, field_path: Sequence[str | int]) -> str:
    """Spell a JSON path as ``quizzes[0] (id 'basics') > questions[2] (id 'q3') > options``.

    Each list item is named with its id when it has one, which is what an author searches for.
    """
    parts: list[str] = []
    node = document
    for step in field_path:
        if isinstance(step, int):
            label = f"[{step}]"
            try:
                node = node[step]
            except (IndexError, KeyError, TypeError):
                node = None
            if isinstance(node, dict) and isinstance(node.get("id"), str):
                label += f" (id '{node['id']}')"
            if parts:
                parts[-1] += label
            else:
                parts.append(label)
        else:
            parts.append(str(step))
            node = node.get(step) if isinstance(node, dict) else None
    return " > ".join(parts) if parts else "top level"


def _best_error(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """Pick the most specific error: the deepest one inside if/then/allOf branches."""
    return jsonschema.exceptions.best_match([error]) if error.context else error


def _message(error: jsonschema.ValidationError) -> str:
    if error.validator == "required":
        missing = [name for name in error.validator_value if name not in (error.instance or {})]
        return f"missing required field '{missing[0]}'" if missing else error.message
    if error.validator == "additionalProperties":
        return f"unknown field: {error.message.split('(')[-1].rstrip(')')}"
    if error.validator == "type":
        return f"should be of type {error.validator_value}, got {json.dumps(error.instance)}"
    if error.validator == "enum":
        allowed = ", ".join(map(str, error.validator_value))
        return f"{json.dumps(error.instance)} is not one of: {allowed}"
    return error.message


def validate_document(document: Any, path: Path | str, schema_name: str = "content") -> None:
    """Validate ``document`` against a schema; raise ContentError on the first problem found."""
    if document is None:
        raise ContentError(path, "", "file is empty")
    validator = jsonschema.Draft202012Validator(
        load_schema(schema_name), registry=schema_registry()
    )
    errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.path)))
    if errors:
        error = _best_error(errors[0])
        raise ContentError(path, describe_location(document, list(error.path)), _message(error))


def _duplicates(ids: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    repeated: list[str] = []
    for item_id in ids:
        if item_id in seen and item_id not in repeated:
            repeated.append(item_id)
        seen.add(item_id)
    return repeated


def _check_unique(path: Path | str, where: str, items: list[dict[str, Any]]) -> None:
    repeated = _duplicates(item["id"] for item in items)
    if repeated:
        raise ContentError(path, where, f"duplicate id '{repeated[0]}'")


def _check_question(path: Path | str, where: str, question: dict[str, Any]) -> None:
    kind = question["kind"]
    if kind in ("single", "multiple"):
        options = question["options"]
        _check_unique(path, f"{where} > options", options)
        correct = [option for option in options if option.get("correct")]
        if kind == "single" and len(correct) != 1:
            raise ContentError(
                path,
                f"{where} > options",
                f"a single-choice question needs exactly one option with 'correct: true', "
                f"found {len(correct)} (the answer must be among the options)",
            )
        if kind == "multiple" and not correct:
            raise ContentError(
                path,
                f"{where} > options",
                "a multiple-select question needs at least one option with 'correct: true' "
                "(the answer must be among the options)",
            )
    elif kind == "numeric":
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


def _check_exercise_week(path: Path | str, where: str, week: dict[str, Any]) -> None:
    """A week of an exercise's plan is either ab or core work (sets) or an easy walk (minutes)."""
    if ("sets" in week) == ("minutes" in week):
        raise ContentError(
            path, where, "a week needs 'sets' (ab or core work) or 'minutes' (a walk), not both"
        )
    if "minutes" in week and ("reps" in week or "seconds" in week):
        raise ContentError(path, where, "'reps' and 'seconds' go with 'sets', not with 'minutes'")


def check_semantics(document: dict[str, Any], path: Path | str) -> None:
    """Rules a JSON schema cannot state: unique ids, answers present among the options."""
    for section in ("quizzes", "checklists", "exercises"):
        _check_unique(path, section, document.get(section, []))
    checklist_ids = {item["id"] for item in document.get("checklists", [])}
    for index, exercise in enumerate(document.get("exercises", [])):
        if exercise["checklist"] not in checklist_ids:
            where = describe_location(document, ["exercises", index, "checklist"])
            raise ContentError(
                path, where, f"no checklist with id '{exercise['checklist']}' in this file"
            )
        for w_index, week in enumerate(exercise.get("weeks", [])):
            _check_exercise_week(
                path, describe_location(document, ["exercises", index, "weeks", w_index]), week
            )
    check_figures(document, path, "exercises")
    for section in ("quizzes", "checklists"):
        items = document.get(section, [])
        for index, item in enumerate(items):
            where = describe_location(document, [section, index])
            children = "questions" if section == "quizzes" else "cues"
            _check_unique(path, f"{where} > {children}", item[children])
            if section == "quizzes":
                for q_index, question in enumerate(item["questions"]):
                    q_where = describe_location(document, [section, index, "questions", q_index])
                    _check_question(path, q_where, question)


@lru_cache(maxsize=64)
def _load_cached(resolved: str, mtime_ns: int) -> dict[str, Any]:
    document = read_yaml(resolved)
    validate_document(document, resolved)
    check_semantics(document, resolved)
    return document


def load_content(path: Path | str) -> dict[str, Any]:
    """Read and validate a chapter's content file. Raises ContentError naming what is wrong."""
    path = Path(path)
    if not path.is_file():
        raise ContentError(path, "", f"file not found (looked in {Path.cwd()})")
    return _load_cached(str(path), path.stat().st_mtime_ns)


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


def main(argv: Sequence[str] | None = None) -> int:
    """Check content files from the command line: ``python -m abcourse.content FILE...``."""
    import sys

    paths = list(argv if argv is not None else sys.argv[1:])
    if not paths:
        print("usage: python -m abcourse.content book/data/FILE.yml ...", file=sys.stderr)
        return 2
    failed = 0
    for path in paths:
        try:
            load_content(path)
        except ContentError as error:
            failed += 1
            print(error, file=sys.stderr)
        else:
            print(f"{path}: ok")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
