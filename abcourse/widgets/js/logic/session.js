// @ts-check
// One training session of the plan: for a week of the plan, each exercise's figures for that week
// (sets, reps or seconds, each side, rest) with its three most important form cues. The session
// card prints it and the workout mode runs it, so the two cannot disagree. No DOM here, so
// node --test covers it.

/**
 * @typedef {import("../types.js").Exercise} Exercise
 * @typedef {import("../types.js").ExerciseWeek} ExerciseWeek
 * @typedef {import("../types.js").Checklist} Checklist
 * @typedef {import("../types.js").SessionItem} SessionItem
 * @typedef {Exercise & {causeId: string, href: string}} SessionExercise
 */

// Rest after each set or hold, when an exercise does not give its own (`rest`, in seconds).
// Coaches' advice, not a tested rule: the course's plank dose rests 30 seconds between holds.
export const DEFAULT_REST_SECONDS = { hold: 30, reps: 45, walk: 0 };
// The time one rep takes when it is not held, and the change-over between exercises, for the
// session's length.
export const SECONDS_PER_REP = 3;
export const CHANGE_OVER_SECONDS = 30;
export const CUES_SHOWN = 3;

// What carries over from one week to the next until a week says otherwise (as
// abcourse/data/exercise_weeks.py prints it).
const CARRIED = /** @type {const} */ (["unit", "eachSide"]);

/**
 * An exercise's figures for a week (1-based), with what carries over from the weeks before; an
 * exercise with fewer weeks repeats its last one.
 * @param {ExerciseWeek[]} weeks
 * @param {number} week
 * @returns {ExerciseWeek}
 */
export function resolvedWeek(weeks, week) {
  const last = Math.min(Math.max(week, 1), weeks.length) - 1;
  /** @type {Partial<ExerciseWeek>} */
  const carried = {};
  for (let index = 0; index < last; index += 1) {
    for (const name of CARRIED) {
      if (weeks[index][name] !== undefined) Object.assign(carried, { [name]: weeks[index][name] });
    }
  }
  return { ...carried, ...weeks[last] };
}

/**
 * @param {ExerciseWeek} figures
 * @returns {"hold" | "reps" | "walk"}
 */
export function kindOf(figures) {
  if (figures.minutes !== undefined) return "walk";
  return figures.reps === undefined ? "hold" : "reps";
}

/**
 * The checklist's cues that matter most (priority 1 first, in the checklist's order), as text.
 * @param {Checklist | undefined} checklist
 * @param {number} [count]
 * @returns {string[]}
 */
export function topCues(checklist, count = CUES_SHOWN) {
  const cues = checklist?.cues ?? [];
  return [...cues]
    .map((cue, order) => ({ cue, order }))
    .sort((a, b) => (a.cue.priority ?? 2) - (b.cue.priority ?? 2) || a.order - b.order)
    .slice(0, count)
    .map(({ cue }) => cue.cue);
}

/**
 * One exercise of the session.
 * @param {SessionExercise} exercise
 * @param {number} week 1-based
 * @param {Checklist[]} checklists the checklists of the exercise's chapter
 * @returns {SessionItem}
 */
export function sessionItem(exercise, week, checklists) {
  const figures = resolvedWeek(exercise.weeks, week);
  const kind = kindOf(figures);
  return {
    exerciseId: exercise.id,
    name: exercise.name,
    causeId: exercise.causeId,
    href: exercise.href,
    figure: exercise.figure ?? "",
    cues: topCues(checklists.find((checklist) => checklist.id === exercise.checklist)),
    kind,
    sets: kind === "walk" ? 1 : (figures.sets ?? 1),
    reps: figures.reps ?? null,
    seconds: figures.seconds ?? null,
    minutes: figures.minutes ?? null,
    eachSide: Boolean(figures.eachSide),
    unit: kind === "hold" ? "holds" : (figures.unit ?? ""),
    where: figures.where ?? "",
    restSeconds: exercise.rest ?? DEFAULT_REST_SECONDS[kind],
    text: exercise.progression[Math.min(week, exercise.progression.length) - 1] ?? "",
  };
}

/**
 * The session of one week of the plan: its exercises in the plan's order.
 * @param {SessionExercise[]} exercises the plan's exercises (plan.js buildPlan), in order
 * @param {number} week 1-based
 * @param {{id: string, checklists?: Checklist[]}[]} causes to find each exercise's checklist
 * @returns {SessionItem[]}
 */
export function sessionFor(exercises, week, causes) {
  return exercises.map((exercise) => {
    const cause = causes.find((candidate) => candidate.id === exercise.causeId);
    return sessionItem(exercise, week, cause?.checklists ?? []);
  });
}

/**
 * Seconds one exercise takes: its work, the rest after each set but the last, and each side.
 * @param {SessionItem} item
 * @returns {number}
 */
export function itemSeconds(item) {
  if (item.kind === "walk") return (item.minutes ?? 0) * 60;
  const sides = item.eachSide ? 2 : 1;
  const perSet =
    item.kind === "hold"
      ? (item.seconds ?? 0)
      : (item.reps ?? 0) * Math.max(item.seconds ?? 0, SECONDS_PER_REP);
  const sets = item.sets * sides;
  return sets * perSet + Math.max(0, sets - 1) * item.restSeconds;
}

/**
 * The session's length in whole minutes (rounded up), walks left out or in.
 * @param {SessionItem[]} items
 * @param {{walks?: boolean}} [options]
 * @returns {number}
 */
export function sessionMinutes(items, { walks = false } = {}) {
  const counted = items.filter((item) => walks || item.kind !== "walk");
  const seconds =
    counted.reduce((total, item) => total + itemSeconds(item), 0) +
    Math.max(0, counted.length - 1) * CHANGE_OVER_SECONDS;
  return Math.ceil(seconds / 60);
}
