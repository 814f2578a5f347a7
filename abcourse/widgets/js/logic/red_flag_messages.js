// @ts-check
// What the red-flag checker says around the data file's own words: red_flags.js triages and the
// advice (ui/red_flag_advice.js) lays it out; the levels' advice, the signs and the all-clear are
// red-flags.yml's, and the sentences that join them are here.

// Until every group is answered there is no all-clear, and the checker says why.
const RED_FLAG_NOT_YES_NO =
  "A sign you have not answered is not a no, so this is not an all-clear yet.";

export const RED_FLAG_MESSAGES = {
  /** @param {string} phrases the signs' phrases, joined */
  iHave: (phrases) => `I have back pain and ${phrases}.`,
  /** @param {number} unanswered @param {number} groups */
  notAnsweredCount: (unanswered, groups) => ` Not answered yet: ${unanswered} of ${groups} groups.`,
  /** @param {string} title @param {string[]} shorts what applies, in short */
  summary: (title, shorts) => `${title}: ${shorts.join("; ")}.`,
  notUsed: "The red-flag checker has not been used yet.",
  /** @param {number} answered @param {number} groups */
  notFinished: (answered, groups) =>
    `Not finished: ${answered} of ${groups} groups of signs answered. ` + RED_FLAG_NOT_YES_NO,
  /** @param {string} title @param {number} groups */
  clear: (title, groups) =>
    `${title}: you answered all ${groups} groups of signs, ` +
    "and none of the signs that need care applies.",

  // ---- the advice as the learner reads it
  notAnsweredYet: "Not answered yet: ",
  /** @param {string[]} headings the groups not answered */
  readThose: (headings) =>
    `${headings.join("; ")}. Read those signs too: if you have any of them, ` +
    "it may change what to do.",
  /** @param {string} cited */
  source: (cited) => `Source: ${cited}.`,
  whatToDo: "What to do: ",
  youCouldSay: "You could say: ",
  /** @param {string} short */
  forSign: (short) => `For “${short}”: `,
  /** @param {string} said */
  quoted: (said) => `“${said}”`,
  /** @param {string} title */
  emergencyTitle: (title) => `⚠ ${title}`,
  /** @param {string[]} shorts */
  becauseYouTicked: (shorts) => `Because you ticked: ${shorts.join("; ")}.`,
  /** @param {string[]} shorts */
  notRedFlags: (shorts) => `On their own, these are not red-flag signs: ${shorts.join("; ")}.`,
  /** @param {number} groups @param {string[]} headings */
  answeredAll: (groups, headings) =>
    `You answered all ${groups} groups of signs: ${headings.join("; ")}.`,
  notFinishedTitle: "Not finished yet",
  /** @param {number} total */
  answerEach: (total) => `None of the ${total} groups of signs is answered yet.`,
  /** @param {number} answered @param {number} total */
  answeredSome: (answered, total) =>
    `You have answered ${answered} of the ${total} groups of signs. ${RED_FLAG_NOT_YES_NO}`,
  /** @param {string} title */
  emergencyPointer: (title) =>
    `⚠ ${title}. ` + "The advice is shown above, under the sign you ticked.",

  // ---- a group's state on its folded line
  /** @param {{ticked: number, none: boolean}} answer from groupAnswers() */
  groupState: (answer) => {
    if (answer.ticked) return `${answer.ticked} ${answer.ticked === 1 ? "sign" : "signs"} ticked`;
    return answer.none ? "none of these" : "not answered yet";
  },

  // ---- the Your plan chapter's short box; the link to the checker goes between the parts
  briefNotUsed: ["You have not used ", " yet. Answer it before you start: it takes a few minutes."],
  /** @param {number} answered @param {number} groups */
  briefIncomplete: (answered, groups) => [
    `You have answered ${answered} of ${groups} groups of `,
    ". Finish it before you start this plan.",
  ],
  /** @param {string} title */
  briefClearTitle: (title) => `${title}. `,
  briefClear: ["You answered every group of ", ". Check again if anything changes."],
  /** @param {string} title */
  briefTitle: (title) => `${title}. `,
  /** @param {string[]} shorts */
  briefBecause: (shorts) => [`Because of: ${shorts.join("; ")}. The details are in `, "."],
};
