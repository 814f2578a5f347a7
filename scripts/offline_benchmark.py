"""The offline copy's figures for scripts/benchmark.py: what the service worker precaches, and how
fast a chapter opens from it with no network against the same chapter fetched online.

- precache: the files ``sw.js`` lists, their bytes raw and gzip-compressed (as a server would send
  them on the first visit); the goal is at most 3 MB raw;
- open: from navigation until every widget of chapter 1 is on screen (``performance.now()`` in the
  page), online in a fresh profile with no worker, and offline in a profile whose worker saved the
  course on an earlier visit, with the network cut. Medians of several runs, taking turns.

Run alone on a built book: ``.venv/bin/python scripts/offline_benchmark.py _build/html [--runs N]``.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from playwright.sync_api import Browser, sync_playwright  # noqa: E402

from abcourse.site.offline import WORKER, precached_urls  # noqa: E402
from tests.browser.browsers import find_chromium  # noqa: E402
from tests.browser.serve import serve  # noqa: E402

CHAPTER = "book/01-weak-core.html"
FIRST_VISIT = "book/intro.html"
GOAL_BYTES = 3_000_000
#: the time at which the page's last widget is on screen, or false until then
WIDGETS_SHOWN = """() => {
  const views = document.querySelectorAll(
    "script[type='application/vnd.jupyter.widget-view+json']").length;
  const shown = document.querySelectorAll(".abc-widget").length;
  return views > 0 && shown >= views ? performance.now() : false;
}"""


def precache_size(html: Path) -> tuple[int, int, int]:
    """(files, raw bytes, gzip bytes) of what the worker precaches."""
    files = [html / url for url in precached_urls(html / WORKER)]
    raw = sum(path.stat().st_size for path in files)
    packed = sum(len(gzip.compress(path.read_bytes(), compresslevel=6)) for path in files)
    return len(files), raw, packed


def open_ms(browser: Browser, site: str, *, offline: bool) -> float:
    """Milliseconds until chapter 1 shows its widgets: online cold, or offline from the cache."""
    context = browser.new_context(service_workers="allow" if offline else "block")
    page = context.new_page()
    if offline:
        page.goto(f"{site}/{FIRST_VISIT}")
        page.wait_for_function(
            "navigator.serviceWorker.controller?.state === 'activated'", timeout=60_000
        )
        context.set_offline(True)
    page.goto(f"{site}/{CHAPTER}")
    shown = page.wait_for_function(WIDGETS_SHOWN, polling="raf", timeout=30_000).json_value()
    context.close()
    return float(shown)


def measure(browser: Browser, site: str, runs: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {"online": [], "offline": []}
    for _ in range(runs):
        times["online"].append(open_ms(browser, site, offline=False))
        times["offline"].append(open_ms(browser, site, offline=True))
    return times


def report(html: Path, times: dict[str, list[float]]) -> None:
    files, raw, packed = precache_size(html)
    verdict = "within" if raw <= GOAL_BYTES else "OVER"
    print("\nOffline copy (service worker):")
    print(f"  precache: {files} files, {raw / 1e6:.2f} MB raw, {packed / 1e6:.2f} MB gzip")
    print(f"  precache goal: at most {GOAL_BYTES / 1e6:.0f} MB raw, {verdict}")
    runs = len(times["online"])
    for name in ("online", "offline"):
        values = times[name]
        spread = f"{min(values):.0f}-{max(values):.0f}"
        label = "online, fresh profile" if name == "online" else "offline, from the cache"
        median = statistics.median(values)
        print(f"  {CHAPTER}, widgets shown, {label}: {median:.0f} ms ({spread}, {runs} runs)")


def run(browser: Browser, site: str, html: Path, runs: int) -> None:
    """The section benchmark.py prints: on a served build, with a browser it has launched."""
    report(html, measure(browser, site, runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("html", type=Path, help="a built site (_build/html)")
    parser.add_argument("--runs", type=int, default=7, help="opens per figure (default 7)")
    args = parser.parse_args()
    with serve(args.html) as site, sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=find_chromium(playwright.chromium.executable_path),
            args=["--no-sandbox", "--disable-gpu"],
        )
        run(browser, site, args.html, args.runs)
        browser.close()


if __name__ == "__main__":
    main()
