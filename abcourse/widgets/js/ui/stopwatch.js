// @ts-check
// A stopwatch beside each hold-time field (chapters 1 and 3): Start becomes Stop, and stopping
// writes the whole seconds into the field. The figure counts from a timestamp taken at Start
// (logic/stopwatch.js), updates about once a second and is not a live region, so a screen reader
// hears one sentence when it stops, not every second. One stopwatch of a group runs at a time:
// starting another stops the first, which writes its time as Stop would.
import { elapsedSeconds, formatClock, msToNextSecond, stoppedTime } from "../logic/stopwatch.js";
import { STOPWATCH_MESSAGES } from "../logic/stopwatch_messages.js";
import { h } from "./dom.js";

/**
 * @typedef {object} Stopwatch
 * @property {string} name the hold test's name, for the button and the announcement
 * @property {number} max the field's longest time, in seconds
 * @property {(seconds: number) => void} onStop writes the time into the field
 * @property {HTMLButtonElement} button
 * @property {HTMLElement} figure
 * @property {HTMLElement} element
 * @property {number | null} startedAt
 * @property {ReturnType<typeof setTimeout> | null} timer
 */

/**
 * @typedef {object} Group
 * @property {() => number} now
 * @property {Stopwatch | null} running
 * @property {Stopwatch[]} watches
 * @property {HTMLElement} status
 * @property {() => void} onVisible
 */

/** @param {Group} group @param {string} text */
function announce(group, text) {
  group.status.textContent = text;
  group.status.hidden = !text;
}

/** @param {Stopwatch} watch @param {boolean} running */
function showState(watch, running) {
  watch.button.textContent = running ? STOPWATCH_MESSAGES.stop : STOPWATCH_MESSAGES.start;
  watch.button.setAttribute(
    "aria-label",
    running ? STOPWATCH_MESSAGES.stopLabel(watch.name) : STOPWATCH_MESSAGES.startLabel(watch.name),
  );
  watch.element.toggleAttribute("data-running", running);
}

/** @param {Stopwatch} watch */
function clearTimer(watch) {
  if (watch.timer !== null) clearTimeout(watch.timer);
  watch.timer = null;
}

// Shows the time so far and waits for the next whole second; at the field's longest time, stops.
/** @param {Group} group @param {Stopwatch} watch */
function update(group, watch) {
  const startedAt = watch.startedAt;
  if (startedAt === null) return;
  clearTimer(watch);
  const time = group.now();
  const seconds = elapsedSeconds(startedAt, time);
  if (seconds >= watch.max) {
    stop(group, watch);
    return;
  }
  watch.figure.textContent = formatClock(seconds);
  watch.timer = setTimeout(() => update(group, watch), msToNextSecond(startedAt, time));
}

/** @param {Group} group @param {Stopwatch} watch */
function start(group, watch) {
  if (group.running) stop(group, group.running);
  announce(group, "");
  watch.startedAt = group.now();
  group.running = watch;
  document.addEventListener("visibilitychange", group.onVisible);
  showState(watch, true);
  update(group, watch);
}

/** @param {Group} group @param {Stopwatch} watch @param {{write?: boolean}} [options] */
function stop(group, watch, { write = true } = {}) {
  if (watch.startedAt === null) return;
  const { seconds, capped } = stoppedTime(watch.startedAt, group.now(), watch.max);
  clearTimer(watch);
  watch.startedAt = null;
  group.running = null;
  document.removeEventListener("visibilitychange", group.onVisible);
  showState(watch, false);
  watch.figure.textContent = formatClock(write ? seconds : 0);
  if (!write) return;
  watch.onStop(seconds);
  const say = capped ? STOPWATCH_MESSAGES.capped : STOPWATCH_MESSAGES.written;
  announce(group, say(watch.name, seconds));
}

/**
 * @param {Group} group
 * @param {{name: string, max: number, onStop: (seconds: number) => void}} spec
 * @returns {HTMLElement}
 */
function control(group, { name, max, onStop }) {
  const button = h("button", { type: "button", class: "abc-button abc-stopwatch-button" });
  const figure = h(
    "span",
    { class: "abc-stopwatch-time", role: "timer", "aria-live": "off" },
    formatClock(0),
  );
  const element = h("div", { class: "abc-stopwatch" }, button, figure);
  /** @type {Stopwatch} */
  const watch = { name, max, onStop, button, figure, element, startedAt: null, timer: null };
  button.addEventListener("click", () =>
    watch.startedAt === null ? start(group, watch) : stop(group, watch),
  );
  showState(watch, false);
  group.watches.push(watch);
  return element;
}

// A group of stopwatches, one running at a time, with the status line they announce in.
// now: the clock in milliseconds (performance.now(), which Playwright's fake clock drives).
/**
 * @param {{now?: () => number}} [options]
 */
export function stopwatchGroup({ now = () => performance.now() } = {}) {
  /** @type {Group} */
  const group = {
    now,
    running: null,
    watches: [],
    status: h("p", { class: "abc-stopwatch-status", role: "status", hidden: true }),
    // the page was hidden (a locked phone, another tab) and its timers slowed: show the time now
    onVisible: () => {
      if (group.running && document.visibilityState === "visible") update(group, group.running);
    },
  };
  return {
    status: group.status,
    /** @param {{name: string, max: number, onStop: (seconds: number) => void}} spec */
    control: (spec) => control(group, spec),
    // Clearing the times (or closing the widget) stops a running stopwatch without writing.
    cancel() {
      if (group.running) stop(group, group.running, { write: false });
      for (const watch of group.watches) watch.figure.textContent = formatClock(0);
      announce(group, "");
    },
  };
}
