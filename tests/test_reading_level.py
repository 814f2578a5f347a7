"""Plain language: every chapter's prose stays at or below a Flesch-Kincaid grade of 9."""

from __future__ import annotations

import pytest

from abcourse.authoring.prose import MAX_GRADE, main, plain_text, reading_grade

from .support import BOOK, CHAPTERS

# the snippets are shared text that several pages include (the red-flag lists, "when to stop")
PAGES = [
    "intro.md",
    *(f"{chapter}.ipynb" for chapter in CHAPTERS),
    "06-your-plan.ipynb",
    *(f"snippets/{path.name}" for path in sorted((BOOK / "snippets").glob("*.md"))),
]


@pytest.mark.parametrize("page", PAGES)
def test_chapter_reads_at_grade_nine_or_below(page) -> None:
    grade = reading_grade(BOOK / page)
    assert grade <= MAX_GRADE, f"{page}: Flesch-Kincaid grade {grade:.1f} is above {MAX_GRADE}"


def test_markup_is_not_counted_as_prose() -> None:
    markdown = """(safety)=
# Safety first

Read the {term}`red flags <red flag>` in [chapter 4](04-back-conditions.ipynb) {cite:p}`nhs2024`.
This line wraps
onto the next one.

- a list item
- **bold** item

```python
print("code is not prose")
```

```{note}
Notes are read.
```

:::{dropdown} The evidence
Folded text is read too.
:::
<!-- tool: endurance -->
"""
    assert plain_text(markdown).splitlines() == [
        "Safety first.",
        "Read the red flags in chapter 4. This line wraps onto the next one.",
        "a list item.",
        "bold item.",
        "Notes are read.",
        "Folded text is read too.",
    ]


def test_the_command_fails_above_grade_nine(tmp_path, capsys) -> None:
    hard = tmp_path / "hard.md"
    hard.write_text(
        "Notwithstanding considerable methodological heterogeneity, contemporaneous "
        "epidemiological investigations substantiate multifactorial musculoskeletal aetiology "
        "characterised by biopsychosocial interdependencies.\n",
        encoding="utf-8",
    )
    easy = tmp_path / "easy.md"
    easy.write_text("Stop when it hurts. Rest a day. Then try again.\n", encoding="utf-8")
    assert main([str(easy)]) == 0
    assert main([str(easy), str(hard)]) == 1
    assert "hard.md: Flesch-Kincaid grade" in capsys.readouterr().out
