"""A small book, written by the tests themselves, that shows which widget front end a page gets.

It has one page of anywidgets (two counters that share one module and one stylesheet, so the
host must import and add each once), one page with an anywidget the build cannot draw, one page
with a plain ipywidgets slider (which only the html-manager can render) and one page with no
widget at all.
"""

from __future__ import annotations

from pathlib import Path

import nbformat

from .support import REPO

PAGES = {
    "anywidget": "anywidget.html",
    "browser-only": "browser-only.html",
    "slider": "slider.html",
    "plain": "plain.html",
}

CONFIG = f"""\
title: Widget front-end fixture
author: The course tests
only_build_toc_files: true
execute:
  execute_notebooks: force
  timeout: 120
sphinx:
  extra_extensions:
    - abcourse.site
  config:
    abcourse_vendor_dir: {REPO / "vendor" / "files"}
    html_context:
      default_mode: auto
    suppress_warnings: ["mystnb.unknown_mime_type"]
"""

TOC = """\
format: jb-book
root: index
chapters:
  - file: anywidget
  - file: browser-only
  - file: slider
  - file: plain
"""

# The module counts how often it runs (it must run once for both counters), shows initialize()
# ran first, and uses set, on, off, save_changes and send the way a widget does.
COUNTER = '''\
import anywidget
import traitlets


class Counter(anywidget.AnyWidget):
    _esm = """
globalThis.counterModuleRuns = (globalThis.counterModuleRuns ?? 0) + 1;
export default {
  initialize({ model }) {
    model.set("initialized", true);
  },
  render({ model, el }) {
    const label = document.createElement("p");
    label.className = "counter-label";
    const show = () => {
      label.textContent = `${model.get("name")}: ${model.get("count")}`;
    };
    let changes = 0;
    model.on("change", () => { changes += 1; el.dataset.changes = String(changes); });
    model.on("change:count", show);
    const add = document.createElement("button");
    add.textContent = `Add one to ${model.get("name")}`;
    add.addEventListener("click", () => {
      model.set("count", model.get("count") + 1);
      model.save_changes();
      model.send({ clicked: true });
    });
    const stop = document.createElement("button");
    stop.textContent = `Stop showing ${model.get("name")}`;
    stop.addEventListener("click", () => model.off("change:count", show));
    show();
    el.classList.add("counter");
    el.dataset.initialized = String(model.get("initialized"));
    el.append(label, add, stop);
  },
};
"""
    _css = ".counter .counter-label { font-weight: bold; }"
    name = traitlets.Unicode("").tag(sync=True)
    count = traitlets.Int(0).tag(sync=True)
'''


# Renders only in a browser: it reads localStorage as it renders, which Node has not, so the build
# cannot draw it (tests/test_widget_prerender.py) and the page keeps its placeholder.
NEEDS_STORAGE = '''\
import anywidget


class NeedsStorage(anywidget.AnyWidget):
    _esm = """
export default {
  render({ el }) {
    const stored = globalThis.localStorage.length;
    el.className += " needs-storage";
    el.textContent = `Stored items: ${stored}`;
  },
};
"""


NeedsStorage()
'''


def notebook(title: str, *cells: str) -> nbformat.NotebookNode:
    book = nbformat.v4.new_notebook()
    book.cells = [nbformat.v4.new_markdown_cell(f"# {title}")]
    book.cells += [nbformat.v4.new_code_cell(source) for source in cells]
    book.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3"}
    return book


def write_fixture_book(folder: Path) -> None:
    """Write the book's configuration, table of contents and pages into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "_config.yml").write_text(CONFIG)
    (folder / "_toc.yml").write_text(TOC)
    (folder / "index.md").write_text("# Widget front-end fixture\n\nFour pages follow.\n")
    (folder / "plain.md").write_text("# A page without widgets\n\nJust text.\n")
    nbformat.write(
        notebook(
            "Two anywidgets",
            COUNTER,
            'Counter(name="first", count=2)',
            'Counter(name="second", count=5)',
        ),
        folder / "anywidget.ipynb",
    )
    nbformat.write(
        notebook("A widget only a browser can draw", NEEDS_STORAGE),
        folder / "browser-only.ipynb",
    )
    nbformat.write(
        notebook(
            "A plain ipywidgets slider",
            'import ipywidgets\n\nipywidgets.IntSlider(value=7, description="Slider")',
        ),
        folder / "slider.ipynb",
    )
