// @ts-check
// How an error message quotes what the learner typed: short enough to sit beside the field, so a
// pasted page of text cannot stretch the layout.
export const QUOTED_INPUT_LIMIT = 24;

export function quotedInput(text, limit = QUOTED_INPUT_LIMIT) {
  const shown = String(text ?? "");
  return `“${shown.length > limit ? `${shown.slice(0, limit)}…` : shown}”`;
}

// The text of a value that may be missing, for an input field or a table cell.
export function asText(value) {
  return value === null || value === undefined ? "" : String(value);
}

// A data file's `source` is one key or a list of keys.
export function asList(keys) {
  if (Array.isArray(keys)) return keys;
  return keys === null || keys === undefined || keys === "" ? [] : [keys];
}

// The sources named by `keys`, as the data file's `sources` spells them out.
export function citeSources(sources, keys) {
  return asList(keys)
    .map((key) => sources?.[key] ?? key)
    .join("; ");
}
