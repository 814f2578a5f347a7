"""Every kind of course data file, and which kind a file is from its name."""

from __future__ import annotations

import fnmatch
from pathlib import Path

from .claims import CLAIMS
from .content import CONTENT
from .course import COURSE
from .files import ContentError, DataKind
from .red_flags import RED_FLAG_COVERAGE, RED_FLAGS
from .search_terms import SEARCH_TERMS
from .self_tests import NORMS, PROGRESSION
from .stop_rules import STOP_RULES

#: in the order a name is matched: the chapters' pattern (``[0-9][0-9]-*.yml``) comes late
KINDS: tuple[DataKind, ...] = (
    COURSE,
    NORMS,
    RED_FLAGS,
    PROGRESSION,
    RED_FLAG_COVERAGE,
    STOP_RULES,
    SEARCH_TERMS,
    CONTENT,
    CLAIMS,
)


def kind_for(path: Path | str) -> DataKind:
    """Which kind a data file is, from its name: ``course.yml``, ``norms*.yml``, ``01-*.yml``."""
    for kind in KINDS:
        if any(fnmatch.fnmatch(Path(path).name, pattern) for pattern in kind.names):
            return kind
    expected = ", ".join(pattern for kind in KINDS for pattern in kind.names)
    raise ContentError(path, "", f"not a course data file (expected a name like {expected})")
