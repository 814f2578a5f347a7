"""Inline a widget's local ES-module imports into one module string.

anywidget hands the browser a widget's module as a single string (loaded from a Blob URL), and a
Blob module cannot resolve ``./lib/x.js``. The pure-logic modules stay separate files so that
``node --test`` can import them; this joins them at load time. It handles only the one import form
the widgets use, ``import { a, b } from "./lib/x.js";``, and fails loudly on anything else.
"""

from __future__ import annotations

import re
from pathlib import Path

LOCAL_IMPORT = re.compile(r'^import\s*\{[^}]*\}\s*from\s*"(\./[^"]+\.js)";\s*$', re.MULTILINE)
ANY_IMPORT = re.compile(r"^import\s", re.MULTILINE)
EXPORT_KEYWORD = re.compile(r"^export\s+(?=(async\s+)?(function|const|let|class)\b)", re.MULTILINE)


def _inline(path: Path, seen: set[Path], keep_exports: bool) -> str:
    source = path.read_text(encoding="utf-8")
    parts: list[str] = []

    def replace(match: re.Match[str]) -> str:
        dependency = (path.parent / match.group(1)).resolve()
        if dependency in seen:
            return ""
        seen.add(dependency)
        parts.append(_inline(dependency, seen, keep_exports=False))
        return ""

    body = LOCAL_IMPORT.sub(replace, source)
    if ANY_IMPORT.search(body):
        raise ValueError(f"{path}: only 'import {{...}} from \"./x.js\";' can be inlined")
    if not keep_exports:
        body = EXPORT_KEYWORD.sub("", body)
    return "\n".join([*parts, f"// ---- {path.name}", body])


def bundle_module(entry: Path) -> str:
    """Return ``entry`` with its local imports inlined; only the entry keeps its exports."""
    entry = entry.resolve()
    return _inline(entry, {entry}, keep_exports=True)
