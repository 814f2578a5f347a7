// @ts-check
// What the form score says (chapter 2): form_assessment.js scores, this words.

export const FORM_SCORE_MESSAGES = {
  nothingTicked: "No form checklist ticked yet.",
  /**
   * @param {number} percent the score, 0 to 100
   * @param {number} inPlace @param {number} total @param {number} exercises started
   * @param {{exercise: string, cue: {cue: string}} | undefined} first the cue to fix first
   */
  summary: (percent, inPlace, total, exercises, first) => {
    const noun = exercises === 1 ? "exercise" : "exercises";
    const score =
      `Form score ${percent}%: ${inPlace} of ${total} cues in place ` +
      `across ${exercises} ${noun}.`;
    return first ? `${score} Fix first (${first.exercise}): ${first.cue.cue}` : score;
  },
};
