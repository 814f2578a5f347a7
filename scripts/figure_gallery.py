"""Draw every figure of the data files on one page, in light and dark, to look at them quickly.

    .venv/bin/python scripts/figure_gallery.py [--png] [FILTER]

writes ``_build/figures/index.html`` (open it in a browser) without building the book; with
``--png`` it also saves a screenshot of each figure set there, using Chromium. FILTER keeps the
sets whose key (``01-weak-core/front-plank``) contains it. The book's own figures are checked on
the built pages by ``tests/browser/test_figures.py``.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from playwright.sync_api import sync_playwright  # noqa: E402

from abcourse.figures.figureset import FigureLibrary  # noqa: E402
from abcourse.figures.svg import set_svgs, thumbnail_svg  # noqa: E402
from tests.browser.browsers import find_chromium  # noqa: E402

OUT = REPO / "_build" / "figures"
STYLE = """
body { font-family: system-ui, sans-serif; margin: 0; }
.theme { padding: 1rem; }
.light { background: #fff; color: #1f2328; --abc-figure-paper: #fff; }
.dark { background: #121212; color: #ced6dd; --abc-figure-paper: #121212; }
.set { margin: 0 0 2rem; }
.panels { display: flex; flex-wrap: wrap; gap: 0.75rem; }
.panel { width: 360px; }
.panel p { margin: 0.2rem 0; font-size: 0.85rem; }
.thumb { width: 120px; }
.abc-pose-moves { display: none; }
"""


def set_html(library: FigureLibrary, key: str) -> str:
    figure_set = library.figure_set(key)
    panels = []
    for panel, svg in set_svgs(figure_set):
        label = {
            "start": "Start",
            "end": "End (start faint)",
            "other": "End, other side",
            "right": "Right",
            "fault": f"Not this: {panel.figure.label}",
        }[panel.kind]
        panels.append(f'<div class="panel"><p>{escape(label)}</p>{svg}</div>')
    panels.append(f'<div class="panel thumb"><p>Plan</p>{thumbnail_svg(figure_set)}</div>')
    heading = f"<h3>{escape(key)}: {escape(figure_set.title)}</h3>"
    body = f'<div class="panels">{"".join(panels)}</div>'
    return f'<section class="set" id="{escape(key)}">{heading}{body}</section>'


def main(argv: list[str]) -> int:
    want_png = "--png" in argv
    words = [arg for arg in argv if not arg.startswith("--")]
    library = FigureLibrary(REPO / "book" / "data")
    keys = [key for key in library.keys() if not words or any(word in key for word in words)]
    OUT.mkdir(parents=True, exist_ok=True)
    sets = "".join(set_html(library, key) for key in keys)
    themes = f'<div class="theme light">{sets}</div><div class="theme dark">{sets}</div>'
    page = (
        f'<!doctype html><meta charset="utf-8"><title>Figures</title><style>{STYLE}</style>{themes}'
    )
    (OUT / "index.html").write_text(page, encoding="utf-8")
    print(OUT / "index.html")
    if want_png:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=find_chromium(playwright.chromium.executable_path),
                args=["--no-sandbox"],
            )
            page = browser.new_page(viewport={"width": 1600, "height": 900})
            page.goto((OUT / "index.html").as_uri())
            for theme in ("light", "dark"):
                for index, key in enumerate(keys):
                    target = OUT / f"{theme}-{key.replace('/', '--')}.png"
                    page.locator(f".{theme} section.set").nth(index).screenshot(path=str(target))
                    print(target)
            browser.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
