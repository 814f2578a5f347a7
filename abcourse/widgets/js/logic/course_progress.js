// @ts-check
// Progress across the course, from the saved records: how many cause chapters the learner has
// opened, how many of their self-tests are done, and the next step (the first chapter not opened
// yet, or the plan once all are). A self-test is done when its own chapter's assessment, the one
// the plan runs (plan.js assessCause), has a result; a record that fails its check counts as
// nothing, so a damaged value is ignored. No DOM and no storage, so node --test covers it.
import { assessCause } from "./plan.js";
import { isValidVisitRecord, VISITS_KEY } from "./visits.js";
import { passes } from "./store_keys.js";

/**
 * @typedef {import("../types.js").Cause} Cause
 * @typedef {import("../types.js").PlanData} PlanData
 * @typedef {{title: string, href: string}} Step
 * @typedef {object} CourseProgress
 * @property {number} visited cause chapters opened
 * @property {number} chapters cause chapters in the course
 * @property {number} selfTestsDone
 * @property {number} selfTests chapters with a self-test
 * @property {Step} next
 */

// what a self-test reports when nothing, or not enough, is saved for a result
const NOT_DONE = new Set(["no-data", "incomplete", "no-self-test"]);

/**
 * @param {Record<string, unknown>} records every saved record, key -> data (store.js allRecords)
 * @returns {Set<string>} the notebook names of the chapters opened
 */
export function visitedChapters(records) {
  const record = records[VISITS_KEY];
  return new Set(passes(isValidVisitRecord, record) ? /** @type {any} */ (record).chapters : []);
}

/**
 * @param {Cause} cause
 * @param {Record<string, unknown>} records
 * @param {PlanData} data
 * @returns {boolean}
 */
export function selfTestDone(cause, records, data) {
  if (!cause.selfTest) return false;
  return !NOT_DONE.has(assessCause(cause, records, data).status);
}

/**
 * @param {Cause[]} causes the cause chapters in reading order
 * @param {Step} plan the closing chapter, the next step once every chapter is opened
 * @param {Record<string, unknown>} records
 * @param {PlanData} data the self-tests' data files
 * @returns {CourseProgress}
 */
export function courseProgress(causes, plan, records, data) {
  const visited = visitedChapters(records);
  const notYet = causes.find((cause) => !visited.has(cause.chapter));
  return {
    visited: causes.filter((cause) => visited.has(cause.chapter)).length,
    chapters: causes.length,
    selfTestsDone: causes.filter((cause) => selfTestDone(cause, records, data)).length,
    selfTests: causes.filter((cause) => cause.selfTest).length,
    next: notYet ? { title: notYet.title, href: notYet.href } : plan,
  };
}
