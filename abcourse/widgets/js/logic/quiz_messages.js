// @ts-check
// What the quiz says when it grades an answer, in one place: quiz_grading.js decides, this words.

const COUNT_WORDS = ["no", "one", "two", "three", "four", "five", "six"];

/** @param {number} count */
function countWord(count) {
  return COUNT_WORDS[count] ?? String(count);
}

export const QUIZ_MESSAGES = {
  correct: "Correct.",
  notQuite: "Not quite.",
  allRightOptions: "Correct: you chose all the right options and none of the wrong ones.",
  /**
   * A partly right answer to a "choose every answer" question names the right options it left
   * out; the wrong ones chosen carry their own ✗ beside them.
   * @param {string[]} missed the texts of the right options not chosen, quoted
   * @param {number} wrong how many wrong options were chosen
   */
  someOptions: (missed, wrong) => {
    const parts = ["Not quite."];
    if (missed.length) parts.push(`You missed ${countWord(missed.length)}: ${missed.join("; ")}.`);
    if (wrong) {
      const verb = wrong > 1 ? "are" : "is";
      const which = `${countWord(wrong)} you chose ${verb} not right (marked ✗ above).`;
      parts.push(missed.length ? `And ${which}` : `You found every right answer, but ${which}`);
    }
    return parts.join(" ");
  },
  showAll: "Show all answers",
  hideOthers: "Hide the other answers",
  rightAnswer: "✓ Right answer.",
  notRightAnswer: "✗ Not a right answer.",
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
