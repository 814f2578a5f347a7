"""Widget classes: traits carry the content in and the learner's results out; each ES module is
bundled into one string with no imports left."""

from __future__ import annotations

import base64
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from abcourse import widgets
from abcourse.data.files import ContentError
from abcourse.widgets import (
    BalanceRatios,
    Checklist,
    EnduranceTest,
    FormScore,
    ProgressionCheck,
    Quiz,
    RedFlagChecker,
    YourPlan,
)
from abcourse.widgets.base import JS_DIR, CourseWidget
from abcourse.widgets.bundle import BundleError, bundle_module

from .test_content import VALID, write


def test_quiz_traits_from_file(tmp_path) -> None:
    path = write(tmp_path, VALID)
    quiz = Quiz.from_file(path, "basics")
    assert quiz.chapter == "01-test"
    assert quiz.quiz["title"] == "Basics"
    assert quiz.score == {"correct": 0, "answered": 0, "total": 3}
    state = quiz.get_state()
    for name in ("quiz", "chapter", "answers", "checked", "score", "_esm", "_css"):
        assert name in state, name


def test_results_arrive_as_traits(tmp_path) -> None:
    quiz = Quiz.from_file(write(tmp_path, VALID), "basics")
    quiz.set_state(
        {"answers": {"pick-one": "a"}, "score": {"correct": 1, "answered": 1, "total": 3}}
    )
    assert quiz.answers == {"pick-one": "a"}
    assert quiz.score["correct"] == 1


def test_checklist_missing_cues(tmp_path) -> None:
    checklist = Checklist.from_file(write(tmp_path, VALID), "plank")
    assert [cue["id"] for cue in checklist.missing] == ["line"]
    checklist.checked = ["line"]
    assert checklist.missing == []


def test_unknown_id_is_a_content_error(tmp_path) -> None:
    with pytest.raises(ContentError, match="no item with id 'nope'"):
        Quiz.from_file(write(tmp_path, VALID), "nope")


#: what each widget's bundled module must hold: its logic functions, its saved record, its styles
MODULES = {
    Quiz: ["function render"],
    Checklist: ["function render"],
    EnduranceTest: ["assessEndurance", 'selfTestKey("endurance")'],
    BalanceRatios: ["assessRatios", 'selfTestKey("endurance")'],
    FormScore: ["function assessForm", "function rangeChart", "onRecordChange", ".abc-form-score"],
    RedFlagChecker: ['role: "alert"', 'selfTestKey("redflags")', ".abc-redflag-alert"],
    ProgressionCheck: ["assessProgression"],
    YourPlan: [
        f"function {name}("
        for name in ("assessEndurance", "assessRatios", "assessForm", "triage", "assessProgression")
    ],
}


def test_every_widget_class_is_listed() -> None:
    assert {widget.__name__ for widget in MODULES} == set(widgets.__all__)


@pytest.mark.parametrize("widget", MODULES, ids=lambda widget: widget.__name__)
def test_module_is_self_contained(widget) -> None:
    source = widget._esm
    assert not re.search(r"^import\s", source, re.MULTILINE), "a local import was left in"
    assert source.count("export default") == 1
    assert ".abc-widget" in widget._css
    for needed in MODULES[widget]:
        assert needed in (widget._css if needed.startswith(".") else source), needed


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
@pytest.mark.parametrize("widget", MODULES, ids=lambda widget: widget.__name__)
def test_bundled_module_parses(tmp_path, widget) -> None:
    """Inlined modules share one scope: a name declared twice would be a syntax error."""
    module = tmp_path / f"{widget.__name__}.mjs"
    module.write_text(widget._esm, encoding="utf-8")
    subprocess.run(["node", "--check", str(module)], check=True, capture_output=True)


def test_bundle_refuses_imports_it_cannot_inline(tmp_path: Path) -> None:
    entry = tmp_path / "w.js"
    entry.write_text('import x from "https://example.org/x.js";\nexport default {};\n')
    with pytest.raises(ValueError, match="only 'import"):
        bundle_module(entry)


def test_bundle_inlines_each_dependency_once(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    (lib / "a.js").write_text("export function a() { return 1; }\n")
    (lib / "b.js").write_text('import { a } from "./a.js";\nexport const b = () => a();\n')
    entry = tmp_path / "w.js"
    entry.write_text(
        'import { a } from "./lib/a.js";\nimport { b } from "./lib/b.js";\n'
        "export default { render() { return a() + b(); } };\n"
    )
    bundled = bundle_module(entry)
    assert bundled.count("function a()") == 1
    assert "export function" not in bundled and "export const" not in bundled
    assert (
        bundled.index("function a()") < bundled.index("const b =") < bundled.index("export default")
    )


def test_bundle_keeps_each_module_in_its_own_scope(tmp_path: Path) -> None:
    lib = tmp_path / "lib"
    lib.mkdir()
    # the same private name in two modules, and an import renamed with `as`
    (lib / "a.js").write_text(
        'function label(x) { return "a" + x; }\nexport function a(x) { return label(x); }\n'
    )
    (lib / "b.js").write_text(
        'import { a as fromA } from "./a.js";\n'
        'function label(x) { return "b" + x; }\n'
        "export const b = (x) => label(fromA(x));\nexport const B_ONLY = 2;\n"
    )
    entry = tmp_path / "w.js"
    entry.write_text(
        'import { a } from "./lib/a.js";\nimport { b, B_ONLY } from "./lib/b.js";\n'
        "export default { render() { return [a(1), b(2), B_ONLY]; } };\n"
    )
    bundled = bundle_module(entry)
    assert bundled.count("function label") == 2 and bundled.count("const __mod_a =") == 1
    # the bundle is a module of its own: node imports it from a data URL and renders it
    encoded = json.dumps(base64.b64encode(bundled.encode()).decode())
    script = (
        f"const url = 'data:text/javascript;base64,' + {encoded};\n"
        "const widget = (await import(url)).default;\n"
        "console.log(JSON.stringify(widget.render()));\n"
    )
    result = subprocess.run(
        ["node", "--input-type=module"], input=script, capture_output=True, text=True, check=True
    )
    assert json.loads(result.stdout) == ["a1", "ba2", 2]


def test_bundle_follows_the_widget_layout(tmp_path: Path) -> None:
    """An entry imports from logic/ and ui/; a ui module reaches logic/ with "../", its names on
    several lines (as the formatter writes a long import)."""
    (tmp_path / "logic").mkdir()
    (tmp_path / "ui").mkdir()
    (tmp_path / "logic" / "a.js").write_text("export function a() { return 1; }\n")
    (tmp_path / "logic" / "b.js").write_text("export const b = 2;\n")
    (tmp_path / "ui" / "v.js").write_text(
        'import {\n  a,\n} from "../logic/a.js";\nimport { b as two } from "../logic/b.js";\n'
        "export function v() { return a() + two; }\n"
    )
    entry = tmp_path / "w.js"
    entry.write_text(
        'import { a } from "./logic/a.js";\nimport { v } from "./ui/v.js";\n'
        "export default { render() { return [a(), v()]; } };\n"
    )
    bundled = bundle_module(entry)
    assert bundled.count("function a()") == 1 and "const { a } = __mod_a;" in bundled
    assert "const { b: two } = __mod_b;" in bundled
    assert not re.search(r"^import\s", bundled, re.MULTILINE)


@pytest.mark.parametrize(
    "source",
    [
        'import * as x from "./lib/x.js";\n',
        'import { a } from "./lib/x.js"; import { b } from "./lib/y.js";\n',
        "export { a };\n",
        "export const { a, b } = {};\n",
    ],
)
def test_bundle_refuses_forms_it_cannot_inline(tmp_path: Path, source: str) -> None:
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / "x.js").write_text(source)
    entry = tmp_path / "w.js"
    entry.write_text('import { a } from "./lib/x.js";\nexport default {};\n')
    with pytest.raises(BundleError):
        bundle_module(entry)


def _widget_classes(base: type) -> list[type]:
    found = []
    for cls in base.__subclasses__():
        if cls.__dict__.get("module_file"):
            found.append(cls)
        found.extend(_widget_classes(cls))
    return found


def test_every_synced_trait_the_python_side_sets_is_read_by_the_module() -> None:

    classes = _widget_classes(CourseWidget)
    assert len(classes) >= 8
    for cls in classes:
        source = (JS_DIR / cls.module_file).read_text(encoding="utf-8")
        for name in ("chapter", "unit"):
            if name in cls.class_trait_names():
                assert f'model.get("{name}")' in source, f"{cls.__name__}.{name} is never read"
