"""Inline a widget's local ES-module imports into one module string.

anywidget hands the browser a widget's module as a single string (loaded from a Blob URL), and a
Blob module cannot resolve ``./logic/x.js``. The modules stay separate files (``js/logic/``, the
rules without DOM or storage that ``node --test`` imports, and ``js/ui/``, the DOM, storage and
charts); this joins them at load time. Each inlined module keeps its own scope, as it has when
imported: its body runs inside a function that returns what it exports,

    const __mod_plan = (() => { ...body...; return { buildPlan, planSummary }; })();

and ``import { a, b as c } from "./logic/plan.js";`` (or ``"../logic/plan.js"`` from a ui module)
becomes ``const { a, b: c } = __mod_plan;``, its names on one line or several. So a module's
private names need to be unique only in that module. Each module is inlined once, after the
modules it imports; the entry keeps its own ``export``s. Only that one import form (and ``export``
of a function, class, const or let) is handled; anything else fails loudly.
"""

from __future__ import annotations

import re
from pathlib import Path

# a relative path: "./x.js", "./logic/x.js", "../logic/x.js"; the names may span several lines
LOCAL_IMPORT = re.compile(
    r'^import\s*\{([^}]*)\}\s*from\s*"(\.\.?/[^"]+\.js)";[ \t]*$', re.MULTILINE
)
ANY_IMPORT = re.compile(r"^\s*import\b(?!\s*\()", re.MULTILINE)
EXPORT_DECLARATION = re.compile(
    r"^export\s+((?:async\s+)?function\*?|class|const|let)\s+([A-Za-z_$][\w$]*)", re.MULTILINE
)
# a destructuring export (``export const { a } = ...``) would hide its names from the return list
EXPORT_DESTRUCTURING = re.compile(r"^export\s+(?:const|let|var)\s*[{\[]", re.MULTILINE)
ANY_EXPORT = re.compile(r"^\s*export\b", re.MULTILINE)
IDENTIFIER = re.compile(r"^[A-Za-z_$][\w$]*$")


class BundleError(ValueError):
    """A module uses an import or export form the bundler cannot inline."""


def _module_name(path: Path, used: dict[Path, str]) -> str:
    base = "__mod_" + re.sub(r"\W", "_", path.stem)
    name, count = base, 1
    while name in used.values():
        count += 1
        name = f"{base}_{count}"
    return name


def _bindings(path: Path, names: str) -> str:
    """``a, b as c`` -> ``a, b: c``, checking each name."""
    parts = []
    for item in filter(None, (part.strip() for part in names.split(","))):
        pieces = item.split()
        if len(pieces) == 1 and IDENTIFIER.match(pieces[0]):
            parts.append(pieces[0])
        elif len(pieces) == 3 and pieces[1] == "as" and all(map(IDENTIFIER.match, pieces[::2])):
            parts.append(f"{pieces[0]}: {pieces[2]}")
        else:
            raise BundleError(f"{path}: cannot inline the import of {item!r}")
    if not parts:
        raise BundleError(f"{path}: an import names nothing")
    return ", ".join(parts)


class _Bundle:
    def __init__(self) -> None:
        self.names: dict[Path, str] = {}
        self.parts: list[str] = []
        self.loading: set[Path] = set()

    def imports_of(self, path: Path, source: str) -> str:
        """Inline each local dependency once and turn its import into a destructuring."""

        def replace(match: re.Match[str]) -> str:
            dependency = (path.parent / match.group(2)).resolve()
            module = self.add(dependency)
            return f"const {{ {_bindings(path, match.group(1))} }} = {module};"

        body = LOCAL_IMPORT.sub(replace, source)
        if ANY_IMPORT.search(body):
            raise BundleError(f"{path}: only 'import {{...}} from \"./x.js\";' can be inlined")
        return body

    def add(self, path: Path) -> str:
        if path in self.names:
            return self.names[path]
        if path in self.loading:
            raise BundleError(f"{path}: modules that import each other cannot be inlined")
        self.loading.add(path)
        body = self.imports_of(path, path.read_text(encoding="utf-8"))
        if EXPORT_DESTRUCTURING.search(body):
            raise BundleError(f"{path}: cannot inline a destructuring export")
        exported = [match.group(2) for match in EXPORT_DECLARATION.finditer(body)]
        body = EXPORT_DECLARATION.sub(lambda match: f"{match.group(1)} {match.group(2)}", body)
        if ANY_EXPORT.search(body):
            raise BundleError(f"{path}: only 'export function|class|const|let name' can be inlined")
        name = _module_name(path, self.names)
        self.names[path] = name
        self.parts.append(
            f"// ---- {path.name}\nconst {name} = (() => {{\n{body.rstrip()}\n"
            f"return {{ {', '.join(exported)} }};\n}})();"
        )
        self.loading.discard(path)
        return name


def bundle_module(entry: Path) -> str:
    """Return ``entry`` with its local imports inlined; only the entry keeps its exports."""
    entry = entry.resolve()
    bundle = _Bundle()
    body = bundle.imports_of(entry, entry.read_text(encoding="utf-8"))
    return "\n".join([*bundle.parts, f"// ---- {entry.name}", body])
