"""the Binder ("launch") button only when the book names a real repository.

Binder can only start a public repository. sphinx-book-theme shows its launch button whenever a
BinderHub is set, and builds the link from ``repository.url``; with no repository it fails the
build, and with a made-up one every reader's first click leads nowhere. So the button shows only
when ``_config.yml`` sets both ``repository.url`` (an address like https://github.com/ORG/REPO)
and ``launch_buttons.binderhub_url``; a BinderHub without a repository is turned off with a
warning that says which setting is missing.
"""

from __future__ import annotations

import re
from typing import Any

from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.util import logging

LOGGER = logging.getLogger(__name__)
REPOSITORY_URL = re.compile(r"^https?://[^/\s]+/[^/\s]+/[^/\s]+?/?$")
LAUNCH_KEYS = ("binderhub_url", "jupyterhub_url", "colab_url", "jupyterlite_url")


def names_a_repository(url: str | None) -> bool:
    """True for an address of the form https://host/owner/repository."""
    return bool(url) and bool(REPOSITORY_URL.match(url.strip()))


def hide_launch_buttons_without_repository(app: Sphinx, config: Config) -> None:
    options = dict(config.html_theme_options or {})
    launch = dict(options.get("launch_buttons") or {})
    wanted = [key for key in LAUNCH_KEYS if launch.get(key)]
    if not wanted or names_a_repository(options.get("repository_url")):
        return
    LOGGER.warning(
        "abcourse: launch_buttons.%s is set but repository.url (%r) names no public "
        "repository, so the launch button is hidden; set repository.url in _config.yml",
        wanted[0],
        options.get("repository_url", ""),
    )
    for key in wanted:
        launch[key] = ""
    options["launch_buttons"] = launch
    config.html_theme_options = options


def setup(app: Sphinx) -> dict[str, Any]:
    # before sphinx-book-theme reads the options on builder-inited
    app.connect("config-inited", hide_launch_buttons_without_repository)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
