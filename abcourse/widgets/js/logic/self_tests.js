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

export function noResult(summary) {
  return { status: "no-data", attention: null, summary };
}

// Chapters 1 and 3 share one record of hold times, its times keyed by the norms file's tests.
const HOLD_TIMES_KEY = selfTestKey("endurance");

function holdTimesTest(assess) {
  return {
    records: (cause, data) =>
      data.norms
        ? [{ key: HOLD_TIMES_KEY, isValid: (item) => isValidEnduranceRecord(item, data.norms) }]
        : [],
    assess(cause, saved, data) {
      if (!data.norms) return noResult(PLAN_MESSAGES.normsMissing);
      const record = saved(HOLD_TIMES_KEY);
      return record ? assess(record, data.norms) : noResult(ENDURANCE_MESSAGES.noTimes);
    },
  };
}

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
export const SELF_TESTS = {
  endurance: holdTimesTest((record, norms) => assessEndurance(record.times, norms)),
  form: {
    records: checklistRecords,
    assess(cause, saved) {
      const checklists = cause.checklists ?? [];
      if (!checklists.length) return noResult(PLAN_MESSAGES.noChecklists);
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
              isValid: (item) => isValidRedFlagRecord(data.redflags, item),
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
export function selfTestOf(cause) {
  return Object.hasOwn(SELF_TESTS, cause?.selfTest ?? "") ? SELF_TESTS[cause.selfTest] : null;
}
