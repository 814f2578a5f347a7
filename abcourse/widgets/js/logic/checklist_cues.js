// @ts-check
// Pure logic of a form checklist: which cues are missing, and what to fix first.
import { CHECKLIST_MESSAGES } from "./checklist_messages.js";

/**
 * @param {import("../types.js").Checklist} checklist
 * @param {Iterable<string>} checkedIds
 * @returns {import("../types.js").Cue[]}
 */
export function missingCues(checklist, checkedIds) {
  const checked = new Set(checkedIds);
  return checklist.cues.filter((cue) => !checked.has(cue.id));
}

// A cue's priority, 1 (fix first) to 3; a cue the content file gives none is a 2.
/**
 * @param {{priority?: number}} cue
 * @returns {number}
 */
export function cuePriority(cue) {
  return cue.priority ?? 2;
}

// Cues with a lower priority number come first; the file's order breaks ties.
/**
 * @param {import("../types.js").Checklist} checklist
 * @param {Iterable<string>} checkedIds
 * @param {number} [howMany]
 * @returns {import("../types.js").Cue[]}
 */
export function cuesToFixFirst(checklist, checkedIds, howMany = 3) {
  return missingCues(checklist, checkedIds)
    .map((cue, index) => ({ cue, index }))
    .sort((a, b) => cuePriority(a.cue) - cuePriority(b.cue) || a.index - b.index)
    .slice(0, howMany)
    .map(({ cue }) => cue);
}

/**
 * @param {import("../types.js").Checklist} checklist
 * @param {Iterable<string>} checkedIds
 * @returns {{
 *   total: number,
 *   inPlace: number,
 *   missing: import("../types.js").Cue[],
 *   headline: string,
 *   startWith: import("../types.js").Cue | null,
 * }}
 */
export function checklistSummary(checklist, checkedIds) {
  const ids = [...checkedIds];
  const missing = missingCues(checklist, ids);
  const total = checklist.cues.length;
  const inPlace = total - missing.length;
  const headline =
    missing.length === 0
      ? CHECKLIST_MESSAGES.allInPlace(total)
      : CHECKLIST_MESSAGES.someInPlace(inPlace, total, missing.length);
  // the one cue to work on first, named in the summary while the full list stays folded
  const startWith = cuesToFixFirst(checklist, ids, 1)[0] ?? null;
  return { total, inPlace, missing, headline, startWith };
}

/**
 * @param {import("../types.js").Checklist} checklist
 * @param {{checked?: unknown} | null | undefined} data a saved or imported record, of any shape
 * @returns {boolean}
 */
export function isValidChecklistRecord(checklist, data) {
  if (!data || typeof data !== "object" || !Array.isArray(data.checked)) return false;
  const ids = new Set(checklist.cues.map((cue) => cue.id));
  return data.checked.every((id) => typeof id === "string" && ids.has(id));
}
