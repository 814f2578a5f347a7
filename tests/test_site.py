"""The Sphinx site: vendored files must be present, and a widget change clears the cache."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from sphinx.errors import ConfigError

from abcourse.site import execution_cache, theme, widget_pages


def fake_app(tmp_path):
    return SimpleNamespace(confdir=str(tmp_path), outdir=str(tmp_path / "_build" / "html"))


def fake_config(vendor_dir: str = "vendor/files"):
    return SimpleNamespace(
        abcourse_vendor_dir=vendor_dir,
        html_static_path=[],
        templates_path=[],
        nb_ipywidgets_js={},
        nb_execution_cache_path="",
        abcourse_data_dir="book/data",
    )


def test_missing_vendored_files_stop_the_build_with_the_fix(tmp_path) -> None:
    with pytest.raises(ConfigError, match="Run 'bash vendor/refresh.sh'"):
        widget_pages.add_static_files(fake_app(tmp_path), fake_config())


def test_widget_scripts_point_at_the_site_itself(tmp_path) -> None:
    for relative in widget_pages.WIDGET_SCRIPTS:
        if "/" in relative:
            target = tmp_path / "vendor" / "files" / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text("//")
    config = fake_config()
    widget_pages.add_static_files(fake_app(tmp_path), config)
    assert list(config.nb_ipywidgets_js) == [
        "require/require.js",
        "abcourse-widgets-setup.js",
        "html-manager/embed-amd.js",
    ]
    assert not any(path.startswith("http") for path in config.nb_ipywidgets_js)
    assert str(tmp_path / "vendor" / "files") in config.html_static_path


def test_the_course_templates_are_added(tmp_path) -> None:
    config = fake_config()
    theme.add_templates(fake_app(tmp_path), config)
    assert str(theme.PACKAGE_TEMPLATES) in config.templates_path
    assert (theme.PACKAGE_TEMPLATES / "layout.html").is_file()


def test_cache_is_dropped_when_widget_sources_change(tmp_path, monkeypatch) -> None:
    app, config = fake_app(tmp_path), fake_config()
    cache = tmp_path / "_build" / ".jupyter_cache"
    execution_cache.drop_stale_execution_cache(app, config)
    (cache / "global.db").write_text("cached")
    execution_cache.drop_stale_execution_cache(app, config)
    assert (cache / "global.db").exists(), "unchanged sources keep the cache"
    monkeypatch.setattr(execution_cache, "widget_sources_digest", lambda data_dir=None: "changed")
    execution_cache.drop_stale_execution_cache(app, config)
    assert not (cache / "global.db").exists()
    assert (cache / execution_cache.CACHE_STAMP).read_text().strip() == "changed"


def test_cache_is_dropped_when_a_data_file_changes(tmp_path) -> None:
    """A notebook embeds the questions it loads: editing a data file must re-run it."""
    app, config = fake_app(tmp_path), fake_config()
    data = tmp_path / "book" / "data"
    data.mkdir(parents=True)
    (data / "01-chapter.yml").write_text("quizzes: []\n")
    cache = tmp_path / "_build" / ".jupyter_cache"
    execution_cache.drop_stale_execution_cache(app, config)
    (cache / "global.db").write_text("cached")
    execution_cache.drop_stale_execution_cache(app, config)
    assert (cache / "global.db").exists(), "unchanged data keeps the cache"
    (data / "01-chapter.yml").write_text("quizzes: [changed]\n")
    execution_cache.drop_stale_execution_cache(app, config)
    assert not (cache / "global.db").exists()


def test_the_digest_follows_the_code_that_draws_the_figures(tmp_path, monkeypatch) -> None:
    """Checklists and the plan embed drawings: changing how a pose is drawn must re-run them."""
    figures = tmp_path / "figures"
    figures.mkdir()
    (figures / "svg.py").write_text("A = 1\n")
    monkeypatch.setattr(execution_cache, "FIGURE_SOURCES", figures)
    before = execution_cache.widget_sources_digest()
    (figures / "svg.py").write_text("A = 2\n")
    assert execution_cache.widget_sources_digest() != before


def test_the_digest_follows_the_snippets_and_references_the_plan_shows(tmp_path) -> None:
    """The plan embeds the start-here and stop-list snippets and their citation labels."""
    data = tmp_path / "data"
    snippets = tmp_path / "snippets"
    data.mkdir()
    snippets.mkdir()
    (snippets / "this-week.md").write_text("- Leg raises.\n")
    (tmp_path / "references.bib").write_text("")
    before = execution_cache.widget_sources_digest(data)
    (snippets / "this-week.md").write_text("- Leg raises and sit-ups.\n")
    after_snippet = execution_cache.widget_sources_digest(data)
    assert after_snippet != before
    (tmp_path / "references.bib").write_text("@misc{a, year = {2024}}\n")
    assert execution_cache.widget_sources_digest(data) != after_snippet


def test_thebe_scripts_are_dropped() -> None:
    scripts = [
        SimpleNamespace(filename="sphinx-thebe.js", attributes={}),
        SimpleNamespace(filename=None, attributes={"body": 'const THEBE_JS_URL = "x"'}),
        SimpleNamespace(filename="doctools.js", attributes={}),
    ]
    context = {"script_files": scripts}
    theme.drop_thebe_scripts(None, "page", "page.html", context, None)
    assert [s.filename for s in context["script_files"]] == ["doctools.js"]


def test_the_download_menu_becomes_a_print_button() -> None:
    """A learner's header offers no .ipynb or .md download, only printing the page."""
    download_menu = {
        "type": "group",
        "label": "download-buttons",
        "buttons": [
            {"type": "link", "label": "download-notebook-button", "url": "_sources/a.ipynb"},
            {"type": "javascript", "label": "download-pdf-button", "javascript": "window.print()"},
        ],
    }
    fullscreen = {"type": "javascript", "label": "fullscreen-button", "javascript": "go()"}
    buttons = theme.print_button_for_download_menu([download_menu, fullscreen])
    assert buttons[1] == fullscreen
    assert buttons[0]["type"] == "javascript"
    assert buttons[0]["javascript"] == "window.print()"
    assert "_sources" not in str(buttons)
