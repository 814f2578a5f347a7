"""Each cause chapter reads on a phone in a sitting: at most 15,000 px tall at 390 px and at most
8 minutes of visible reading (200 words a minute) with its folded sections closed; the course
read from the introduction to the plan in at most 45 minutes. The glossary and the references
are looked things up in, not read through, so they do not count."""

from __future__ import annotations

import pytest

from ..support import CHAPTERS
from .reading import measure

MAX_HEIGHT = 15_000
MAX_MINUTES = 8
MAX_COURSE_MINUTES = 45
COURSE_PAGES = ["intro", "safety", *CHAPTERS, "06-your-plan"]


@pytest.fixture(scope="module")
def lengths(browser, site_url) -> dict:
    return {name: measure(browser, site_url, name) for name in COURSE_PAGES}


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_a_cause_chapter_fits_a_sitting_on_a_phone(lengths, chapter) -> None:
    length = lengths[chapter]
    assert length.height <= MAX_HEIGHT, f"{chapter}: {length.height} px tall at 390 px"
    assert length.minutes <= MAX_MINUTES, f"{chapter}: {length.words} words visible"


def test_the_course_reads_in_under_three_quarters_of_an_hour(lengths) -> None:
    minutes = sum(length.minutes for length in lengths.values())
    assert minutes <= MAX_COURSE_MINUTES, {name: length.words for name, length in lengths.items()}
