"""The offline part of the build: which files the service worker precaches, the switch that turns
it off, and the html-manager precached only where a page loads it. The worker at work is in
tests/browser/test_offline.py."""

from __future__ import annotations

import json
from pathlib import Path

from abcourse.site.offline import MANIFEST, OFFLINE_PAGE, WORKER, precached_urls, used_files

from .support import REPO, run_build


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def test_used_files_are_what_the_pages_load_and_what_those_load(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "book/page.html": """<html><head>
                <link rel="stylesheet" href="../_static/a.css?v=1" />
                <script type="module" src="../_static/m.js"></script>
                <link rel="next" href="other.html" />
                </head><body><img src="../_images/p.png" />
                <a href="../_downloads/x/page.ipynb">notebook</a>
                <script type="application/vnd.jupyter.widget-state+json">
                {"state": {"1": {"state": {"_esm": "../_static/abcourse-widgets/w.js"}}}}
                </script></body></html>""",
            "_static/a.css": """@import "b.css";
                @font-face { font-family: X; src: url(f.woff2) format("woff2"), url(f.ttf); }
                .x { background: url("data:image/svg+xml,%3Csvg%3E"); }""",
            "_static/b.css": ".b { background: url(../_images/bg.png); }",
            "_static/m.js": 'import { n } from "./n.js";\n//# sourceMappingURL=m.js.map\n',
            "_static/n.js": "export const n = 1;\n",
            "_static/abcourse-widgets/w.js": "export default {};\n",
            "_static/m.js.map": "{}",
            "_static/f.woff2": "font",
            "_static/f.ttf": "font",
            "_static/unused.js": "",
            "_images/p.png": "png",
            "_images/bg.png": "png",
            "_sources/book/page.md": "# Page",
            "_downloads/x/page.ipynb": "{}",
        },
    )
    assert used_files(tmp_path, ["book/page.html"]) == [
        "_images/bg.png",
        "_images/p.png",
        "_static/a.css",
        "_static/abcourse-widgets/w.js",
        "_static/b.css",
        "_static/f.woff2",
        "_static/m.js",
        "_static/n.js",
        "book/page.html",
    ]


BOOK_CONFIG = """\
title: A book of one page
author: The course tests
only_build_toc_files: true
sphinx:
  extra_extensions:
    - abcourse.site
  config:
    abcourse_vendor_dir: {vendor}
{extra}"""


def write_book(folder: Path, extra: str = "") -> Path:
    vendor = REPO / "vendor" / "files"
    write(
        folder,
        {
            "_config.yml": BOOK_CONFIG.format(vendor=vendor, extra=extra),
            "_toc.yml": "format: jb-book\nroot: index\nchapters:\n  - file: other\n",
            "index.md": "# A page\n\nSome text.\n",
            "other.md": "# Another page\n\nMore text.\n",
        },
    )
    return folder


def test_the_switch_in_config_leaves_out_worker_manifest_and_script(
    tmp_path: Path, fixture_book
) -> None:
    """The small book of widget pages has it all (on by default); the same kind of book with
    ``abcourse_offline: false`` has none of it."""
    off = run_build(
        tmp_path / "out", source=write_book(tmp_path / "off", "    abcourse_offline: false\n")
    )
    assert off.returncode == 0, off.log[-3000:]
    for name in (WORKER, MANIFEST, OFFLINE_PAGE):
        assert (fixture_book.html / name).is_file(), name
        assert not (off.html / name).exists(), name
    page_on = (fixture_book.html / "plain.html").read_text(encoding="utf-8")
    page_off = (off.html / "other.html").read_text(encoding="utf-8")
    for tag in ('rel="manifest"', "abcourse-offline/start.js", 'name="theme-color"'):
        assert tag in page_on, tag
        assert tag not in page_off, tag
    pages = {"index.html", "anywidget.html", "slider.html", "plain.html", "offline.html"}
    assert pages <= set(precached_urls(fixture_book.html / WORKER))
    offline_page = (fixture_book.html / OFFLINE_PAGE).read_text(encoding="utf-8")
    assert '<a href="plain.html">A page without widgets</a>' in offline_page
    manifest = json.loads((fixture_book.html / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["name"] == "Widget front-end fixture"


def test_the_html_manager_is_precached_only_where_a_page_loads_it(fixture_book) -> None:
    precached = set(precached_urls(fixture_book.html / WORKER))
    slider = (fixture_book.html / "slider.html").read_text(encoding="utf-8")
    anywidget = (fixture_book.html / "anywidget.html").read_text(encoding="utf-8")
    assert "html-manager/embed-amd.js" in slider and "html-manager" not in anywidget
    assert "_static/html-manager/embed-amd.js" in precached
    assert "_static/require/require.js" in precached
    assert not [url for url in precached if url.endswith(".map") or "_sources" in url]
