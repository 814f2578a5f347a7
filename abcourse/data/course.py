"""The course manifest, ``book/data/course.yml``: the chapters in order, their files, self-tests.

Chapter ids, titles and notebooks are written there once; the widgets, the Your plan chapter and
the tests take them from :func:`course`. The file is read through the shared loader
(:mod:`abcourse.data.files`), so it is checked against ``course.schema.json`` and read again only
when it changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .files import ContentError, DataKind, describe_location, load

#: the course's own manifest; the package is installed from the course's folder (``-e .``)
COURSE_FILE = Path(__file__).resolve().parents[2] / "book" / "data" / "course.yml"


@dataclass(frozen=True)
class Chapter:
    """One chapter: a cause chapter, or the closing plan chapter (no id, content or self-test)."""

    title: str
    #: the notebook in ``book/`` without ``.ipynb``; the widgets' ``chapter`` and the page's name
    notebook: str
    id: str = ""
    #: the content file beside the manifest, or "" while the chapter has none
    content: str = ""
    #: the self-test's id in the plan's registry (``js/logic/self_tests.js``), or "" for none
    self_test: str = ""
    #: the self-test's data file beside the manifest, or "" when it reads the chapter's checklists
    self_test_data: str = ""

    @property
    def href(self) -> str:
        """The chapter's page, beside every other chapter's in the built book."""
        return f"{self.notebook}.html"


@dataclass(frozen=True)
class Course:
    """The cause chapters in order and the closing plan chapter."""

    chapters: tuple[Chapter, ...]
    plan: Chapter

    @property
    def notebooks(self) -> list[str]:
        """Every chapter's notebook in reading order, the plan's last."""
        return [chapter.notebook for chapter in (*self.chapters, self.plan)]

    def host_of(self, self_test: str) -> Chapter:
        """The chapter whose page hosts the self-test ``self_test`` (``redflags``)."""
        return self._find("self_test", self_test)

    def _find(self, field: str, value: str) -> Chapter:
        for chapter in self.chapters:
            if getattr(chapter, field) == value:
                return chapter
        raise KeyError(f"no chapter with {field.replace('_', '-')} {value!r} in {COURSE_FILE.name}")


def _check_files(document: dict[str, Any], path: Path | str) -> None:
    """Every file the manifest names is there: notebooks in the folder above, data beside it."""
    folder = Path(path).parent
    places: list[tuple[list[str | int], Path]] = [
        (["plan", "notebook"], folder.parent / f"{document['plan']['notebook']}.ipynb")
    ]
    for index, chapter in enumerate(document["chapters"]):
        here: list[str | int] = ["chapters", index]
        places.append(([*here, "notebook"], folder.parent / f"{chapter['notebook']}.ipynb"))
        if "content" in chapter:
            places.append(([*here, "content"], folder / chapter["content"]))
        if "data" in chapter.get("selfTest", {}):
            places.append(([*here, "selfTest", "data"], folder / chapter["selfTest"]["data"]))
    for field_path, file in places:
        if not file.is_file():
            where = describe_location(document, field_path)
            raise ContentError(path, where, f"no file {file.name} in {file.parent}")


def _check_self_tests(document: dict[str, Any], path: Path | str) -> None:
    """A self-test belongs to one chapter: the plan looks its page up by its id."""
    hosts: dict[str, int] = {}
    for index, chapter in enumerate(document["chapters"]):
        self_test = chapter.get("selfTest", {}).get("id")
        if self_test in hosts:
            where = describe_location(document, ["chapters", index, "selfTest", "id"])
            message = f"'{self_test}' is already chapters[{hosts[self_test]}]'s"
            raise ContentError(path, where, message)
        if self_test:
            hosts[self_test] = index


def _check_notebooks(document: dict[str, Any], path: Path | str) -> None:
    """A notebook is one chapter's: the widgets and the progress keys tell chapters apart by it."""
    places = [
        (["chapters", index, "notebook"], chapter["notebook"])
        for index, chapter in enumerate(document["chapters"])
    ] + [(["plan", "notebook"], document["plan"]["notebook"])]
    seen: set[str] = set()
    for field_path, notebook in places:
        if notebook in seen:
            where = describe_location(document, field_path)
            raise ContentError(path, where, f"notebook '{notebook}' is another chapter's")
        seen.add(notebook)


def check_course(document: dict[str, Any], path: Path | str) -> None:
    """Rules the schema cannot state: one chapter per notebook and self-test, files that exist."""
    _check_notebooks(document, path)
    _check_self_tests(document, path)
    _check_files(document, path)


#: ``book/data/course.yml``
COURSE = DataKind(
    schema="course", names=("course*.yml",), unique=(("chapters",),), check=check_course
)


def _chapter(entry: dict[str, Any]) -> Chapter:
    self_test = entry.get("selfTest", {})
    return Chapter(
        title=entry["title"],
        notebook=entry["notebook"],
        id=entry["id"],
        content=entry.get("content", ""),
        self_test=self_test.get("id", ""),
        self_test_data=self_test.get("data", ""),
    )


def course(path: Path | str = COURSE_FILE) -> Course:
    """The course as its manifest describes it (read once, again only when the file changes)."""
    document = load(path, COURSE)
    plan = Chapter(title=document["plan"]["title"], notebook=document["plan"]["notebook"])
    return Course(chapters=tuple(map(_chapter, document["chapters"])), plan=plan)
