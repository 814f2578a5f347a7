"""Shared fixtures: the strict book build, made once per session, and a small book of widget
pages that the tests write themselves."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .fixture_book import write_fixture_book
from .support import Build, run_build


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The book, built strictly once for the whole session.

    Set ABCOURSE_BUILT_OUTPUT to a folder built earlier with --path-output to reuse it while
    working on the tests; the default is a fresh build, which is what CI runs.
    """
    reuse = os.environ.get("ABCOURSE_BUILT_OUTPUT")
    if reuse:
        return Build(Path(reuse), 0, "(reused build)", 0.0)
    output = tmp_path_factory.mktemp("book")
    build = run_build(output)
    if build.returncode != 0:
        pytest.fail(f"the strict book build failed:\n{build.log[-6000:]}")
    return build


@pytest.fixture(scope="session")
def fixture_book(tmp_path_factory: pytest.TempPathFactory) -> Build:
    """The small book of an anywidget page, a slider page and a plain page, built strictly."""
    source = tmp_path_factory.mktemp("fixture-book-source")
    write_fixture_book(source)
    build = run_build(tmp_path_factory.mktemp("fixture-book"), source=source)
    if build.returncode != 0:
        pytest.fail(f"the fixture book's strict build failed:\n{build.log[-6000:]}")
    return build
