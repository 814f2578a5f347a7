"""Load any of the course's data files (YAML): read, check against its schema, check ids, cache.

Every data file in ``book/data/`` is data a course author edits without touching code: the course
manifest, the chapters' content files and the self-tests' data files. They all go through
:func:`load`, so every problem is reported the same way, as a :class:`ContentError` that names the
file, the item (by its id where it has one) and the field, and each file is read once until it
changes. Check files from the command line with ``python -m abcourse.data book/data/*.yml``.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml
from referencing import Registry, Resource

from . import pose_vocabulary as vocabulary

#: a path into a document; ``"*"`` stands for every item of a list
FieldPath = tuple[str | int, ...]


class ContentError(ValueError):
    """A data file is missing, unreadable or breaks its schema or the course's rules."""

    def __init__(self, path: Path | str, location: str, message: str) -> None:
        self.path = str(path)
        self.location = location
        self.message = message
        where = f"{self.path}: {location}" if location else self.path
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class DataKind:
    """One kind of data file: its schema, the lists whose ids must be unique, its own rules."""

    #: the schema's name in ``abcourse/data/schema`` (``content`` is ``content.schema.json``)
    schema: str
    #: the file names this kind has, for the command-line check (``fnmatch`` patterns)
    names: tuple[str, ...]
    #: the lists whose items' ``id`` must be unique, as paths into the document
    unique: tuple[FieldPath, ...] = ()
    #: rules a JSON schema cannot state; it raises ContentError
    check: Callable[[dict[str, Any], Path | str], None] | None = None


#: the lists of names a schema takes from the pose vocabulary rather than spelling them again:
#: a ``$defs`` entry with ``"x-vocabulary": "parts"`` gets ``"enum": PARTS``
VOCABULARY = {
    "parts": vocabulary.PARTS,
    "segments": vocabulary.SEGMENTS,
    "movers": vocabulary.MOVERS,
}


def _with_vocabulary(schema: dict[str, Any]) -> dict[str, Any]:
    """The schema with each ``x-vocabulary`` definition given its list of names as an enum."""
    for definition in schema.get("$defs", {}).values():
        if "x-vocabulary" in definition:
            definition["enum"] = list(dict.fromkeys(VOCABULARY[definition["x-vocabulary"]]))
    return schema


def _read_schema(item: Any) -> dict[str, Any]:
    return _with_vocabulary(json.loads(item.read_text("utf-8")))


@cache
def load_schema(name: str) -> dict[str, Any]:
    """Return one of the JSON schemas shipped in ``abcourse/data/schema``."""
    return _read_schema(resources.files(__package__).joinpath(f"schema/{name}.schema.json"))


@cache
def schema_registry() -> Registry:
    """Every shipped schema by its ``$id``, so one can use another's parts (the figures')."""
    folder = resources.files(__package__).joinpath("schema")
    schemas = [_read_schema(item) for item in folder.iterdir() if item.name.endswith(".json")]
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


def _step_label(node: Any, index: int) -> str:
    """``[2]``, or ``[2] (id 'q3')`` when the item has an id, which is what an author searches."""
    label = f"[{index}]"
    if isinstance(node, dict) and isinstance(node.get("id"), str):
        label += f" (id '{node['id']}')"
    return label


def describe_location(document: Any, field_path: Sequence[str | int]) -> str:
    """Spell a JSON path as ``quizzes[0] (id 'basics') > questions[2] (id 'q3') > options``."""
    parts: list[str] = []
    node = document
    for step in field_path:
        if isinstance(step, int):
            try:
                node = node[step]
            except (IndexError, KeyError, TypeError):
                node = None
            label = _step_label(node, step)
            if parts:
                parts[-1] += label
            else:
                parts.append(label)
        else:
            parts.append(str(step))
            node = node.get(step) if isinstance(node, dict) else None
    return " > ".join(parts) if parts else "top level"


def _choices(error: jsonschema.ValidationError) -> list[Any] | None:
    """The values of a closed list written as a ``oneOf`` of ``const`` (each with its own
    description), or None for any other ``oneOf``."""
    if error.validator != "oneOf" or not isinstance(error.validator_value, list):
        return None
    branches = error.validator_value
    if not all(isinstance(branch, dict) and "const" in branch for branch in branches):
        return None
    return [branch["const"] for branch in branches]


def _best_error(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """Pick the most specific error: the deepest one inside if/then/allOf branches (a value
    outside a closed list is its own error: it names the list)."""
    if _choices(error) is not None:
        return error
    return jsonschema.exceptions.best_match([error]) if error.context else error


def _message(error: jsonschema.ValidationError) -> str:
    if error.validator == "required":
        missing = [name for name in error.validator_value if name not in (error.instance or {})]
        return f"missing required field '{missing[0]}'" if missing else error.message
    if error.validator == "additionalProperties":
        return f"unknown field: {error.message.split('(')[-1].rstrip(')')}"
    if error.validator == "type":
        return f"should be of type {error.validator_value}, got {json.dumps(error.instance)}"
    allowed = error.validator_value if error.validator == "enum" else _choices(error)
    if allowed is not None:
        return f"{json.dumps(error.instance)} is not one of: {', '.join(map(str, allowed))}"
    return error.message


def validate_document(document: Any, path: Path | str, schema_name: str) -> None:
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


def _lists_at(node: Any, field_path: FieldPath, where: FieldPath = ()) -> Iterator[FieldPath]:
    """The concrete paths of the lists ``field_path`` names, ``"*"`` taking every item."""
    if not field_path:
        if isinstance(node, list):
            yield where
        return
    step, rest = field_path[0], field_path[1:]
    if step == "*":
        for index, item in enumerate(node if isinstance(node, list) else []):
            yield from _lists_at(item, rest, (*where, index))
    elif isinstance(node, dict) and step in node:
        yield from _lists_at(node[step], rest, (*where, step))


def item_at(document: Any, field_path: Sequence[str | int]) -> Any:
    """The node at a concrete path."""
    node = document
    for step in field_path:
        node = node[step]
    return node


def check_unique_ids(document: Any, path: Path | str, field_path: FieldPath) -> None:
    """Each item of the lists at ``field_path`` has an ``id`` no other item of its list has."""
    for list_path in _lists_at(document, field_path):
        seen: set[str] = set()
        for index, item in enumerate(item_at(document, list_path)):
            if item["id"] in seen:
                where = describe_location(document, [*list_path, index])
                raise ContentError(path, where, f"duplicate id '{item['id']}'")
            seen.add(item["id"])


@lru_cache(maxsize=64)
def _load_cached(resolved: str, mtime_ns: int, kind: DataKind) -> dict[str, Any]:
    document = read_yaml(resolved)
    validate_document(document, resolved, kind.schema)
    for field_path in kind.unique:
        check_unique_ids(document, resolved, field_path)
    if kind.check is not None:
        kind.check(document, resolved)
    return document


def load(path: Path | str, kind: DataKind) -> dict[str, Any]:
    """Read and check a data file of ``kind``; read again only when the file has changed.

    The document is shared between callers: copy it before changing it.
    """
    path = Path(path)
    if not path.is_file():
        raise ContentError(path, "", f"file not found (looked in {Path.cwd()})")
    return _load_cached(str(path), path.stat().st_mtime_ns, kind)
