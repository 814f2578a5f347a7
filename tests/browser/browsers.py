"""Find a Chromium for Playwright: an environment variable, Playwright's own, or the system's."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

SYSTEM_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

INSTALL_HINT = (
    "No Chromium found for the browser tests. Install one (Debian/Ubuntu: "
    "'sudo apt-get install chromium'), or set ABCOURSE_CHROMIUM to a Chromium or Chrome "
    "executable. scripts/test.sh installs Debian's chromium itself when run as root."
)


def playwright_managed_browser(executable_path: str | None) -> str | None:
    """Playwright's downloaded Chromium, if one was installed with 'playwright install'."""
    if executable_path and Path(executable_path).is_file():
        return executable_path
    return None


def find_chromium(playwright_default: str | None) -> str:
    """Return an executable in the documented order, or raise with how to install one."""
    named = os.environ.get("ABCOURSE_CHROMIUM")
    if named:
        if not Path(named).is_file():
            raise FileNotFoundError(f"ABCOURSE_CHROMIUM names {named}, which does not exist.")
        return named
    managed = playwright_managed_browser(playwright_default)
    if managed:
        return managed
    for name in SYSTEM_CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    raise FileNotFoundError(INSTALL_HINT)
