"""Measure the book: build time, rebuild time, page weight and how soon a quiz answers.

Run with ``.venv/bin/python scripts/benchmark.py [--runs N] [--page-runs M]``. It prints the median
of N builds and M page loads (page loads are cheap and vary more, so they get more runs) of:

- a full build from clean (``jupyter-book build --all``, strict, into a fresh folder);
- a rebuild with nothing changed (served from the execution cache);
- the bytes a chapter page transfers when served gzip-compressed (every file the page loads,
  each compressed as a web server would), and uncompressed for comparison;
- the seconds from navigation until the chapter's first quiz has graded a click.

Figures, not pass/fail: the README quotes them against the targets.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import unquote, urlsplit

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from playwright.sync_api import Browser, sync_playwright  # noqa: E402

from tests.browser.browsers import find_chromium  # noqa: E402
from tests.support import run_build  # noqa: E402

CHAPTER_PAGE = "book/01-weak-core.html"
TARGETS = {
    "full build (s)": 90,
    "no-change rebuild (s)": 15,
    "chapter page, gzip (MB)": 1.5,
    "quiz answers after (s)": 1.5,
    "... on a return visit (s)": 1.5,
}


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@contextmanager
def serve(folder: Path) -> Iterator[str]:
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def measure_builds(runs: int) -> tuple[list[float], list[float], Path]:
    full, rebuild = [], []
    output = Path()
    for run in range(runs):
        output = Path(tempfile.mkdtemp(prefix="abcourse-bench-"))
        first = run_build(output)
        if first.returncode != 0:
            sys.exit(f"the build failed:\n{first.log[-3000:]}")
        second = run_build(output)
        full.append(first.seconds)
        rebuild.append(second.seconds)
        print(f"  build run {run + 1}: full {first.seconds:.1f} s, rebuild {second.seconds:.1f} s")
    return full, rebuild, output / "_build" / "html"


def page_bytes(browser: Browser, site: str, html: Path) -> tuple[int, int]:
    """Bytes of every file the chapter page loads: (gzip-compressed, raw)."""
    loaded: set[str] = set()
    page = browser.new_page()
    page.on("requestfinished", lambda request: loaded.add(request.url))
    page.goto(f"{site}/{CHAPTER_PAGE}", wait_until="networkidle")
    page.wait_for_selector(".abc-quiz")
    page.close()
    compressed = raw = 0
    # blob: and data: URLs are made in the page itself and cost no transfer.
    for url in (u for u in loaded if u.startswith(site)):
        path = html / unquote(urlsplit(url).path).lstrip("/")
        if path.is_dir():
            path = path / "index.html"
        body = path.read_bytes()
        raw += len(body)
        compressed += len(gzip.compress(body, compresslevel=6))
    return compressed, raw


QUIZ_READY = "document.querySelector('.abc-quiz fieldset input') !== null"
QUIZ_GRADED = (
    "[...document.querySelectorAll('.abc-quiz .abc-feedback')]"
    ".some((element) => /Correct|Not quite/.test(element.textContent))"
)


def seconds_until_quiz_answers(browser: Browser, site: str, *, warm: bool = False) -> float:
    """From navigation until a click on the first quiz's first option has been graded.

    Cold: a fresh browser profile, nothing cached. Warm: the page was visited before in the same
    profile, as when a learner comes back or moves between chapters (the scripts are cached).

    The waits poll in the page on every animation frame. Playwright's own action retries back off
    for up to half a second when an element is not there yet, which would be counted as load time.
    """
    context = browser.new_context()
    page = context.new_page()
    if warm:
        page.goto(f"{site}/{CHAPTER_PAGE}")
        page.wait_for_selector(".abc-quiz")
    started = time.perf_counter()
    page.goto(f"{site}/{CHAPTER_PAGE}", wait_until="commit")
    page.wait_for_function(QUIZ_READY, polling="raf")
    question = page.locator(".abc-quiz fieldset").first
    question.locator("input").first.check()
    question.get_by_role("button", name="Check answer").click()
    page.wait_for_function(QUIZ_GRADED, polling="raf")
    elapsed = time.perf_counter() - started
    context.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="builds from clean (default 3)")
    parser.add_argument(
        "--page-runs", type=int, default=9, help="page loads per timing figure (default 9)"
    )
    args = parser.parse_args()

    print(f"Building the book {args.runs} times from clean, each followed by a rebuild…")
    full, rebuild, html = measure_builds(args.runs)

    print(f"Loading {CHAPTER_PAGE} {args.page_runs} times cold and warm in Chromium…")
    with serve(html) as site, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=find_chromium(playwright.chromium.executable_path),
            args=["--no-sandbox", "--disable-gpu"],
        )
        compressed, raw = page_bytes(browser, site, html)
        cold = [seconds_until_quiz_answers(browser, site) for _ in range(args.page_runs)]
        warm = [seconds_until_quiz_answers(browser, site, warm=True) for _ in range(args.page_runs)]
        browser.close()

    figures = {
        "full build (s)": statistics.median(full),
        "no-change rebuild (s)": statistics.median(rebuild),
        "chapter page, gzip (MB)": compressed / 1e6,
        "quiz answers after (s)": statistics.median(cold),
        "... on a return visit (s)": statistics.median(warm),
    }
    print(
        f"\nMedians of {args.runs} builds and {args.page_runs} page loads"
        f" ({CHAPTER_PAGE}; uncompressed {raw / 1e6:.2f} MB):"
    )
    print(f"  quiz answers after, cold, min-max (s): {min(cold):.2f}-{max(cold):.2f}")
    for name, value in figures.items():
        verdict = "within" if value <= TARGETS[name] else "OVER"
        print(f"  {name:<26}{value:8.2f}   target {TARGETS[name]:<5} {verdict}")


if __name__ == "__main__":
    main()
