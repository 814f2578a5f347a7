// @ts-check
// The workout mode's words. workout.js decides the step and its numbers; this module says them,
// so the wording can change without touching the rules.

/**
 * @typedef {import("../types.js").SessionItem} SessionItem
 * @typedef {import("./workout.js").WorkoutStep} WorkoutStep
 * @typedef {import("./workout.js").WorkoutView} WorkoutView
 */

/**
 * @param {number} count
 * @param {string} one
 * @param {string} [many]
 * @returns {string}
 */
const plural = (count, one, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * "10 seconds", "1 minute 30 seconds".
 * @param {number} seconds
 * @returns {string}
 */
export function duration(seconds) {
  if (seconds < 60) return plural(seconds, "second");
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest
    ? `${plural(minutes, "minute")} ${plural(rest, "second")}`
    : plural(minutes, "minute");
}

/**
 * The countdown's face: "0:25", "9:59".
 * @param {number} seconds
 * @returns {string}
 */
export function clock(seconds) {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, "0")}`;
}

/**
 * @param {"left" | "right" | null} side
 * @returns {string}
 */
export function sideWords(side) {
  return side ? `${side} side` : "";
}

/**
 * "Exercise 2 of 5, set 1 of 3, left side".
 * @param {WorkoutView["progress"]} progress
 * @returns {string}
 */
export function progressLine({ exercise, exercises, set, sets, side }) {
  const parts = [`Exercise ${exercise} of ${exercises}`];
  if (sets > 1) parts.push(`set ${set} of ${sets}`);
  if (side) parts.push(sideWords(side));
  return parts.join(", ");
}

/**
 * What to do in a work step: "Hold for 10 seconds", "5 reaches, hold each for 5 seconds".
 * @param {SessionItem} item
 * @returns {string}
 */
export function workLine(item) {
  if (item.kind === "walk") return `Walk for ${duration((item.minutes ?? 0) * 60)}`;
  if (item.kind === "hold") return `Hold for ${duration(item.seconds ?? 0)}`;
  const reps = `${item.reps ?? 0} ${item.unit || "reps"}`;
  return item.seconds ? `${reps}, hold each for ${duration(item.seconds)}` : reps;
}

/**
 * What the big number or word shows under it.
 * @param {WorkoutStep} step
 * @param {SessionItem} item
 * @returns {string}
 */
export function bigLabel(step, item) {
  if (step.kind === "rest") return "seconds of rest left";
  if (step.kind === "next") return "when you are ready";
  if (item.kind === "reps") return item.unit || "reps";
  return item.kind === "walk" ? "of walking left" : "seconds left to hold";
}

/**
 * "Next: rest for 30 seconds", "Next: Bird dog", "Next: the end of the session".
 * @param {WorkoutStep | null} next
 * @param {SessionItem | null} nextItem
 * @returns {string}
 */
export function nextLine(next, nextItem) {
  if (!next || !nextItem) return "Next: the end of the session.";
  if (next.kind === "rest") return `Next: rest for ${duration(next.seconds ?? 0)}.`;
  if (next.kind === "next") return `Next: ${nextItem.name}.`;
  const side = next.side ? `, ${sideWords(next.side)}` : "";
  return `Next: ${nextItem.name}, set ${next.set}${side}.`;
}

/**
 * The sentence the live region reads once when a step begins.
 * @param {WorkoutView} view
 * @returns {string}
 */
export function announcement(view) {
  const { step, item } = view;
  if (view.status === "finished") return WORKOUT_MESSAGES.finishedTitle;
  if (view.status === "stopped") return WORKOUT_MESSAGES.stoppedTitle;
  if (!step || !item) return "";
  const where = progressLine(view.progress);
  if (step.kind === "rest") return `Rest for ${duration(step.seconds ?? 0)}. ${where}.`;
  if (step.kind === "next") return `Next exercise: ${item.name}. Start when you are ready.`;
  const side = step.side ? `, ${sideWords(step.side)}` : "";
  return `${item.name}${side}: ${workLine(item)}. ${where}.`;
}

export const WORKOUT_MESSAGES = {
  start: "Start today’s session",
  length: (/** @type {number} */ minutes) => `about ${plural(minutes, "minute")}`,
  title: (/** @type {number} */ week) => `Today’s session (week ${week})`,
  cuesTitle: "Check your form:",
  rest: "Rest",
  restLine: "Rest. Breathe and get ready.",
  droppedEntries: (/** @type {number} */ count) =>
    `${plural(count, "damaged entry", "damaged entries")} of your session log could not be ` +
    "read and were left out.",
  intro:
    "One exercise at a time, with a timer for each hold and rest. The screen stays on while " +
    "it runs, where your browser allows it.",
  keys: "Keys: Space pauses or resumes. Enter marks a set done or starts the next exercise.",
  pause: "Pause",
  resume: "Resume",
  done: "Done",
  startNext: "Start",
  skip: {
    work: "Skip this set",
    rest: "Skip the rest",
    next: "Skip this exercise",
  },
  stop: "Stop: it hurts",
  paused: "Paused.",
  sound: "Beep at the end of a hold or rest",
  vibrate: "Vibrate at the end of a hold or rest",
  stopQuestion: "What is happening? Choose the one that fits best.",
  stopIntro: "The timer is paused while you choose.",
  backToSession: "Back to the session",
  carryOn: "Carry on",
  finishedTitle: "Session finished. Well done.",
  stoppedTitle: "Session stopped.",
  close: "Close",
  setsDone: (/** @type {string} */ name, /** @type {number} */ done, /** @type {number} */ of) =>
    `${name}: ${done} of ${plural(of, "set")} done`,
  saved: "Saved on this device. Tomorrow morning, the plan asks how your back feels.",
  notSaved: "this session",
  stoppedBecause: (/** @type {string} */ choice) => `You stopped because: ${choice}`,
  source: (/** @type {string} */ names) => `Source: ${names}.`,
  signsIntro: "This is a red-flag sign if you have any of these:",
  countdownTitle: "Time left",
};
