// Self-assessment quiz: renders, grades, gives feedback and keeps progress in the browser,
// so it answers the same in the static book, in JupyterLab and on Binder.
import { h, noticeArea, syncToKernel, uniqueId } from "./lib/dom.js";
import { gradeQuestion, isValidQuizRecord, scoreQuiz } from "./lib/grading.js";
import { browserStorage, readRecord, removeRecord, storageKey, writeRecord } from "./lib/store.js";

const KIND_HINT = {
  single: "Choose one answer.",
  multiple: "Choose every answer that applies.",
  truefalse: "True or false?",
  numeric: "Type a number.",
};

function emptyState() {
  return { responses: {}, checked: {} };
}

function render({ model, el }) {
  const quiz = model.get("quiz");
  const key = storageKey("quiz", `${model.get("chapter")}/${quiz.id}`);
  const storage = browserStorage();
  const notice = noticeArea();
  const restored = readRecord(storage, key, (data) => isValidQuizRecord(quiz, data));
  let state = restored.data ?? emptyState();
  notice.show(restored.notice);

  const titleId = uniqueId("abc-quiz-title");
  const scoreLine = h("p", { class: "abc-score" });
  const questionViews = [];

  function save() {
    const saved = writeRecord(storage, key, state);
    if (!saved) notice.show("Your browser did not allow saving, so answers will be lost when you leave this page.");
    publish();
  }

  // Show the score and hand the state to Python (when a kernel is listening).
  function publish() {
    updateScore();
    syncToKernel(model, { answers: { ...state.responses }, checked: { ...state.checked }, score: scoreQuiz(quiz, state.responses, state.checked) });
  }

  function updateScore() {
    const { correct, answered, total } = scoreQuiz(quiz, state.responses, state.checked);
    scoreLine.textContent = `Score: ${correct} of ${total} correct` + (answered < total ? ` (${answered} of ${total} checked so far).` : ".");
  }

  quiz.questions.forEach((question, index) => {
    const view = questionView(question, index, {
      getResponse: () => state.responses[question.id],
      setResponse: (value) => {
        if (value === undefined) delete state.responses[question.id];
        else state.responses[question.id] = value;
        save();
      },
      isChecked: () => Boolean(state.checked[question.id]),
      setChecked: (value) => {
        if (value) state.checked[question.id] = true;
        else delete state.checked[question.id];
        save();
      },
    });
    questionViews.push(view);
  });

  const resetButton = h("button", {
    type: "button",
    class: "abc-button abc-button-secondary",
    onclick: () => {
      state = emptyState();
      removeRecord(storage, key);
      questionViews.forEach((view) => view.refresh());
      publish();
      notice.show("This quiz was reset. Your answers here were cleared.");
      questionViews[0]?.focusFirst();
    },
  }, "Reset this quiz");

  const root = h("section", { class: "abc-widget abc-quiz", "aria-labelledby": titleId },
    h("h3", { class: "abc-title", id: titleId }, `Quiz: ${quiz.title}`),
    quiz.intro ? h("p", { class: "abc-intro" }, quiz.intro) : null,
    notice.element,
    questionViews.map((view) => view.element),
    h("div", { class: "abc-footer" }, scoreLine, resetButton),
  );
  el.replaceChildren(root);
  questionViews.forEach((view) => view.refresh());
  publish();
}

function questionView(question, index, store) {
  const groupName = uniqueId(`abc-q-${question.id}`);
  const feedback = h("div", { class: "abc-feedback", role: "status", "aria-live": "polite" });
  const hint = h("span", { class: "abc-hint" }, ` ${KIND_HINT[question.kind]}`);
  const inputs = [];
  const optionFeedback = new Map();
  let body;

  if (question.kind === "single" || question.kind === "multiple" || question.kind === "truefalse") {
    const options = question.kind === "truefalse"
      ? [{ id: "true", text: "True", value: true }, { id: "false", text: "False", value: false }]
      : question.options.map((option) => ({ ...option, value: option.id }));
    body = h("div", { class: "abc-options" }, options.map((option) => {
      const input = h("input", {
        type: question.kind === "multiple" ? "checkbox" : "radio",
        name: groupName,
        value: option.id,
        onchange: () => store.setResponse(readResponse()),
      });
      input.dataset.value = JSON.stringify(option.value);
      inputs.push(input);
      const note = h("p", { class: "abc-option-feedback", hidden: true });
      optionFeedback.set(option.id, note);
      return h("div", { class: "abc-option" }, h("label", {}, input, h("span", {}, option.text)), note);
    }));
  } else {
    const fieldId = uniqueId("abc-num");
    const errorId = `${fieldId}-error`;
    const input = h("input", {
      type: "text", inputmode: "decimal", id: fieldId, autocomplete: "off",
      "aria-describedby": errorId, class: "abc-number",
      oninput: () => store.setResponse(input.value === "" ? undefined : input.value),
      onkeydown: (event) => { if (event.key === "Enter") { event.preventDefault(); check(); } },
    });
    inputs.push(input);
    body = h("div", { class: "abc-numeric" },
      h("label", { for: fieldId }, "Your answer"), " ", input,
      question.unit ? h("span", { class: "abc-unit" }, ` ${question.unit}`) : null,
      h("p", { class: "abc-field-error", id: errorId, hidden: true }));
  }

  function readResponse() {
    if (question.kind === "numeric") return inputs[0].value;
    const chosen = inputs.filter((input) => input.checked).map((input) => JSON.parse(input.dataset.value));
    if (question.kind === "multiple") return chosen.length ? chosen : undefined;
    return chosen[0];
  }

  function writeResponse(response) {
    if (question.kind === "numeric") { inputs[0].value = response ?? ""; return; }
    const wanted = question.kind === "multiple" ? new Set(response ?? []) : new Set([response]);
    for (const input of inputs) input.checked = wanted.has(JSON.parse(input.dataset.value));
  }

  const checkButton = h("button", { type: "button", class: "abc-button", onclick: () => check() }, "Check answer");
  const retryButton = h("button", { type: "button", class: "abc-button abc-button-secondary", hidden: true, onclick: () => retry() }, "Try again");

  function showFieldError(message) {
    if (question.kind !== "numeric") return;
    const error = body.querySelector(".abc-field-error");
    error.textContent = message ?? "";
    error.hidden = !message;
    inputs[0].setAttribute("aria-invalid", message ? "true" : "false");
  }

  function showResult(result) {
    const mark = result.status === "correct" ? "✓ " : "✗ ";
    feedback.replaceChildren(h("p", { class: `abc-result abc-${result.status}` }, h("strong", {}, mark), result.message));
    for (const option of result.options) {
      const note = optionFeedback.get(option.id);
      note.replaceChildren(
        h("strong", {}, option.correct ? "✓ Right answer. " : "✗ Not a right answer. "),
        option.feedback);
      note.className = `abc-option-feedback ${option.correct ? "abc-correct" : "abc-incorrect"}`;
      note.hidden = false;
    }
  }

  function clearResult() {
    feedback.replaceChildren();
    for (const note of optionFeedback.values()) note.hidden = true;
    showFieldError(null);
  }

  function lock(locked) {
    for (const input of inputs) {
      if (question.kind === "numeric") input.readOnly = locked;
      else input.disabled = locked;
    }
    checkButton.hidden = locked;
    retryButton.hidden = !locked;
  }

  function check() {
    const result = gradeQuestion(question, readResponse());
    if (result.status === "unanswered" || result.status === "invalid") {
      showFieldError(question.kind === "numeric" ? result.message : null);
      feedback.replaceChildren(h("p", { class: "abc-result abc-unanswered" }, result.message));
      return;
    }
    showFieldError(null);
    store.setChecked(true);
    showResult(result);
    lock(true);
    retryButton.focus();
  }

  function retry() {
    store.setResponse(undefined);
    store.setChecked(false);
    writeResponse(undefined);
    clearResult();
    lock(false);
    inputs[0].focus();
  }

  function refresh() {
    writeResponse(store.getResponse());
    clearResult();
    const checked = store.isChecked();
    lock(checked);
    if (checked) showResult(gradeQuestion(question, store.getResponse()));
  }

  const legendId = uniqueId("abc-legend");
  const element = h("fieldset", { class: "abc-question", "data-question-id": question.id },
    h("legend", { id: legendId }, h("span", { class: "abc-qnum" }, `Question ${index + 1}. `), question.prompt, hint),
    body,
    h("div", { class: "abc-actions" }, checkButton, retryButton),
    feedback);

  return { element, refresh, focusFirst: () => inputs[0].focus() };
}

export default { render };
