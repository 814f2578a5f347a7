// @ts-check
// What the Your plan chapter says about the learner's profile and plan: self_tests.js and plan.js
// decide, this words. A self-test's own "nothing entered yet" line is its own messages module's.

export const PLAN_MESSAGES = {
  normsMissing: "The hold-time norms are missing.",
  noChecklists: "No form checklists yet.",
  redFlagsMissing: "The red-flag list is missing.",
  progressionMissing: "The progression rules are missing.",
  noSelfTest: "This chapter has no self-test.",
  noResult: "This self-test's result could not be worked out.",
  /** @param {string} title the red-flag result's headline */
  emergency: (title) =>
    `${title}: your answers in the red-flag checker need emergency care, ` +
    "so the exercise plan is put away.",
  /** @param {number} withData @param {number} causes @param {string} first the title first */
  profile: (withData, causes, first) =>
    `Profile from ${withData} of ${causes} self-tests. Most attention: ${first}.`,
  noProfile: "No self-test results yet, so the plan follows the chapters' order.",
  /** @param {number} exercises @param {number} weeks */
  plan: (exercises, weeks) =>
    ` Your plan has ${exercises} ${exercises === 1 ? "exercise" : "exercises"} for ${weeks} weeks.`,
  noExercises: " The chapters' exercises are not available yet.",
  // the profile's summary line while no chapter has a result to compare
  emptyProfile: "Your profile: no self-test results yet (what to do in each chapter)",
  // what a cause's standing (plan.js standingOf) is called, on the list and the chart alike
  standing: {
    most: "needs most attention",
    some: "needs some attention",
    fine: "looks fine",
    unfinished: "not finished yet",
    none: "no results yet",
    "no-self-test": "no self-test",
  },
};
