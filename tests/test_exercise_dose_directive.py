"""The ``exercise-dose`` directive prints an exercise's "How much", "Easier" and "Harder" lines
from the chapter's data file: on every chapter page of the course build, and in a small book
whose page names an exercise its data file lacks, as a build error naming the directive and the
exercise."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from abcourse.data.content import load_content

from .support import CHAPTERS, DATA, run_build

TAGS = re.compile(r"<[^>]+>")


def page_text(html: str) -> str:
    return " ".join(TAGS.sub(" ", html).split())


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_each_exercise_of_a_chapter_prints_its_lines_from_the_data(built_site, chapter) -> None:
    text = page_text((built_site.html / "book" / f"{chapter}.html").read_text(encoding="utf-8"))
    for exercise in load_content(DATA / f"{chapter}.yml").get("exercises", []):
        for label, field in (("How much:", "dose"), ("Easier:", "easier"), ("Harder:", "harder")):
            line = " ".join(f"{label} {exercise[field]}".split())
            assert line in text, f"{chapter}: {exercise['id']}: no {line!r}"


def write_book(root: Path, exercise: str, options: str = "") -> Path:
    """A one-page book with chapter 2's data file and a page that prints one exercise's lines."""
    (root / "data").mkdir(parents=True)
    shutil.copy(DATA / "02-form-technique.yml", root / "data" / "page.yml")
    config = {
        "title": "Fixture",
        "only_build_toc_files": True,
        "execute": {"execute_notebooks": "off"},
        "sphinx": {"extra_extensions": ["abcourse.site.exercise_dose"]},
    }
    (root / "_config.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (root / "_toc.yml").write_text("format: jb-book\nroot: page\n", encoding="utf-8")
    page = f"# Page\n\n```{{exercise-dose}} {exercise}\n{options}```\n"
    (root / "page.md").write_text(page, encoding="utf-8")
    return root


def test_a_small_book_prints_the_lines(tmp_path) -> None:
    result = run_build(None, source=write_book(tmp_path / "book", "curl-up"))
    assert result.returncode == 0, result.log[-4000:]
    text = page_text((result.html / "page.html").read_text(encoding="utf-8"))
    assert "How much: Start with 3 sets of 5 curl-ups" in text
    assert "Switch the bent knee halfway." in text
    # the easier and harder versions fold, closed, under a summary of their own
    html = (result.html / "page.html").read_text(encoding="utf-8")
    fold = re.search(
        r'<details class="abc-dose-variants"><summary>(.*?)</summary>(.*?)</details>', html, re.S
    )
    assert fold and fold.group(1) == "Easier or harder"
    assert "Easier:" in fold.group(2) and "Harder:" in fold.group(2)
    assert "How much:" not in fold.group(2)


def test_an_exercise_the_file_lacks_stops_the_build_by_name(tmp_path) -> None:
    result = run_build(None, source=write_book(tmp_path / "book", "sit-up"))
    assert result.returncode != 0
    assert "exercise-dose" in result.log
    assert "no item with id 'sit-up'" in result.log


def test_with_weeks_it_prints_the_four_weeks_the_plan_runs(tmp_path) -> None:
    result = run_build(None, source=write_book(tmp_path / "book", "dead-bug", ":weeks:\n"))
    assert result.returncode == 0, result.log[-4000:]
    html = (result.html / "page.html").read_text(encoding="utf-8")
    html = html[html.index("<article") : html.index("</article>")]
    weeks = load_content(DATA / "02-form-technique.yml")
    lines = next(e for e in weeks["exercises"] if e["id"] == "dead-bug")["progression"]
    assert [page_text(item) for item in re.findall(r"<li>(.*?)</li>", html, re.S)] == lines
    assert "How much:" not in page_text(html)


@pytest.mark.parametrize("exercise", ["plank-progression", "recovery-walk"])
def test_chapter_five_prints_its_four_week_plans_from_the_data(built_site, exercise) -> None:
    chapter = "05-overtraining-progression"
    text = page_text((built_site.html / "book" / f"{chapter}.html").read_text(encoding="utf-8"))
    item = next(
        e for e in load_content(DATA / f"{chapter}.yml")["exercises"] if e["id"] == exercise
    )
    for line in item["progression"]:
        assert " ".join(line.split()) in text, line
