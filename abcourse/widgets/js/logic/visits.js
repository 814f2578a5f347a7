// @ts-check
// Which chapters the learner has opened: one record, abcourse:v1:course:visited -> {chapters:
// ["01-weak-core", ...]}, each a chapter's notebook name, in the order first opened. The sidebar's
// progress line counts it; the plan's export carries it and its import checks it here. No DOM.
import { storageKey } from "./store_keys.js";

export const VISITS_KEY = storageKey("course", "visited");

// a notebook's name, as the course manifest spells it (course.schema.json)
const CHAPTER_NAME = /^[0-9]{2}-[a-z0-9-]+$/;
// more than any course would have: a record this long was not made by the course
const MAX_CHAPTERS = 100;

/** @typedef {{chapters: string[]}} VisitRecord */

/**
 * @param {any} data a saved or imported record of any shape
 * @returns {boolean}
 */
export function isValidVisitRecord(data) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  if (Object.keys(data).join() !== "chapters") return false;
  const { chapters } = data;
  return (
    Array.isArray(chapters) &&
    chapters.length <= MAX_CHAPTERS &&
    chapters.every((name) => typeof name === "string" && CHAPTER_NAME.test(name)) &&
    new Set(chapters).size === chapters.length
  );
}

// The record with `chapter` in it; the same record when it is there already (nothing to save).
/**
 * @param {VisitRecord | null} record a valid record, or null for none
 * @param {string} chapter
 * @returns {VisitRecord}
 */
export function withVisit(record, chapter) {
  const chapters = record?.chapters ?? [];
  if (record && chapters.includes(chapter)) return record;
  return { chapters: [...chapters, chapter] };
}
