"""The site's module for the sidebar's progress: the course's data it carries (each cause chapter
in the manifest's order with the checklists its self-test reads, the plan, the self-tests' data
files) and the bundled module, which parses as one ES module and fills the box on load. The box
itself is tested in a browser (``browser/test_course_progress.py``)."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from abcourse.data.course import course
from abcourse.site.course_progress import (
    JS_DIR,
    SIDEBAR,
    course_data,
    module_files,
    module_text,
    use_sidebar,
)

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


def test_the_served_modules_are_the_entry_and_what_it_imports() -> None:
    names = {path.relative_to(JS_DIR).as_posix() for path in module_files()}
    assert {
        "course_progress.js",
        "logic/course_progress.js",
        "logic/plan.js",
        "ui/store.js",
    } <= names
    assert all((JS_DIR / name).is_file() for name in names)
    assert not any("https://" in (JS_DIR / name).read_text() for name in names if "import" in name)


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
def test_the_modules_parse(tmp_path) -> None:
    for path in module_files():
        subprocess.run(["node", "--check", str(path)], check=True, capture_output=True)
    start = tmp_path / "start.mjs"
    start.write_text(module_text(course_data(DATA)), encoding="utf-8")
    subprocess.run(["node", "--check", str(start)], check=True, capture_output=True)


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
