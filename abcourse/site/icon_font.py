"""Serve only the theme's icon glyphs that the site uses.

pydata-sphinx-theme's stylesheet loads Font Awesome's solid face (``fa-solid-900.woff2``, 156 KB)
on every page to draw a dozen icons in the header and the margins. After the build, this finds
which glyphs the site can show: the ``fa-*`` icon classes named in its pages and in the scripts
those pages load, and the icon characters its stylesheets draw themselves (admonition and link
icons). It cuts a copy of the theme's own TrueType file down to those glyphs and declares it, for
those code points only, in a stylesheet loaded after the theme's. A glyph it missed still draws:
for any other code point the browser falls back to the theme's full font.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

#: the theme's solid face, as the theme copies it into ``_static``
THEME_FONT = "vendor/fontawesome/webfonts/fa-solid-900.ttf"
#: what this writes, under ``_static``
SUBSET_FONT = "abcourse-icons/fa-solid-900-subset.woff"
STYLESHEET = "abcourse-icons/icons.css"

CSS_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
ICON_CLASS_RULE = re.compile(r"\.fa-([a-z0-9-]+):(?:before|after)")
ESCAPED_CONTENT = re.compile(r'content:\s*"\\([0-9a-fA-F]{4,5})"')
# Font Awesome draws from Unicode's private use area
PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
ICON_CLASS = re.compile(r"\bfa-[a-z0-9-]+")
LINKED = re.compile(r'<(?:script[^>]*\bsrc|link[^>]*\bhref)="([^"?#]+)[^"]*"', re.IGNORECASE)


def icon_classes(css: str) -> dict[str, set[int]]:
    """Each ``fa-NAME`` class the stylesheet defines, with the code point it draws."""
    classes: dict[str, set[int]] = {}
    for selectors, declarations in CSS_RULE.findall(css):
        points = {int(code, 16) for code in ESCAPED_CONTENT.findall(declarations)}
        for name in ICON_CLASS_RULE.findall(selectors):
            classes.setdefault(f"fa-{name}", set()).update(points)
    return classes


def drawn_by_stylesheet(css: str) -> set[int]:
    """Icon characters a stylesheet draws outside its ``fa-*`` classes."""
    points = {ord(char) for char in PRIVATE_USE.findall(css)}
    for selectors, declarations in CSS_RULE.findall(css):
        parts = [part.strip() for part in selectors.split(",")]
        if not all(ICON_CLASS_RULE.fullmatch(part) for part in parts):
            points.update(int(code, 16) for code in ESCAPED_CONTENT.findall(declarations))
    return points


def files_the_pages_load(
    html_root: Path, ignore: Iterable[str] = ()
) -> tuple[list[Path], set[Path]]:
    """The site's pages, and every local script and stylesheet they link to, less ``ignore``
    (paths under ``_static``)."""
    pages = sorted(html_root.rglob("*.html"))
    ignored = {(html_root / "_static" / path).resolve() for path in ignore}
    linked: set[Path] = set()
    for page in pages:
        for url in LINKED.findall(page.read_text(encoding="utf-8")):
            if "://" in url or url.startswith(("data:", "#")):
                continue
            path = (page.parent / url).resolve()
            if path.suffix in {".js", ".css"} and path.is_file() and path not in ignored:
                linked.add(path)
    return pages, linked


def used_code_points(html_root: Path, ignore: Iterable[str] = ()) -> set[int]:
    """Every icon code point the built site can show."""
    pages, linked = files_the_pages_load(html_root, ignore)
    stylesheets = [path.read_text(encoding="utf-8") for path in linked if path.suffix == ".css"]
    # class names are read where they are used, not in the stylesheets that define them all
    scripts = [path for path in linked if path.suffix == ".js"]
    texts = [path.read_text(encoding="utf-8") for path in [*pages, *scripts]]
    classes: dict[str, set[int]] = {}
    for css in stylesheets:
        for name, points in icon_classes(css).items():
            classes.setdefault(name, set()).update(points)
    named = {name for text in texts for name in ICON_CLASS.findall(text)}
    points = {point for name in named for point in classes.get(name, ())}
    for css in stylesheets:
        points |= drawn_by_stylesheet(css)
    return points


def unicode_range(points: Iterable[int]) -> str:
    return ",".join(f"U+{point:X}" for point in sorted(points))


def write_subset(html_root: Path, ignore: Iterable[str] = ()) -> int:
    """Write the cut-down font and its stylesheet into the site; return how many glyphs it holds.

    Scripts in ``ignore`` (paths under ``_static``) are not read for icon names. Without the
    theme's font (a theme that no longer ships it) the stylesheet is left empty, so every page
    keeps the theme's own font.
    """
    static = html_root / "_static"
    stylesheet = static / STYLESHEET
    stylesheet.parent.mkdir(parents=True, exist_ok=True)
    source = static / THEME_FONT
    if not source.is_file():
        stylesheet.write_text("/* the theme ships no solid icon font: nothing to cut down */\n")
        return 0
    font = TTFont(source)
    points = used_code_points(html_root, ignore) & set(font.getBestCmap())
    options = subset.Options()
    options.flavor = "woff"  # zlib; WOFF2 would need the brotli package
    options.layout_features = []
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=points)
    subsetter.subset(font)
    font.flavor = "woff"
    font.save(static / SUBSET_FONT)
    font_file = Path(SUBSET_FONT).name
    stylesheet.write_text(
        "/* Font Awesome's solid face, cut down to the icons this site shows"
        " (abcourse.site.icon_font). Any other icon falls back to the theme's full font. */\n"
        "@font-face {\n"
        '  font-family: "Font Awesome 6 Free";\n'
        "  font-style: normal;\n"
        "  font-weight: 900;\n"
        "  font-display: block;\n"
        f'  src: url("{font_file}") format("woff");\n'
        f"  unicode-range: {unicode_range(points)};\n"
        "}\n",
        encoding="utf-8",
    )
    return len(points)
