// @ts-check
// What a form checklist says about the learner's ticks: checklist_cues.js counts, this words.

export const CHECKLIST_MESSAGES = {
  // The group's name when the content file gives the checklist no intro of its own.
  instruction: "Tick each cue you can keep through a whole set.",
  /** @param {number} total */
  allInPlace: (total) => `All ${total} cues in place. Keep them as the set gets harder.`,
  /** @param {number} inPlace @param {number} total @param {number} missing */
  someInPlace: (inPlace, total, missing) =>
    `${inPlace} of ${total} cues in place, ${missing} to work on.`,
  /** @param {string} cue the cue to fix first, as the checklist words it */
  startWith: (cue) => `Start with: ${cue}`,
  /** @param {number} missing */
  showFixes: (missing) => `Show what to fix (${missing})`,
  fixFirst: " (fix this first)",
  /**
   * The line the checklist folds under: how many cues there are, or how many are in place.
   * @param {number} inPlace @param {number} total
   */
  foldLine: (inPlace, total) =>
    inPlace === 0
      ? `Check your form: ${total} cues to tick`
      : `Check your form: ${inPlace} of ${total} cues in place`,
};
