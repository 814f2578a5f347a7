// @ts-check
// How an error message quotes what the learner typed: short enough to sit beside the field, so a
// pasted page of text cannot stretch the layout.
export const QUOTED_INPUT_LIMIT = 24;

/**
 * @param {unknown} text
 * @param {number} [limit]
 * @returns {string}
 */
export function quotedInput(text, limit = QUOTED_INPUT_LIMIT) {
  const shown = String(text ?? "");
  return `“${shown.length > limit ? `${shown.slice(0, limit)}…` : shown}”`;
}

// The text of a value that may be missing, for an input field or a table cell.
/**
 * @param {unknown} value
 * @returns {string}
 */
export function asText(value) {
  return value === null || value === undefined ? "" : String(value);
}

// A data file's `source` is one key or a list of keys.
/**
 * @template T
 * @param {T | T[] | null | undefined} keys
 * @returns {T[]}
 */
export function asList(keys) {
  if (Array.isArray(keys)) return keys;
  return keys === null || keys === undefined || keys === "" ? [] : [keys];
}

// The sources named by `keys`, as the data file's `sources` spells them out.
/**
 * @param {import("../types.js").Sources | null | undefined} sources
 * @param {import("../types.js").SourceRef | null | undefined} keys
 * @returns {string}
 */
export function citeSources(sources, keys) {
  return asList(keys)
    .map((key) => sources?.[key] ?? key)
    .join("; ");
}
