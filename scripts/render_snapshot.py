"""Write what a learner sees on every page of a built book, to compare two builds byte for byte.

    .venv/bin/python scripts/render_snapshot.py [BUILT_HTML_DIR] [OUT_DIR]

opens each page of ``BUILT_HTML_DIR`` (default ``_build/html``) in Chromium with no saved progress,
waits until every widget has rendered, and writes the page's article (the widgets as rendered, the
figures' SVG, the text; without scripts, whose source may change while what they draw does not)
to ``OUT_DIR/<page>.html`` (default ``_build/snapshot``). ``diff -r`` two such folders to check
that a change to the code moved it without changing what any page shows.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

from playwright.sync_api import Page, sync_playwright

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.browser.browsers import find_chromium  # noqa: E402
from tests.browser.serve import serve  # noqa: E402

# the article as the learner sees it: scripts removed, since a widget's state script carries
# its module's source text, which formatting may change without changing what it draws
ARTICLE = """() => {
    const article = (document.querySelector("article") || document.body).cloneNode(true);
    article.querySelectorAll("script").forEach((script) => script.remove());
    return article.outerHTML;
}"""


#: the time every page sees, so two builds' element ids compare equal
FIXED_TIME = datetime(2026, 1, 1, tzinfo=UTC)


def wait_for_widgets(page: Page) -> None:
    """Wait until each embedded widget view has rendered into a course widget."""
    views = page.locator("script[type='application/vnd.jupyter.widget-view+json']").count()
    if views:
        page.wait_for_function(
            "n => document.querySelectorAll('.abc-widget').length >= n", arg=views, timeout=30_000
        )
    page.wait_for_load_state("networkidle")


def snapshot(html_dir: Path, out_dir: Path) -> list[Path]:
    """Write one file per page; return the files written."""
    pages = sorted(
        path.relative_to(html_dir)
        for path in html_dir.rglob("*.html")
        if not {"_static", "_sources", "_sphinx_design_static"} & set(path.parts)
    )
    written = []
    with serve(html_dir) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=find_chromium(playwright.chromium.executable_path),
            args=["--no-sandbox", "--disable-gpu"],
        )
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        for relative in pages:
            page = context.new_page()
            # the widgets' element ids carry the clock's time; a fixed clock makes them repeat
            page.clock.set_fixed_time(FIXED_TIME)
            page.goto(f"{url}/{relative.as_posix()}")
            wait_for_widgets(page)
            target = out_dir / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.evaluate(ARTICLE), encoding="utf-8")
            written.append(target)
            page.close()
        browser.close()
    return written


def main(argv: list[str]) -> int:
    html_dir = Path(argv[0]) if argv else REPO / "_build" / "html"
    out_dir = Path(argv[1]) if len(argv) > 1 else REPO / "_build" / "snapshot"
    for path in snapshot(html_dir, out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
