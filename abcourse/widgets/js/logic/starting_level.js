// @ts-check
// Where each exercise of the plan starts: the easier start, the standard start (week 1) or the
// harder start (week 3's figures, two weeks further on), picked from the learner's own results.
// The hold times of chapter 1, placed in the published bands by logic/endurance.js, come first;
// with none, the plan's short solo check (no bench, no helper). Pain during the solo check means
// the easier start for every exercise. Which result picks which start is coaches' advice, not a
// tested rule, and the plan says so. No DOM here, so node --test covers it.
import { resolvedWeek } from "./session.js";
import { weekLine } from "./session_card_messages.js";
import { selfTestKey } from "./store_keys.js";

/** @typedef {"easier" | "standard" | "harder"} Level */
/** @typedef {"no" | "yes" | "easy" | "pain"} CheckAnswer */
/**
 * Why a start was picked: from pain in the solo check, a hold test's band, a solo-check answer,
 * no result that speaks to the exercise, or none of the learner's results yet.
 * @typedef {{kind: "pain"} | {kind: "hold", test: string, seconds: number, band: string,
 *   low: number, high: number} | {kind: "check", check: string, answer: CheckAnswer}
 *   | {kind: "none"} | {kind: "no-results"} | {kind: "review"}} Reason
 * @typedef {{level: Level, reason: Reason}} Start
 * @typedef {{id: string, name: string, seconds: number | null, band: string | null,
 *   low: number, high: number}} HoldResult one test of assessEndurance's results
 */

export const LEVELS = /** @type {const} */ (["easier", "standard", "harder"]);
// The solo checks in the order the plan asks them, and the answers each takes.
export const SOLO_CHECKS = /** @type {const} */ (["plank", "side-bridge", "bird-dog"]);
export const CHECK_ANSWERS = /** @type {const} */ (["no", "yes", "easy", "pain"]);
// How many weeks further on the harder start begins (coaches' advice: skip no more than that).
export const HARDER_SKIPS_WEEKS = 2;
export const PLAN_CHECK_KEY = selfTestKey("plan-check");
// logic/endurance.js's bands, lowest first
const BAND_ORDER = ["below", "lower", "upper", "above"];

/** @type {Record<CheckAnswer, Level>} */
const LEVEL_OF_ANSWER = { no: "easier", yes: "standard", easy: "harder", pain: "easier" };

/**
 * The saved solo check: {answers: {plank?: answer, ...}}, a check not done left out.
 * @param {any} data a saved or imported record of any shape
 * @returns {boolean}
 */
export function isValidCheckRecord(data) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  if (Object.keys(data).some((key) => key !== "answers")) return false;
  const answers = data.answers;
  if (!answers || typeof answers !== "object" || Array.isArray(answers)) return false;
  return Object.entries(answers).every(
    ([check, answer]) =>
      /** @type {readonly string[]} */ (SOLO_CHECKS).includes(check) &&
      /** @type {readonly string[]} */ (CHECK_ANSWERS).includes(answer),
  );
}

/**
 * @param {{answers?: Record<string, string>} | null | undefined} check
 * @returns {boolean}
 */
export function checkHurt(check) {
  return Object.values(check?.answers ?? {}).includes("pain");
}

// The band of the weakest entered test that speaks to the exercise: below it, the easier start;
// above it (so every entered test is above), the harder one; within it, the standard start.
/**
 * @param {readonly string[]} tests
 * @param {HoldResult[]} results
 * @returns {Start | null}
 */
function fromHoldTimes(tests, results) {
  const entered = results.filter(
    (result) => tests.includes(result.id) && result.seconds !== null && result.band !== null,
  );
  if (!entered.length) return null;
  const rank = (/** @type {HoldResult} */ result) => BAND_ORDER.indexOf(String(result.band));
  const weakest = entered.reduce((low, result) => (rank(result) < rank(low) ? result : low));
  const level =
    weakest.band === "below" ? "easier" : weakest.band === "above" ? "harder" : "standard";
  return {
    level,
    reason: {
      kind: "hold",
      test: weakest.name,
      seconds: /** @type {number} */ (weakest.seconds),
      band: /** @type {string} */ (weakest.band),
      low: weakest.low,
      high: weakest.high,
    },
  };
}

/**
 * The start of one exercise from the learner's results.
 * @param {import("../types.js").Exercise} exercise
 * @param {{holdResults?: HoldResult[] | null, check?: {answers?: Record<string, string>} | null}}
 *   results holdResults: assessEndurance's results (every test, seconds null when not entered)
 * @returns {Start}
 */
export function startingLevel(exercise, { holdResults = null, check = null } = {}) {
  if (checkHurt(check)) return { level: "easier", reason: { kind: "pain" } };
  const starts = exercise.starts;
  if (!starts) return { level: "standard", reason: { kind: "none" } };
  const fromHolds = fromHoldTimes(starts.holdTests, holdResults ?? []);
  if (fromHolds) return fromHolds;
  const answer = starts.check === "none" ? undefined : check?.answers?.[starts.check];
  if (answer && answer in LEVEL_OF_ANSWER) {
    const given = /** @type {CheckAnswer} */ (answer);
    return {
      level: LEVEL_OF_ANSWER[given],
      reason: { kind: "check", check: starts.check, answer: given },
    };
  }
  if (!starts.holdTests.length && starts.check === "none")
    return { level: "standard", reason: { kind: "none" } };
  return { level: "standard", reason: { kind: "no-results" } };
}

/**
 * An exercise's figures for weeks 1 to `weeks` from a start: the standard start is the
 * exercise's own weeks; the easier start puts its easier figures first, so each week after is
 * the week before's; the harder start begins HARDER_SKIPS_WEEKS further on (an exercise with
 * fewer weeks repeats its last). Each week comes resolved (what carries over is filled in).
 * @param {import("../types.js").Exercise} exercise
 * @param {Level} level
 * @param {number} [weeks]
 * @returns {import("../types.js").ExerciseWeek[]}
 */
export function weeksFrom(exercise, level, weeks = exercise.weeks.length) {
  const at = (/** @type {number} */ week) => resolvedWeek(exercise.weeks, week);
  const numbers = Array.from({ length: weeks }, (_, index) => index + 1);
  if (level === "easier" && exercise.starts) {
    const first = at(1);
    /** @type {import("../types.js").ExerciseWeek} */
    const easier = { sessions: first.sessions, ...exercise.starts.easier };
    return [easier, ...numbers.slice(0, -1).map(at)];
  }
  const skip = level === "harder" ? HARDER_SKIPS_WEEKS : 0;
  return numbers.map((week) => at(week + skip));
}

/**
 * The exercise as it is planned from a start: its weeks from that start, and the start.
 * @template {import("../types.js").Exercise} E
 * @param {E} exercise
 * @param {Start} start
 * @returns {E & {start: Start}}
 */
export function startedExercise(exercise, start) {
  const weeks = weeksFrom(exercise, start.level);
  // the printed lines follow the figures, so the session's text says what the card does
  const progression = weeks.map((figures, index) => weekLine(index + 1, figures));
  return { ...exercise, weeks, progression, start };
}
