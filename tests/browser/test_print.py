"""A chapter prints as its text: chapter 1 printed to PDF in Chromium has no navigation, sidebars
or buttons, and it shows the learner's quiz answer with its feedback and each checklist cue with
a ticked or not-ticked mark that is not colour alone. A folded section prints open and is closed
again after printing; its summary opens it from the keyboard."""

from __future__ import annotations

import io
import unicodedata

import pytest
import yaml
from playwright.sync_api import expect
from pypdf import PdfReader

from ..support import DATA
from .conftest import open_chapter

CHAPTER = "01-weak-core"


def chapter_content() -> dict:
    return yaml.safe_load((DATA / f"{CHAPTER}.yml").read_text(encoding="utf-8"))


def pdf_text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    # the PDF sets "fi" and "fl" as ligatures: read them back as letters
    return " ".join(unicodedata.normalize("NFKC", text).split())


def test_chapter_one_prints_with_answers_and_ticks(page, site_url) -> None:
    content = chapter_content()
    checklist = content["checklists"][0]
    ticked, unticked = checklist["cues"][0], checklist["cues"][1]
    quiz = content["quizzes"][0]
    question = next(q for q in quiz["questions"] if q["kind"] == "single")
    wrong = next(option for option in question["options"] if not option.get("correct"))

    open_chapter(page, site_url, CHAPTER)
    fieldset = page.locator(f"fieldset[data-question-id='{question['id']}']")
    fieldset.get_by_label(wrong["text"], exact=True).click()
    fieldset.get_by_role("button", name="Check answer").click()
    expect(fieldset.locator("[role='status']")).to_contain_text("Not quite")
    page.get_by_text("Check your form").first.click()
    page.get_by_label(ticked["cue"], exact=True).check()

    page.emulate_media(media="print")
    for selector in (".bd-sidebar-primary", ".bd-header", ".bd-header-article", ".prev-next-area"):
        expect(page.locator(selector).first).to_be_hidden()
    expect(page.get_by_role("button", name="Check answer").first).to_be_hidden()
    text = pdf_text(page.pdf(format="A4"))

    # no navigation, search, header buttons or page links
    for absent in ("Skip to main content", "Ctrl+K", "Search", "Previous", "Next", "Contents"):
        assert absent not in text, f"'{absent}' is printed"
    # the learner's answer is marked, and its feedback printed
    assert f"(*) {wrong['text']}" in text, text[:2000]
    assert " ".join(wrong["feedback"].split())[:60] in text
    # the ticked cue and an unticked one, told apart by a mark, not by colour
    assert f"[x] {ticked['cue']}" in text
    assert f"[ ] {unticked['cue']}" in text
    # a checklist left folded prints its cues too
    folded = content["checklists"][1]["cues"][0]
    assert f"[ ] {folded['cue']}" in text


#: a folded section of the introduction, and words of its text
FOLDED_TITLE = "Why these swaps?"
FOLDED_WORDS = "partial curl-ups gave the best balance of stomach work"


def test_a_folded_section_prints_open_and_closes_again(page, site_url) -> None:
    page.goto(f"{site_url}/book/intro.html")
    page.wait_for_load_state("load")
    fold = page.locator("details.sd-dropdown", has_text=FOLDED_TITLE)
    expect(fold).to_have_count(1)
    expect(fold).not_to_have_attribute("open", "")
    expect(fold.get_by_text(FOLDED_WORDS)).to_be_hidden()

    text = pdf_text(page.pdf(format="A4"))
    assert FOLDED_WORDS in text, text[:2000]
    # the reader finds the page as they left it
    expect(fold).not_to_have_attribute("open", "")
    expect(fold.get_by_text(FOLDED_WORDS)).to_be_hidden()
    # a section the reader opened stays open after printing
    fold.locator("summary").click()
    page.pdf(format="A4")
    expect(fold).to_have_attribute("open", "")


def test_a_folded_section_opens_from_the_keyboard(page, site_url) -> None:
    page.goto(f"{site_url}/book/intro.html")
    page.wait_for_load_state("load")
    fold = page.locator("details.sd-dropdown", has_text=FOLDED_TITLE)
    summary = fold.locator("summary")
    # reached with Tab, as a keyboard user would
    for _ in range(60):
        page.keyboard.press("Tab")
        if summary.evaluate("(element) => element === document.activeElement"):
            break
    else:
        pytest.fail(f"Tab never reaches the '{FOLDED_TITLE}' section")
    page.keyboard.press("Enter")
    expect(fold).to_have_attribute("open", "")
    expect(fold.get_by_text(FOLDED_WORDS)).to_be_visible()
    page.keyboard.press("Enter")
    expect(fold).not_to_have_attribute("open", "")
