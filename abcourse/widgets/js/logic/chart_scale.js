// @ts-check
// Pure arithmetic behind the hand-drawn SVG charts: a round axis end, evenly spaced ticks, and
// where a value or a text label sits. Kept apart from the DOM so node --test can check it.

// The smallest 1, 2, 2.5 or 5 times a power of ten that is at least value.
/**
 * @param {number} value
 * @returns {number}
 */
export function niceCeiling(value) {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    if (step * power >= value - 1e-9) return Number((step * power).toPrecision(12));
  }
  return 10 * power;
}

// About `count` ticks from 0 to max (inclusive) on a round step.
/**
 * @param {number} max
 * @param {number} [count]
 * @returns {number[]}
 */
export function tickValues(max, count = 5) {
  const step = niceCeiling(max / count);
  /** @type {number[]} */
  const ticks = [];
  for (let value = 0; value <= max + step * 1e-9; value += step)
    ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

// Position of value on an axis drawn from left to left + width, clamped to the axis.
/**
 * @param {number} value
 * @param {number} max
 * @param {number} left
 * @param {number} width
 * @returns {number}
 */
export function scaleTo(value, max, left, width) {
  const share = max > 0 ? value / max : 0;
  return left + Math.min(1, Math.max(0, share)) * width;
}

// Rough width of a label at the charts' font size; only used to keep labels from overlapping.
/**
 * @param {unknown} text
 * @param {number} [charWidth]
 * @returns {number}
 */
export function labelWidth(text, charWidth = 7.2) {
  return String(text).length * charWidth;
}

// Centre labels on their x positions, keep them inside [left, right], and give each a line (0, 1,
// ...) so that no two labels on the same line overlap. Input order does not matter.
/**
 * @template {{x: number, text?: unknown, width?: number}} T
 * @param {T[]} items
 * @param {number} left
 * @param {number} right
 * @param {number} [gap]
 * @returns {(T & {index: number, width: number, centre: number, line: number})[]}
 */
export function placeLabels(items, left, right, gap = 6) {
  const placed = items
    .map(
      (item, index) =>
        /** @type {T & {index: number, width: number, centre: number, line: number}} */ ({
          ...item,
          index,
          width: item.width ?? labelWidth(item.text),
        }),
    )
    .sort((a, b) => a.x - b.x);
  /** @type {number[]} */
  const lineEnds = [];
  for (const item of placed) {
    const half = item.width / 2;
    item.centre = Math.min(right - half, Math.max(left + half, item.x));
    let line = lineEnds.findIndex((end) => item.centre - half >= end + gap);
    if (line === -1) {
      line = lineEnds.length;
      lineEnds.push(-Infinity);
    }
    lineEnds[line] = item.centre + half;
    item.line = line;
  }
  return placed.sort((a, b) => a.index - b.index);
}
