// @ts-check
// What the progression check (chapter 5) says to the learner, in one place: the rules in
// progression.js decide which message applies and with which numbers; the words are here, so they
// can be read, and changed, without reading the rules.

/** @param {number} share a rise as a share (0.3 is 30%) */
export function progressionPercent(share) {
  return `${Math.round(share * 100)}%`;
}

// ---- a field or a week as typed

export const FIELD_MESSAGES = {
  /** @param {string} quoted @param {string} example */
  notANumber: (quoted, example) => `${quoted} is not a number. Type digits only, like ${example}.`,
  negative: "This cannot be negative.",
  wholeSessions: "Type a whole number of sessions, like 3.",
  /** @param {number} value @param {number} max */
  tooManySessions: (value, max) =>
    `${value} sessions in one week is more than this check takes (at most ${max}). ` +
    "Check the number.",
  /** @param {number} value @param {string} label @param {number} max */
  tooMuchVolume: (value, label, max) =>
    `${value} ${label} in one week is far more than this check expects (at most ${max}). ` +
    "Check the number.",
  /** @param {number} value @param {number} max */
  painTooHigh: (value, max) => `Pain is scored from 0 to ${max}. ${value} is above ${max}.`,
  /** @param {number} week */
  emptyWeek: (week) => `Week ${week} is empty. Fill it in (type 0 for a week off) or remove it.`,
  /** @param {string} label the unit's label, for the volume */
  what: (label) => ({
    sessions: "the number of sessions",
    volume: `the ${label}`,
    pain: "your next-day pain (0 to 10)",
  }),
  /** @param {string} what @param {number} week */
  enterToo: (what, week) => `Enter ${what} for week ${week} too.`,
  /** @param {number} volume @param {string} label @param {number} week */
  sessionsForVolume: (volume, label, week) =>
    `You did ${volume} ${label} in week ${week}, so type at least 1 session.`,
  /** @param {number} sessions @param {number} week @param {string} label */
  volumeForSessions: (sessions, week, label) =>
    `You had ${sessions} ${sessions === 1 ? "session" : "sessions"} in week ${week}, ` +
    `so the ${label} cannot be 0.`,
};

// ---- the flags

// Both rises beyond the study's limit end on what the study can and cannot say.
const TREND =
  "It was a trend that could have been chance, not a proven limit, so treat it as a line to watch.";

/**
 * The largest one-week rise, named beside a rise over two weeks.
 * @param {{rise: number, from: number, to: number}} jump from and to: week numbers, from 1
 */
function biggestJump({ rise, from, to }) {
  return `The biggest jump was +${progressionPercent(rise)}, from week ${from} to week ${to}.`;
}

export const FLAG_MESSAGES = {
  /**
   * @param {{week: number, label: string, rise: number, from: number, to: number, limit: number}} f
   * @param {{rise: number, from: number, to: number} | null} [jump] the biggest one-week rise in
   *   the two weeks
   */
  riseTwoWeeks: ({ week, label, rise, from, to, limit }, jump = null) =>
    `Week ${week}: your ${label} went up ${progressionPercent(rise)} over two weeks ` +
    `(from ${from} to ${to}). ${jump ? `${biggestJump(jump)} ` : ""}` +
    `That is more than ${progressionPercent(limit)}. ` +
    "In a study of new runners, rises that big over two weeks tended to go with more injuries. " +
    TREND,
  biggestJump,
  /**
   * @param {{week: number, label: string, rise: number, from: number, to: number, limit: number}} f
   */
  riseOneWeek: ({ week, label, rise, from, to, limit }) =>
    `Week ${week}: your ${label} went up ${progressionPercent(rise)} in one week ` +
    `(from ${from} to ${to}). That is already more than ${progressionPercent(limit)}, ` +
    "the rise over two weeks that tended to go with more injuries in a study of new runners. " +
    TREND,
  /** @param {{week: number, label: string, rise: number, ruleOfThumb: number}} f */
  riseRuleOfThumb: ({ week, label, rise, ruleOfThumb }) =>
    `Week ${week}: your ${label} went up ${progressionPercent(rise)} in one week. ` +
    `That is faster than the common "${progressionPercent(ruleOfThumb)} a week" rule of thumb, ` +
    "which comes from running and is weak evidence.",
  /** @param {number} week */
  restart: (week) =>
    `Week ${week}: you started again after a week off. ` +
    "Start a little below your last level and build up again.",
  /** @param {number} week @param {number} sessions @param {number} guideline */
  restNone: (week, sessions, guideline) =>
    `Week ${week}: ${sessions} sessions means training these muscles every day, ` +
    `with no rest day. Guidelines suggest 2 to ${guideline} days a week.`,
  /** @param {number} week @param {number} sessions @param {number} guideline */
  restTooFew: (week, sessions, guideline) =>
    `Week ${week}: ${sessions} sessions leaves too few rest days. ` +
    `Guidelines suggest training the same muscles on 2 to ${guideline} days a week.`,
  /** @param {number} week @param {number} sessions @param {number} guideline */
  restAboveGuideline: (week, sessions, guideline) =>
    `Week ${week}: ${sessions} sessions is more than the 2 to ${guideline} days a week ` +
    "that guidelines suggest for the same muscles. Make sure you feel fresh at each one.",
  /** @param {number} week @param {number} pain @param {number} cautionMax */
  painTooMuch: (week, pain, cautionMax) =>
    `Week ${week}: next-day pain of ${pain} out of 10 is above ${cautionMax}: too much. ` +
    "Do less next week.",
  /** @param {number} week @param {number} pain @param {number} okMax @param {number} cautionMax */
  painCaution: (week, pain, okMax, cautionMax) =>
    `Week ${week}: next-day pain of ${pain} out of 10 is in the "go carefully" zone ` +
    `(${okMax + 1} to ${cautionMax}). Do not add more until it is back to 0 to ${okMax}.`,
};

// ---- the plan

export const NEXT_WEEKS_MESSAGES = {
  fillLatest: "Fill in your latest week to see a plan for the next weeks.",
  latestWeekOff:
    "Your latest week was a week off. " +
    "Start again a little below your last level, then come back to this check.",
  painMissing: "Enter your next-day pain for the latest week to see a plan.",
  /** @param {number} okMax @param {number} cautionMax */
  add: (okMax, cautionMax) =>
    `Add only if next-day pain stayed at 0 to ${okMax} last week. ` +
    `If it was ${okMax + 1} to ${cautionMax}, repeat last week. ` +
    `If it was above ${cautionMax}, go back a step.`,
  /** @param {number} okMax */
  hold: (okMax) => `Keep the same amount. Move on once next-day pain is 0 to ${okMax}.`,
  /** @param {number} cut @param {number} cautionMax */
  cut: (cut, cautionMax) =>
    `Do about ${progressionPercent(cut)} less: pain above ${cautionMax} is too much. ` +
    `If pain stays above ${cautionMax}, stop and see a professional.`,
  /** @param {string} label the unit's label, plural */
  smallestStep: (label) =>
    `Keep the same amount this week: one ${label.replace(/s$/, "")} is the smallest step, ` +
    "so you add it every other week.",
  /** @param {number} sessions */
  restDays: (sessions) =>
    `The plan uses ${sessions} sessions a week, to leave rest days between them.`,
};

// ---- the summary

/** @param {string[]} items */
function listJoin(items) {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** What a recent warning is about, by its rule, for the summary's "Watch ..." */
const TOPICS = { increase: "a fast rise", rest: "few rest days", pain: "next-day pain" };

export const SUMMARY_MESSAGES = {
  noWeeks: "No training weeks entered yet.",
  /** @param {number} week */
  incomplete: (week) =>
    `Week ${week} is missing a number, or has one that could not be used. ` +
    "Fix it to see the check and a plan.",
  /**
   * @param {number} entered the weeks entered
   * @param {string[]} rules the rules of the recent warnings, in order
   * @param {number[]} volumes the plan's amounts, week by week
   * @param {string} label the unit's label
   */
  summary: (entered, rules, volumes, label) => {
    const head = `${entered} ${entered === 1 ? "week" : "weeks"} entered.`;
    const kinds = [...new Set(rules.map((rule) => TOPICS[/** @type {keyof TOPICS} */ (rule)]))];
    let summary = kinds.length
      ? `${head} Watch ${listJoin(kinds)} in your latest weeks.`
      : `${head} No warning signs in your latest weeks.`;
    if (volumes.length)
      summary += ` Plan: ${volumes.join(", ")} ${label} in the next ${volumes.length} weeks.`;
    return summary;
  },
};

// ---- filled in from the session log

/** @param {number} count @param {string} one @param {string} [many] */
function counted(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}

export const FILL_MESSAGES = {
  button: "Fill in from your session log",
  /**
   * @param {number} weeks @param {number} sessions @param {number} noPain weeks with sessions and
   * no next-morning pain given
   */
  filled: (weeks, sessions, noPain) =>
    `Filled in ${counted(weeks, "week")} and ${counted(sessions, "session")} from your session ` +
    "log, counted in sets." +
    (noPain
      ? ` ${counted(noPain, "week")} ${noPain === 1 ? "has" : "have"} no next-morning pain ` +
        "yet: type it in yourself."
      : "") +
    " You can change any number.",
  /** @param {number} dropped damaged entries left out */
  dropped: (dropped) =>
    `${counted(dropped, "damaged entry", "damaged entries")} of your session log ${
      dropped === 1 ? "was" : "were"
    } left out. Nothing else was lost.`,
  empty: "Your session log has no sessions yet. Nothing was filled in.",
};
