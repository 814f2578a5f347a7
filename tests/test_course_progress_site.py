"""The site's module for the sidebar's progress: the course's data it carries (each cause chapter
in the manifest's order with the checklists its self-test reads, the plan, the self-tests' data
files) and the module, bundled with all it imports into one minified file that parses. The box
itself is tested in a browser (``browser/test_course_progress.py``)."""

from __future__ import annotations

import json
import re
import subprocess

import pytest

from abcourse.data.course import course
from abcourse.site.course_progress import (
    JS_DIR,
    SIDEBAR,
    course_data,
    module_text,
    use_sidebar,
)
from abcourse.site.minify import MinifyError, bundled

from .support import DATA


def test_the_data_names_each_cause_chapter_in_order_and_the_plan() -> None:
    data = course_data(DATA)
    manifest = course()
    assert [cause["chapter"] for cause in data["causes"]] == [
        chapter.notebook for chapter in manifest.chapters
    ]
    assert [cause["selfTest"] for cause in data["causes"]] == [
        chapter.self_test or None for chapter in manifest.chapters
    ]
    assert data["plan"] == {"chapter": manifest.plan.notebook, "title": manifest.plan.title}
    # the form self-test reads its chapter's checklists; the others read the data files
    form = next(cause for cause in data["causes"] if cause["selfTest"] == "form")
    assert form["checklists"] and all(checklist["cues"] for checklist in form["checklists"])
    assert set(data["data"]) == {"norms", "redflags", "progression"}
    assert all(data["data"].values())


def test_the_module_carries_the_data_and_fills_the_box_on_load() -> None:
    data = course_data(DATA)
    text = module_text(data)
    call = re.search(r"^mountCourseProgress\((.*)\);$", text, re.MULTILINE)
    assert call, "the module ends with the call that fills the box"
    assert json.loads(call.group(1)) == data
    assert text.startswith('import { mountCourseProgress } from "./course_progress.js";')


def test_the_served_module_is_one_minified_file_that_parses(tmp_path) -> None:
    source = module_text(course_data(DATA))
    module = bundled(source, JS_DIR, "start.js")
    # everything it imports is inside it: the page loads one file
    assert not re.search(r"^\s*import\b|\bfrom\s*[\"']\.", module, re.MULTILINE)
    assert "recordVisit" not in module, "names are shortened"
    assert len(module) < len(source) + sum(len(path.read_text()) for path in JS_DIR.rglob("*.js"))
    # the course's words are in it unchanged
    assert json.dumps(course_data(DATA)["plan"]["title"])[1:-1] in module
    path = tmp_path / "progress.mjs"
    path.write_text(module, encoding="utf-8")
    subprocess.run(["node", "--check", str(path)], check=True, capture_output=True)


def test_a_module_esbuild_cannot_read_is_an_error_that_names_it(tmp_path) -> None:
    (tmp_path / "entry.js").write_text("export const x = ;\n", encoding="utf-8")
    with pytest.raises(MinifyError, match=r"(?s)the broken module: .*Unexpected.*entry\.js:1"):
        bundled('import { x } from "./entry.js";\nx;\n', tmp_path, "the broken module")


def test_the_box_goes_in_every_sidebar_unless_the_book_sets_its_own() -> None:
    class Config:
        html_sidebars: dict = {}

    config = Config()
    use_sidebar(None, config)
    assert config.html_sidebars == {"**": SIDEBAR}
    assert SIDEBAR.index("abcourse-progress.html") == SIDEBAR.index("search-button-field.html") + 1
    own = Config()
    own.html_sidebars = {"**": ["sbt-sidebar-nav.html"]}
    use_sidebar(None, own)
    assert own.html_sidebars == {"**": ["sbt-sidebar-nav.html"]}
