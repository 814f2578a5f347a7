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
from abcourse.site.course_progress import SIDEBAR, course_data, module_text, use_sidebar

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
    assert not re.search(r"^import\s", text, re.MULTILINE), "a local import was left in"
    assert "https://" not in text.replace(call.group(1), "")


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node.js")
def test_the_bundled_module_parses(tmp_path) -> None:
    module = tmp_path / "abcourse-progress.mjs"
    module.write_text(module_text(course_data(DATA)), encoding="utf-8")
    subprocess.run(["node", "--check", str(module)], check=True, capture_output=True)


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
