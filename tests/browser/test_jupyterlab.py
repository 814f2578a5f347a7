"""The widgets in a live kernel, as on Binder or in a local JupyterLab: they render in JupyterLab,
and what the learner does in the browser reaches Python as traits.

A JupyterLab server runs on 127.0.0.1 over a copy of ``book/``. Every chapter notebook is run
there and must show all its widgets; a scratch notebook holds a quiz and the endurance self-test
in variables, with a last cell that prints their traits.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import nbformat
import pytest
from playwright.sync_api import Browser, Page, expect

from abcourse.data.course import course
from abcourse.figures.figureset import FigureLibrary

REPO = Path(__file__).resolve().parents[2]
NOTEBOOK = "kernel_check.ipynb"
CHAPTERS = [f"{notebook}.ipynb" for notebook in course().notebooks]
CELLS = [
    "from abcourse.widgets import EnduranceTest, Quiz\n"
    'quiz = Quiz.from_file("data/01-weak-core.yml", "core-check-yourself")\nquiz',
    'tool = EnduranceTest.from_file("data/norms.yml")\ntool',
    # a unit set in Python reaches the browser, and the learner's choice comes back
    "from abcourse.widgets import ProgressionCheck\n"
    'check = ProgressionCheck.from_file("data/progression.yml", unit="minutes")\ncheck',
    'import json\nprint("TRAITS", json.dumps({"score": quiz.score, "answers": quiz.answers, '
    '"times": tool.times, "status": tool.result["status"], "unit": check.unit}))',
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Lab:
    """A running JupyterLab server."""

    base: str
    token: str

    def url(self, notebook: str) -> str:
        """The notebook in a workspace of its own, so no tab of an earlier test is restored."""
        workspace = Path(notebook).stem
        return f"{self.base}/lab/workspaces/{workspace}/tree/{notebook}?token={self.token}"

    def shut_down_kernels(self) -> None:
        headers = {"Authorization": f"token {self.token}"}
        with urllib.request.urlopen(
            urllib.request.Request(f"{self.base}/api/kernels", headers=headers), timeout=10
        ) as response:
            kernels = json.load(response)
        for kernel in kernels:
            request = urllib.request.Request(
                f"{self.base}/api/kernels/{kernel['id']}", headers=headers, method="DELETE"
            )
            urllib.request.urlopen(request, timeout=10).close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Lab]:
    """A JupyterLab server over a copy of the book."""
    root = tmp_path_factory.mktemp("lab") / "book"
    profile = tmp_path_factory.mktemp("lab-profile")
    shutil.copytree(REPO / "book", root)
    notebook = nbformat.v4.new_notebook()
    notebook.cells = [nbformat.v4.new_code_cell(source) for source in CELLS]
    notebook.metadata["kernelspec"] = {
        "name": "python3",
        "display_name": "Python 3",
        "language": "python",
    }
    nbformat.write(notebook, root / NOTEBOOK)
    port, token = free_port(), secrets.token_hex(16)
    log = (profile / "lab.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "jupyterlab",
            "--no-browser",
            f"--ServerApp.root_dir={root}",
            "--ServerApp.ip=127.0.0.1",
            f"--ServerApp.port={port}",
            f"--IdentityProvider.token={token}",
            # CI runs as root; the test server listens on loopback only
            "--allow-root",
            # no update checks or extension listings from PyPI: the test runs offline
            "--LabApp.news_url=",
            "--LabApp.extension_manager=readonly",
        ],
        cwd=root,
        # a fresh workspace and settings, so nothing from an earlier session is restored
        env={
            **os.environ,
            "JUPYTERLAB_SETTINGS_DIR": str(profile / "settings"),
            "JUPYTERLAB_WORKSPACES_DIR": str(profile / "workspaces"),
        },
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(f"{base}/api/status?token={token}", timeout=2):
                break
        except OSError:
            if server.poll() is not None or time.monotonic() > deadline:
                server.kill()
                log.close()
                pytest.fail(
                    "JupyterLab did not start:\n" + (profile / "lab.log").read_text()[-3000:]
                )
            time.sleep(0.5)
    yield Lab(base, token)
    server.terminate()
    try:
        server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
    log.close()


@pytest.fixture()
def lab_page(browser: Browser, lab: Lab) -> Iterator[Page]:
    # JupyterLab itself is not under test here, so its own console messages are not checked.
    context = browser.new_context()
    page = context.new_page()
    yield page
    context.close()
    lab.shut_down_kernels()


def open_and_run(page: Page, url: str) -> None:
    page.goto(url)
    page.wait_for_selector(".jp-Notebook .jp-CodeCell", timeout=60_000)
    # the kernel must be up before the cells run, or JupyterLab asks which kernel to use
    expect(page.get_by_text("Python 3 (ipykernel) | Idle")).to_be_visible(timeout=60_000)
    page.get_by_role("menuitem", name="Run", exact=True).click()
    page.get_by_role("menuitem", name="Run All Cells", exact=True).click()


def printed_traits(page: Page) -> dict:
    """Run the last cell again and read what it printed."""
    last = page.locator(".jp-Notebook .jp-CodeCell").nth(len(CELLS) - 1)
    last.locator(".jp-InputArea-editor").click()
    page.keyboard.press("Shift+Enter")
    output = last.locator(".jp-OutputArea-output")
    expect(output).to_contain_text("TRAITS", timeout=30_000)
    # the output is replaced when the cell runs again; wait for the new one to settle
    page.wait_for_timeout(300)
    return json.loads(output.inner_text().split("TRAITS", 1)[1])


def draws_faults(chapter: str) -> bool:
    """Whether a chapter's checklists show a fault beside the right form."""
    library = FigureLibrary(REPO / "book" / "data")
    stem = Path(chapter).stem
    return any(
        library.figure_set(key).faults for key in library.keys() if key.startswith(f"{stem}/")
    )


def widget_cells(notebook: Path) -> int:
    """How many of the notebook's code cells show a course widget."""
    cells = nbformat.read(notebook, as_version=4).cells
    return sum(cell.cell_type == "code" and ".from_file(" in cell.source for cell in cells)


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_every_chapter_runs_in_jupyterlab_with_its_widgets(
    lab: Lab, lab_page: Page, chapter: str
) -> None:
    expected = widget_cells(REPO / "book" / chapter)
    assert expected > 0
    open_and_run(lab_page, lab.url(chapter))
    widgets = lab_page.locator(".jp-OutputArea-output .abc-widget")
    expect(widgets).to_have_count(expected, timeout=90_000)
    # no cell failed: a traceback would be an error output
    expect(lab_page.locator(".jp-OutputArea-output[data-mime-type*='error']")).to_have_count(0)
    expect(lab_page.locator(".jp-RenderedText[data-mime-type*='stderr']")).to_have_count(0)
    # the drawings travel in the widgets' data, so the checklists draw their faults here too,
    # under each checklist's folded "Show what to fix"
    if draws_faults(chapter):
        checklist = lab_page.locator(".abc-checklist").filter(
            has=lab_page.locator(".abc-fault-pair")
        )
        checklist.first.locator("details.abc-checklist-body > summary").click()
        fold = checklist.first.locator("details.abc-fixes")
        fold.first.locator("summary").click()
        expect(fold.first.locator(".abc-fault-pair svg[role='img']").first).to_be_visible()


def test_widgets_send_the_learners_answers_to_python(lab: Lab, lab_page: Page) -> None:
    page = lab_page
    open_and_run(page, lab.url(NOTEBOOK))

    quiz = page.locator(".abc-quiz")
    expect(quiz).to_have_count(1, timeout=60_000)
    tool = page.locator(".abc-endurance")
    expect(tool).to_have_count(1)
    before = printed_traits(page)
    assert before["score"]["answered"] == 0
    assert before["times"]["extensor"] is None
    assert before["status"] == "no-data"
    assert before["unit"] == "minutes"
    units = page.locator(".abc-progression-unit")
    expect(units.get_by_role("radio", name="minutes", exact=False)).to_be_checked()

    question = quiz.locator("fieldset").first
    question.locator("input").first.check()
    question.get_by_role("button", name="Check answer").click()
    expect(question.locator(".abc-feedback")).to_be_visible()
    tool.get_by_role("textbox", name="Back-extensor hold").fill("1:30")
    expect(tool.get_by_role("status").filter(has_text="hold time")).to_contain_text("1 of 1")

    after = printed_traits(page)
    assert after["score"]["answered"] == 1
    assert len(after["answers"]) == 1
    assert after["times"]["extensor"] == 90
    assert after["status"] != "no-data"

    units.get_by_role("radio", name="sets", exact=False).check()
    assert printed_traits(page)["unit"] == "sets"
