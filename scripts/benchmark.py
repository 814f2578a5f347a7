"""Measure the book: build times, and page weight and speed with the widget host and without it.

Run with ``.venv/bin/python scripts/benchmark.py [--runs N] [--page-runs M]``. It prints medians:

- a full build from clean (``jupyter-book build --all``, strict, into a fresh folder), N times,
  each followed by a rebuild with nothing changed (served from the execution cache);
- one more build with the widget host switched off (``abcourse_widget_host: false``), where every
  widget page takes the ipywidgets html-manager path, as all of them did before the host;
- for each of the two builds, served on 127.0.0.1, and for chapter 1, chapter 4 and the Your plan
  page: the bytes of every file the page loads, raw and gzip-compressed (as a web server would
  send them), and the time from navigation until the page's first quiz has an input that answers
  a click (on the plan page, the tool's first button); for the glossary, a page without widgets,
  the time until its ``load`` event; and each widget page's time as a ratio to the glossary's
  (the median of the ratios within each round, in which the pages load one right after another,
  so that a slow spell of a shared machine slows both sides of a ratio alike);
- chapter 1's first quiz *visible*: from navigation until its first input is in the page (drawn
  there at build time, or rendered by the widget host) and laid out in the next frame the
  browser draws (read in that frame's animation callback, which lays the page out then; a timer
  after the frame would wait behind every task already queued), as a ratio to the glossary's load
  like the others;
- chapter 1's layout shift at 390 px while its widgets come to life: the page is painted with
  its first widget's place in view (scrolled there, as a link to a section would) before the
  widget host is let through (the html-manager's scripts block the page, so they are not held),
  then the browser's layout-shift entries that moved something in the article are summed (and,
  apart, those in the whole page, where the theme's header buttons shift when its icon font
  arrives, on every page alike);
- chapter 1 again on a return visit (its files cached);
- the workout mode's first render on the Your plan page: from the click on "Start today's
  session" until the first step's countdown is on screen (the next frame after it appears);
- the offline copy (``scripts/offline_benchmark.py``, which also runs alone): the service
  worker's precache in files and bytes, raw and gzip, and chapter 1 opened offline from it against
  the same chapter online.

Each page load uses a fresh browser profile (empty cache), M loads per figure, the two builds
taking turns so that a slow spell of the machine hits both alike. Times are read in the page
itself (``performance.now()`` from the start of navigation): a script added before the page's
own watches the DOM, clicks the first input as soon as it appears and notes when the page has
answered. Figures, not pass/fail: the README quotes them against the targets.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit

import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import offline_benchmark  # noqa: E402  (beside this file: the offline copy's section)
from playwright.sync_api import Browser, Route, sync_playwright  # noqa: E402

from tests.browser.browsers import find_chromium  # noqa: E402
from tests.browser.serve import serve  # noqa: E402
from tests.support import run_build  # noqa: E402

#: widget pages, and what answers a click on each: the first quiz, or the plan's first button
WIDGET_PAGES = {
    "book/01-weak-core.html": "quiz",
    "book/04-back-conditions.html": "quiz",
    "book/06-your-plan.html": "plan",
}
PLAIN_PAGE = "book/glossary.html"
#: every page measured: the widget pages, then the plain one they are compared with
MEASURED_PAGES = [*WIDGET_PAGES, PLAIN_PAGE]
RETURN_PAGE = "book/01-weak-core.html"
PATHS = {"host": "widget host", "manager": "html-manager"}
TARGETS = {
    "full build (s)": 90,
    "no-change rebuild (s)": 15,
    "chapter 1, gzip (KB)": 300,
    "ratio to the glossary": 1.5,
    "first quiz visible, ratio": 1.1,
    "layout shift": 0,
}

# Runs before the page's own scripts: note when the first quiz's first input is in the page and
# painted (visible: drawn at build time, or rendered by the host), then, as soon as the live
# widget's input is there (not the drawing the host swaps out), click it the way a learner would
# and note when the page has answered. MutationObserver callbacks run right after each change, so
# nothing waits on a timer or on the test driver.
PROBE = """
(() => {
  const kinds = %s;
  const kind = kinds[location.pathname.split("/").pop()];
  window.__answeredAt = null;
  window.__visibleAt = null;
  if (!kind) return;
  // the first match that is not in a widget drawn at build time
  const live = (selector) =>
    [...document.querySelectorAll(selector)].find((at) => !at.closest("[data-abc-prerendered]"));
  const shown = {
    quiz: ".abc-quiz fieldset input",
    plan: ".abc-plan button[aria-expanded]",
  }[kind];
  const steps = {
    quiz: {
      find: () => live(".abc-quiz fieldset input")?.closest("fieldset"),
      act: (question) => {
        const input = question.querySelector("input");
        if (input.type === "text") {
          // a number question: type a number, as a learner would
          input.value = "50";
          input.dispatchEvent(new Event("input", { bubbles: true }));
        } else input.click();
        const buttons = [...question.querySelectorAll("button")];
        buttons.find((button) => button.textContent === "Check answer").click();
      },
      answered: (question) => {
        const feedback = question.querySelector(".abc-feedback")?.textContent ?? "";
        return /Correct|Not quite/.test(feedback);
      },
    },
    plan: {
      find: () => live(".abc-plan button[aria-expanded]"),
      act: (button) => button.click(),
      answered: (button) => button.getAttribute("aria-expanded") === "true",
    },
  };
  const step = steps[kind];
  let target = null;
  let seen = false;
  const observer = new MutationObserver(() => {
    const input = seen ? null : document.querySelector(shown);
    if (input) {
      seen = true;
      // laid out in the next frame the browser draws: the frame's layout, done here rather than
      // just after this callback, is the same work; what is left of the frame, its paint, is
      // short. Not a timer after the frame, which Chrome runs only after every task already
      // queued (the page's other scripts, its load event), whatever the frame held.
      requestAnimationFrame(() => {
        input.getBoundingClientRect();
        window.__visibleAt = performance.now();
      });
    }
    if (!target) {
      target = step.find();
      if (!target) return;
      step.act(target);
    }
    if (step.answered(target)) {
      window.__answeredAt = performance.now();
      observer.disconnect();
    }
  });
  const everything = { childList: true, subtree: true, attributes: true, characterData: true };
  observer.observe(document, everything);
})();
"""


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


def build_without_host() -> Path:
    """The book with the widget host switched off: every widget page gets the html-manager."""
    config = yaml.safe_load((REPO / "_config.yml").read_text(encoding="utf-8"))
    config.setdefault("sphinx", {}).setdefault("config", {})["abcourse_widget_host"] = False
    folder = Path(tempfile.mkdtemp(prefix="abcourse-bench-manager-"))
    config_file = folder / "_config.yml"
    config_file.write_text(yaml.safe_dump(config, sort_keys=False), encoding="utf-8")
    build = run_build(folder / "out", "--config", str(config_file))
    if build.returncode != 0:
        sys.exit(f"the build without the widget host failed:\n{build.log[-3000:]}")
    return build.html


@dataclass
class Figures:
    """What one build measured: bytes per page, and load times in seconds per page."""

    bytes: dict[str, tuple[int, int]] = field(default_factory=dict)
    times: dict[str, list[float]] = field(default_factory=dict)

    def median(self, page: str) -> float:
        """The median time of a page (or of a figure named so, such as "shift")."""
        return statistics.median(self.times[page])

    def ratio(self, page: str, baseline: str) -> float:
        """The median, over the rounds, of the page's time over the baseline's in that round."""
        pairs = zip(self.times[page], self.times[baseline], strict=True)
        return statistics.median(time / base for time, base in pairs)


def page_bytes(browser: Browser, site: str, html: Path, page_path: str) -> tuple[int, int]:
    """Bytes of every file the page loads: (gzip-compressed, raw)."""
    loaded: set[str] = set()
    context = browser.new_context()
    context.add_init_script(PROBE % json.dumps(kinds()))
    page = context.new_page()
    page.on("requestfinished", lambda request: loaded.add(request.url))
    page.goto(f"{site}/{page_path}", wait_until="networkidle")
    if page_path in WIDGET_PAGES:
        page.wait_for_function("window.__answeredAt !== null", polling=50, timeout=30_000)
        page.wait_for_load_state("networkidle")
    context.close()
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


def kinds() -> dict[str, str]:
    return {path.split("/")[-1]: kind for path, kind in WIDGET_PAGES.items()}


def seconds_until_ready(
    browser: Browser, site: str, page_path: str, *, warm: bool = False
) -> tuple[float, float | None]:
    """Cold: a fresh profile. Warm: the page was opened before in the same profile.

    A widget page's time until its first quiz answers a click, and until that quiz is visible;
    a plain page's time until its ``load`` event (and None).
    """
    context = browser.new_context()
    context.add_init_script(PROBE % json.dumps(kinds()))
    page = context.new_page()
    if warm:
        page.goto(f"{site}/{page_path}")
        page.wait_for_function("window.__answeredAt !== null", polling=50, timeout=30_000)
        page.wait_for_load_state("networkidle")
    visible = None
    if page_path in WIDGET_PAGES:
        page.goto(f"{site}/{page_path}", wait_until="commit")
        page.wait_for_function(
            "window.__answeredAt !== null && window.__visibleAt !== null",
            polling=50,
            timeout=30_000,
        )
        elapsed, visible = page.evaluate("[window.__answeredAt, window.__visibleAt]")
    else:
        page.goto(f"{site}/{page_path}", wait_until="load")
        elapsed = page.evaluate("performance.getEntriesByType('navigation')[0].loadEventStart")
    context.close()
    return elapsed / 1000, None if visible is None else visible / 1000


SHIFT_PAGE = "book/01-weak-core.html"
# Sums the page's layout-shift entries (the browser's own measure of content that moved), all of
# them and those that moved something in the article, where the widgets are; the theme's header
# buttons, shown by its scripts, shift the top bar of every page alike.
SHIFT_PROBE = """
(() => {
  window.__shift = { page: 0, article: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shift.page += entry.value;
      // a source whose node is gone (a placeholder or drawing swapped out) counts as the article
      const inArticle = entry.sources.some((source) => !source.node ||
        (source.node.closest ? source.node : source.node.parentElement)?.closest("article"));
      if (inArticle) window.__shift.article += entry.value;
    }
  }).observe({ type: "layout-shift", buffered: true });
})();
"""
#: when every widget has come to life: no drawing or placeholder left, and (the html-manager has
#: neither) as many quizzes and checklists as view tags
WIDGETS_LIVE = """
!document.querySelector('[data-abc-prerendered], .abc-widget-placeholder')
  && document.readyState === 'complete'
  && document.querySelectorAll('.abc-widget').length
    >= document.querySelectorAll('script[type="application/vnd.jupyter.widget-view+json"]').length
"""


#: the script that brings a page's widgets to life, a deferred module script, so the page is read
#: and painted without it; the html-manager's scripts block the page's parsing, so they are not held
WIDGET_FRONT_END = re.compile(r"widget-host/host\.js")
# Scrolls the first widget's place into view, as a link to a section of the chapter would.
TO_FIRST_WIDGET = """
() => new Promise((done) => {
  const tag = document.querySelector('script[type="application/vnd.jupyter.widget-view+json"]');
  const top = tag.parentElement.getBoundingClientRect().top + window.scrollY;
  window.scrollTo(0, top - 200);
  requestAnimationFrame(() => requestAnimationFrame(done));
})
"""


def layout_shift(browser: Browser, site: str) -> tuple[float, float]:
    """Chapter 1 at 390 px, painted with its first widget in view before the widget host runs
    (held back until then; the html-manager is not held, as its scripts block the page), and
    loaded until its widgets are live and two frames more: the sum of layout shifts in its
    article, and in the whole page."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.add_init_script(SHIFT_PROBE)
    page = context.new_page()
    held: list[Route] = []
    page.route(WIDGET_FRONT_END, lambda route: held.append(route))
    # read to the end, not DOMContentLoaded, which waits for the host (a deferred module script)
    page.goto(f"{site}/{SHIFT_PAGE}", wait_until="commit")
    page.wait_for_function("document.readyState !== 'loading'")
    page.evaluate(TO_FIRST_WIDGET)
    for route in held:
        route.continue_()
    page.unroute(WIDGET_FRONT_END)
    page.wait_for_function(WIDGETS_LIVE, polling=50, timeout=30_000)
    page.wait_for_load_state("networkidle")
    page.evaluate("new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))")
    shift = page.evaluate("window.__shift")
    context.close()
    return shift["article"], shift["page"]


WORKOUT_PAGE = "book/06-your-plan.html"
# Clicks "Start today's session" and notes, in the page's own clock, when the first step's
# countdown shows a time, and the frame after that (when it is painted).
WORKOUT_PROBE = """
() => new Promise((resolve) => {
  const button = document.querySelector(".abc-workout-start");
  const shown = () => {
    const big = document.querySelector(".abc-workout-big");
    return big && big.offsetParent !== null && /\\d:\\d\\d/.test(big.textContent);
  };
  const clicked = performance.now();
  button.click();
  const wait = () => {
    if (!shown()) return requestAnimationFrame(wait);
    requestAnimationFrame(() => resolve(performance.now() - clicked));
  };
  wait();
})
"""


def workout_first_render_ms(browser: Browser, site: str) -> float:
    """Milliseconds from the click on "Start today's session" to the countdown painted."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{site}/{WORKOUT_PAGE}", wait_until="load")
    page.wait_for_selector(".abc-workout-start", timeout=30_000)
    elapsed = page.evaluate(WORKOUT_PROBE)
    context.close()
    return elapsed


def measure_pages(browser: Browser, sites: dict[str, tuple[str, Path]], runs: int) -> dict:
    figures = {name: Figures() for name in sites}
    for name, (site, html) in sites.items():
        for page_path in MEASURED_PAGES:
            figures[name].bytes[page_path] = page_bytes(browser, site, html, page_path)
    for run in range(runs):
        for name, (site, _html) in sites.items():
            times = figures[name].times
            for page_path in MEASURED_PAGES:
                seconds, visible = seconds_until_ready(browser, site, page_path)
                times.setdefault(page_path, []).append(seconds)
                if visible is not None:
                    times.setdefault(f"{page_path} visible", []).append(visible)
            warm, _visible = seconds_until_ready(browser, site, RETURN_PAGE, warm=True)
            times.setdefault("return", []).append(warm)
            workout = workout_first_render_ms(browser, site) / 1000
            times.setdefault("workout", []).append(workout)
            article, whole = layout_shift(browser, site)
            times.setdefault("shift", []).append(article)
            times.setdefault("shift, page", []).append(whole)
        print(f"  page round {run + 1} of {runs} done")
    return figures


def report(figures: dict[str, Figures], full: list[float], rebuild: list[float], runs: int) -> None:
    host = figures["host"]
    print(f"\nMedians of {len(full)} builds and {runs} page loads each (cold cache unless noted):")
    for name, values in (("full build (s)", full), ("no-change rebuild (s)", rebuild)):
        if values:
            print(f"  {name:<40}{statistics.median(values):8.1f}   target {TARGETS[name]}")
    print(f"\n  {'page':<34}{PATHS['host']:>26}{PATHS['manager']:>26}")
    for page_path in MEASURED_PAGES:
        cells = []
        for name in ("host", "manager"):
            gz, raw = figures[name].bytes[page_path]
            cells.append(f"{gz / 1e3:7.0f} KB gzip ({raw / 1e6:.2f} MB)")
        print(f"  {page_path + ', bytes':<34}{cells[0]:>26}{cells[1]:>26}")
    for page_path in WIDGET_PAGES:
        cells = []
        for name in ("host", "manager"):
            ratio = figures[name].ratio(page_path, PLAIN_PAGE)
            times = figures[name].times[page_path]
            spread = f"{min(times):.2f}-{max(times):.2f}"
            cells.append(f"{figures[name].median(page_path):5.2f} s x{ratio:4.2f} ({spread})")
        print(f"  {page_path + ', answers':<34}{cells[0]:>26}{cells[1]:>26}")
    for page_path in WIDGET_PAGES:
        cells = []
        for name in ("host", "manager"):
            key = f"{page_path} visible"
            ratio = figures[name].ratio(key, PLAIN_PAGE)
            cells.append(f"{figures[name].median(key):5.2f} s x{ratio:4.2f}")
        print(f"  {page_path + ', visible':<34}{cells[0]:>26}{cells[1]:>26}")
    cells = [f"{figures[name].median(PLAIN_PAGE):5.2f} s" for name in ("host", "manager")]
    print(f"  {PLAIN_PAGE + ', load':<34}{cells[0]:>26}{cells[1]:>26}")
    for key, label in (("shift", "in the article"), ("shift, page", "whole page")):
        cells = [f"{figures[name].median(key):8.4f}" for name in ("host", "manager")]
        print(f"  {'chapter 1 layout shift, ' + label:<34}{cells[0]:>26}{cells[1]:>26}")
    cells = [f"{figures[name].median('return'):5.2f} s" for name in ("host", "manager")]
    print(f"  {RETURN_PAGE + ', return visit':<34}{cells[0]:>26}{cells[1]:>26}")
    cells = [f"{figures[name].median('workout') * 1000:5.0f} ms" for name in ("host", "manager")]
    print(f"  {'workout mode, first render':<34}{cells[0]:>26}{cells[1]:>26}")

    report_targets(host)


def report_targets(host: Figures) -> None:
    print("\nAgainst the targets (widget host):")
    chapter_1 = host.bytes["book/01-weak-core.html"][0] / 1e3
    verdict = "within" if chapter_1 <= TARGETS["chapter 1, gzip (KB)"] else "OVER"
    target = TARGETS["chapter 1, gzip (KB)"]
    print(f"  chapter 1, gzip: {chapter_1:.0f} KB, target {target} KB {verdict}")
    for page_path in WIDGET_PAGES:
        ratio = host.ratio(page_path, PLAIN_PAGE)
        target = TARGETS["ratio to the glossary"]
        verdict = "within" if ratio <= target else "OVER"
        print(f"  {page_path} answers: x{ratio:.2f} the glossary, target x{target} {verdict}")
    ratio = host.ratio(f"{SHIFT_PAGE} visible", PLAIN_PAGE)
    target = TARGETS["first quiz visible, ratio"]
    verdict = "within" if ratio <= target else "OVER"
    print(f"  {SHIFT_PAGE} first quiz visible: x{ratio:.2f}, target x{target} {verdict}")
    shift = host.median("shift")
    verdict = "within" if shift <= TARGETS["layout shift"] else "OVER"
    print(f"  {SHIFT_PAGE} layout shift in the article: {shift:.4f}, target 0 {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="builds from clean (default 3)")
    parser.add_argument(
        "--page-runs", type=int, default=9, help="page loads per figure (default 9)"
    )
    parser.add_argument(
        "--built",
        nargs=2,
        type=Path,
        metavar=("HOST_HTML", "MANAGER_HTML"),
        help="measure the pages of two builds made before (with and without the host); no builds",
    )
    args = parser.parse_args()

    if args.built:
        full, rebuild = [], []
        html, manager_html = args.built
    else:
        print(f"Building the book {args.runs} times from clean, each followed by a rebuild…")
        full, rebuild, html = measure_builds(args.runs)
        print("Building it once more with the widget host switched off…")
        manager_html = build_without_host()

    print(f"Loading each page {args.page_runs} times per build in Chromium…")
    with (
        serve(html) as host_site,
        serve(manager_html) as manager_site,
        sync_playwright() as playwright,
    ):
        browser = playwright.chromium.launch(
            executable_path=find_chromium(playwright.chromium.executable_path),
            args=["--no-sandbox", "--disable-gpu"],
        )
        sites = {"host": (host_site, html), "manager": (manager_site, manager_html)}
        figures = measure_pages(browser, sites, args.page_runs)
        offline_times = offline_benchmark.measure(browser, host_site, args.page_runs)
        browser.close()
    report(figures, full, rebuild, args.page_runs)
    offline_benchmark.report(html, offline_times)


if __name__ == "__main__":
    main()
