// @ts-check
// What the weekly review and the next-morning pain question say to the learner: weekly_review.js
// decides which rule applies and with which numbers; the words are here.

/** @param {number} count @param {string} one @param {string} [many] */
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

/** @param {number} share a rise as a share (0.3 is 30%) */
function percent(share) {
  return `${Math.round(share * 100)}%`;
}

// The source a rule of the review cites that progression.yml's `sources` does not name.
export const EXTRA_SOURCES = { nhs2024backpain: "NHS (2024), back pain" };

// How each rule is named after its reason, in brackets. The data rule cites no study.
export const RULE_NAMES = {
  pain: "pain-monitoring model",
  stopped: "stop rule",
  increase: "the two-week rise limit",
  rest: "rest days",
  data: "",
  end: "",
};

// ---- a decision, as the plan's review line says it

/**
 * @typedef {{decision: "progress" | "hold" | "step-back", to: number, easierStart: boolean,
 *   fromEasierStart: boolean}} DecisionWords
 */

/**
 * What next week does, said ahead ("Next week: step back to week 1").
 * @param {DecisionWords} d
 */
export function nextAction({ decision, to, easierStart, fromEasierStart }) {
  if (decision === "progress")
    return fromEasierStart && to === 1 ? "go on to week 1's usual start" : `go on to week ${to}`;
  if (decision === "hold")
    return easierStart ? "repeat the easier start of week 1" : `repeat week ${to}`;
  return easierStart ? "step back to the easier start of week 1" : `step back to week ${to}`;
}

/**
 * The same decision once it has been made ("This week: back to week 1").
 * @param {DecisionWords} d
 */
export function doneAction({ decision, to, easierStart, fromEasierStart }) {
  if (decision === "progress")
    return fromEasierStart && to === 1 ? "on to week 1's usual start" : `on to week ${to}`;
  if (decision === "hold")
    return easierStart ? "the easier start of week 1 again" : `week ${to} again`;
  return easierStart ? "back to the easier start of week 1" : `back to week ${to}`;
}

export const REVIEW_MESSAGES = {
  /** @param {number} pain @param {number} cautionMax */
  painTooMuch: (pain, cautionMax) =>
    `your next-morning pain reached ${pain}, above the ${cautionMax} the guide allows`,
  /** @param {number} count */
  stopped: (count) =>
    `you stopped ${count === 1 ? "a session" : plural(count, "session")} because it hurt. ` +
    "Going back to an easier week after that is coaches' advice, not a tested rule",
  /** @param {number} pain @param {number} okMax @param {number} cautionMax */
  painCaution: (pain, okMax, cautionMax) =>
    `your next-morning pain reached ${pain}, in the "go carefully" zone ` +
    `(${okMax + 1} to ${cautionMax}): add nothing until it is back to 0 to ${okMax}`,
  /** @param {number} sessions @param {number} needed */
  tooFewSessions: (sessions, needed) =>
    `${plural(sessions, "session")} logged in the week; the review needs at least ${needed} ` +
    "to judge it (the course's choice, not a tested rule)",
  /** @param {number} sessions */
  noPain: (sessions) =>
    `you have not said how your back felt the morning after ${
      sessions === 1 ? "the session" : `any of the ${sessions} sessions`
    } in the week`,
  /** @param {number} sessions @param {number} maxSessions */
  restTooFew: (sessions, maxSessions) =>
    `${plural(sessions, "session")} in the week leaves too few rest days ` +
    `(more than ${maxSessions})`,
  /** @param {number} rise @param {number} limit @param {number} from @param {number} to */
  rise: (rise, limit, from, to) =>
    `your sets went up ${percent(rise)} (from ${from} to ${to}), ` +
    `more than the ${percent(limit)} line, a trend from one study of runners`,
  /** @param {number} pain @param {number} okMax */
  painFine: (pain, okMax) => `your next-morning pain stayed at ${pain}, within 0 to ${okMax}`,
  /** @param {number} pain @param {number} okMax @param {number} weeks */
  planEnd: (pain, okMax, weeks) =>
    `your next-morning pain stayed at ${pain}, within 0 to ${okMax}, and week ${weeks} is the ` +
    "plan's last. Move on to the harder versions only if it feels easy (coaches' advice)",
};

// ---- the review line of the plan

export const REVIEW_LINE_MESSAGES = {
  title: "Your weekly review",
  /** @param {number} week @param {number} weeks */
  thisWeek: (week, weeks) => `This week: week ${week} of ${weeks}.`,
  thisWeekHead: "This week",
  fromTodayHead: "From today",
  nextWeekHead: "Next week, so far",
  nextSessionHead: "From your next session",
  /** @param {string} sources */
  sources: (sources) => `Sources: ${sources}.`,
  /** @param {number} dropped */
  damaged: (dropped) =>
    `${plural(dropped, "entry", "entries")} of your session log ${
      dropped === 1 ? "was" : "were"
    } damaged and left out. The rest of your sessions were kept.`,
  unreadable: "Your session log could not be read, so it was left out.",
};

// ---- the next-morning pain question

export const PAIN_PROMPT_MESSAGES = {
  /** @param {string | null} day the session's day in words, null for yesterday */
  question: (day) =>
    `How is your back this morning, 0 to 10, after ${
      day ? `your session on ${day}` : "yesterday's session"
    }?`,
  hint: "0 = no pain, 10 = the worst pain you can imagine.",
  save: "Save",
  pick: "Choose a number from 0 to 10 first.",
  /** @param {number} pain @param {number} okMax */
  fine: (pain, okMax) =>
    `Thank you. ${pain} out of 10 is within 0 to ${okMax}, the zone the guide calls fine.`,
  /** @param {number} pain @param {number} okMax @param {number} cautionMax */
  caution: (pain, okMax, cautionMax) =>
    `Thank you. ${pain} out of 10 is in the "go carefully" zone (${okMax + 1} to ` +
    `${cautionMax}): keep the same amount, and add nothing until it is back to 0 to ${okMax}.`,
  /** @param {number} pain @param {number} cautionMax */
  tooMuch: (pain, cautionMax) =>
    `Thank you. ${pain} out of 10 is more than the guide allows (above ${cautionMax}), so the ` +
    `plan steps back. If the pain stays above ${cautionMax}, stop and see a professional.`,
  redFlagBefore: "A red-flag sign is different: if you have one, go to ",
  redFlagLink: "the red-flag checker",
  redFlagAfter: " now, whatever your score.",
  notSaved: "your answer",
};
