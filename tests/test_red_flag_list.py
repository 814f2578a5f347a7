"""The red-flag lists of the course text come from book/data/red-flags.yml: the directive draws
each level's signs with their sources, the safety page shows every sign of the file, chapter 4
sends the learner there,
and a broken file stops the build with the error that names it."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest
from sphinx.cmd.build import build_main

from abcourse.data.course import Chapter, course
from abcourse.data.red_flags import load_red_flags, red_flag_signs
from abcourse.site.red_flag_list import (
    SEVERE_LABEL,
    SOURCE_LABEL_WORDS,
    list_markdown,
    note_markdown,
    sources_markdown,
)

from .support import BOOK, DATA

RED_FLAGS = DATA / "red-flags.yml"
#: the levels the file gives, most serious first: each has its list and its advice
LEVELS = tuple(load_red_flags(RED_FLAGS)["levels"])
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


def items_of(red_flags: dict, level: str) -> list[dict]:
    """A level's signs, then its rules: the order the list shows them in."""
    signs = [sign for _, sign in red_flag_signs(red_flags) if sign.get("level") == level]
    return signs + [rule for rule in red_flags["rules"] if rule["level"] == level]


def cite(source: str | list[str]) -> str:
    return "{cite:p}`" + (source if isinstance(source, str) else ",".join(source)) + "`"


@pytest.mark.parametrize("level", LEVELS)
def test_each_sign_and_rule_of_a_level_is_one_item_with_its_source(red_flags, level) -> None:
    """The list gives each sign alone; its sources follow, one line per sign in the same order,
    named by the sign's first words."""
    lines = list_markdown(red_flags, level)
    items = [line for line in lines if line.startswith("- ")]
    expected = items_of(red_flags, level)
    assert len(items) == len(expected)
    for item, sign in zip(items, expected, strict=True):
        plain = item.replace(f"]({SEVERE_LABEL})", "").replace("[", "")
        assert words(sign["text"])[1:] in plain, sign["id"]
        assert "{cite" not in item, item
    with_action = [item for item in expected if item.get("action")]
    assert sum(1 for line in lines if line.startswith("  ")) == len(with_action)
    sources = sources_markdown(red_flags, level)
    assert len(sources) == len(expected)
    for line, sign in zip(sources, expected, strict=True):
        first_words = " ".join(words(sign["text"]).split()[1:SOURCE_LABEL_WORDS])
        assert first_words in line, (sign["id"], line)
        assert line.endswith(cite(sign["source"])), line


def test_severe_links_to_its_definition_once_per_item(red_flags) -> None:
    lines = [line for level in LEVELS for line in list_markdown(red_flags, level)]
    linked = [line for line in lines if f"]({SEVERE_LABEL})" in line]
    assert len(linked) >= 5
    for line in linked:
        assert line.count(f"]({SEVERE_LABEL})") == 1, line
    safety = (BOOK / "safety.md").read_text(encoding="utf-8")
    assert f"({SEVERE_LABEL})=" in safety
    assert "all the time" in note_markdown(red_flags, "severe")[0]


def test_the_shared_red_flag_text_gives_every_level_its_advice_and_list() -> None:
    text = (SNIPPETS / "red-flags.md").read_text(encoding="utf-8")
    for level in LEVELS:
        assert f"```{{red-flag-list}}\n:level: {level}\n```" in text, level
        assert f"```{{red-flag-note}}\n:part: advice\n:level: {level}\n```" in text, level
    for part in ("recency", "scope"):
        assert f"```{{red-flag-note}}\n:part: {part}\n```" in text, part
    # the emergency numbers and the levels' headings are written once, in the data file
    printed = text.replace("call-999", "level")  # the level's id is a name, not a number to call
    assert "112" not in printed and "911" not in printed and "999" not in printed
    for level in LEVELS:
        assert f'### {{{{ red_flags.heading["{level}"] }}}}' in text, level
    # the cauda equina words only for the cauda equina signs
    assert "For these signs only" in text


def hosts_the_checker(chapter: Chapter) -> bool:
    return chapter.self_test == "redflags"


#: the safety page and every cause chapter in the manifest but the checker's (which links to the
#: safety page instead), so a new chapter is held to it too
ROUTED_PAGES = [("safety.md", "red-flags.md")] + [
    (f"{chapter.notebook}.ipynb", "when-to-stop.md")
    for chapter in course().chapters
    if not hosts_the_checker(chapter)
]


@pytest.mark.parametrize(("page", "snippet"), ROUTED_PAGES)
def test_every_chapter_says_the_same_about_when_to_stop(page, snippet) -> None:
    """One text for every chapter: each includes the shared snippet rather than its own copy."""
    source = page_text(BOOK / page)
    included = [match.group("name") for match in INCLUDE.finditer(source)]
    assert snippet in included, f"{page} does not include snippets/{snippet}"


def test_the_checkers_chapter_sends_to_the_one_full_list() -> None:
    """The chapter with the red-flag checker keeps no copy of the lists: it links to the safety
    page, which includes the shared lists."""
    chapter = course().host_of("redflags")
    source = page_text(BOOK / f"{chapter.notebook}.ipynb")
    assert "](red-flags)" in source
    assert "```{red-flag-list}" not in source
    included = [match.group("name") for match in INCLUDE.finditer(source)]
    assert "red-flags.md" not in included, "it includes a copy of the lists"


def test_the_when_to_stop_box_is_three_lines_and_a_link() -> None:
    """A chapter's box stops the session, sends an emergency to 999 or A&E and points to the
    checker, in three lines; every sign and how soon to act is on the safety page."""
    raw = (SNIPPETS / "when-to-stop.md").read_text(encoding="utf-8")
    lines = [line for line in raw.splitlines() if line.startswith("- ")]
    assert len(lines) == 3, lines
    text = words(raw)
    for needed in (
        "**Stop the session** if your pain gets worse, and do not push through",
        "turns sharp, spreads into a leg or keeps building",
        "**Call 999 or go to A&E now**",
        "chest pain",
        "numbness around your bottom or genitals",
        "weakness in both legs",
        "[red-flag checker](red-flag-checker)",
        "[warning signs](red-flags)",
    ):
        assert needed in text, needed
    # short: the full lists and their notes are on the safety page, not repeated in each chapter
    prose = re.sub(r"\{cite:p\}`[^`]*`|\]\([^)]*\)", "", text)
    assert len(prose.split()) <= 90, len(prose.split())
    assert "red-flag-note" not in raw and "red-flag-list" not in raw


def test_the_built_pages_list_every_sign(built_site, red_flags) -> None:
    pages = {
        name: (built_site.html / "book" / name).read_text(encoding="utf-8")
        for name in ("safety.html",)
    }
    for name, page in pages.items():
        inline = re.sub(r"</?(a|span|em|strong)\b[^>]*>", "", page)
        flat = words(re.sub(r"<[^>]+>", " ", inline)).replace("&amp;", "&").replace("&#8217;", "’")
        for level in LEVELS:
            for item in items_of(red_flags, level):
                assert words(item["text"])[1:] in flat, f"{name} lacks '{item['id']}'"
        for part in ("recency", "scope"):
            assert words(red_flags[part]["text"]) in flat, f"{name} lacks the {part} note"


def write_project(tmp_path: Path, red_flags_file: Path) -> Path:
    source = tmp_path / "src"
    source.mkdir()
    (source / "conf.py").write_text(
        "extensions = ['myst_parser', 'sphinxcontrib.bibtex', 'abcourse.site.red_flag_list']\n"
        f"bibtex_bibfiles = [{str(BOOK / 'references.bib')!r}]\n"
        f"abcourse_red_flags = {str(red_flags_file)!r}\n",
        encoding="utf-8",
    )
    (source / "index.md").write_text(
        "# Signs\n\n```{red-flag-list}\n:level: same-day\n```\n\n"
        f"({SEVERE_LABEL})=\n## Severe\n\n```{{red-flag-note}}\n:part: severe\n```\n\n"
        "```{bibliography}\n```\n",
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
    for _, sign in red_flag_signs(red_flags):
        shown = words(sign["text"])[1:] in page.replace("&amp;", "&")
        assert shown == (sign.get("level") == "same-day"), sign["id"]
    assert words(red_flags["severe"]["text"]) in page
    # the list's sources sit in one closed fold after it, each sign's citation a link
    html = (out / "index.html").read_text(encoding="utf-8")
    fold = re.search(r'<details class="abc-red-flag-sources-fold">(.*?)</details>', html, re.S)
    assert fold is not None and "Sources for these signs" in fold.group(1)
    same_day = items_of(red_flags, "same-day")
    assert fold.group(1).count("<li>") == len(same_day)
    assert fold.group(1).count('href="#id') >= len(same_day)


def test_a_broken_file_stops_the_build_and_names_it(tmp_path, capsys) -> None:
    broken = tmp_path / "red-flags.yml"
    text = RED_FLAGS.read_text(encoding="utf-8").replace("level: same-day", "level: someday", 1)
    broken.write_text(text, encoding="utf-8")
    source = write_project(tmp_path, broken)
    assert build_main(["-q", "-W", "-b", "html", str(source), str(tmp_path / "html")]) != 0
    error = capsys.readouterr().err
    assert str(broken) in error
    assert "someday" in error


def test_a_page_prints_a_heading_and_the_numbers_from_the_file(tmp_path, red_flags, capsys) -> None:
    source = write_project(tmp_path, RED_FLAGS)
    (source / "conf.py").write_text(
        (source / "conf.py").read_text(encoding="utf-8")
        + "myst_enable_extensions = ['substitution']\n",
        encoding="utf-8",
    )
    (source / "index.md").write_text(
        '# Signs\n\n## {{ red_flags.heading["call-999"] }}\n\n'
        "Call {{ red_flags.numbers.emergency }} or {{ red_flags.numbers.advice }}.\n",
        encoding="utf-8",
    )
    out = tmp_path / "html"
    assert build_main(["-q", "-W", "-b", "html", str(source), str(out)]) == 0, (
        capsys.readouterr().err
    )
    page = (out / "index.html").read_text(encoding="utf-8")
    heading = red_flags["levels"]["call-999"]["heading"]
    assert re.search(rf"<h2>{re.escape(heading)}<a", page), heading
    numbers = red_flags["numbers"]
    assert f"Call {numbers['emergency']} or {numbers['advice']}." in page


def test_the_built_pages_leave_no_substitution_unfilled(built_site) -> None:
    for page in sorted((built_site.html / "book").glob("*.html")):
        assert "{{" not in page.read_text(encoding="utf-8"), page.name


def test_a_book_without_the_file_builds_pages_that_do_not_ask_for_it(tmp_path, capsys) -> None:
    source = write_project(tmp_path, tmp_path / "no-red-flags.yml")
    (source / "index.md").write_text("# A page without red flags\n", encoding="utf-8")
    out = tmp_path / "html"
    assert build_main(["-q", "-W", "-b", "html", str(source), str(out)]) == 0, (
        capsys.readouterr().err
    )
