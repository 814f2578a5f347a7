import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  feedbackView,
  gradeQuestion,
  isValidQuizRecord,
  numericBounds,
  parseNumber,
  scoreQuiz,
  withVerdict,
} from "../../abcourse/widgets/js/logic/quiz_grading.js";
import { quotedInput } from "../../abcourse/widgets/js/logic/text.js";

const single = {
  id: "s",
  kind: "single",
  options: [
    { id: "a", text: "A", correct: true, feedback: "A is right because." },
    { id: "b", text: "B", feedback: "B is wrong because." },
  ],
};
const multiple = {
  id: "m",
  kind: "multiple",
  options: [
    { id: "x", text: "X", correct: true, feedback: "X yes." },
    { id: "y", text: "Y", correct: true, feedback: "Y yes." },
    { id: "z", text: "Z", feedback: "Z no." },
  ],
};
const truefalse = {
  id: "t",
  kind: "truefalse",
  answer: false,
  feedback: { true: "T why.", false: "F why." },
};
const numeric = {
  id: "n",
  kind: "numeric",
  answer: 100,
  tolerance: 10,
  feedback: { correct: "About 100.", low: "Higher.", high: "Lower." },
};
const ranged = { ...numeric, id: "r", tolerance: undefined, range: [20, 30] };
const quiz = { id: "q", questions: [single, multiple, truefalse, numeric] };

describe("parseNumber", () => {
  test("reads digits, decimals and a decimal comma", () => {
    assert.deepEqual(parseNumber("45"), { value: 45, error: null });
    assert.deepEqual(parseNumber(" 45.5 "), { value: 45.5, error: null });
    assert.deepEqual(parseNumber("45,5"), { value: 45.5, error: null });
    assert.deepEqual(parseNumber(".5"), { value: 0.5, error: null });
  });
  test("refuses blanks and words with a message", () => {
    assert.equal(parseNumber("").error, "Enter a number first.");
    assert.equal(parseNumber(null).error, "Enter a number first.");
    assert.match(parseNumber("lots").error, /“lots” is not a number/);
    assert.match(parseNumber("1e9").error, /is not a number/);
    assert.equal(parseNumber(Number.NaN).error, "Enter a number.");
  });
});

describe("numericBounds", () => {
  test("tolerance around the answer", () =>
    assert.deepEqual(numericBounds(numeric), { low: 90, high: 110 }));
  test("an explicit range wins", () =>
    assert.deepEqual(numericBounds(ranged), { low: 20, high: 30 }));
});

describe("gradeQuestion", () => {
  test("single choice: right and wrong, with every option's feedback", () => {
    const right = gradeQuestion(single, "a");
    assert.equal(right.status, "correct");
    assert.match(right.message, /A is right because/);
    const wrong = gradeQuestion(single, "b");
    assert.equal(wrong.status, "incorrect");
    assert.deepEqual(
      wrong.options.map((o) => [o.id, o.chosen, o.correct]),
      [
        ["a", false, true],
        ["b", true, false],
      ],
    );
  });
  test("multiple: all right options and no wrong ones", () => {
    assert.equal(gradeQuestion(multiple, ["x", "y"]).status, "correct");
    const partial = gradeQuestion(multiple, ["x", "z"]);
    assert.equal(partial.status, "incorrect");
    assert.equal(
      partial.message,
      "Not quite. You missed one: “Y”. And one you chose is not right (marked ✗ above).",
    );
  });
  test("multiple: a partly right answer names every right option it missed", () => {
    const sentences = {
      ...multiple,
      options: [
        { id: "x", text: "Walk daily.", correct: true, feedback: "X yes." },
        { id: "y", text: "Sleep well.", correct: true, feedback: "Y yes." },
        { id: "w", text: "Brace gently.", correct: true, feedback: "W yes." },
        { id: "z", text: "Z", feedback: "Z no." },
      ],
    };
    assert.equal(
      gradeQuestion(sentences, ["x"]).message,
      "Not quite. You missed two: “Sleep well”; “Brace gently”.",
    );
    assert.equal(
      gradeQuestion(multiple, ["x", "y", "z"]).message,
      "Not quite. You found every right answer, but one you chose is not right (marked ✗ above).",
    );
    // each chosen option explains itself beside it, so the message does not repeat it
    assert.doesNotMatch(gradeQuestion(multiple, ["x"]).message, /X yes/);
  });
  test("true/false uses the feedback of the chosen side", () => {
    assert.match(gradeQuestion(truefalse, false).message, /^Correct\. F why\./);
    assert.match(gradeQuestion(truefalse, true).message, /^Not quite\. T why\./);
  });
  test("numeric: inside, below and above the tolerance", () => {
    assert.equal(gradeQuestion(numeric, "95").status, "correct");
    assert.match(gradeQuestion(numeric, "80").message, /too low\. Higher\./);
    assert.match(gradeQuestion(numeric, "111").message, /too high\. Lower\./);
    assert.equal(gradeQuestion(ranged, "25").status, "correct");
    assert.equal(gradeQuestion(ranged, "31").status, "incorrect");
  });
});

describe("feedbackView: what a checked answer shows", () => {
  test("a wrong single choice shows no option's verdict until the learner asks for all", () => {
    const wrong = gradeQuestion(single, "b");
    assert.match(wrong.message, /^Not quite\. B is wrong because\./);
    assert.deepEqual(feedbackView(single, wrong, false), {
      notes: [],
      canShowAll: true,
      canRetry: true,
    });
    // asked: every other option's verdict; the chosen one's is the message already
    assert.deepEqual(feedbackView(single, wrong, true).notes, ["a"]);
  });
  test("a right answer offers no second try", () => {
    const right = gradeQuestion(single, "a");
    assert.deepEqual(feedbackView(single, right, false), {
      notes: [],
      canShowAll: true,
      canRetry: false,
    });
    assert.equal(feedbackView(truefalse, gradeQuestion(truefalse, false), false).canRetry, false);
    assert.equal(feedbackView(numeric, gradeQuestion(numeric, "100"), false).canRetry, false);
  });
  test("a multiple choice shows the verdict beside each option chosen, the rest on request", () => {
    const partial = gradeQuestion(multiple, ["x", "z"]);
    assert.deepEqual(feedbackView(multiple, partial, false).notes, ["x", "z"]);
    assert.deepEqual(feedbackView(multiple, partial, true).notes, ["x", "y", "z"]);
    const all = gradeQuestion(multiple, ["x", "y", "z"]);
    assert.equal(feedbackView(multiple, all, false).canShowAll, false);
  });
  test("true/false and numeric answers have no options to show", () => {
    const view = feedbackView(truefalse, gradeQuestion(truefalse, true), false);
    assert.deepEqual(view, { notes: [], canShowAll: false, canRetry: true });
  });
});

describe("gradeQuestion: invalid and unanswered answers, the verdict", () => {
  test("numeric nonsense is invalid, not wrong", () => {
    const graded = gradeQuestion(numeric, "ten");
    assert.equal(graded.status, "invalid");
    assert.match(graded.message, /is not a number/);
  });
  test("a negative answer to a question about counts or times is refused, not marked wrong", () => {
    const graded = gradeQuestion(numeric, "-5");
    assert.equal(graded.status, "invalid");
    assert.match(graded.message, /0 or more/);
  });
  test("a pasted page of text is quoted short in the message", () => {
    const graded = gradeQuestion(numeric, "x".repeat(400));
    assert.equal(graded.status, "invalid");
    assert.ok(graded.message.length < 100, graded.message);
    assert.equal(quotedInput("abc"), "“abc”");
    assert.equal(quotedInput("y".repeat(30)), `“${"y".repeat(24)}…”`);
  });
  test("the verdict is said once, whatever the feedback opens with", () => {
    assert.equal(withVerdict("Correct.", "Correct. Well done."), "Correct. Well done.");
    assert.equal(withVerdict("Not quite.", "not quite. Look again."), "not quite. Look again.");
    assert.equal(withVerdict("Correct.", "Well done."), "Correct. Well done.");
    assert.equal(withVerdict("Correct.", ""), "Correct.");
    const doubled = { ...truefalse, feedback: { true: "Correct. Yes.", false: "Not quite. No." } };
    for (const answer of [true, false]) {
      assert.doesNotMatch(gradeQuestion(doubled, answer).message, /(Correct\.|Not quite\.) \1/);
    }
  });
  test("an unanswered question asks for an answer", () => {
    assert.equal(gradeQuestion(single, undefined).status, "unanswered");
    assert.equal(gradeQuestion(multiple, []).message, "Select at least one option first.");
    assert.equal(gradeQuestion(numeric, "  ").message, "Enter a number first.");
  });
});

describe("scoreQuiz", () => {
  test("counts only checked questions that are right", () => {
    const responses = { s: "a", m: ["x"], t: false, n: "100" };
    const checked = { s: true, m: true, t: true };
    assert.deepEqual(scoreQuiz(quiz, responses, checked), { correct: 2, answered: 3, total: 4 });
    assert.deepEqual(scoreQuiz(quiz, {}, {}), { correct: 0, answered: 0, total: 4 });
  });
});

describe("isValidQuizRecord", () => {
  test("accepts responses that fit their questions", () => {
    assert.ok(
      isValidQuizRecord(quiz, {
        responses: { s: "a", m: ["x"], t: true, n: "12" },
        checked: { s: true },
      }),
    );
  });
  test("rejects unknown questions, unknown options and wrong types", () => {
    for (const data of [
      null,
      [],
      { responses: {} },
      { responses: { nope: "a" }, checked: {} },
      { responses: { s: "c" }, checked: {} },
      { responses: { m: "x" }, checked: {} },
      { responses: { t: "yes" }, checked: {} },
      { responses: { n: {} }, checked: {} },
      { responses: {}, checked: { s: "yes" } },
      { responses: {}, checked: { nope: true } },
    ]) {
      assert.equal(isValidQuizRecord(quiz, data), false, JSON.stringify(data));
    }
  });
});
