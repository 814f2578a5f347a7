"""Quizzes and checklists on the built pages, as a learner meets them: by mouse, by keyboard
alone, with feedback announced, progress kept across a reload, and reset."""

from __future__ import annotations

import pytest
from playwright.sync_api import Locator, Page, expect

from abcourse.data.content import load_content

from ..support import CHAPTERS, DATA
from .conftest import LIVE_WIDGET, open_chapter, open_checklist, save_records


def chapter_quizzes(chapter: str) -> list[dict]:
    return load_content(DATA / f"{chapter}.yml")["quizzes"]


def quiz_widget(page: Page, quiz: dict) -> Locator:
    return page.locator(".abc-quiz").filter(
        has=page.get_by_role("heading", name=f"Quiz: {quiz['title']}")
    )


def right_answer_text(question: dict) -> list[str]:
    if question["kind"] == "truefalse":
        return ["True" if question["answer"] else "False"]
    return [option["text"] for option in question["options"] if option.get("correct")]


def answer_with_mouse(widget: Locator, question: dict) -> None:
    fieldset = widget.locator(f"fieldset[data-question-id='{question['id']}']")
    if question["kind"] == "numeric":
        fieldset.get_by_label("Your answer").click()
        fieldset.get_by_label("Your answer").fill(str(question["answer"]))
    else:
        for text in right_answer_text(question):
            fieldset.get_by_label(text, exact=True).click()
    fieldset.get_by_role("button", name="Check answer").click()


def answer_with_keyboard(page: Page, widget: Locator, question: dict) -> None:
    """Select the right answer and check it with keys only, starting from the first control."""
    fieldset = widget.locator(f"fieldset[data-question-id='{question['id']}']")
    first = fieldset.locator("input").first
    first.focus()
    if question["kind"] == "numeric":
        page.keyboard.type(str(question["answer"]))
        page.keyboard.press("Enter")
        return
    labels = (
        ["True", "False"]
        if question["kind"] == "truefalse"
        else [option["text"] for option in question["options"]]
    )
    wanted = set(right_answer_text(question))
    if question["kind"] == "multiple":
        for index, label in enumerate(labels):
            if label in wanted:
                page.keyboard.press("Space")
            if index < len(labels) - 1:
                page.keyboard.press("Tab")
    else:
        # in a radio group the arrow keys move and select; Tab leaves the group
        target = next(index for index, label in enumerate(labels) if label in wanted)
        page.keyboard.press("Space")
        for _ in range(target):
            page.keyboard.press("ArrowDown")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Check answer"
    page.keyboard.press("Enter")


def feedback_of(widget: Locator, question: dict) -> Locator:
    return widget.locator(f"fieldset[data-question-id='{question['id']}'] [role='status']")


@pytest.mark.parametrize("chapter", CHAPTERS)
def test_quiz_by_mouse_and_another_by_keyboard(page, site_url, chapter) -> None:
    quizzes = chapter_quizzes(chapter)
    # a second quiz is answered by keyboard; a chapter with one quiz answers its second question
    by_mouse, by_keyboard = quizzes[0], quizzes[min(1, len(quizzes) - 1)]
    question = by_keyboard["questions"][1 if by_keyboard is by_mouse else 0]
    open_chapter(page, site_url, chapter)

    mouse_widget = quiz_widget(page, by_mouse)
    answer_with_mouse(mouse_widget, by_mouse["questions"][0])
    feedback = feedback_of(mouse_widget, by_mouse["questions"][0])
    expect(feedback).to_contain_text("Correct")
    assert feedback.get_attribute("aria-live") == "polite"
    expect(mouse_widget.locator(".abc-score")).to_contain_text(
        f"Score: 1 of {len(by_mouse['questions'])} correct"
    )

    keyboard_widget = quiz_widget(page, by_keyboard)
    answer_with_keyboard(page, keyboard_widget, question)
    expect(feedback_of(keyboard_widget, question)).to_contain_text("Correct")
    # a right answer needs no second try; focus stays in the question, on what comes next ("Show
    # all answers" where other options are left to read, else the result), so the learner can
    # carry on from the keyboard
    fieldset = keyboard_widget.locator(f"fieldset[data-question-id='{question['id']}']")
    expect(fieldset.get_by_role("button", name="Try again")).to_be_hidden()
    has_options = question["kind"] in ("single", "multiple")
    focused = (
        fieldset.get_by_role("button", name="Show all answers")
        if has_options
        else feedback_of(keyboard_widget, question)
    )
    expect(focused).to_be_focused()


def test_a_wrong_answer_explains_the_choice_and_the_rest_only_when_asked(page, site_url):
    chapter = CHAPTERS[0]
    quiz = next(
        q for q in chapter_quizzes(chapter) if any(x["kind"] == "single" for x in q["questions"])
    )
    question = next(x for x in quiz["questions"] if x["kind"] == "single")
    wrong = next(option for option in question["options"] if not option.get("correct"))
    others = [option for option in question["options"] if option is not wrong]
    open_chapter(page, site_url, chapter)
    widget = quiz_widget(page, quiz)
    fieldset = widget.locator(f"fieldset[data-question-id='{question['id']}']")
    fieldset.get_by_label(wrong["text"], exact=True).click()
    fieldset.get_by_role("button", name="Check answer").click()
    status = fieldset.locator("[role='status']")
    # marked in text, with the chosen option's feedback; no other option's verdict yet
    expect(status).to_contain_text("✗ Not quite")
    expect(status).to_contain_text(wrong["feedback"].split(".")[0])
    expect(fieldset.locator(".abc-option-feedback:visible")).to_have_count(0)
    for option in others:
        expect(fieldset.get_by_text(option["feedback"])).to_be_hidden()
    expect(fieldset.get_by_role("button", name="Try again")).to_be_focused()

    show_all = fieldset.get_by_role("button", name="Show all answers")
    expect(show_all).to_have_attribute("aria-expanded", "false")
    show_all.click()
    hide = fieldset.get_by_role("button", name="Hide the other answers")
    expect(hide).to_have_attribute("aria-expanded", "true")
    expect(fieldset.locator(".abc-option-feedback:visible")).to_have_count(len(others))
    for option in question["options"]:
        expect(fieldset).to_contain_text(option["feedback"])
    hide.click()
    expect(fieldset.locator(".abc-option-feedback:visible")).to_have_count(0)

    fieldset.get_by_role("button", name="Try again").click()
    expect(fieldset.locator(".abc-option-feedback:visible")).to_have_count(0)
    expect(fieldset.get_by_role("button", name="Show all answers")).to_be_hidden()
    expect(status).to_be_empty()


def test_a_right_answer_has_no_try_again_and_a_partly_right_one_names_the_miss(
    page, site_url
) -> None:
    found = [
        (chapter, quiz, question)
        for chapter in CHAPTERS
        for quiz in chapter_quizzes(chapter)
        for question in quiz["questions"]
        if question["kind"] == "multiple"
        and sum(bool(option.get("correct")) for option in question["options"]) >= 2
    ]
    assert found, "no multiple-choice question with two right options"
    chapter, quiz, question = found[0]
    right = [option for option in question["options"] if option.get("correct")]
    open_chapter(page, site_url, chapter)
    fieldset = quiz_widget(page, quiz).locator(f"fieldset[data-question-id='{question['id']}']")
    # one right option of several: the message names the ones missed
    fieldset.get_by_label(right[0]["text"], exact=True).check()
    fieldset.get_by_role("button", name="Check answer").click()
    status = fieldset.locator("[role='status']")
    count = ["one", "two", "three", "four"][len(right) - 2]
    expect(status).to_contain_text(f"You missed {count}:")
    for option in right[1:]:
        expect(status).to_contain_text(option["text"].rstrip("."))
    # the option chosen carries its verdict beside it, and the others wait
    expect(fieldset.locator(".abc-option-feedback:visible")).to_have_count(1)
    expect(fieldset.locator(".abc-option-feedback:visible")).to_contain_text("✓ Right answer.")

    fieldset.get_by_role("button", name="Try again").click()
    for option in right:
        fieldset.get_by_label(option["text"], exact=True).check()
    fieldset.get_by_role("button", name="Check answer").click()
    expect(status).to_contain_text("✓ Correct")
    expect(fieldset.get_by_role("button", name="Try again")).to_be_hidden()
    expect(fieldset.get_by_role("button", name="Check answer")).to_be_hidden()
    # after a reload the answer is still right, still with no second try
    page.reload()
    page.wait_for_selector(LIVE_WIDGET)
    fieldset = quiz_widget(page, quiz).locator(f"fieldset[data-question-id='{question['id']}']")
    expect(fieldset.locator("[role='status']")).to_contain_text("✓ Correct")
    expect(fieldset.get_by_role("button", name="Try again")).to_be_hidden()


def test_a_saved_record_of_the_same_format_loads_into_the_new_feedback(page, site_url) -> None:
    """Records saved before the feedback changed ({responses, checked} under the same key) still
    load: a checked wrong answer shows its verdict and "Try again", the rest on request."""
    chapter = CHAPTERS[0]
    quiz = chapter_quizzes(chapter)[0]
    question = next(x for x in quiz["questions"] if x["kind"] == "single")
    wrong = next(option for option in question["options"] if not option.get("correct"))
    open_chapter(page, site_url, chapter)
    record = {"responses": {question["id"]: wrong["id"]}, "checked": {question["id"]: True}}
    save_records(page, {f"abcourse:v1:quiz:{chapter}/{quiz['id']}": record})
    page.reload()
    page.wait_for_selector(LIVE_WIDGET)
    fieldset = quiz_widget(page, quiz).locator(f"fieldset[data-question-id='{question['id']}']")
    expect(fieldset.get_by_label(wrong["text"], exact=True)).to_be_checked()
    expect(fieldset.locator("[role='status']")).to_contain_text("✗ Not quite")
    expect(fieldset.get_by_role("button", name="Try again")).to_be_visible()
    expect(fieldset.locator(".abc-option-feedback:visible")).to_have_count(0)
    fieldset.get_by_role("button", name="Show all answers").click()
    expect(fieldset.locator(".abc-option-feedback:visible")).to_have_count(
        len(question["options"]) - 1
    )


def test_numeric_nonsense_gets_a_message_beside_the_field(page, site_url) -> None:
    for chapter in CHAPTERS:
        for quiz in chapter_quizzes(chapter):
            for question in quiz["questions"]:
                if question["kind"] == "numeric":
                    break
            else:
                continue
            break
        else:
            continue
        break
    else:
        pytest.fail("no numeric question in any chapter")
    open_chapter(page, site_url, chapter)
    fieldset = quiz_widget(page, quiz).locator(f"fieldset[data-question-id='{question['id']}']")
    field = fieldset.get_by_label("Your answer")
    field.fill("about forty")
    fieldset.get_by_role("button", name="Check answer").click()
    expect(fieldset.locator(".abc-field-error")).to_contain_text("is not a number")
    assert field.get_attribute("aria-invalid") == "true"
    assert field.get_attribute("aria-describedby") == fieldset.locator(
        ".abc-field-error"
    ).get_attribute("id")


def test_answers_and_checklist_survive_a_reload_and_reset_clears_them(page, site_url) -> None:
    chapter = CHAPTERS[0]
    quiz = chapter_quizzes(chapter)[0]
    checklist = load_content(DATA / f"{chapter}.yml")["checklists"][0]
    open_chapter(page, site_url, chapter)

    widget = quiz_widget(page, quiz)
    answer_with_mouse(widget, quiz["questions"][0])
    checklist_widget = open_checklist(
        page.locator(".abc-checklist").filter(
            has=page.get_by_role("heading", name=f"Form check: {checklist['exercise']}")
        )
    )
    summary = checklist_widget.locator(".abc-summary")
    total = len(checklist["cues"])
    expect(summary).to_contain_text(f"0 of {total} cues in place")
    checklist_widget.get_by_label(checklist["cues"][0]["cue"]).check()
    expect(summary).to_contain_text(f"1 of {total} cues in place")
    fixes = checklist_widget.locator(".abc-fixes")
    expect(fixes).not_to_contain_text(checklist["cues"][0]["fix"])
    expect(fixes).to_contain_text(checklist["cues"][1]["fix"])

    page.reload()
    page.wait_for_selector(LIVE_WIDGET)
    widget = quiz_widget(page, quiz)
    expect(feedback_of(widget, quiz["questions"][0])).to_contain_text("Correct")
    expect(widget.locator(".abc-score")).to_contain_text("Score: 1 of")
    checklist_widget = open_checklist(
        page.locator(".abc-checklist").filter(
            has=page.get_by_role("heading", name=f"Form check: {checklist['exercise']}")
        )
    )
    expect(checklist_widget.get_by_label(checklist["cues"][0]["cue"])).to_be_checked()

    widget.get_by_role("button", name="Reset this quiz").click()
    expect(widget.locator(".abc-score")).to_contain_text("Score: 0 of")
    checklist_widget.get_by_role("button", name="Reset this checklist").click()
    expect(checklist_widget.get_by_label(checklist["cues"][0]["cue"])).not_to_be_checked()
    page.reload()
    page.wait_for_selector(LIVE_WIDGET)
    expect(quiz_widget(page, quiz).locator(".abc-score")).to_contain_text("Score: 0 of")
    saved = page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('abcourse:'))")
    # what is left is the record of the chapters opened, which no widget's reset touches
    assert saved == ["abcourse:v1:course:visited"]


def test_corrupted_or_old_saved_progress_is_dropped_with_a_notice(page, site_url) -> None:
    chapter = CHAPTERS[0]
    quiz = chapter_quizzes(chapter)[0]
    checklist = load_content(DATA / f"{chapter}.yml")["checklists"][0]
    quiz_key = f"abcourse:v1:quiz:{chapter}/{quiz['id']}"
    checklist_key = f"abcourse:v1:checklist:{chapter}/{checklist['id']}"
    open_chapter(page, site_url, chapter)
    page.evaluate(
        """([quizKey, checklistKey]) => {
             localStorage.setItem(quizKey, "{not json");
             localStorage.setItem(checklistKey, JSON.stringify({version: 0, data: {checked: []}}));
           }""",
        [quiz_key, checklist_key],
    )
    page.reload()
    page.wait_for_selector(LIVE_WIDGET)
    widget = quiz_widget(page, quiz)
    expect(widget.locator(".abc-notice")).to_contain_text("it was damaged")
    expect(widget.locator(".abc-score")).to_contain_text("Score: 0 of")
    checklist_widget = open_checklist(
        page.locator(".abc-checklist").filter(
            has=page.get_by_role("heading", name=f"Form check: {checklist['exercise']}")
        )
    )
    expect(checklist_widget.locator(".abc-notice")).to_contain_text("older version")
    assert page.evaluate("k => localStorage.getItem(k)", quiz_key) is None
    assert page.evaluate("k => localStorage.getItem(k)", checklist_key) is None
