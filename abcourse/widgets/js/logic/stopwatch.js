// @ts-check
// The hold tests' stopwatch, without the DOM: the time comes from two timestamps (when it started,
// now), never from counting ticks, so a throttled tab or a locked screen cannot slow it down. The
// page reads the clock (performance.now()) and hands it in; node --test hands in its own.

const MS_PER_SECOND = 1000;

// Whole seconds between two timestamps in milliseconds; a clock that went back counts as none.
/**
 * @param {number} startedAt
 * @param {number} now
 * @returns {number}
 */
export function elapsedSeconds(startedAt, now) {
  return Math.max(0, Math.floor((now - startedAt) / MS_PER_SECOND));
}

// How long until the shown figure next changes, so the display updates on each whole second.
/**
 * @param {number} startedAt
 * @param {number} now
 * @returns {number} milliseconds, 1 to 1000
 */
export function msToNextSecond(startedAt, now) {
  const into = Math.max(0, now - startedAt) % MS_PER_SECOND;
  return MS_PER_SECOND - into;
}

// "0:07", "1:35", "10:00"; an hour or more as "1:02:03".
/**
 * @param {number} seconds
 * @returns {string}
 */
export function formatClock(seconds) {
  const whole = Math.max(0, Math.floor(seconds));
  const pad = (/** @type {number} */ value) => String(value).padStart(2, "0");
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  return hours ? `${hours}:${pad(minutes)}:${pad(rest)}` : `${minutes}:${pad(rest)}`;
}

// The time the stopwatch writes into a field: whole seconds, at most the field's longest time
// (a stopwatch left running must not write a time the field refuses).
/**
 * @typedef {{seconds: number, capped: boolean}} StoppedTime
 */

/**
 * @param {number} startedAt
 * @param {number} now
 * @param {number} max the field's longest time, in seconds
 * @returns {StoppedTime}
 */
export function stoppedTime(startedAt, now, max) {
  const elapsed = elapsedSeconds(startedAt, now);
  const limit = Math.max(0, Math.floor(max));
  return elapsed >= limit ? { seconds: limit, capped: true } : { seconds: elapsed, capped: false };
}
