// @ts-check
// The session log: what each workout-mode session did, kept on the learner's own device. The
// workout mode appends to it; the plan asks for the next morning's pain; chapter 5's progression
// check and the plan's weekly review read its weeks. A damaged entry is dropped on its own, so
// one bad entry never costs the rest. No DOM and no storage here, so node --test covers it.
import { storageKey } from "./store_keys.js";

// The saved record (fixed contract):
// abcourse:v1:log:sessions -> {sessions: [LoggedSession, ...]}, oldest first
export const SESSION_LOG_KEY = storageKey("log", "sessions");
// Enough for a year of three sessions a week; the oldest go first.
export const MAX_LOGGED_SESSIONS = 200;
export const PAIN_MAX = 10;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * @typedef {import("../types.js").LoggedSession} LoggedSession
 * @typedef {import("../types.js").LoggedItem} LoggedItem
 * @typedef {import("../types.js").SessionLog} SessionLog
 */

/**
 * @param {unknown} value
 * @returns {value is number}
 */
const isCount = (value) => Number.isInteger(value) && /** @type {number} */ (value) >= 0;

/**
 * @param {unknown} value
 * @returns {value is number}
 */
const isTime = (value) => typeof value === "number" && Number.isFinite(value) && value > 0;

/**
 * @param {unknown} value
 * @returns {boolean}
 */
export function isPainScore(value) {
  return (
    Number.isInteger(value) &&
    /** @type {number} */ (value) >= 0 &&
    /** @type {number} */ (value) <= PAIN_MAX
  );
}

/**
 * "YYYY-MM-DD" of a real day.
 * @param {unknown} value
 * @returns {boolean}
 */
export function isDay(value) {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * @param {unknown} item
 * @returns {item is LoggedItem}
 */
function isLoggedItem(item) {
  if (!item || typeof item !== "object") return false;
  const { exerciseId, setsPlanned, setsDone } = /** @type {Record<string, unknown>} */ (item);
  return (
    typeof exerciseId === "string" &&
    exerciseId.length > 0 &&
    isCount(setsPlanned) &&
    isCount(setsDone) &&
    setsDone <= setsPlanned
  );
}

/**
 * One entry of the log, as the workout mode writes it.
 * @param {unknown} entry
 * @returns {entry is LoggedSession}
 */
export function isLoggedSession(entry) {
  if (!entry || typeof entry !== "object" || Array.isArray(entry)) return false;
  const session = /** @type {Record<string, unknown>} */ (entry);
  const stopped = session.stopped;
  return (
    isDay(session.date) &&
    isTime(session.startedAt) &&
    isTime(session.endedAt) &&
    /** @type {number} */ (session.endedAt) >= /** @type {number} */ (session.startedAt) &&
    Number.isInteger(session.week) &&
    /** @type {number} */ (session.week) >= 1 &&
    Array.isArray(session.items) &&
    session.items.every(isLoggedItem) &&
    (stopped === null ||
      (typeof stopped === "object" &&
        typeof (/** @type {Record<string, unknown>} */ (stopped).rule) === "string")) &&
    (session.nextMorningPain === null || isPainScore(session.nextMorningPain))
  );
}

// The record's own check: the shape that holds the entries. Each entry is checked on its own by
// readSessionLog, so a damaged one is dropped without the others.
/**
 * @param {unknown} data
 * @returns {boolean}
 */
export function isValidSessionLog(data) {
  return (
    Boolean(data) &&
    typeof data === "object" &&
    Array.isArray(/** @type {Record<string, unknown>} */ (data).sessions)
  );
}

/**
 * The log's good entries, oldest first, and how many were dropped.
 * @param {unknown} data the saved record's data (null when there is none)
 * @returns {{log: SessionLog, dropped: number}}
 */
export function readSessionLog(data) {
  if (!isValidSessionLog(data)) {
    const none = data === null || data === undefined;
    return { log: { sessions: [] }, dropped: none ? 0 : 1 };
  }
  const entries = /** @type {unknown[]} */ (/** @type {{sessions: unknown[]}} */ (data).sessions);
  const sessions = entries.filter(isLoggedSession);
  sessions.sort((a, b) => a.startedAt - b.startedAt);
  return { log: { sessions }, dropped: entries.length - sessions.length };
}

/**
 * The log with one more session, the oldest dropped past MAX_LOGGED_SESSIONS.
 * @param {SessionLog} log
 * @param {LoggedSession} session
 * @returns {SessionLog}
 */
export function appendSession(log, session) {
  if (!isLoggedSession(session)) throw new TypeError("not a session the log can keep");
  return { sessions: [...log.sessions, session].slice(-MAX_LOGGED_SESSIONS) };
}

/**
 * The learner's local day of a moment, "YYYY-MM-DD".
 * @param {number} time ms since 1970
 * @returns {string}
 */
export function localDay(time) {
  const date = new Date(time);
  const pad = (/** @type {number} */ number) => String(number).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The last session before today still waiting for its next-morning pain, or null.
 * @param {SessionLog} log
 * @param {string} today "YYYY-MM-DD"
 * @returns {LoggedSession | null}
 */
export function awaitingPain(log, today) {
  const earlier = log.sessions.filter((session) => session.date < today);
  const last = earlier.at(-1);
  return last && last.nextMorningPain === null ? last : null;
}

/**
 * The log with the next-morning pain of the session that started at startedAt.
 * @param {SessionLog} log
 * @param {number} startedAt
 * @param {number} pain 0 to 10
 * @returns {SessionLog}
 */
export function withNextMorningPain(log, startedAt, pain) {
  if (!isPainScore(pain)) throw new RangeError(`pain must be a whole number from 0 to ${PAIN_MAX}`);
  return {
    sessions: log.sessions.map((session) =>
      session.startedAt === startedAt ? { ...session, nextMorningPain: pain } : session,
    ),
  };
}

/**
 * Sets done in a session: the progression check's volume in its "sets" unit.
 * @param {LoggedSession} session
 * @returns {number}
 */
export function setsDone(session) {
  return session.items.reduce((total, item) => total + item.setsDone, 0);
}

/**
 * The log's training weeks of seven days, counted back from today (the last one ends today),
 * oldest first: sessions, sets done, and the highest next-morning pain (null with none given).
 * Weeks before the first logged session are left out.
 * @param {SessionLog} log
 * @param {string} today "YYYY-MM-DD"
 * @param {number} [most] the most weeks
 * @returns {{from: string, to: string, sessions: number, volume: number, pain: number | null}[]}
 */
export function loggedWeeks(log, today, most = 8) {
  if (!log.sessions.length) return [];
  const end = Date.parse(`${today}T00:00:00Z`);
  const dayIndex = (/** @type {string} */ day) =>
    Math.round((end - Date.parse(`${day}T00:00:00Z`)) / DAY_MS);
  const weeks = [];
  const oldest = dayIndex(log.sessions[0].date);
  for (let back = 0; back * 7 <= oldest && weeks.length < most; back += 1) {
    const inWeek = log.sessions.filter((session) => {
      const days = dayIndex(session.date);
      return days >= back * 7 && days < back * 7 + 7;
    });
    const pains = inWeek.map((session) => session.nextMorningPain).filter((pain) => pain !== null);
    weeks.unshift({
      from: new Date(end - (back * 7 + 6) * DAY_MS).toISOString().slice(0, 10),
      to: new Date(end - back * 7 * DAY_MS).toISOString().slice(0, 10),
      sessions: inWeek.length,
      volume: inWeek.reduce((total, session) => total + setsDone(session), 0),
      pain: pains.length ? Math.max(.../** @type {number[]} */ (pains)) : null,
    });
  }
  return weeks;
}
