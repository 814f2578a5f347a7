// @ts-check
// What the quiz says when it grades an answer, in one place: quiz_grading.js decides, this words.

/** @param {number} count @param {string} noun */
function counted(count, noun) {
  return `${count} ${noun}${count > 1 ? "s" : ""}`;
}

export const QUIZ_MESSAGES = {
  correct: "Correct.",
  notQuite: "Not quite.",
  allRightOptions: "Correct: you chose all the right options and none of the wrong ones.",
  /** @param {number} missed right options not chosen @param {number} wrong wrong options chosen */
  someOptions: (missed, wrong) => {
    const parts = [];
    if (missed) parts.push(`${counted(missed, "right option")} not chosen`);
    if (wrong) parts.push(`${counted(wrong, "wrong option")} chosen`);
    return `Not quite: ${parts.join(" and ")}.`;
  },
  /** @param {string} feedback the author's feedback for a low answer */
  tooLow: (feedback) => `Not quite: too low. ${feedback}`,
  /** @param {string} feedback the author's feedback for a high answer */
  tooHigh: (feedback) => `Not quite: too high. ${feedback}`,
  notBelowZero: "Enter a number of 0 or more.",
  enterNumber: "Enter a number.",
  enterNumberFirst: "Enter a number first.",
  /** @param {string} quoted what was typed, quoted */
  notANumber: (quoted) => `${quoted} is not a number. Type digits only, like 45 or 2.5.`,
  selectFirst: "Select at least one option first.",
  chooseFirst: "Choose an answer first.",
  /** @param {string} kind */
  unknownKind: (kind) => `Unknown question kind "${kind}".`,
};
