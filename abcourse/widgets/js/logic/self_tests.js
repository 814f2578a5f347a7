// @ts-check
// The course's self-tests, one entry each: the saved records it reads (their keys, made by
// store.js, and the check each must pass before it is used) and its assessment, the chapter's own
// function. The ids are what the Python side sends as a cause's `selfTest`; the plan's profile and
// the check of an imported progress file read them from here. No DOM, so node --test covers it.
import { isValidChecklistRecord } from "./checklist_cues.js";
import { assessEndurance, isValidEnduranceRecord } from "./endurance.js";
import { ENDURANCE_MESSAGES } from "./endurance_messages.js";
import { assessForm, checkedFromRecords } from "./form_assessment.js";
import { assessProgression, isValidProgressionRecord } from "./progression.js";
import { PLAN_MESSAGES } from "./plan_messages.js";
import { SUMMARY_MESSAGES } from "./progression_messages.js";
import { assessRatios } from "./ratios.js";
import { isValidRedFlagRecord, triage } from "./red_flags.js";
import { checklistKey, selfTestKey } from "./store_keys.js";

/**
 * @typedef {import("../types.js").Cause} Cause
 * @typedef {import("../types.js").PlanData} PlanData
 * @typedef {{key: string, isValid: import("../types.js").RecordCheck}} RecordSpec
 */

/**
 * A self-test's result: status, attention and summary, with fields of its own (the red-flag
 * checker's level and title, the progression check's plan, ...), which the plan and its page
 * read by name; `any`, as each self-test's fields differ.
 * @typedef {{status: string, attention: number | null, summary: string, [field: string]: any}}
 *   SelfTestResult
 */

/**
 * @typedef {object} SelfTest
 * @property {(cause: Cause, data: PlanData) => RecordSpec[]} records
 * @property {(cause: Cause, saved: (key: string) => any, data: PlanData) => SelfTestResult}
 *   assess saved(key) is the record, of the shape its check passed, or null
 */

/**
 * @param {string} summary
 * @returns {{status: "no-data", attention: null, summary: string}}
 */
export function noResult(summary) {
  return { status: "no-data", attention: null, summary };
}

// Chapters 1 and 3 share one record of hold times, its times keyed by the norms file's tests.
const HOLD_TIMES_KEY = selfTestKey("endurance");

/**
 * @param {(record: import("../types.js").EnduranceRecord, norms: import("../types.js").NormsFile)
 *   => SelfTestResult} assess
 * @returns {SelfTest}
 */
function holdTimesTest(assess) {
  return {
    records: (cause, data) =>
      data.norms
        ? [
            {
              key: HOLD_TIMES_KEY,
              // the file is there: the check is made only then
              isValid: (item) =>
                isValidEnduranceRecord(
                  item,
                  /** @type {import("../types.js").NormsFile} */ (data.norms),
                ),
            },
          ]
        : [],
    assess(cause, saved, data) {
      if (!data.norms) return noResult(PLAN_MESSAGES.normsMissing);
      const record = saved(HOLD_TIMES_KEY);
      return record ? assess(record, data.norms) : noResult(ENDURANCE_MESSAGES.noTimes);
    },
  };
}

/**
 * @param {Cause} cause
 * @returns {RecordSpec[]}
 */
function checklistRecords(cause) {
  return (cause.checklists ?? []).map((checklist) => ({
    key: checklistKey(cause.chapter, checklist.id),
    isValid: (item) => isValidChecklistRecord(checklist, item),
  }));
}

// Each entry: records(cause, data) lists {key, isValid} of what it reads (none when its data file
// is missing); assess(cause, saved, data) gives its result, where saved(key) is the record if it
// passed its check, else null. cause is one the Python side sends; data: {norms, redflags,
// progression}.
/** @type {Record<string, SelfTest>} */
export const SELF_TESTS = {
  endurance: holdTimesTest((record, norms) => assessEndurance(record.times, norms)),
  form: {
    records: checklistRecords,
    assess(cause, saved) {
      const checklists = cause.checklists ?? [];
      if (!checklists.length) return noResult(PLAN_MESSAGES.noChecklists);
      /** @type {Record<string, import("../types.js").ChecklistRecord>} */
      const byId = {};
      for (const checklist of checklists) {
        const record = saved(checklistKey(cause.chapter, checklist.id));
        if (record) byId[checklist.id] = record;
      }
      return assessForm(checklists, checkedFromRecords(checklists, byId));
    },
  },
  ratios: holdTimesTest((record, norms) => assessRatios(record.times, record.sex, norms)),
  redflags: {
    records: (cause, data) =>
      data.redflags
        ? [
            {
              key: selfTestKey("redflags"),
              // the file is there: the check is made only then
              isValid: (item) =>
                isValidRedFlagRecord(
                  /** @type {import("../types.js").RedFlagsFile} */ (data.redflags),
                  item,
                ),
            },
          ]
        : [],
    assess(cause, saved, data) {
      if (!data.redflags) return noResult(PLAN_MESSAGES.redFlagsMissing);
      return triage(data.redflags, saved(selfTestKey("redflags")));
    },
  },
  progression: {
    records: (cause, data) =>
      data.progression
        ? [
            {
              key: selfTestKey("progression"),
              isValid: (item) => isValidProgressionRecord(item, data.progression),
            },
          ]
        : [],
    assess(cause, saved, data) {
      if (!data.progression) return noResult(PLAN_MESSAGES.progressionMissing);
      const record = saved(selfTestKey("progression"));
      return record
        ? assessProgression(record.weeks, data.progression, { unit: record.unit })
        : noResult(SUMMARY_MESSAGES.noWeeks);
    },
  },
};

// The entry of a cause's self-test, or null for a chapter without one.
/**
 * @param {Cause} cause
 * @returns {SelfTest | null}
 */
export function selfTestOf(cause) {
  // a string, where Object.hasOwn finds it
  return Object.hasOwn(SELF_TESTS, cause?.selfTest ?? "")
    ? SELF_TESTS[/** @type {string} */ (cause.selfTest)]
    : null;
}
