// @ts-check
// Pure logic of the core-endurance self-test: read what the learner typed as a hold time, and place
// each time against published adult norms as a band (never pass or fail). No DOM here, so
// node --test covers every rule; the "Your plan" chapter imports assessEndurance too.
import { ENDURANCE_MESSAGES } from "./endurance_messages.js";
import { quotedInput } from "./text.js";

// The saved record, shared with chapter 3 and the plan, keys its times by the norms file's test
// ids: abcourse:v1:tool:endurance -> {times: {flexor, extensor, sideLeft, sideRight}, sex}.
/**
 * @param {import("../types.js").NormsFile} norms
 * @returns {string[]} the test ids (string[], so that includes() takes any string)
 */
export function timeFields(norms) {
  return norms.tests.map((test) => test.id);
}
export const SEXES = ["female", "male", "unspecified"];
export const DEFAULT_MAX_SECONDS = 600;

// "45 s", "2 min 15 s", "3 h 0 min": long times are spelled out so a typo is easy to see.
/**
 * @param {number} seconds
 * @returns {string}
 */
export function describeDuration(seconds) {
  const whole = Math.round(seconds);
  if (whole < 60) return `${formatNumber(seconds)} s`;
  if (whole < 3600) return `${Math.floor(whole / 60)} min ${whole % 60} s`;
  return `${Math.floor(whole / 3600)} h ${Math.floor((whole % 3600) / 60)} min`;
}

/**
 * @param {number} value
 * @param {number} [digits]
 * @returns {string}
 */
export function formatNumber(value, digits = 1) {
  const rounded = Number(value.toFixed(digits));
  return String(rounded);
}

// Reads a hold time. Accepts 95, 95.5, 95,5, "95 s", "95 sec", 1:35 and 1:02:00 (h:mm:ss).
// Returns {value, error, empty}: value in seconds or null; error is a message to show beside the
// field; empty is true for a blank field, which is allowed (the learner may skip a test).
/**
 * @typedef {{value: number | null, error: string | null, empty: boolean}} ParsedTime
 */

/**
 * @param {unknown} text
 * @param {{max?: number}} [options] the longest time taken, in seconds
 * @returns {ParsedTime}
 */
export function parseSeconds(text, { max = DEFAULT_MAX_SECONDS } = {}) {
  if (typeof text === "number") return checkRange(text, max, String(text));
  const trimmed = String(text ?? "").trim();
  if (trimmed === "") return { value: null, error: null, empty: true };
  const plain = trimmed.replace(",", ".").replace(/\s*(s|sec|secs|second|seconds)\.?$/i, "");
  if (/^[-−–]/.test(plain) && /\d/.test(plain)) {
    return { value: null, error: ENDURANCE_MESSAGES.negative, empty: false };
  }
  if (/^\+?(\d+\.?\d*|\.\d+)$/.test(plain)) return checkRange(Number(plain), max, trimmed);
  const clock = /^(\d+):(\d{1,2})(?::(\d{1,2}))?$/.exec(plain);
  if (clock) {
    const parts = clock
      .slice(1)
      .filter((part) => part !== undefined)
      .map(Number);
    const [last] = parts.slice(-1);
    const middle = parts.length === 3 ? parts[1] : 0;
    if (last >= 60 || middle >= 60) {
      return {
        value: null,
        error: ENDURANCE_MESSAGES.sixtyAfterColon(quotedInput(trimmed)),
        empty: false,
      };
    }
    const seconds =
      parts.length === 3 ? parts[0] * 3600 + parts[1] * 60 + parts[2] : parts[0] * 60 + parts[1];
    return checkRange(seconds, max, trimmed);
  }
  return { value: null, error: ENDURANCE_MESSAGES.notATime(quotedInput(trimmed)), empty: false };
}

/**
 * @param {number} value
 * @param {number} max
 * @param {string} shown
 * @returns {ParsedTime}
 */
function checkRange(value, max, shown) {
  if (!Number.isFinite(value))
    return { value: null, error: ENDURANCE_MESSAGES.notATime(quotedInput(shown)), empty: false };
  if (value < 0) return { value: null, error: ENDURANCE_MESSAGES.negative, empty: false };
  if (value > max) {
    return {
      value: null,
      error: ENDURANCE_MESSAGES.tooLong(describeDuration(value), describeDuration(max)),
      empty: false,
    };
  }
  return { value: Math.round(value * 10) / 10, error: null, empty: false };
}

/**
 * @param {unknown} value
 * @returns {boolean}
 */
export function isValidTime(value) {
  return value === null || (typeof value === "number" && Number.isFinite(value) && value >= 0);
}

// A saved record from localStorage (or an imported progress file) must have this shape exactly;
// anything else is dropped with a notice by the widget that reads it.
/**
 * @param {any} data a saved or imported record of any shape, which this checks field by field
 * @param {import("../types.js").NormsFile} norms
 * @returns {boolean}
 */
export function isValidEnduranceRecord(data, norms) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  if (!SEXES.includes(data.sex)) return false;
  const times = data.times;
  if (!times || typeof times !== "object" || Array.isArray(times)) return false;
  return Object.entries(times).every(
    ([field, value]) => timeFields(norms).includes(field) && isValidTime(value),
  );
}

// Missing, negative or non-numeric values become null, so a damaged record never breaks a chart.
/**
 * @param {Partial<Record<string, unknown>> | null | undefined} times
 * @param {import("../types.js").NormsFile} norms
 * @returns {Record<string, number | null>} by the norms file's test ids: seconds, or null
 */
export function normaliseTimes(times, norms) {
  /** @type {Record<string, number | null>} */
  const clean = {};
  for (const field of timeFields(norms)) {
    const value = times?.[field];
    clean[field] = typeof value === "number" && Number.isFinite(value) && value >= 0 ? value : null;
  }
  return clean;
}

/**
 * @param {import("../types.js").NormsFile} norms
 * @returns {import("../types.js").EnduranceRecord}
 */
export function emptyEnduranceRecord(norms) {
  return { times: normaliseTimes({}, norms), sex: "unspecified" };
}

// The bands: below the middle band (under mean - 1 SD), the middle band split at the mean, and
// above it (over mean + 1 SD). The SDs in the published norms are large, hence bands, not a line.
/** @typedef {"below" | "lower" | "upper" | "above"} Band */

/** @type {Record<Band, string>} */
export const BANDS = ENDURANCE_MESSAGES.bands;

/**
 * @param {{mean: number, sd: number}} norm
 * @returns {{low: number, high: number}}
 */
export function bandLimits(norm) {
  return { low: Math.max(0, norm.mean - norm.sd), high: norm.mean + norm.sd };
}

/**
 * @param {number} seconds
 * @param {{mean: number, sd: number}} norm
 * @returns {Band}
 */
export function bandOf(seconds, norm) {
  const { low, high } = bandLimits(norm);
  if (seconds < low) return "below";
  if (seconds < norm.mean) return "lower";
  if (seconds <= high) return "upper";
  return "above";
}

// How far a time falls short of the average, 0 at or over it and 1 at two SDs under it.
/**
 * @param {number} seconds
 * @param {{mean: number, sd: number}} norm
 * @returns {number}
 */
export function shortfall(seconds, norm) {
  const value = (norm.mean - seconds) / (2 * norm.sd);
  return Math.min(1, Math.max(0, value));
}

/**
 * @param {number} value
 * @returns {number}
 */
export function round2(value) {
  return Math.round(value * 100) / 100;
}

// times: {flexor, extensor, sideLeft, sideRight} in seconds or null; norms: the data file
// book/data/norms.yml ({tests: [{id, name, mean, sd, source}], ...}).
// Returns {status, attention, summary, entered, results: [...]}; attention is the largest
// shortfall among the entered tests (the weakest test decides where to start).
/**
 * @param {Partial<Record<string, unknown>> | null | undefined} times
 * @param {import("../types.js").NormsFile} norms
 */
export function assessEndurance(times, norms) {
  const clean = normaliseTimes(times, norms);
  const results = norms.tests.map((norm) => {
    const seconds = clean[norm.id];
    const { low, high } = bandLimits(norm);
    const base = {
      id: norm.id,
      name: norm.name,
      mean: norm.mean,
      sd: norm.sd,
      low,
      high,
      source: norm.source,
    };
    if (seconds === null)
      return { ...base, seconds: null, band: null, bandLabel: null, z: null, attention: null };
    const band = bandOf(seconds, norm);
    return {
      ...base,
      seconds,
      band,
      bandLabel: BANDS[band],
      z: round2((seconds - norm.mean) / norm.sd),
      attention: round2(shortfall(seconds, norm)),
    };
  });
  const entered = results.filter((result) => result.seconds !== null);
  if (!entered.length) {
    return {
      status: "no-data",
      attention: null,
      summary: ENDURANCE_MESSAGES.noTimes,
      entered: 0,
      results,
    };
  }
  const below = entered.filter((result) => result.band === "below");
  const attention = Math.max(...entered.map((result) => result.attention));
  const summary = ENDURANCE_MESSAGES.summary(
    entered.length,
    below.map((result) => result.name),
  );
  return {
    status: below.length ? "attention" : "ok",
    attention,
    summary,
    entered: entered.length,
    results,
  };
}
