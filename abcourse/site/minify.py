"""Smaller files for the built site, made by esbuild (pinned in ``package-lock.json``).

A phone at the gym loads each page over a weak signal and keeps the whole course for offline use,
so the site's own JavaScript and CSS go out minified: the widgets' modules and stylesheets
(``widget_pages``) and the sidebar's progress module, bundled into one file with the course's
data (``course_progress``). Comments and long names are for the people who read the source;
the source in ``abcourse/widgets/js`` stays as it is, and so does what a notebook's kernel sends
to JupyterLab.

esbuild writes nothing newer than ES2022, the language the modules are type-checked against
(``tsconfig.json``), so a minified file runs wherever its source does.
"""

from __future__ import annotations

import functools
import subprocess
from pathlib import Path

#: the repository's own copy, installed by ``npm ci`` (``scripts/setup.sh``)
ESBUILD = Path(__file__).resolve().parents[2] / "node_modules" / ".bin" / "esbuild"
#: the newest language a minified file may use: what the modules are checked against
TARGET = "es2022"
LOADERS = {".js": "js", ".mjs": "js", ".css": "css"}


class MinifyError(RuntimeError):
    """esbuild is not installed, or could not read a file it was given."""


def _esbuild(arguments: list[str], source: str, name: str, cwd: Path | None = None) -> str:
    """esbuild's output for ``source``; an error names the file (``name``) it was made from."""
    if not ESBUILD.is_file():
        raise MinifyError(f"esbuild is not installed at {ESBUILD}: run 'npm ci' (scripts/setup.sh)")
    run = subprocess.run(
        [str(ESBUILD), f"--target={TARGET}", "--log-level=error", *arguments],
        input=source,
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )
    if run.returncode != 0:
        raise MinifyError(f"{name}: {run.stderr.strip()[-2000:]}")
    return run.stdout


@functools.lru_cache(maxsize=256)
def minified(source: str, suffix: str, name: str) -> str:
    """``source`` (a module or a stylesheet, by its file's ``suffix``) minified.

    ``name`` says which file it is in an error. Each text is minified once a build: every page
    that shows a widget hands the host the same module."""
    loader = LOADERS.get(suffix)
    if loader is None:
        raise MinifyError(f"{name}: cannot minify a {suffix!r} file")
    esm = ["--format=esm"] if loader == "js" else []
    return _esbuild(["--minify", f"--loader={loader}", *esm], source, name)


def bundled(entry: str, folder: Path, name: str) -> str:
    """One minified ES module from ``entry`` (a module's text) and everything it imports, its
    relative imports read from ``folder``; ``name`` says which file it is in an error."""
    arguments = ["--bundle", "--minify", "--format=esm", f"--sourcefile={name}"]
    return _esbuild(arguments, entry, name, cwd=folder)
