// @ts-check
// Pure grading of quiz questions: no DOM, so node --test covers every rule. The words are in
// quiz_messages.js.
import { QUIZ_MESSAGES } from "./quiz_messages.js";
import { quotedInput } from "./text.js";

// The verdict the widget puts before the feedback, unless the feedback already opens with it
// (an author's "Correct. ..." must not read "Correct. Correct. ...").
/**
 * @param {string} verdict
 * @param {string | null | undefined} feedback
 * @returns {string}
 */
export function withVerdict(verdict, feedback) {
  const text = String(feedback ?? "").trim();
  if (!text) return verdict;
  return text.toLowerCase().startsWith(verdict.toLowerCase()) ? text : `${verdict} ${text}`;
}

// Reads what a learner typed as a number: "45", "45.5" or "45,5". The unit is printed beside the
// field, so anything else is refused with a message that says what to type.
/**
 * @param {unknown} text
 * @returns {{value: number, error: null} | {value: null, error: string}}
 */
export function parseNumber(text) {
  if (typeof text === "number") {
    return Number.isFinite(text)
      ? { value: text, error: null }
      : { value: null, error: QUIZ_MESSAGES.enterNumber };
  }
  const trimmed = String(text ?? "").trim();
  if (trimmed === "") return { value: null, error: QUIZ_MESSAGES.enterNumberFirst };
  const normalised = trimmed.replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) {
    return { value: null, error: QUIZ_MESSAGES.notANumber(quotedInput(trimmed)) };
  }
  return { value: Number(normalised), error: null };
}

/**
 * @param {import("../types.js").NumericQuestion} question
 * @returns {{low: number, high: number}}
 */
export function numericBounds(question) {
  if (Array.isArray(question.range)) return { low: question.range[0], high: question.range[1] };
  const tolerance = question.tolerance ?? 0;
  return { low: question.answer - tolerance, high: question.answer + tolerance };
}

/**
 * @param {import("../types.js").Question} question
 * @returns {string[]}
 */
export function correctOptionIds(question) {
  return (question.options ?? []).filter((option) => option.correct).map((option) => option.id);
}

/**
 * @param {import("../types.js").Question} question
 * @param {unknown} response
 * @returns {boolean}
 */
export function isAnswered(question, response) {
  switch (question.kind) {
    case "single":
      return typeof response === "string" && response !== "";
    case "multiple":
      return Array.isArray(response) && response.length > 0;
    case "truefalse":
      return typeof response === "boolean";
    case "numeric":
      return response !== undefined && response !== null && String(response).trim() !== "";
    default:
      return false;
  }
}

// An option's text in a sentence: quoted, without its own closing full stop.
/** @param {string} text */
function quotedOption(text) {
  return `“${String(text).trim().replace(/\.$/, "")}”`;
}

// A single or multiple choice question, answered. A single choice's message carries the chosen
// option's feedback; a multiple choice's names the right options missed, and each chosen option
// carries its own verdict (see feedbackView).
/**
 * @param {import("../types.js").ChoiceQuestion} question
 * @param {string | string[]} response an option id (single) or a list of them (multiple)
 * @returns {Grade}
 */
function gradeChoice(question, response) {
  // one id when single, a list when multiple
  const chosen = /** @type {Set<string>} */ (
    new Set(question.kind === "single" ? [response] : response)
  );
  const right = new Set(correctOptionIds(question));
  const options = question.options.map((option) => ({
    id: option.id,
    chosen: chosen.has(option.id),
    correct: Boolean(option.correct),
    feedback: option.feedback,
  }));
  const allRight = right.size === chosen.size && [...right].every((id) => chosen.has(id));
  const status = allRight ? "correct" : "incorrect";
  if (question.kind === "multiple") {
    if (allRight) return { status, message: QUIZ_MESSAGES.allRightOptions, options };
    const missed = question.options
      .filter((option) => option.correct && !chosen.has(option.id))
      .map((option) => quotedOption(option.text));
    const wrong = [...chosen].filter((id) => !right.has(id)).length;
    return { status, message: QUIZ_MESSAGES.someOptions(missed, wrong), options };
  }
  const verdict = allRight ? QUIZ_MESSAGES.correct : QUIZ_MESSAGES.notQuite;
  const chosenFeedback = options.find((o) => o.chosen)?.feedback;
  return { status, message: withVerdict(verdict, chosenFeedback), options };
}

/**
 * What a checked answer shows besides its message, and which buttons follow it. Until the learner
 * asks to see all answers, only what they chose carries a verdict, so that "Try again" still
 * asks something; a single choice's verdict is its message, so its options show none until then.
 * A right answer needs no second try.
 * @param {import("../types.js").Question} question
 * @param {Grade} grade
 * @param {boolean} showAll the learner asked to see every option's verdict
 * @returns {{notes: string[], canShowAll: boolean, canRetry: boolean}} notes: the ids of the
 *   options whose verdict and feedback show; canShowAll: some option's verdict can be shown
 */
export function feedbackView(question, grade, showAll) {
  const inMessage = question.kind === "single";
  const notes = grade.options
    .filter((option) => (option.chosen ? !inMessage : showAll))
    .map((option) => option.id);
  return {
    notes,
    canShowAll: grade.options.some((option) => !option.chosen),
    canRetry: grade.status === "incorrect",
  };
}

// A numeric question, answered.
/**
 * @param {import("../types.js").NumericQuestion} question
 * @param {unknown} response
 * @returns {Grade}
 */
function gradeNumeric(question, response) {
  // a number wherever error is empty (parseNumber's two shapes, which destructuring loses)
  const { value, error } = /** @type {{value: number, error: string | null}} */ (
    parseNumber(response)
  );
  if (error) return { status: "invalid", message: error, options: [] };
  const { low, high } = numericBounds(question);
  // Every answer in this course is a count, a time or a share: below zero is a slip, not a guess.
  if (value < 0 && low >= 0)
    return { status: "invalid", message: QUIZ_MESSAGES.notBelowZero, options: [] };
  if (value < low)
    return {
      status: "incorrect",
      message: QUIZ_MESSAGES.tooLow(question.feedback.low),
      options: [],
    };
  if (value > high)
    return {
      status: "incorrect",
      message: QUIZ_MESSAGES.tooHigh(question.feedback.high),
      options: [],
    };
  return {
    status: "correct",
    message: withVerdict(QUIZ_MESSAGES.correct, question.feedback.correct),
    options: [],
  };
}

// Returns {status, message, options}: status is "correct", "incorrect", "unanswered" or "invalid";
// options lists, for choice questions, each option's feedback and whether it is right.
/**
 * @typedef {object} Grade
 * @property {"correct" | "incorrect" | "unanswered" | "invalid"} status
 * @property {string} message
 * @property {{id: string, chosen: boolean, correct: boolean, feedback: string}[]} options
 */

/**
 * @param {import("../types.js").Question} question
 * @param {import("../types.js").QuizResponse | null | undefined} response
 * @returns {Grade}
 */
export function gradeQuestion(question, response) {
  if (!isAnswered(question, response)) {
    const ask =
      question.kind === "multiple"
        ? QUIZ_MESSAGES.selectFirst
        : question.kind === "numeric"
          ? QUIZ_MESSAGES.enterNumberFirst
          : QUIZ_MESSAGES.chooseFirst;
    return { status: "unanswered", message: ask, options: [] };
  }
  if (question.kind === "single" || question.kind === "multiple") {
    // isAnswered has checked that the response fits the kind: an id, or a list of ids
    return gradeChoice(question, /** @type {string | string[]} */ (response));
  }
  if (question.kind === "truefalse") {
    const correct = response === question.answer;
    // isAnswered has checked that the response is a boolean
    const why = question.feedback[/** @type {"true" | "false"} */ (String(response))];
    return {
      status: correct ? "correct" : "incorrect",
      message: withVerdict(correct ? QUIZ_MESSAGES.correct : QUIZ_MESSAGES.notQuite, why),
      options: [],
    };
  }
  if (question.kind === "numeric") return gradeNumeric(question, response);
  return { status: "invalid", message: QUIZ_MESSAGES.unknownKind(question.kind), options: [] };
}

// Score counts questions whose checked answer is right.
/**
 * @param {import("../types.js").Quiz} quiz
 * @param {Record<string, import("../types.js").QuizResponse> | null | undefined} responses
 * @param {Record<string, boolean> | null | undefined} checked
 * @returns {{correct: number, answered: number, total: number}}
 */
export function scoreQuiz(quiz, responses, checked) {
  let correct = 0;
  let answered = 0;
  for (const question of quiz.questions) {
    if (!checked?.[question.id]) continue;
    answered += 1;
    if (gradeQuestion(question, responses?.[question.id]).status === "correct") correct += 1;
  }
  return { correct, answered, total: quiz.questions.length };
}

// A saved quiz record is usable only if every response fits its question's kind and options.
/**
 * @param {import("../types.js").Quiz} quiz
 * @param {any} data a saved or imported record of any shape, which this checks field by field
 * @returns {boolean}
 */
export function isValidQuizRecord(quiz, data) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  const { responses, checked } = data;
  if (!responses || typeof responses !== "object" || Array.isArray(responses)) return false;
  if (!checked || typeof checked !== "object" || Array.isArray(checked)) return false;
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  for (const [id, response] of Object.entries(responses)) {
    const question = byId.get(id);
    if (!question) return false;
    const optionIds = new Set((question.options ?? []).map((o) => o.id));
    if (question.kind === "single" && !(typeof response === "string" && optionIds.has(response)))
      return false;
    if (
      question.kind === "multiple" &&
      !(Array.isArray(response) && response.every((r) => optionIds.has(r)))
    )
      return false;
    if (question.kind === "truefalse" && typeof response !== "boolean") return false;
    if (question.kind === "numeric" && !["string", "number"].includes(typeof response))
      return false;
  }
  return Object.entries(checked).every(([id, value]) => byId.has(id) && typeof value === "boolean");
}
