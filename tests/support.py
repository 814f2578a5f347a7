"""The repository's paths and the strict book build, shared by the test modules."""

from __future__ import annotations

import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
BOOK = REPO / "book"
DATA = BOOK / "data"
CHAPTERS = [
    "01-weak-core",
    "02-form-technique",
    "03-muscle-imbalances",
    "04-back-conditions",
    "05-overtraining-progression",
]


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


def run_build(output: Path, *extra: str, source: Path = REPO) -> Build:
    """The strict build the README documents, into ``output`` (warnings are errors).

    ``source`` is the book to build: the course, or a small book a test writes itself.
    """
    command = [
        str(Path(sys.executable).with_name("jupyter-book")),
        "build",
        "--all",
        "-W",
        "-n",
        "--keep-going",
        "--path-output",
        str(output),
        *extra,
        str(source),
    ]
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, cwd=REPO, check=False)
    seconds = time.perf_counter() - started
    return Build(output, result.returncode, result.stdout + result.stderr, seconds)
