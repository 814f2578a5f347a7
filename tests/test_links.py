"""No dead link on the built site: every internal link, image and #anchor of every page resolves.

The check is pytest-check-links, run over the built pages in a pytest of its own; links to other
hosts (the references' DOIs and web pages) are left out, since the tests run offline.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

EXTERNAL = "^(https?:)?//"


def check_links(folder: Path, pages: list[Path]) -> subprocess.CompletedProcess[str]:
    """Run pytest-check-links over `pages` (relative to `folder`), anchors included."""
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-q",
        "--check-links",
        "--check-anchors",
        "--check-links-ignore",
        EXTERNAL,
        *(str(page.relative_to(folder)) for page in pages),
    ]
    return subprocess.run(command, cwd=folder, capture_output=True, text=True, check=False)


def site_pages(html: Path) -> list[Path]:
    """Every page of the book, the search and index pages included; not the theme's own files."""
    return sorted(path for path in html.rglob("*.html") if "_static" not in path.parts)


def test_every_internal_link_and_anchor_resolves(built_site) -> None:
    pages = site_pages(built_site.html)
    assert len(pages) >= 10, [page.name for page in pages]
    result = check_links(built_site.html, pages)
    failures = [line for line in result.stdout.splitlines() if line.startswith("FAILED")]
    assert result.returncode == 0, "\n".join(failures) or result.stdout[-3000:]
    assert " passed" in result.stdout


def test_a_dead_link_or_anchor_is_found(tmp_path) -> None:
    """The same check on a small site with a dead page link, a dead anchor and a missing image."""
    (tmp_path / "other.html").write_text('<html><body><h2 id="here">Here</h2></body></html>')
    (tmp_path / "page.html").write_text(
        '<html><body><a href="other.html#here">fine</a> <a href="other.html#gone">anchor</a>'
        ' <a href="missing.html">page</a> <img src="missing.png" alt="x">'
        ' <a href="https://example.org/not-checked">external</a></body></html>'
    )
    result = check_links(tmp_path, [tmp_path / "page.html"])
    failures = [line for line in result.stdout.splitlines() if line.startswith("FAILED")]
    assert result.returncode != 0
    assert len(failures) == 3, result.stdout
    for dead in ("other.html#gone", "missing.html", "missing.png"):
        assert any(dead in line for line in failures), dead
