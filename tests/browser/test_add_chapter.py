"""A chapter is added the way the README says, and in no other place: its notebook, its content
file, one entry in the course manifest (book/data/course.yml) and one line in _toc.yml. The test
does exactly that in a copy of the course, builds the copy strictly, answers the new chapter's
quiz on its page, and finds the chapter, with that score, in the Your plan chapter."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import nbformat
import pytest
import yaml
from playwright.sync_api import Page, expect

from abcourse.data.course import course

from ..support import Build, copy_course, run_build
from .serve import serve

CHAPTER = {
    "id": "added",
    "title": "An added chapter",
    "notebook": "07-added-chapter",
    "content": "07-added-chapter.yml",
}
QUIZ = {
    "id": "added-quiz",
    "title": "One question",
    "questions": [
        {
            "id": "plan-lists-it",
            "kind": "truefalse",
            "prompt": "A chapter in the course manifest shows in the Your plan chapter.",
            "answer": True,
            "feedback": {
                "true": "The plan lists every chapter the manifest names.",
                "false": "The plan lists every chapter the manifest names.",
            },
        }
    ],
}


def write_notebook(path: Path) -> None:
    """A chapter as the course writes one: its '# Title', some text, and its quiz."""
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {
        "display_name": "Python 3",
        "language": "python",
        "name": "python3",
    }
    show_quiz = nbformat.v4.new_code_cell(
        "from abcourse.widgets import Quiz\n\n"
        'Quiz.from_file("data/07-added-chapter.yml", "added-quiz")'
    )
    show_quiz.metadata["tags"] = ["remove-input"]
    notebook.cells = [
        nbformat.v4.new_markdown_cell(f"# {CHAPTER['title']}\n\nA short chapter with one quiz."),
        show_quiz,
        nbformat.v4.new_markdown_cell(
            "## When to stop\n\n```{include} snippets/when-to-stop.md\n```"
        ),
    ]
    nbformat.write(notebook, path)


def add_chapter(root: Path) -> None:
    """The README's steps for a new chapter, in a copy of the course at ``root``."""
    data = root / "book" / "data"
    (data / CHAPTER["content"]).write_text(yaml.safe_dump({"quizzes": [QUIZ]}), encoding="utf-8")
    write_notebook(root / "book" / f"{CHAPTER['notebook']}.ipynb")
    manifest = data / "course.yml"
    document = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    document["chapters"].append(CHAPTER)
    manifest.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    toc = root / "_toc.yml"
    last_cause = f"      - file: book/{course().chapters[-1].notebook}\n"
    text = toc.read_text(encoding="utf-8")
    assert last_cause in text, "the toc's last cause chapter moved; update this test"
    toc.write_text(
        text.replace(last_cause, f"{last_cause}      - file: book/{CHAPTER['notebook']}\n"),
        encoding="utf-8",
    )


@pytest.fixture(scope="module")
def added_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The copy with the chapter added, built strictly and served."""
    root = tmp_path_factory.mktemp("course-with-a-chapter") / "course"
    add_chapter(copy_course(root))
    build: Build = run_build(tmp_path_factory.mktemp("course-with-a-chapter-build"), source=root)
    if build.returncode != 0:
        pytest.fail(f"the copy with an added chapter did not build:\n{build.log[-6000:]}")
    with serve(build.html) as url:
        yield url


def answer_the_quiz(page: Page, site: str) -> None:
    """Open the added chapter and answer its one question rightly."""
    page.goto(f"{site}/book/{CHAPTER['notebook']}.html")
    quiz = page.locator("fieldset[data-question-id='plan-lists-it']")
    quiz.get_by_label("True", exact=True).check()
    quiz.get_by_role("button", name="Check answer").click()
    expect(quiz.locator("[role='status']")).to_contain_text("Correct")


def test_the_added_chapter_is_a_page_with_its_quiz(page: Page, added_site: str) -> None:
    answer_the_quiz(page, added_site)
    expect(page.get_by_role("heading", level=1, name=CHAPTER["title"])).to_be_visible()
    expect(page.locator("article")).to_contain_text("When to stop")
    # the sidebar lists it among the cause chapters, before the plan
    links = page.locator("nav.bd-docs-nav a.reference.internal")
    titles = [text.strip() for text in links.all_text_contents()]
    assert titles.index(CHAPTER["title"]) < titles.index(course().plan.title)


def test_the_plan_lists_the_added_chapter_with_its_quiz_score(page: Page, added_site: str) -> None:
    answer_the_quiz(page, added_site)
    page.goto(f"{added_site}/book/{course().plan.notebook}.html")
    causes = page.locator(".abc-plan .abc-plan-causes > li")
    expect(causes).to_have_count(len(course().chapters) + 1)
    added = page.locator(f".abc-plan-causes > li[data-cause='{CHAPTER['id']}']")
    expect(added).to_contain_text(CHAPTER["title"])
    expect(added).to_contain_text(
        "Quizzes: 1 of 1 checked answer right (1 question in the chapter)"
    )
    expect(added.locator("a").first).to_have_attribute("href", f"{CHAPTER['notebook']}.html")
    expect(added).to_contain_text("no self-test")
    # no self-test results yet: the profile, which lists it, is folded and draws no chart
    expect(page.locator(".abc-plan details.abc-plan-profile-empty")).to_have_count(1)
    expect(page.locator(".abc-plan svg.abc-plan-chart")).to_have_count(0)
