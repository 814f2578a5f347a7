// @ts-check
// What a form checklist says about the learner's ticks: checklist_cues.js counts, this words.

export const CHECKLIST_MESSAGES = {
  /** @param {number} total */
  allInPlace: (total) => `All ${total} cues in place. Keep them as the set gets harder.`,
  /** @param {number} inPlace @param {number} total @param {number} missing */
  someInPlace: (inPlace, total, missing) =>
    `${inPlace} of ${total} cues in place. ${missing} to work on:`,
};
