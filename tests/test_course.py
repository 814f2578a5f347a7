"""The course manifest (book/data/course.yml): it agrees with _toc.yml and the notebooks' titles,
names files that exist, answers the lookups the widgets need, and a broken one gives an error that
names the file and the place."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import nbformat
import pytest
import yaml

from abcourse.data.course import COURSE_FILE, Chapter, course
from abcourse.data.files import ContentError, item_at
from abcourse.data.red_flags import load_red_flags
from abcourse.data.self_tests import load_norms
from abcourse.widgets import YourPlan

from .support import BOOK, DATA, REPO, broken_file_error

HEADING = re.compile(r"^#\s+(.+?)\s*$", re.MULTILINE)
COURSE = course()


def heading(notebook: Path) -> str:
    """The notebook's first ``# Title``, which the book shows as the chapter's name."""
    for cell in nbformat.read(notebook, as_version=4).cells:
        match = HEADING.search(cell.source) if cell.cell_type == "markdown" else None
        if match:
            return match.group(1)
    raise AssertionError(f"{notebook.name} has no '# Title'")


def test_the_manifest_is_the_course_file() -> None:
    assert COURSE_FILE == DATA / "course.yml"


def test_the_manifest_and_the_toc_list_the_same_notebooks_in_order() -> None:
    toc = yaml.safe_load((REPO / "_toc.yml").read_text(encoding="utf-8"))
    files = [entry["file"] for part in toc["parts"] for entry in part["chapters"]]
    notebooks = [file for file in files if (REPO / f"{file}.ipynb").is_file()]
    assert notebooks == [f"book/{notebook}" for notebook in COURSE.notebooks]
    # the cause chapters make up the first part of notebooks (the safety page's part comes
    # before it), and the plan opens the next
    parts = [[entry["file"] for entry in part["chapters"]] for part in toc["parts"]]
    notebook_parts = [part for part in parts if set(part) & set(notebooks)]
    assert notebook_parts[0] == [f"book/{c.notebook}" for c in COURSE.chapters]
    assert notebook_parts[1][0] == f"book/{COURSE.plan.notebook}"


@pytest.mark.parametrize("chapter", [*COURSE.chapters, COURSE.plan], ids=COURSE.notebooks)
def test_each_title_is_the_notebooks_heading(chapter: Chapter) -> None:
    assert chapter.title == heading(BOOK / f"{chapter.notebook}.ipynb")


@pytest.mark.parametrize("chapter", COURSE.chapters, ids=[c.id for c in COURSE.chapters])
def test_each_file_named_exists(chapter: Chapter) -> None:
    assert (BOOK / f"{chapter.notebook}.ipynb").is_file()
    for name in (chapter.content, chapter.self_test_data):
        assert not name or (DATA / name).is_file(), name


def test_the_chapters_are_the_five_causes_each_with_its_self_test() -> None:
    assert [(c.id, c.self_test) for c in COURSE.chapters] == [
        ("weak-core", "endurance"),
        ("form", "form"),
        ("imbalances", "ratios"),
        ("conditions", "redflags"),
        ("overtraining", "progression"),
    ]
    # the form score reads the chapter's own checklists; the others have a data file
    assert [c.self_test_data for c in COURSE.chapters] == [
        "norms.yml",
        "",
        "norms.yml",
        "red-flags.yml",
        "progression.yml",
    ]


def test_lookups() -> None:
    assert COURSE.host_of("ratios").notebook == "03-muscle-imbalances"
    assert COURSE.plan.href == "06-your-plan.html"
    with pytest.raises(KeyError, match="no chapter with self-test 'quiz'"):
        COURSE.host_of("quiz")


# ---- a broken manifest names the file and the place


@pytest.fixture()
def scratch_book(tmp_path) -> Path:
    """A copy of the manifest in a book folder that holds every file it names (empty)."""
    data = tmp_path / "book" / "data"
    data.mkdir(parents=True)
    shutil.copy(COURSE_FILE, data / "course.yml")
    for notebook in COURSE.notebooks:
        (tmp_path / "book" / f"{notebook}.ipynb").touch()
    for chapter in COURSE.chapters:
        for name in filter(None, (chapter.content, chapter.self_test_data)):
            (data / name).touch()
    return data / "course.yml"


def chapter(document: dict, index: int) -> dict:
    return document["chapters"][index]


def place(index: int, *fields: str) -> str:
    """How an error names a chapter's field: ``chapters[2] (id 'imbalances') > selfTest``."""
    return " > ".join([f"chapters[{index}] (id '{COURSE.chapters[index].id}')", *fields])


def break_manifest(path: Path, change) -> ContentError:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return broken_file_error(course, document, change, path)


#: each mistake: the change to the manifest, the place the error names and its message
BROKEN = {
    "no-title": (lambda d: chapter(d, 1).pop("title"), place(1), "missing required field 'title'"),
    "unknown-self-test": (
        lambda d: chapter(d, 2)["selfTest"].update(id="balance"),
        place(2, "selfTest", "id"),
        '"balance" is not one of: endurance, form, ratios, redflags, progression',
    ),
    "duplicate-id": (
        lambda d: chapter(d, 3).update(id="weak-core"),
        "chapters[3] (id 'weak-core')",
        "duplicate id 'weak-core'",
    ),
    "self-test-twice": (
        lambda d: chapter(d, 2)["selfTest"].update(id="endurance"),
        place(2, "selfTest", "id"),
        "'endurance' is already chapters[0]'s",
    ),
    "notebook-twice": (
        lambda d: d["plan"].update(notebook="05-overtraining-progression"),
        "plan > notebook",
        "notebook '05-overtraining-progression' is another chapter's",
    ),
    "misspelt-field": (
        lambda d: chapter(d, 0).update(selftest={"id": "endurance"}),
        place(0),
        "unknown field: 'selftest'",
    ),
    "no-plan": (lambda d: d.pop("plan"), "top level", "missing required field 'plan'"),
}


@pytest.mark.parametrize(("change", "where", "message"), BROKEN.values(), ids=list(BROKEN))
def test_a_broken_manifest_names_the_file_and_the_place(scratch_book, change, where, message):
    error = break_manifest(scratch_book, change)
    assert error.location == where
    assert message in error.message


@pytest.mark.parametrize(
    ("index", "fields", "file"),
    [
        (0, ["content"], "01-missing.yml"),
        (4, ["selfTest", "data"], "progress.yml"),
        (1, ["notebook"], "02-form"),
    ],
    ids=["content", "self-test-data", "notebook"],
)
def test_a_file_that_does_not_exist_is_named_at_its_field(scratch_book, index, fields, file):
    def change(document: dict) -> None:
        item_at(chapter(document, index), fields[:-1])[fields[-1]] = file

    error = break_manifest(scratch_book, change)
    assert error.location == place(index, *fields)
    name = file if file.endswith(".yml") else f"{file}.ipynb"
    assert error.message.startswith(f"no file {name} in ")


def test_the_plan_reads_each_self_tests_data_file_the_manifest_names(tmp_path) -> None:
    """Rename the red-flag checker's data file in a copy of the data, in the manifest and in the
    stop rules that read its signs: the plan follows."""
    data = tmp_path / "book" / "data"
    shutil.copytree(DATA, data)
    for notebook in COURSE.notebooks:
        (tmp_path / "book" / f"{notebook}.ipynb").touch()
    (data / "red-flags.yml").rename(data / "warning-signs.yml")
    document = yaml.safe_load((data / "course.yml").read_text(encoding="utf-8"))
    for entry in document["chapters"]:
        if entry.get("selfTest", {}).get("id") == "redflags":
            entry["selfTest"]["data"] = "warning-signs.yml"
    (data / "course.yml").write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    stop_rules = data / "stop-rules.yml"
    stop_rules.write_text(
        stop_rules.read_text(encoding="utf-8").replace(
            "redFlagsFile: red-flags.yml", "redFlagsFile: warning-signs.yml"
        ),
        encoding="utf-8",
    )
    plan = YourPlan.from_file(data)
    assert plan.redflags == load_red_flags(DATA / "red-flags.yml")
    assert plan.norms == load_norms(DATA / "norms.yml")
