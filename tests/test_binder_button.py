"""The Binder button shows only when _config.yml names a real repository and a BinderHub: the
course's own build has no button, and a small book built with both settings has one that opens
its notebook on that BinderHub."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest
import yaml

from abcourse.site.launch_buttons import names_a_repository

from .support import REPO, run_build

BINDER_LINK = "mybinder.org/v2/gh/"


def course_config() -> dict:
    return yaml.safe_load((REPO / "_config.yml").read_text(encoding="utf-8"))


def write_book(root: Path, repository_url: str, binderhub_url: str) -> Path:
    """A one-notebook book with the course's Binder settings, changed only where asked."""
    config = course_config()
    book = {
        "title": "Fixture",
        "only_build_toc_files": True,
        "execute": {"execute_notebooks": "off"},
        "repository": {**config["repository"], "url": repository_url},
        "launch_buttons": {**config["launch_buttons"], "binderhub_url": binderhub_url},
        "html": {"use_repository_button": False},
        "sphinx": {"extra_extensions": ["abcourse.site.launch_buttons"]},
    }
    root.mkdir()
    (root / "_config.yml").write_text(yaml.safe_dump(book), encoding="utf-8")
    (root / "_toc.yml").write_text("format: jb-book\nroot: intro\nchapters:\n  - file: page\n")
    (root / "intro.md").write_text("# Intro\n\nA page.\n", encoding="utf-8")
    notebook = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# A notebook")])
    nbformat.write(notebook, root / "page.ipynb")
    return root


def build(root: Path) -> tuple[str, str]:
    """The notebook page's HTML and the build's log (not strict: a warning is read, not fatal)."""
    result = run_build(None, source=root, strict=False)
    assert result.returncode == 0, result.log[-6000:]
    return (result.html / "page.html").read_text(encoding="utf-8"), result.log


def test_the_course_names_no_repository_or_binderhub_by_default() -> None:
    config = course_config()
    assert not config["repository"]["url"]
    assert not config["launch_buttons"]["binderhub_url"]


def test_the_course_build_has_no_binder_button(built_site) -> None:
    for page in (built_site.html / "book").glob("0*.html"):
        assert BINDER_LINK not in page.read_text(encoding="utf-8"), page.name


@pytest.mark.parametrize(
    ("repository_url", "binderhub_url", "shown"),
    [
        ("", "", False),
        ("https://github.com/example-org/ab-course", "", False),
        ("", "https://mybinder.org", False),
        ("https://github.com/example-org/ab-course", "https://mybinder.org", True),
    ],
    ids=["neither", "repository-only", "binderhub-only", "both"],
)
def test_the_button_needs_both_settings(tmp_path, repository_url, binderhub_url, shown) -> None:
    page, log = build(write_book(tmp_path / "book", repository_url, binderhub_url))
    assert (BINDER_LINK in page) is shown
    if shown:
        assert f"{BINDER_LINK}example-org/ab-course/main?urlpath=lab/tree/page.ipynb" in page
    # a BinderHub without a repository is not silently dropped: the log says what is missing
    warned = "names no public repository" in log
    assert warned is (bool(binderhub_url) and not repository_url)


@pytest.mark.parametrize(
    ("url", "real"),
    [
        ("https://github.com/example-org/ab-course", True),
        ("https://gitlab.com/example-org/ab-course/", True),
        ("", False),
        ("https://github.com/example-org", False),
        ("not a url", False),
    ],
)
def test_what_counts_as_a_repository(url, real) -> None:
    assert names_a_repository(url) is real
