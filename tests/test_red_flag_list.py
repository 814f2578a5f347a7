"""The red-flag lists of the course text come from book/data/red-flags.yml: the directive draws
each level's signs with their sources, the introduction and chapter 4 show every sign of the file,
and a broken file stops the build with the error that names it."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from sphinx.cmd.build import build_main

from abcourse.course import Chapter, course
from abcourse.red_flag_list import LEVELS, list_markdown
from abcourse.tooldata import load_red_flags

from .support import BOOK, DATA

RED_FLAGS = DATA / "red-flags.yml"
SNIPPETS = BOOK / "snippets"
INCLUDE = re.compile(r"```\{include\}\s+snippets/(?P<name>[\w-]+\.md)\s*\n```")


@pytest.fixture(scope="module")
def red_flags() -> dict:
    return load_red_flags(RED_FLAGS)


def page_text(path: Path) -> str:
    """A markdown page as it is; a notebook as its markdown cells, one after another."""
    if path.suffix != ".ipynb":
        return path.read_text(encoding="utf-8")
    notebook = nbformat.read(path, as_version=4)
    return "\n\n".join(cell.source for cell in notebook.cells if cell.cell_type == "markdown")


def words(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("level", LEVELS)
def test_each_sign_of_a_level_is_one_item_with_its_source(red_flags, level) -> None:
    lines = list_markdown(red_flags, level)
    items = [line for line in lines if line.startswith("- ")]
    signs = [s for s in red_flags["symptoms"] if s["level"] == level]
    assert len(items) == len(signs)
    for item, sign in zip(items, signs, strict=True):
        assert words(sign["text"])[1:] in item, sign["id"]
        assert item.endswith(f"{{cite:p}}`{sign['source']}`"), item
    with_action = [s for s in signs if s.get("action")]
    assert sum(1 for line in lines if line.startswith("  ")) == len(with_action)


def test_the_shared_red_flag_text_lists_every_level_that_needs_care() -> None:
    text = (SNIPPETS / "red-flags.md").read_text(encoding="utf-8")
    for level in ("emergency", "urgent", "soon"):
        assert f"```{{red-flag-list}}\n:level: {level}\n```" in text, level
    # an older sign is never waved away
    assert "however long you have had it" in text
    assert "older emergency sign still needs emergency care" in text


def snippet_of(chapter: Chapter) -> str:
    """The red-flag checker's chapter lists every sign; every other cause chapter has the box."""
    return "red-flags.md" if chapter.tool == "redflags" else "when-to-stop.md"


#: the introduction and every cause chapter in the manifest, so a new chapter is held to it too
ROUTED_PAGES = [("intro.md", "red-flags.md")] + [
    (f"{chapter.notebook}.ipynb", snippet_of(chapter)) for chapter in course().chapters
]


@pytest.mark.parametrize(("page", "snippet"), ROUTED_PAGES)
def test_every_chapter_says_the_same_about_when_to_stop(page, snippet) -> None:
    """One text for every chapter: each includes the shared snippet rather than its own copy."""
    source = page_text(BOOK / page)
    included = [match.group("name") for match in INCLUDE.finditer(source)]
    assert snippet in included, f"{page} does not include snippets/{snippet}"


def test_the_short_box_routes_one_leg_and_both_legs_as_the_checker_does() -> None:
    text = words((SNIPPETS / "when-to-stop.md").read_text(encoding="utf-8"))
    for needed in (
        "however long you have had it",
        "leg weakness that is severe or quickly getting worse",
        "new difficulty walking",
        "you have had cancer",
        "immune system is weak",
        "inject drugs",
        "fever, chills or sweats",
        "not settling within a few weeks",
        "In both legs, it is a red flag: get emergency care now",
        "started after the age of 50",
    ):
        assert needed in text, needed


def test_the_built_pages_list_every_sign(built_site, red_flags) -> None:
    pages = {
        name: (built_site.html / "book" / name).read_text(encoding="utf-8")
        for name in ("intro.html", "04-back-conditions.html")
    }
    for name, page in pages.items():
        flat = words(re.sub(r"<[^>]+>", " ", page)).replace("&amp;", "&")
        for sign in red_flags["symptoms"]:
            if sign["level"] == "routine":
                continue
            text = words(sign["text"])
            assert text[1:] in flat, f"{name} lacks '{sign['id']}'"


def write_project(tmp_path: Path, red_flags_file: Path) -> Path:
    source = tmp_path / "src"
    source.mkdir()
    (source / "conf.py").write_text(
        "extensions = ['myst_parser', 'sphinxcontrib.bibtex', 'abcourse.red_flag_list']\n"
        f"bibtex_bibfiles = [{str(BOOK / 'references.bib')!r}]\n"
        f"abcourse_red_flags = {str(red_flags_file)!r}\n",
        encoding="utf-8",
    )
    (source / "index.md").write_text(
        "# Signs\n\n```{red-flag-list}\n:level: urgent\n```\n\n```{bibliography}\n```\n",
        encoding="utf-8",
    )
    return source


def test_a_small_book_renders_the_list(tmp_path, red_flags, capsys) -> None:
    source = write_project(tmp_path, RED_FLAGS)
    out = tmp_path / "html"
    assert build_main(["-q", "-W", "-b", "html", str(source), str(out)]) == 0, (
        capsys.readouterr().err
    )
    page = words(re.sub(r"<[^>]+>", " ", (out / "index.html").read_text(encoding="utf-8")))
    for sign in red_flags["symptoms"]:
        assert (words(sign["text"])[1:] in page) == (sign["level"] == "urgent"), sign["id"]


def test_a_broken_file_stops_the_build_and_names_it(tmp_path, capsys) -> None:
    broken = tmp_path / "red-flags.yml"
    text = RED_FLAGS.read_text(encoding="utf-8").replace("level: urgent", "level: someday", 1)
    broken.write_text(text, encoding="utf-8")
    source = write_project(tmp_path, broken)
    assert build_main(["-q", "-W", "-b", "html", str(source), str(tmp_path / "html")]) != 0
    error = capsys.readouterr().err
    assert str(broken) in error
    assert "someday" in error
