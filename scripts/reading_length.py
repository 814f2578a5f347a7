"""Print how long each page of a built course is on a phone: height at 390 px, visible words and
minutes at 200 words a minute, folded sections closed and no saved progress.

    .venv/bin/python scripts/reading_length.py [--site _build/html]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser.browsers import find_chromium  # noqa: E402
from tests.browser.reading import measure  # noqa: E402
from tests.browser.serve import serve  # noqa: E402
from tests.browser.test_reading_length import COURSE_PAGES  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--site", type=Path, default=ROOT / "_build" / "html")
    site = parser.parse_args().site
    with sync_playwright() as playwright, serve(site) as url:
        executable = find_chromium(playwright.chromium.executable_path)
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        pages = [name for name in COURSE_PAGES if (site / "book" / f"{name}.html").is_file()]
        print(f"{'page':32} {'height px':>10} {'words':>7} {'minutes':>8}")
        total = 0
        for name in pages:
            length = measure(browser, url, name)
            total += length.words
            print(f"{name:32} {length.height:>10,} {length.words:>7,} {length.minutes:>8.1f}")
        print(f"{'all':32} {'':>10} {total:>7,} {total / 200:>8.1f}")
        browser.close()


if __name__ == "__main__":
    main()
