"""The Sphinx side of the course: one extension, ``abcourse.site``, named in ``_config.yml``.

Each job is a module with its own ``setup``: the widget host on widget pages, the notebook
execution cache, the theme's fixes, the accessibility fixes, the icon font, the launch buttons,
the directives (the red-flag lists, the exercise figures and their "How much" lines), the
learner's own words for the search (``search_terms``), the sidebar's progress across the
course (``course_progress``) and the course's offline copy and app manifest (``offline``).
"""

from __future__ import annotations

from typing import Any

from sphinx.application import Sphinx

from . import (
    accessibility,
    course_progress,
    execution_cache,
    exercise_dose,
    figure_directive,
    icon_font_pages,
    launch_buttons,
    offline,
    red_flag_list,
    search_terms,
    theme,
    widget_pages,
)

#: in the order they connect: the widget host's static files first, the theme's fixes after
PARTS = (
    widget_pages,
    execution_cache,
    theme,
    icon_font_pages,
    accessibility,
    launch_buttons,
    red_flag_list,
    figure_directive,
    exercise_dose,
    search_terms,
    course_progress,
    offline,
)


def setup(app: Sphinx) -> dict[str, Any]:
    for part in PARTS:
        part.setup(app)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
