"""The package's layers import one way: data <- figures <- widgets <- site; authoring apart.

In the style of click's import test: a fresh interpreter imports one layer and lists what it
loaded, so an import added anywhere that pulls a higher layer in fails here. A second check
reads every module's imports from its source and holds the whole graph to the same order, with
no cycle between modules.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "abcourse"

#: each layer and the layers it may import (besides itself)
MAY_IMPORT = {
    "data": set(),
    "figures": {"data"},
    "widgets": {"data", "figures"},
    "site": {"data", "figures"},
    "authoring": {"data"},
}

LOADED = """
import importlib, json, sys
importlib.import_module(sys.argv[1])
print(json.dumps(sorted(name for name in sys.modules if name.startswith("abcourse."))))
"""


def loaded_by(module: str) -> set[str]:
    """The package's layers a fresh interpreter has loaded after importing ``module``."""
    run = subprocess.run(
        [sys.executable, "-c", LOADED, module], capture_output=True, text=True, check=True
    )
    return {name.split(".")[1] for name in json.loads(run.stdout)}


@pytest.mark.parametrize("layer", MAY_IMPORT)
def test_importing_a_layer_loads_only_the_layers_below_it(layer) -> None:
    assert loaded_by(f"abcourse.{layer}") <= {layer, *MAY_IMPORT[layer]}


def module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """The package's modules that ``path`` imports, relative imports resolved."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = package.split(".")
            base = base[: len(base) - node.level + 1] if node.level else []
            target = ".".join([*base, *(node.module or "").split(".")]).strip(".")
            found.add(target)
            # "from . import body" imports the module abcourse.figures.body
            found |= {f"{target}.{alias.name}" for alias in node.names}
    return {item for item in found if item.startswith("abcourse.")}


def import_graph() -> dict[str, set[str]]:
    modules = {module_name(path): path for path in PACKAGE.rglob("*.py")}
    return {name: imports_of(path) & set(modules) for name, path in modules.items()}


def layer_of(module: str) -> str:
    return module.split(".")[1]


def test_every_import_points_down_the_layers() -> None:
    wrong = [
        f"{module} imports {target}"
        for module, targets in import_graph().items()
        if "." in module
        for target in targets
        if layer_of(target) not in {layer_of(module), *MAY_IMPORT[layer_of(module)]}
    ]
    assert not wrong


def test_no_module_imports_itself_round_a_circle() -> None:
    graph = {
        module: {t for t in targets if t != module and not module.startswith(f"{t}.")}
        for module, targets in import_graph().items()
    }
    try:
        list(TopologicalSorter(graph).static_order())
    except CycleError as error:
        pytest.fail(f"import cycle: {' -> '.join(error.args[1])}")


def test_the_layers_are_the_packages_folders() -> None:
    folders = {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    assert folders == set(MAY_IMPORT)
    assert [path.name for path in PACKAGE.glob("*.py")] == ["__init__.py"]
