// @ts-check
// The weekly review: from the session log, decide whether next week goes on to the next plan
// week, repeats this one, or steps back, always naming the rule that decided. The rules are the
// course's own, from book/data/progression.yml (chapter 5): the pain-monitoring zones, the
// two-week rise limit and the rest days, plus the workout's stop rule. A week whose next-morning
// pain went above the zone steps back; it is never held at the volume that caused it. No DOM and
// no storage here, so node --test covers every rule.
import { painZone, progressionRise } from "./progression.js";
import { setsDone } from "./session_log.js";
import { asList } from "./text.js";
import { doneAction, nextAction, REVIEW_MESSAGES, RULE_NAMES } from "./weekly_review_messages.js";

/**
 * @typedef {import("../types.js").LoggedSession} LoggedSession
 * @typedef {import("../types.js").SessionLog} SessionLog
 * @typedef {import("../types.js").ProgressionRules} ProgressionRules
 * @typedef {"progress" | "hold" | "step-back"} DecisionKind
 * @typedef {"pain" | "stopped" | "increase" | "rest" | "data" | "end"} ReviewRule
 */

/**
 * One review's decision.
 * @typedef {object} ReviewDecision
 * @property {DecisionKind} decision
 * @property {string} id which test decided: "pain-too-much", "stopped", "pain-caution",
 *   "too-few-sessions", "no-pain", "rest-too-few", "rise", "pain-fine", "plan-end"
 * @property {ReviewRule} rule
 * @property {string} ruleName how the rule is named, "" for none
 * @property {string[]} source the rule's sources (keys of book/references.bib)
 * @property {number} from the plan week reviewed
 * @property {number} to the plan week it leads to
 * @property {boolean} easierStart it leads to week 1 at its easier start (a step back from week 1)
 * @property {boolean} fromEasierStart the week reviewed was week 1 at its easier start
 * @property {string} reason why, in words
 */

/**
 * One review week: seven days from its start, or fewer when a step back began a new week early.
 * @typedef {object} ReviewPeriod
 * @property {string} start "YYYY-MM-DD", the first day
 * @property {string} end "YYYY-MM-DD", the day after the last
 * @property {number} week the plan week it was in
 * @property {boolean} easierStart
 * @property {LoggedSession[]} sessions
 * @property {number} volume sets done
 * @property {boolean} full seven days long
 * @property {ReviewDecision} decision
 */

/**
 * What the plan's review line shows.
 * @typedef {object} WeeklyReview
 * @property {number} week the plan week the learner is in today
 * @property {number} weeks the plan's weeks
 * @property {boolean} easierStart
 * @property {ReviewDecision | null} last the decision that led to this week
 * @property {string | null} lastBegan the day this week began, "YYYY-MM-DD"
 * @property {ReviewDecision | null} next next week's decision so far, null with no session yet
 */

// Fewer sessions than this in a week is too little to judge: the lower end of the guidelines'
// "2 to 3 days a week" (progression.yml, rules.rest), the course's choice, not a tested rule.
export const MIN_SESSIONS_FOR_REVIEW = 2;
export const DAYS_IN_WEEK = 7;
const DAY_MS = 24 * 60 * 60 * 1000;
// A log older than this many weeks is reviewed from its latest weeks only.
const MOST_WEEKS = 520;

/**
 * @param {string} day "YYYY-MM-DD"
 * @param {number} days
 * @returns {string}
 */
export function addDays(day, days) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * @param {number} week
 * @param {number} weeks
 * @returns {number}
 */
function clampWeek(week, weeks) {
  return Math.min(Math.max(week, 1), weeks);
}

/**
 * The worst next-morning pain of the sessions, or null when none was given.
 * @param {LoggedSession[]} sessions
 * @returns {number | null}
 */
function worstPain(sessions) {
  const pains = sessions.flatMap((session) =>
    session.nextMorningPain === null ? [] : [session.nextMorningPain],
  );
  return pains.length ? Math.max(...pains) : null;
}

/**
 * The largest rise of this week's sets over each of the two full weeks before it, when one of
 * them is above the two-week limit; null otherwise.
 * @param {number} volume
 * @param {(number | null)[]} earlier the sets of the week before and the one before that (null:
 *   not a full week, or none)
 * @param {number} limit
 * @returns {{rise: number, from: number} | null}
 */
function riseOverLimit(volume, earlier, limit) {
  /** @type {{rise: number, from: number} | null} */
  let worst = null;
  for (const from of earlier) {
    const rise = progressionRise(from, volume);
    if (rise !== null && rise > limit && (!worst || rise > worst.rise))
      worst = { rise, from: /** @type {number} */ (from) };
  }
  return worst;
}

/**
 * What the rules say about a week of sessions.
 * @param {{sessions: LoggedSession[], volume: number, earlier: (number | null)[]}} week the
 *   week's sessions and sets, and the sets of the two full weeks before it
 * @param {ProgressionRules} rules book/data/progression.yml
 * @returns {{decision: DecisionKind, id: string, rule: ReviewRule, reason: string}}
 */
function judge({ sessions, volume, earlier }, rules) {
  const { okMax, cautionMax } = rules.rules.pain;
  const pain = worstPain(sessions);
  if (pain !== null && painZone(pain, rules) === "too-much") {
    const reason = REVIEW_MESSAGES.painTooMuch(pain, cautionMax);
    return { decision: "step-back", id: "pain-too-much", rule: "pain", reason };
  }
  const stopped = sessions.filter((session) => session.stopped !== null).length;
  if (stopped)
    return {
      decision: "step-back",
      id: "stopped",
      rule: "stopped",
      reason: REVIEW_MESSAGES.stopped(stopped),
    };
  if (pain !== null && painZone(pain, rules) === "caution") {
    const reason = REVIEW_MESSAGES.painCaution(pain, okMax, cautionMax);
    return { decision: "hold", id: "pain-caution", rule: "pain", reason };
  }
  if (sessions.length < MIN_SESSIONS_FOR_REVIEW) {
    const reason = REVIEW_MESSAGES.tooFewSessions(sessions.length, MIN_SESSIONS_FOR_REVIEW);
    return { decision: "hold", id: "too-few-sessions", rule: "data", reason };
  }
  if (pain === null)
    return {
      decision: "hold",
      id: "no-pain",
      rule: "data",
      reason: REVIEW_MESSAGES.noPain(sessions.length),
    };
  const { maxSessions } = rules.rules.rest;
  if (sessions.length > maxSessions) {
    const reason = REVIEW_MESSAGES.restTooFew(sessions.length, maxSessions);
    return { decision: "hold", id: "rest-too-few", rule: "rest", reason };
  }
  const { twoWeekLimit } = rules.rules.increase;
  const rise = riseOverLimit(volume, earlier, twoWeekLimit);
  if (rise) {
    const reason = REVIEW_MESSAGES.rise(rise.rise, twoWeekLimit, rise.from, volume);
    return { decision: "hold", id: "rise", rule: "increase", reason };
  }
  return {
    decision: "progress",
    id: "pain-fine",
    rule: "pain",
    reason: REVIEW_MESSAGES.painFine(pain, okMax),
  };
}

/**
 * The review of one week of the plan: its decision, with the plan week it leads to.
 * @param {{sessions: LoggedSession[], volume: number, earlier: (number | null)[]}} facts
 * @param {number} week the plan week it was in
 * @param {ProgressionRules} rules
 * @param {number} weeks the plan's weeks
 * @param {boolean} [easier] the week was week 1 at its easier start
 * @returns {ReviewDecision}
 */
export function reviewWeek(facts, week, rules, weeks, easier = false) {
  const judged = judge(facts, rules);
  // from week 1's easier start, a good week goes on to week 1's usual start
  const step = { progress: easier ? 0 : 1, hold: 0, "step-back": -1 }[judged.decision];
  const to = clampWeek(week + step, weeks);
  let { decision, id, reason } = judged;
  // the plan's last week is as far as it goes
  if (decision === "progress" && to === week && !easier) {
    decision = "hold";
    id = "plan-end";
    const pain = /** @type {number} */ (worstPain(facts.sessions));
    reason = REVIEW_MESSAGES.planEnd(pain, rules.rules.pain.okMax, weeks);
  }
  const rule = judged.rule;
  const source =
    rule === "stopped"
      ? ["nhs2024backpain"]
      : rule === "pain" || rule === "increase" || rule === "rest"
        ? asList(rules.rules[rule].source)
        : [];
  return {
    decision,
    id,
    rule,
    ruleName: RULE_NAMES[rule],
    source,
    from: week,
    to,
    easierStart: week === 1 && (decision === "step-back" || (decision === "hold" && easier)),
    fromEasierStart: easier,
    reason,
  };
}

/**
 * The first day after a session in the sessions that steps back at once (pain above the zone, or
 * stopped because it hurt), or null: the plan steps back from the next morning, not at the end of
 * the seven days, so no more sessions are done at the volume that caused it.
 * @param {LoggedSession[]} sessions
 * @param {ProgressionRules} rules
 * @returns {string | null}
 */
function stepBackDay(sessions, rules) {
  const first = sessions.find(
    (session) =>
      session.stopped !== null ||
      (session.nextMorningPain !== null && painZone(session.nextMorningPain, rules) === "too-much"),
  );
  return first ? addDays(first.date, 1) : null;
}

/**
 * Every review week from the first logged session to today, each with its decision, and the
 * week in progress (its decision so far).
 * @param {SessionLog} log
 * @param {string} today "YYYY-MM-DD"
 * @param {ProgressionRules} rules
 * @param {number} [weeks] the plan's weeks
 * @returns {{done: ReviewPeriod[], current: ReviewPeriod | null}}
 */
export function reviewPeriods(log, today, rules, weeks = 4) {
  const sessions = log.sessions.filter((session) => session.date <= today);
  if (!sessions.length) return { done: [], current: null };
  /** @type {ReviewPeriod[]} */
  const done = [];
  let start = sessions[0].date;
  let week = 1;
  let easierStart = false;
  for (let count = 0; count < MOST_WEEKS; count += 1) {
    const weekEnd = addDays(start, DAYS_IN_WEEK);
    const within = sessions.filter((session) => session.date >= start && session.date < weekEnd);
    const early = stepBackDay(within, rules);
    const end = early && early < weekEnd ? early : weekEnd;
    const inPeriod = within.filter((session) => session.date < end);
    const volume = inPeriod.reduce((total, session) => total + setsDone(session), 0);
    const full = end === weekEnd;
    // only full weeks compare: a week cut short by a step back has fewer sets than a week
    const earlier = [done.at(-1), done.at(-2)].map((period) =>
      period?.full ? period.volume : null,
    );
    const decision = reviewWeek(
      { sessions: inPeriod, volume, earlier },
      week,
      rules,
      weeks,
      easierStart,
    );
    const period = { start, end, week, easierStart, sessions: inPeriod, volume, full, decision };
    if (end > today) return { done, current: period };
    done.push(period);
    ({ to: week, easierStart } = decision);
    start = end;
  }
  return { done, current: null };
}

/**
 * The plan week the learner is in today: 1 plus the reviews since the first session, with their
 * decisions applied, never below 1 or above the plan's weeks; and the last decision (null before
 * the first review). The plan passes the week to its session card.
 * @param {SessionLog} log
 * @param {string} today "YYYY-MM-DD"
 * @param {number} [weeks] the plan's weeks
 * @param {ProgressionRules} [rules] book/data/progression.yml (required: the zones are there)
 * @returns {{week: number, easierStart: boolean, last: ReviewDecision | null}}
 */
export function planWeek(log, today, weeks = 4, rules) {
  if (!rules) throw new TypeError("planWeek needs the progression rules (progression.yml)");
  const { done, current } = reviewPeriods(log, today, rules, weeks);
  const last = done.at(-1)?.decision ?? null;
  if (current) return { week: current.week, easierStart: current.easierStart, last };
  return {
    week: last ? last.to : 1,
    easierStart: last ? last.easierStart : false,
    last,
  };
}

/**
 * The review line's parts: this week (and the decision that led to it, with the day it began),
 * and next week's decision so far (null while the week has no session yet).
 * @param {SessionLog} log
 * @param {string} today "YYYY-MM-DD"
 * @param {ProgressionRules} rules
 * @param {number} [weeks] the plan's weeks
 * @returns {WeeklyReview | null} null with nothing logged
 */
export function weeklyReview(log, today, rules, weeks = 4) {
  const { done, current } = reviewPeriods(log, today, rules, weeks);
  if (!done.length && !current) return null;
  const lastPeriod = done.at(-1);
  const last = lastPeriod?.decision ?? null;
  const now = planWeek(log, today, weeks, rules);
  return {
    week: now.week,
    weeks,
    easierStart: now.easierStart,
    last,
    lastBegan: lastPeriod ? lastPeriod.end : null,
    next: current?.sessions.length ? current.decision : null,
  };
}

/**
 * A decision as the review line says it: "step back to week 1 — your next-morning pain reached
 * 6, above the 5 the guide allows (pain-monitoring model)".
 * @param {ReviewDecision} decision
 * @param {"next" | "done"} when ahead (next week) or made (this week)
 * @returns {string}
 */
export function decisionText(decision, when) {
  const action = when === "next" ? nextAction(decision) : doneAction(decision);
  const named = decision.ruleName ? ` (${decision.ruleName})` : "";
  return `${action} — ${decision.reason}${named}.`;
}
