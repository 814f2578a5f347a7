"""The theme's icon font, cut down to the icons the site shows."""

from __future__ import annotations

import shutil
from pathlib import Path

import pydata_sphinx_theme
from fontTools.ttLib import TTFont

from abcourse.site import icon_font

THEME_PACKAGE = Path(pydata_sphinx_theme.__file__).parent
THEME_STATIC = THEME_PACKAGE / "theme" / "pydata_sphinx_theme" / "static"

THEME_CSS = (
    '.fa-rocket:before{content:"\\f135"}'
    '.fa-sun:before,.fa-sunny:before{content:"\\f185"}'
    '.fa-unused:before{content:"\\f0e0"}'
    '.onthispage:after{content:"\\f107";font-family:Font Awesome\\ 6 Free}'
    ':root{--pst-icon-info-circle:"\uf05a"}'
)


def test_icon_classes_map_each_name_to_its_code_point() -> None:
    classes = icon_font.icon_classes(THEME_CSS)
    assert classes["fa-rocket"] == {0xF135}
    assert classes["fa-sunny"] == classes["fa-sun"] == {0xF185}
    assert "onthispage" not in str(classes)


def test_stylesheets_draw_their_own_icons_outside_the_classes() -> None:
    assert icon_font.drawn_by_stylesheet(THEME_CSS) == {0xF107, 0xF05A}


def test_the_subset_holds_what_the_pages_name_and_nothing_else(tmp_path: Path) -> None:
    static = tmp_path / "_static"
    (static / "styles").mkdir(parents=True)
    (static / "styles" / "theme.css").write_text(THEME_CSS, encoding="utf-8")
    (static / "menu.js").write_text('button.className = "fa-solid fa-sun";', encoding="utf-8")
    # a script that draws its icons from a font of its own is not read
    (static / "own-icons.js").write_text('icon.className = "fa-unused";', encoding="utf-8")
    font_dir = static / Path(icon_font.THEME_FONT).parent
    font_dir.mkdir(parents=True)
    shutil.copy(THEME_STATIC / icon_font.THEME_FONT, font_dir)
    (tmp_path / "book").mkdir()
    (tmp_path / "book" / "page.html").write_text(
        '<link rel="stylesheet" href="../_static/styles/theme.css?v=1" />'
        '<script src="../_static/menu.js"></script><script src="../_static/own-icons.js"></script>'
        '<i class="fa-solid fa-rocket"></i>',
        encoding="utf-8",
    )
    assert icon_font.write_subset(tmp_path, ignore=["own-icons.js"]) == 4
    subset = TTFont(static / icon_font.SUBSET_FONT)
    assert set(subset.getBestCmap()) == {0xF135, 0xF185, 0xF107, 0xF05A}
    css = (static / icon_font.STYLESHEET).read_text(encoding="utf-8")
    assert "unicode-range: U+F05A,U+F107,U+F135,U+F185;" in css
    assert 'font-family: "Font Awesome 6 Free"' in css
    assert (static / icon_font.SUBSET_FONT).stat().st_size < 10_000


def test_without_the_theme_font_the_pages_keep_the_theme_font(tmp_path: Path) -> None:
    assert icon_font.write_subset(tmp_path) == 0
    assert "@font-face" not in (tmp_path / "_static" / icon_font.STYLESHEET).read_text()
