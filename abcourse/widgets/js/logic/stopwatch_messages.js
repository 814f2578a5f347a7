// @ts-check
// What the hold tests' stopwatch says (chapters 1 and 3): its buttons and the one announcement
// when it stops.
import { formatClock } from "./stopwatch.js";

/** @param {number} seconds */
const secondsWord = (seconds) => `${seconds} ${seconds === 1 ? "second" : "seconds"}`;

export const STOPWATCH_MESSAGES = {
  start: "Start",
  stop: "Stop",
  /** @param {string} test the hold test's name */
  startLabel: (test) => `Start timing: ${test}`,
  /** @param {string} test */
  stopLabel: (test) => `Stop timing: ${test}`,
  /** @param {string} test @param {number} seconds */
  written: (test, seconds) => `${test}: ${secondsWord(seconds)}, written into the field.`,
  /** @param {string} test @param {number} seconds the longest time the field takes */
  capped: (test, seconds) =>
    `${test}: the stopwatch stopped at ${formatClock(seconds)}, the longest time this test ` +
    `takes; ${secondsWord(seconds)} written into the field.`,
};
