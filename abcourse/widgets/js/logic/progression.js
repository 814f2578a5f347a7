// @ts-check
// Pure logic of the progression and recovery check (chapter 5): read the learner's recent weeks,
// flag a too-fast rise, too few rest days and too much next-day pain, and draw up a gradual plan
// for the next weeks. The numbers live in book/data/progression.yml with their sources; they are
// rules of thumb, and the messages say so (progression_messages.js words them). No DOM here, so
// node --test covers every rule.
import {
  FIELD_MESSAGES,
  FILL_MESSAGES,
  FLAG_MESSAGES,
  NEXT_WEEKS_MESSAGES,
  SUMMARY_MESSAGES,
} from "./progression_messages.js";
import { asList, quotedInput } from "./text.js";

// The saved record (fixed contract, the plan chapter reads it):
// abcourse:v1:tool:progression -> {weeks: [{sessions, volume, pain}], unit}
/** @type {ProgressionField[]} */
export const PROGRESSION_FIELDS = ["sessions", "volume", "pain"];
export const PAIN_MAX = 10;

/**
 * @param {number} value
 * @param {number} [digits]
 * @returns {number}
 */
function round(value, digits = 1) {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/**
 * @param {import("../types.js").ProgressionRules} rules
 * @param {string | null | undefined} unitId
 * @returns {import("../types.js").ProgressionUnit} the unit with that id, else the first
 */
export function progressionUnit(rules, unitId) {
  return rules.units.find((unit) => unit.id === unitId) ?? rules.units[0];
}

/**
 * @param {unknown} value
 * @returns {value is number}
 */
function isNumber(value) {
  return typeof value === "number" && Number.isFinite(value);
}

// Reads one field as typed. Returns {value, error, empty}: a blank field is empty, not an error
// (the row check decides whether it must be filled); anything else wrong gets a message to show
// beside the field.
/**
 * @typedef {"sessions" | "volume" | "pain"} ProgressionField
 * @typedef {{value: number | null, error: string | null, empty: boolean}} ParsedValue
 * @typedef {import("../types.js").ProgressionWeek} ProgressionWeek
 * @typedef {{sessions: number, volume: number, pain: number}} CompleteWeek a week with its numbers
 */

/**
 * @param {unknown} text
 * @param {ProgressionField} field
 * @param {import("../types.js").ProgressionRules} rules
 * @param {string | null | undefined} unitId
 * @returns {ParsedValue}
 */
export function parseProgressionValue(text, field, rules, unitId) {
  const unit = progressionUnit(rules, unitId);
  const trimmed = typeof text === "number" ? String(text) : String(text ?? "").trim();
  if (trimmed === "") return { value: null, error: null, empty: true };
  const normal = trimmed.replace(",", ".").replace(/^[−–]/, "-");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normal)) {
    const example = field === "pain" ? "2" : field === "sessions" ? "3" : "12";
    return {
      value: null,
      error: FIELD_MESSAGES.notANumber(quotedInput(trimmed), example),
      empty: false,
    };
  }
  const value = Number(normal);
  if (value < 0) return { value: null, error: FIELD_MESSAGES.negative, empty: false };
  if (field === "sessions") {
    if (!Number.isInteger(value))
      return { value: null, error: FIELD_MESSAGES.wholeSessions, empty: false };
    if (value > rules.maxSessions) {
      return {
        value: null,
        error: FIELD_MESSAGES.tooManySessions(value, rules.maxSessions),
        empty: false,
      };
    }
  } else if (field === "volume") {
    if (value > unit.max) {
      return {
        value: null,
        error: FIELD_MESSAGES.tooMuchVolume(value, unit.label, unit.max),
        empty: false,
      };
    }
  } else if (field === "pain") {
    if (value > PAIN_MAX)
      return {
        value: null,
        error: FIELD_MESSAGES.painTooHigh(value, PAIN_MAX),
        empty: false,
      };
  }
  return { value: round(value), error: null, empty: false };
}

/**
 * @param {Record<string, unknown> | null | undefined} row
 * @returns {boolean}
 */
function rowIsBlank(row) {
  return PROGRESSION_FIELDS.every((field) => String(row?.[field] ?? "").trim() === "");
}

// rows: [{sessions, volume, pain}] as typed (strings or numbers), oldest week first.
// Returns {weeks, errors, rowErrors, valid}: weeks holds numbers or null (a field with a problem
// is null); errors[i][field] and rowErrors[i] are the messages for row i, or null.
/**
 * @param {Record<string, unknown>[]} rows
 * @param {import("../types.js").ProgressionRules} rules
 * @param {string | null | undefined} unitId
 * @returns {{weeks: ProgressionWeek[], errors: Record<ProgressionField, string | null>[],
 *   rowErrors: (string | null)[], valid: boolean}}
 */
export function checkProgressionRows(rows, rules, unitId) {
  const unit = progressionUnit(rules, unitId);
  const lastFilled = rows.reduce((last, row, index) => (rowIsBlank(row) ? last : index), -1);
  /** @type {ProgressionWeek[]} */
  const weeks = [];
  /** @type {Record<ProgressionField, string | null>[]} */
  const errors = [];
  /** @type {(string | null)[]} */
  const rowErrors = [];
  rows.forEach((row, index) => {
    // every field is set below
    const week = /** @type {ProgressionWeek} */ ({});
    /** @type {Record<ProgressionField, string | null>} */
    const fieldErrors = { sessions: null, volume: null, pain: null };
    /** @type {string | null} */
    let rowError = null;
    if (rowIsBlank(row)) {
      // An empty week before a filled one would make the rise look like one week's change.
      if (index < lastFilled) {
        rowError = FIELD_MESSAGES.emptyWeek(index + 1);
      }
      PROGRESSION_FIELDS.forEach((field) => {
        week[field] = null;
      });
    } else {
      for (const field of PROGRESSION_FIELDS) {
        const parsed = parseProgressionValue(row[field], field, rules, unitId);
        week[field] = parsed.value;
        if (parsed.error) fieldErrors[field] = parsed.error;
        else if (parsed.empty) {
          // A week off may leave pain blank: there was no session to be sore after.
          const weekOff = field === "pain" && (week.sessions === 0 || week.volume === 0);
          if (!weekOff) {
            const what = FIELD_MESSAGES.what(unit.label)[field];
            fieldErrors[field] = FIELD_MESSAGES.enterToo(what, index + 1);
          }
        }
      }
      if (week.sessions === 0 && isNumber(week.volume) && week.volume > 0) {
        fieldErrors.sessions = FIELD_MESSAGES.sessionsForVolume(week.volume, unit.label, index + 1);
        week.sessions = null;
      } else if (isNumber(week.sessions) && week.sessions > 0 && week.volume === 0) {
        fieldErrors.volume = FIELD_MESSAGES.volumeForSessions(week.sessions, index + 1, unit.label);
        week.volume = null;
      }
    }
    weeks.push(week);
    errors.push(fieldErrors);
    rowErrors.push(rowError);
  });
  const valid =
    rowErrors.every((error) => !error) &&
    errors.every((fieldErrors) => PROGRESSION_FIELDS.every((field) => !fieldErrors[field]));
  return { weeks, errors, rowErrors, valid };
}

// A saved record (localStorage or an imported file) must have this shape; anything else is
// dropped with a notice by the widget that reads it.
/**
 * @param {{weeks?: unknown, unit?: unknown} | null | undefined} data a saved or imported record,
 *   of any shape
 * @param {import("../types.js").ProgressionRules | null} [rules] without them, the widest limits
 * @returns {boolean}
 */
export function isValidProgressionRecord(data, rules = null) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  if (!Array.isArray(data.weeks) || data.weeks.length > (rules?.weeks.max ?? 52)) return false;
  if (
    data.unit !== undefined &&
    (typeof data.unit !== "string" || (rules && !rules.units.some((unit) => unit.id === data.unit)))
  )
    return false;
  const limits = { sessions: rules?.maxSessions ?? Infinity, volume: Infinity, pain: PAIN_MAX };
  return data.weeks.every(
    (week) =>
      week &&
      typeof week === "object" &&
      !Array.isArray(week) &&
      PROGRESSION_FIELDS.every(
        (field) =>
          week[field] === null ||
          week[field] === undefined ||
          (isNumber(week[field]) && week[field] >= 0 && week[field] <= limits[field]),
      ),
  );
}

// A week is complete with all three numbers; pain may stay blank for a week off.
/**
 * @param {ProgressionWeek} week
 * @returns {boolean}
 */
export function progressionWeekComplete(week) {
  if (!isNumber(week.sessions) || !isNumber(week.volume)) return false;
  return isNumber(week.pain) || week.sessions === 0 || week.volume === 0;
}

// Missing or damaged values become null, so a bad record never breaks the check.
/**
 * @param {unknown} weeks
 * @returns {ProgressionWeek[]}
 */
export function normaliseProgressionWeeks(weeks) {
  if (!Array.isArray(weeks)) return [];
  return weeks.map((week) => {
    // every field is set below
    const clean = /** @type {ProgressionWeek} */ ({});
    for (const field of PROGRESSION_FIELDS) {
      const value = week?.[field];
      clean[field] = isNumber(value) && value >= 0 ? value : null;
    }
    if (clean.pain !== null && clean.pain > PAIN_MAX) clean.pain = null;
    return clean;
  });
}

/**
 * @param {number} pain
 * @param {import("../types.js").ProgressionRules} rules
 * @returns {"ok" | "caution" | "too-much"}
 */
export function painZone(pain, rules) {
  if (pain <= rules.rules.pain.okMax) return "ok";
  if (pain <= rules.rules.pain.cautionMax) return "caution";
  return "too-much";
}

/**
 * @typedef {object} ProgressionFlag
 * @property {"increase" | "rest" | "pain"} rule
 * @property {string[]} source
 * @property {string} id
 * @property {number} week
 * @property {"note" | "caution" | "stop"} severity
 * @property {number} [share]
 * @property {string} message
 * @property {boolean} [recent] set by assessProgression: one of the two latest filled weeks
 */

/**
 * @param {ProgressionFlag["rule"]} rule
 * @param {import("../types.js").ProgressionRules} rules
 * @param {Omit<ProgressionFlag, "rule" | "source">} fields
 * @returns {ProgressionFlag}
 */
function flag(rule, rules, fields) {
  return { rule, source: asList(rules.rules[rule].source), ...fields };
}

// How far the volume rose from one filled week to another, as a share; null when it cannot be
// worked out (a blank week between them, or nothing done in the earlier week).
/**
 * @param {number | null | undefined} from
 * @param {number | null | undefined} to
 * @returns {number | null}
 */
export function progressionRise(from, to) {
  if (!isNumber(from) || !isNumber(to) || from <= 0) return null;
  return (to - from) / from;
}

// The largest rise from one filled week to the next, or null when no week rose. A rise over two
// weeks can hide a single big step ("67% over two weeks" may be one week of +50%), so the check
// names it beside the two-week figure.
/**
 * @param {ProgressionWeek[]} weeks oldest first
 * @param {number} [first] the index of the first week to look at
 * @param {number} [last] the index of the last week to look at
 * @returns {{rise: number, from: number, to: number} | null} from and to: week numbers, from 1
 */
export function biggestJump(weeks, first = 0, last = weeks.length - 1) {
  /** @type {{rise: number, from: number, to: number} | null} */
  let biggest = null;
  for (let index = Math.max(first, 0) + 1; index <= Math.min(last, weeks.length - 1); index += 1) {
    const rise = progressionRise(weeks[index - 1]?.volume, weeks[index]?.volume);
    if (rise !== null && rise > 0 && (!biggest || rise > biggest.rise))
      biggest = { rise, from: index, to: index + 1 };
  }
  return biggest;
}

// Each rule's part in the plan's 0..1 attention score, from the recent weeks only.
/**
 * @param {number} pain
 * @param {import("../types.js").ProgressionRules} rules
 * @returns {number}
 */
function painAttention(pain, rules) {
  const { okMax, cautionMax } = rules.rules.pain;
  if (pain <= okMax) return okMax > 0 ? 0.2 * (pain / okMax) : 0;
  if (pain <= cautionMax) return 0.5;
  return Math.min(1, 0.7 + 0.3 * ((pain - cautionMax) / Math.max(1, PAIN_MAX - cautionMax)));
}

/**
 * @param {number} rise
 * @param {import("../types.js").ProgressionRules} rules
 * @returns {number}
 */
function riseAttention(rise, rules) {
  const { twoWeekLimit, ruleOfThumb } = rules.rules.increase;
  if (rise <= ruleOfThumb) return 0;
  if (rise <= twoWeekLimit) return 0.25;
  return Math.min(1, 0.5 + (rise - twoWeekLimit) / (2 * twoWeekLimit));
}

/**
 * @param {number} sessions
 * @param {import("../types.js").ProgressionRules} rules
 * @returns {number}
 */
function restAttention(sessions, rules) {
  const { guideline, maxSessions } = rules.rules.rest;
  if (sessions <= guideline) return 0;
  if (sessions <= maxSessions) return 0.2;
  return sessions >= 7 ? 0.8 : 0.6;
}

/**
 * What a rise message names.
 * @typedef {Parameters<typeof FLAG_MESSAGES.riseOneWeek>[0]} RiseFacts
 */

// The rise rule for one week: a rise over two weeks, or already in one, beyond the study's limit;
// a rise above the rule of thumb; or a restart after a week off. Null when none applies.
/**
 * @param {ProgressionWeek[]} weeks
 * @param {number} index
 * @param {import("../types.js").ProgressionRules} rules
 * @param {import("../types.js").ProgressionUnit} unit
 * @returns {ProgressionFlag | null}
 */
function riseFlag(weeks, index, rules, unit) {
  const week = weeks[index];
  if (!isNumber(week.volume)) return null;
  const { increase } = rules.rules;
  const number = index + 1;
  const previous = weeks[index - 1];
  const twoBack = weeks[index - 2];
  const oneWeek = progressionRise(previous?.volume, week.volume);
  const twoWeeks = progressionRise(twoBack?.volume, week.volume);
  const twoWeeksKnown = twoWeeks !== null && isNumber(previous?.volume);
  // what every rise message names: the week, the unit, the latest amount and the limits
  const facts = {
    week: number,
    label: unit.label,
    to: week.volume,
    limit: increase.twoWeekLimit,
    ruleOfThumb: increase.ruleOfThumb,
  };
  if (twoWeeksKnown && twoWeeks > increase.twoWeekLimit) {
    return flag("increase", rules, {
      id: "rise-two-weeks",
      week: number,
      severity: "caution",
      share: round(twoWeeks, 2),
      // a rise is worked out only from a week with a number, so `from` is one
      message: FLAG_MESSAGES.riseTwoWeeks(
        /** @type {RiseFacts} */ ({ ...facts, rise: twoWeeks, from: twoBack.volume }),
        biggestJump(weeks, index - 2, index),
      ),
    });
  }
  if (oneWeek !== null && oneWeek > increase.twoWeekLimit) {
    return flag("increase", rules, {
      id: "rise-one-week",
      week: number,
      severity: "caution",
      share: round(oneWeek, 2),
      // a rise is worked out only from a week with a number, so `from` is one
      message: FLAG_MESSAGES.riseOneWeek(
        /** @type {RiseFacts} */ ({ ...facts, rise: oneWeek, from: previous.volume }),
      ),
    });
  }
  if (oneWeek !== null && oneWeek > increase.ruleOfThumb) {
    return flag("increase", rules, {
      id: "rise-rule-of-thumb",
      week: number,
      severity: "note",
      share: round(oneWeek, 2),
      message: FLAG_MESSAGES.riseRuleOfThumb({ ...facts, rise: oneWeek }),
    });
  }
  if (previous?.volume === 0 && week.volume > 0) {
    return flag("increase", rules, {
      id: "restart",
      week: number,
      severity: "note",
      message: FLAG_MESSAGES.restart(number),
    });
  }
  return null;
}

/**
 * @param {ProgressionWeek} week
 * @param {number} number the week's number, from 1
 * @param {import("../types.js").ProgressionRules} rules
 * @returns {ProgressionFlag | null}
 */
function restFlag(week, number, rules) {
  if (!isNumber(week.sessions)) return null;
  const { rest } = rules.rules;
  if (week.sessions > rest.maxSessions) {
    const everyDay = week.sessions >= 7;
    return flag("rest", rules, {
      id: everyDay ? "rest-none" : "rest-too-few",
      week: number,
      severity: "caution",
      message: (everyDay ? FLAG_MESSAGES.restNone : FLAG_MESSAGES.restTooFew)(
        number,
        week.sessions,
        rest.guideline,
      ),
    });
  }
  if (week.sessions > rest.guideline) {
    return flag("rest", rules, {
      id: "rest-above-guideline",
      week: number,
      severity: "note",
      message: FLAG_MESSAGES.restAboveGuideline(number, week.sessions, rest.guideline),
    });
  }
  return null;
}

/**
 * @param {ProgressionWeek} week
 * @param {number} number the week's number, from 1
 * @param {import("../types.js").ProgressionRules} rules
 * @returns {ProgressionFlag | null}
 */
function painFlag(week, number, rules) {
  if (!isNumber(week.pain)) return null;
  const { pain } = rules.rules;
  const zone = painZone(week.pain, rules);
  if (zone === "too-much") {
    return flag("pain", rules, {
      id: "pain-too-much",
      week: number,
      severity: "stop",
      message: FLAG_MESSAGES.painTooMuch(number, week.pain, pain.cautionMax),
    });
  }
  if (zone === "caution") {
    return flag("pain", rules, {
      id: "pain-caution",
      week: number,
      severity: "caution",
      message: FLAG_MESSAGES.painCaution(number, week.pain, pain.okMax, pain.cautionMax),
    });
  }
  return null;
}

// Every rule, week by week. Returns [{rule, id, week, severity, message, source}]; severity is
// "note" (worth knowing), "caution" or "stop" (too much).
/**
 * @param {ProgressionWeek[]} weeks
 * @param {import("../types.js").ProgressionRules} rules
 * @param {string | null | undefined} unitId
 * @returns {ProgressionFlag[]}
 */
export function progressionFlags(weeks, rules, unitId) {
  const unit = progressionUnit(rules, unitId);
  return weeks.flatMap(
    (week, index) =>
      // the filter leaves out the rules that do not apply (null)
      /** @type {ProgressionFlag[]} */ (
        [
          riseFlag(weeks, index, rules, unit),
          restFlag(week, index + 1, rules),
          painFlag(week, index + 1, rules),
        ].filter(Boolean)
      ),
  );
}

// The next amount up: a modest share on top, rounded down to the unit's step; where that share is
// smaller than one step, one step, but not two weeks running (so small numbers still rise slowly).
/**
 * @param {number} previous
 * @param {number} step
 * @param {number} unitStep
 * @param {boolean} lastWasAdd
 * @returns {{volume: number, action: "add" | "hold"}}
 */
function nextUp(previous, step, unitStep, lastWasAdd) {
  const raised = Math.floor((previous * (1 + step)) / unitStep + 1e-9) * unitStep;
  if (raised > previous) return { volume: round(raised, 2), action: "add" };
  if (lastWasAdd) return { volume: previous, action: "hold" };
  return { volume: round(previous + unitStep, 2), action: "add" };
}

// Why the latest week gives no plan yet, or null when it gives one.
/**
 * @param {ProgressionWeek | undefined} latest
 * @returns {string | null}
 */
function noPlanNote(latest) {
  if (!latest || !isNumber(latest.volume) || !isNumber(latest.sessions)) {
    return NEXT_WEEKS_MESSAGES.fillLatest;
  }
  if (latest.volume === 0) {
    return NEXT_WEEKS_MESSAGES.latestWeekOff;
  }
  if (!isNumber(latest.pain)) {
    return NEXT_WEEKS_MESSAGES.painMissing;
  }
  return null;
}

// The plan forward from the latest week: add a modest step only while next-day pain stays in the
// fine zone; hold after pain in the caution zone or a too-fast rise; cut back after too much pain.
// Returns {weeks: [{week, sessions, volume, action, note}], note} or {weeks: [], note} when the
// latest week is not filled in.
/**
 * @typedef {object} PlanWeek
 * @property {number} week
 * @property {number} sessions
 * @property {number} volume
 * @property {"add" | "hold" | "cut"} action
 * @property {string} note
 */

/**
 * @param {ProgressionWeek[]} weeks
 * @param {import("../types.js").ProgressionRules} rules
 * @param {string | null | undefined} unitId
 * @param {ProgressionFlag[]} [flags]
 * @returns {{weeks: PlanWeek[], note: string}}
 */
export function progressionPlan(
  weeks,
  rules,
  unitId,
  flags = progressionFlags(weeks, rules, unitId),
) {
  const unit = progressionUnit(rules, unitId);
  const { okMax, cautionMax } = rules.rules.pain;
  const filled = weeks.filter((week) => PROGRESSION_FIELDS.some((field) => week[field] !== null));
  const latestIndex = weeks.lastIndexOf(filled[filled.length - 1]);
  // past noPlanNote's check just below, the latest week is there with its numbers
  const latest = /** @type {CompleteWeek} */ (weeks[latestIndex]);
  const missing = noPlanNote(latest);
  if (missing) return { weeks: [], note: missing };
  const zone = painZone(latest.pain, rules);
  const latestWeek = latestIndex + 1;
  const fastRise = flags.some(
    (item) => item.rule === "increase" && item.severity === "caution" && item.week === latestWeek,
  );
  /** @type {PlanWeek["action"][]} the first weeks' actions; "add" after them */
  let start;
  if (zone === "too-much") start = ["cut", "hold", "hold"];
  else if (zone === "caution") start = ["hold", "hold"];
  else if (fastRise) start = ["hold"];
  else start = [];
  const sessions =
    latest.sessions > rules.rules.rest.maxSessions ? rules.rules.rest.guideline : latest.sessions;
  const addNote = NEXT_WEEKS_MESSAGES.add(okMax, cautionMax);
  const holdNote = NEXT_WEEKS_MESSAGES.hold(okMax);
  /** @type {PlanWeek[]} */
  const planWeeks = [];
  let volume = latest.volume;
  let lastWasAdd = false;
  for (let index = 0; index < rules.plan.weeks; index += 1) {
    const wanted = start[index] ?? "add";
    let action = wanted;
    let note;
    if (wanted === "cut") {
      volume = Math.max(
        unit.step,
        Math.round((volume * (1 - rules.plan.cut)) / unit.step) * unit.step,
      );
      note = NEXT_WEEKS_MESSAGES.cut(rules.plan.cut, cautionMax);
    } else if (wanted === "hold") {
      note = holdNote;
    } else {
      const next = nextUp(volume, rules.plan.step, unit.step, lastWasAdd);
      ({ action } = next);
      volume = next.volume;
      note = action === "add" ? addNote : NEXT_WEEKS_MESSAGES.smallestStep(unit.label);
    }
    lastWasAdd = action === "add";
    planWeeks.push({ week: latestWeek + index + 1, sessions, volume, action, note });
  }
  const parts = [rules.plan.note];
  if (sessions !== latest.sessions) parts.unshift(NEXT_WEEKS_MESSAGES.restDays(sessions));
  return { weeks: planWeeks, note: parts.join(" ") };
}

// How much the latest weeks need attention, 0 to 1: the most of their pain, rest days and rises.
/**
 * @param {ProgressionWeek[]} clean
 * @param {Set<number>} recentWeeks the numbers of the recent weeks, from 1
 * @param {ProgressionFlag[]} flags
 * @param {import("../types.js").ProgressionRules} rules
 * @returns {number}
 */
function recentAttention(clean, recentWeeks, flags, rules) {
  const parts = [0];
  for (const number of recentWeeks) {
    const week = clean[number - 1];
    if (isNumber(week.pain)) parts.push(painAttention(week.pain, rules));
    if (isNumber(week.sessions)) parts.push(restAttention(week.sessions, rules));
  }
  for (const item of flags) {
    if (item.rule === "increase" && item.recent && typeof item.share === "number")
      parts.push(riseAttention(item.share, rules));
  }
  return round(Math.max(...parts), 2);
}

// weeks: [{sessions, volume, pain}] (numbers or null), oldest first; rules:
// book/data/progression.yml. Returns {status, attention, summary, flags, plan, planNote, unit,
// entered}. The status and the attention score look at the two latest filled weeks: older flags are
// history.
/**
 * @param {unknown} weeks the saved weeks, cleaned here
 * @param {import("../types.js").ProgressionRules} rules
 * @param {{unit?: string}} [options] the unit the volume is counted in
 */

export function assessProgression(weeks, rules, { unit: unitId } = {}) {
  const clean = normaliseProgressionWeeks(weeks);
  const unit = progressionUnit(rules, unitId);
  const filledIndexes = clean
    .map((week, index) => (PROGRESSION_FIELDS.some((field) => week[field] !== null) ? index : -1))
    .filter((index) => index >= 0);
  if (!filledIndexes.length) {
    return {
      status: "no-data",
      attention: null,
      summary: SUMMARY_MESSAGES.noWeeks,
      flags: [],
      plan: [],
      planNote: "",
      unit: unit.id,
      entered: 0,
    };
  }
  // A gap or an unusable number between the first and the latest filled week would hide a rise
  // (or invent one), so the check and the plan wait until every week in between is complete.
  const firstGap = clean
    // filledIndexes is not empty here
    .slice(filledIndexes[0], /** @type {number} */ (filledIndexes.at(-1)) + 1)
    .findIndex((week) => !progressionWeekComplete(week));
  if (firstGap >= 0) {
    const number = filledIndexes[0] + firstGap + 1;
    return {
      status: "incomplete",
      attention: null,
      flags: [],
      plan: [],
      planNote: "",
      unit: unit.id,
      entered: filledIndexes.length,
      summary: SUMMARY_MESSAGES.incomplete(number),
    };
  }
  const flags = progressionFlags(clean, rules, unit.id);
  const recentWeeks = new Set(filledIndexes.slice(-2).map((index) => index + 1));
  for (const item of flags) item.recent = recentWeeks.has(item.week);
  const { weeks: plan, note: planNote } = progressionPlan(clean, rules, unit.id, flags);
  const attention = recentAttention(clean, recentWeeks, flags, rules);
  const warnings = flags.filter((item) => item.recent && item.severity !== "note");
  const entered = filledIndexes.length;
  const summary = SUMMARY_MESSAGES.summary(
    entered,
    warnings.map((item) => item.rule),
    plan.map((week) => week.volume),
    unit.label,
  );
  return {
    status: warnings.length ? "attention" : "ok",
    attention,
    summary,
    flags,
    plan,
    planNote,
    unit: unit.id,
    entered,
  };
}

// The session log's weeks as the check's rows, the latest at most rules.weeks.max: sessions, the
// sets done as the volume (in the "sets" unit) and the worst next-morning pain, blank where none
// was given so the learner fills it in. Returns the rows and what the check tells the learner.
/**
 * @param {{sessions: number, volume: number, pain: number | null}[]} logged loggedWeeks(), oldest
 *   first
 * @param {import("../types.js").ProgressionRules} rules
 * @param {number} dropped the damaged log entries left out
 * @returns {{rows: {sessions: string, volume: string, pain: string}[], unit: string,
 *   message: string, notice: string}}
 */
export function rowsFromLog(logged, rules, dropped = 0) {
  const weeks = logged.slice(-rules.weeks.max);
  const rows = weeks.map((week) => ({
    sessions: String(week.sessions),
    volume: String(week.volume),
    pain: week.pain === null ? "" : String(week.pain),
  }));
  const sessions = weeks.reduce((total, week) => total + week.sessions, 0);
  const noPain = weeks.filter((week) => week.pain === null && week.sessions > 0).length;
  return {
    rows,
    unit: "sets",
    message: FILL_MESSAGES.filled(weeks.length, sessions, noPain),
    notice: dropped ? FILL_MESSAGES.dropped(dropped) : "",
  };
}
