// How an error message quotes what the learner typed: short enough to sit beside the field, so a
// pasted page of text cannot stretch the layout.
export const QUOTED_INPUT_LIMIT = 24;

export function quotedInput(text, limit = QUOTED_INPUT_LIMIT) {
  const shown = String(text ?? "");
  return `“${shown.length > limit ? `${shown.slice(0, limit)}…` : shown}”`;
}
