"""What the test modules share: the repository's paths, the strict book build, data-file helpers."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from abcourse.data.course import course
from abcourse.data.files import ContentError

REPO = Path(__file__).resolve().parents[1]
BOOK = REPO / "book"
DATA = BOOK / "data"
#: the cause chapters' notebooks in order, from the course manifest (book/data/course.yml)
CHAPTERS = [chapter.notebook for chapter in course().chapters]


@dataclass
class Build:
    """One run of ``jupyter-book build`` into a folder of its own."""

    output: Path
    returncode: int
    log: str
    seconds: float

    @property
    def html(self) -> Path:
        return self.output / "_build" / "html"


STRICT = ("-W", "-n", "--keep-going")


def run_build(output: Path | None, *extra: str, source: Path = REPO, strict: bool = True) -> Build:
    """The strict build the README documents, into ``output`` (warnings are errors).

    ``source`` is the book to build: the course, or a small book a test writes itself; with
    ``output`` None it builds into the book's own ``_build``. ``strict=False`` is for a test
    that reads a warning from the log rather than failing on it.
    """
    command = [
        str(Path(sys.executable).with_name("jupyter-book")),
        "build",
        "--all",
        *(STRICT if strict else ()),
        *(("--path-output", str(output)) if output is not None else ()),
        *extra,
        str(source),
    ]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    seconds = time.perf_counter() - started
    return Build(output or source, result.returncode, result.stdout + result.stderr, seconds)


def copy_course(target: Path) -> Path:
    """A copy of the course's sources at ``target``, without builds, environments or caches."""
    ignore = shutil.ignore_patterns(
        "_build", ".venv", ".git", "node_modules", "__pycache__", ".ipynb_checkpoints"
    )
    shutil.copytree(REPO, target, ignore=ignore)
    return target


def write_yaml(folder: Path, document: object, name: str) -> Path:
    """Write ``document`` as the data file ``folder/name``, in the order it was given."""
    path = folder / name
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def broken_file_error(
    load: Callable[[Path], object],
    document: dict[str, Any],
    change: Callable[[dict[str, Any]], object],
    path: Path,
) -> ContentError:
    """Write a copy of ``document`` changed by ``change`` to ``path``; loading it must fail.

    The error must name the file; the caller checks the place and the message it gives.
    """
    document = copy.deepcopy(document)
    change(document)
    write_yaml(path.parent, document, path.name)
    with pytest.raises(ContentError) as caught:
        load(path)
    assert caught.value.path == str(path)
    assert str(caught.value).startswith(f"{path}: ")
    return caught.value
