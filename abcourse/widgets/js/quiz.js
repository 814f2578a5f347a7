// @ts-check
// Self-assessment quiz: renders, grades, gives feedback and keeps progress in the browser,
// so it answers the same in the static book, in JupyterLab and on Binder.
import { feedbackView, gradeQuestion, isValidQuizRecord, scoreQuiz } from "./logic/quiz_grading.js";
import { QUIZ_MESSAGES } from "./logic/quiz_messages.js";
import { quizKey } from "./logic/store_keys.js";
import {
  h,
  liveStatus,
  noticeArea,
  secondaryButton,
  syncToKernel,
  uniqueId,
  widgetSection,
} from "./ui/dom.js";
import { browserStorage, removeRecord, restoreRecord, saveRecord } from "./ui/store.js";

const KIND_HINT = {
  single: "Choose one answer.",
  multiple: "Choose every answer that applies.",
  truefalse: "True or false?",
  numeric: "Type a number.",
};

function emptyState() {
  return { responses: {}, checked: {} };
}

// Show the score and hand the state to Python (when a kernel is listening).
function publish(view) {
  const { quiz, state } = view;
  const score = scoreQuiz(quiz, state.responses, state.checked);
  view.scoreLine.textContent =
    `Score: ${score.correct} of ${score.total} correct` +
    (score.answered < score.total ? ` (${score.answered} of ${score.total} checked so far).` : ".");
  syncToKernel(view.model, {
    answers: { ...state.responses },
    checked: { ...state.checked },
    score,
  });
}

function save(view) {
  saveRecord(view.storage, view.key, view.state, view.notice, "answers");
  publish(view);
}

// What a question's view reads and changes of the quiz's saved state.
function questionStore(view, question) {
  return {
    getResponse: () => view.state.responses[question.id],
    setResponse: (value) => {
      if (value === undefined) delete view.state.responses[question.id];
      else view.state.responses[question.id] = value;
      save(view);
    },
    isChecked: () => Boolean(view.state.checked[question.id]),
    setChecked: (value) => {
      if (value) view.state.checked[question.id] = true;
      else delete view.state.checked[question.id];
      save(view);
    },
  };
}

function resetButton(view) {
  return secondaryButton("Reset this quiz", () => {
    view.state = emptyState();
    removeRecord(view.storage, view.key);
    view.questions.forEach((question) => question.refresh());
    publish(view);
    view.notice.show("This quiz was reset. Your answers here were cleared.");
    view.questions[0]?.focusFirst();
  });
}

/** @param {import("./types.js").RenderProps} props what anywidget hands the widget */
function render({ model, el }) {
  /** @type {import("./types.js").Quiz} */
  const quiz = model.get("quiz");
  const view = {
    model,
    quiz,
    key: quizKey(model.get("chapter"), quiz.id),
    storage: browserStorage(),
    notice: noticeArea(),
    scoreLine: h("p", { class: "abc-score" }),
  };
  view.state =
    restoreRecord(view.storage, view.key, (data) => isValidQuizRecord(quiz, data), view.notice) ??
    emptyState();
  view.questions = quiz.questions.map((question, index) =>
    questionView(question, index, questionStore(view, question)),
  );
  el.replaceChildren(
    widgetSection(
      "abc-quiz",
      `Quiz: ${quiz.title}`,
      quiz.intro ? h("p", { class: "abc-intro" }, quiz.intro) : null,
      view.notice.element,
      view.questions.map((question) => question.element),
      h("div", { class: "abc-footer" }, view.scoreLine, resetButton(view)),
    ),
  );
  view.questions.forEach((question) => question.refresh());
  publish(view);
}

// A choice question's options (true/false is a choice of two), each with a place for its feedback.
function optionsBody(question, parts, onChange) {
  const groupName = uniqueId(`abc-q-${question.id}`);
  const options =
    question.kind === "truefalse"
      ? [
          { id: "true", text: "True", value: true },
          { id: "false", text: "False", value: false },
        ]
      : question.options.map((option) => ({ ...option, value: option.id }));
  return h(
    "div",
    { class: "abc-options" },
    options.map((option) => {
      const input = h("input", {
        type: question.kind === "multiple" ? "checkbox" : "radio",
        name: groupName,
        value: option.id,
        onchange: onChange,
      });
      input.dataset.value = JSON.stringify(option.value);
      parts.inputs.push(input);
      const note = h("p", { class: "abc-option-feedback", hidden: true });
      parts.optionFeedback.set(option.id, note);
      return h(
        "div",
        { class: "abc-option" },
        h("label", {}, input, h("span", {}, option.text)),
        note,
      );
    }),
  );
}

// A numeric question's field; Enter checks the answer.
function numericBody(question, parts, { onInput, onEnter }) {
  const fieldId = uniqueId("abc-num");
  const errorId = `${fieldId}-error`;
  const input = h("input", {
    type: "text",
    inputmode: "decimal",
    id: fieldId,
    autocomplete: "off",
    "aria-describedby": errorId,
    class: "abc-number",
    oninput: () => onInput(input.value),
    onkeydown: (event) => {
      if (event.key === "Enter") {
        event.preventDefault();
        onEnter();
      }
    },
  });
  parts.inputs.push(input);
  return h(
    "div",
    { class: "abc-numeric" },
    h("label", { for: fieldId }, "Your answer"),
    " ",
    input,
    question.unit ? h("span", { class: "abc-unit" }, ` ${question.unit}`) : null,
    h("p", { class: "abc-field-error", id: errorId, hidden: true }),
  );
}

function readResponse(question, inputs) {
  if (question.kind === "numeric") return inputs[0].value;
  const chosen = inputs
    .filter((input) => input.checked)
    .map((input) => JSON.parse(input.dataset.value));
  if (question.kind === "multiple") return chosen.length ? chosen : undefined;
  return chosen[0];
}

function writeResponse(question, inputs, response) {
  if (question.kind === "numeric") {
    inputs[0].value = response ?? "";
    return;
  }
  const wanted = question.kind === "multiple" ? new Set(response ?? []) : new Set([response]);
  for (const input of inputs) input.checked = wanted.has(JSON.parse(input.dataset.value));
}

function showFieldError(question, parts, message) {
  if (question.kind !== "numeric") return;
  const error = parts.body.querySelector(".abc-field-error");
  error.textContent = message ?? "";
  error.hidden = !message;
  parts.inputs[0].setAttribute("aria-invalid", message ? "true" : "false");
}

// The message, then a verdict beside each option feedbackView names; the buttons that follow.
function showResult(question, parts, result) {
  const mark = result.status === "correct" ? "✓ " : "✗ ";
  parts.feedback.replaceChildren(
    h("p", { class: `abc-result abc-${result.status}` }, h("strong", {}, mark), result.message),
  );
  const view = feedbackView(question, result, parts.showAll);
  const shown = new Set(view.notes);
  for (const option of result.options) {
    const note = parts.optionFeedback.get(option.id);
    note.replaceChildren(
      h(
        "strong",
        {},
        option.correct ? QUIZ_MESSAGES.rightAnswer : QUIZ_MESSAGES.notRightAnswer,
        " ",
      ),
      option.feedback,
    );
    note.className = `abc-option-feedback ${option.correct ? "abc-correct" : "abc-incorrect"}`;
    note.hidden = !shown.has(option.id);
  }
  parts.showAllButton.textContent = parts.showAll
    ? QUIZ_MESSAGES.hideOthers
    : QUIZ_MESSAGES.showAll;
  parts.showAllButton.setAttribute("aria-expanded", String(parts.showAll));
  return view;
}

function clearResult(question, parts) {
  parts.feedback.replaceChildren();
  for (const note of parts.optionFeedback.values()) note.hidden = true;
  showFieldError(question, parts, null);
}

// A checked answer is locked: "Try again" follows a wrong one, "Show all answers" any answer
// with options left unchosen.
function lock(question, parts, view) {
  const locked = Boolean(view);
  for (const input of parts.inputs) {
    if (question.kind === "numeric") input.readOnly = locked;
    else input.disabled = locked;
  }
  parts.checkButton.hidden = locked;
  parts.retryButton.hidden = !view?.canRetry;
  parts.showAllButton.hidden = !view?.canShowAll;
}

function check(question, parts, store) {
  const result = gradeQuestion(question, readResponse(question, parts.inputs));
  if (result.status === "unanswered" || result.status === "invalid") {
    showFieldError(question, parts, question.kind === "numeric" ? result.message : null);
    parts.feedback.replaceChildren(h("p", { class: "abc-result abc-unanswered" }, result.message));
    return;
  }
  showFieldError(question, parts, null);
  store.setChecked(true);
  parts.showAll = false;
  const view = showResult(question, parts, result);
  lock(question, parts, view);
  // the check button is gone: focus goes to what comes next, or to the result itself
  if (view.canRetry) parts.retryButton.focus();
  else if (view.canShowAll) parts.showAllButton.focus();
  else parts.feedback.focus();
}

function toggleAll(question, parts, store) {
  parts.showAll = !parts.showAll;
  showResult(question, parts, gradeQuestion(question, store.getResponse()));
}

function retry(question, parts, store) {
  store.setResponse(undefined);
  store.setChecked(false);
  writeResponse(question, parts.inputs, undefined);
  clearResult(question, parts);
  parts.showAll = false;
  lock(question, parts, null);
  parts.inputs[0].focus();
}

function refresh(question, parts, store) {
  writeResponse(question, parts.inputs, store.getResponse());
  clearResult(question, parts);
  parts.showAll = false;
  if (!store.isChecked()) {
    lock(question, parts, null);
    return;
  }
  lock(question, parts, showResult(question, parts, gradeQuestion(question, store.getResponse())));
}

// "Check answer", and the two buttons that may follow a checked answer, hidden until then.
function actionButtons(question, parts, store, onCheck) {
  parts.checkButton = h(
    "button",
    { type: "button", class: "abc-button", onclick: onCheck },
    "Check answer",
  );
  parts.retryButton = secondaryButton("Try again", () => retry(question, parts, store));
  parts.retryButton.hidden = true;
  parts.showAllButton = secondaryButton(QUIZ_MESSAGES.showAll, () =>
    toggleAll(question, parts, store),
  );
  parts.showAllButton.hidden = true;
  parts.showAllButton.setAttribute("aria-expanded", "false");
}

function questionView(question, index, store) {
  const parts = {
    inputs: [],
    optionFeedback: new Map(),
    feedback: liveStatus("abc-feedback"),
    showAll: false,
  };
  // focus lands here after a right answer that leaves no button to press
  parts.feedback.tabIndex = -1;
  const onCheck = () => check(question, parts, store);
  parts.body =
    question.kind === "numeric"
      ? numericBody(question, parts, {
          onInput: (value) => store.setResponse(value === "" ? undefined : value),
          onEnter: onCheck,
        })
      : optionsBody(question, parts, () => store.setResponse(readResponse(question, parts.inputs)));
  actionButtons(question, parts, store, onCheck);
  const legendId = uniqueId("abc-legend");
  const element = h(
    "fieldset",
    { class: "abc-question", "data-question-id": question.id },
    h(
      "legend",
      { id: legendId },
      h("span", { class: "abc-qnum" }, `Question ${index + 1}. `),
      question.prompt,
      h("span", { class: "abc-hint" }, ` ${KIND_HINT[question.kind]}`),
    ),
    parts.body,
    h("div", { class: "abc-actions" }, parts.checkButton, parts.retryButton, parts.showAllButton),
    parts.feedback,
  );
  return {
    element,
    refresh: () => refresh(question, parts, store),
    focusFirst: () => parts.inputs[0].focus(),
  };
}

export default { render };
