"""The citation keys a self-test's data file names: each must be listed under its ``sources``."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .files import ContentError, describe_location


def _source_keys(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    return [value] if isinstance(value, str) else list(value)


def cited_sources(document: dict[str, Any]) -> Iterator[tuple[list[str | int], str]]:
    """Every citation key a data file uses, with the JSON path of the field that names it."""

    def walk(node: Any, path: list[str | int]) -> Iterator[tuple[list[str | int], str]]:
        if isinstance(node, dict):
            for name, value in node.items():
                if name in ("source", "introSource"):
                    for key in _source_keys(value):
                        yield [*path, name], key
                elif name != "sources":
                    yield from walk(value, [*path, name])
        elif isinstance(node, list):
            for index, item in enumerate(node):
                yield from walk(item, [*path, index])

    yield from walk(document, [])


def check_sources(document: dict[str, Any], path: Path | str) -> None:
    labels = document.get("sources", {})
    for field_path, key in cited_sources(document):
        if key not in labels:
            where = describe_location(document, field_path)
            raise ContentError(path, where, f"source '{key}' is not listed under 'sources'")
