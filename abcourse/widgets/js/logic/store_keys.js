// @ts-check
// Saved progress, the parts without storage: the versioned, namespaced key of each quiz,
// checklist or self-test record, and the check of a progress file before anything is written.
// No DOM and no storage, so node --test covers it; ui/store.js reads and writes the records.
import { STORE_MESSAGES } from "./store_messages.js";

export const NAMESPACE = "abcourse";
export const STORE_VERSION = 1;
export const PROGRESS_EVENT = "abcourse:progress";
export const EXPORT_FORMAT = "abcourse-progress";

const KEY_PREFIX = `${NAMESPACE}:v${STORE_VERSION}:`;

/**
 * @param {string} kind "quiz", "checklist" or "tool"
 * @param {string} id
 * @returns {string}
 */
export function storageKey(kind, id) {
  return `${KEY_PREFIX}${kind}:${id}`;
}

// The keys of the course's three kinds of record, so every widget and the plan spell them alike.
/**
 * @param {string} chapter
 * @param {string} quizId
 * @returns {string}
 */
export function quizKey(chapter, quizId) {
  return storageKey("quiz", `${chapter}/${quizId}`);
}

/**
 * @param {string} chapter
 * @param {string} checklistId
 * @returns {string}
 */
export function checklistKey(chapter, checklistId) {
  return storageKey("checklist", `${chapter}/${checklistId}`);
}

// A self-test's record; selfTestId is its id in logic/self_tests.js. The stored keys keep the
// word "tool", as every saved record has it.
/**
 * @param {string} selfTestId
 * @returns {string}
 */
export function selfTestKey(selfTestId) {
  return storageKey("tool", selfTestId);
}

/**
 * @param {unknown} key
 * @returns {boolean}
 */
export function isCourseKey(key) {
  return typeof key === "string" && key.startsWith(`${NAMESPACE}:`);
}

/**
 * @param {unknown} key
 * @returns {boolean}
 */
export function isCurrentKey(key) {
  return typeof key === "string" && key.startsWith(KEY_PREFIX);
}

export class ProgressFileError extends Error {}

// Checks a parsed export file before anything is written, so a wrong file changes nothing.
/**
 * @param {unknown} text the file's text, or what JSON.parse made of it
 * @returns {Record<string, unknown>} the records, key -> data
 */
export function parseProgressFile(text) {
  let parsed;
  try {
    parsed = typeof text === "string" ? JSON.parse(text) : text;
  } catch {
    throw new ProgressFileError(STORE_MESSAGES.notJson);
  }
  if (!parsed || typeof parsed !== "object" || parsed.format !== EXPORT_FORMAT) {
    throw new ProgressFileError(STORE_MESSAGES.wrongFormat(EXPORT_FORMAT));
  }
  if (parsed.version !== STORE_VERSION) {
    throw new ProgressFileError(STORE_MESSAGES.wrongVersion(parsed.version, STORE_VERSION));
  }
  if (!parsed.records || typeof parsed.records !== "object" || Array.isArray(parsed.records)) {
    throw new ProgressFileError(STORE_MESSAGES.noRecords);
  }
  for (const key of Object.keys(parsed.records)) {
    if (!isCurrentKey(key)) {
      throw new ProgressFileError(STORE_MESSAGES.notThisCoursesEntry(key));
    }
  }
  return parsed.records;
}

// A check that throws on a value of the wrong shape fails it.
/**
 * @param {import("../types.js").RecordCheck} isValid
 * @param {unknown} data
 * @returns {boolean}
 */
export function passes(isValid, data) {
  try {
    return data !== null && Boolean(isValid(data));
  } catch {
    return false;
  }
}
