"""The strict build, and the widget state kept through a rebuild served from the execution cache."""

from __future__ import annotations

import json
import re

import pytest

from .support import CHAPTERS, run_build

pytestmark = pytest.mark.build

STATE = re.compile(
    r'<script type="application/vnd.jupyter.widget-state\+json">(.*?)</script>', re.DOTALL
)


def embedded_models(html: str) -> list[dict]:
    match = STATE.search(html)
    assert match, "no widget state embedded in the page"
    return list(json.loads(match.group(1))["state"].values())


def test_strict_build_has_no_warning(built_site) -> None:
    assert built_site.returncode == 0
    # Sphinx's warnings read "WARNING: ..."; the kernel's own log lines ("WARNING | ...") are not
    # about the book and do not fail the build.
    warnings = [line for line in built_site.log.splitlines() if "WARNING:" in line]
    assert not warnings, "\n".join(warnings)
    assert (built_site.html / "index.html").is_file()


def test_widget_state_survives_a_cached_rebuild(built_site) -> None:
    rebuild = run_build(built_site.output)
    assert rebuild.returncode == 0, rebuild.log[-3000:]
    assert "Executing notebook" not in rebuild.log, "the rebuild should come from the cache"
    assert "Using cached notebook" in rebuild.log
    for chapter in CHAPTERS:
        html = (built_site.html / "book" / f"{chapter}.html").read_text(encoding="utf-8")
        models = [m for m in embedded_models(html) if m["model_name"] == "AnyModel"]
        assert models, f"{chapter}: no anywidget models embedded"
        for model in models:
            # the build moves each widget's module into a file of the site, named in the state,
            # minified: "export default {...}" becomes "export{x as default}"
            module = built_site.html / "book" / model["state"]["_esm"]
            text = module.read_text(encoding="utf-8")
            assert re.search(r"export\s*(default\b|\{[^}]*\bas default\b)", text), text[-200:]
        # the quizzes and checklists, which scope their saved progress by chapter, name this one
        assert {m["state"]["chapter"] for m in models if "chapter" in m["state"]} == {chapter}
