// @ts-check
// Pure logic of the form score: the learner's ticks across a chapter's form checklists become one
// score, and the missing cues that matter most come first. The score has no saved record of its
// own; it is worked out from the checklists' records each time.
import { cuePriority } from "./checklist_cues.js";
import { FORM_SCORE_MESSAGES } from "./form_score_messages.js";

// A score at or over this share, with no priority-1 cue missing, reads as "ok" for the plan.
export const FORM_OK_SHARE = 0.8;
export const FIX_FIRST_COUNT = 3;

/**
 * @param {number} share
 * @returns {number}
 */
function percent(share) {
  return Math.round(share * 100);
}

// One checklist's progress; saved: its ticked cue ids, or not an array when it is not started.
/**
 * @typedef {object} ExerciseProgress
 * @property {string} id the checklist's id
 * @property {string} exercise
 * @property {number} order
 * @property {boolean} started
 * @property {number} total
 * @property {number} inPlace
 * @property {import("../types.js").Cue[]} missing
 */

/**
 * @param {import("../types.js").Checklist} checklist
 * @param {number} order
 * @param {unknown} saved
 * @returns {ExerciseProgress}
 */
function exerciseProgress(checklist, order, saved) {
  const started = Array.isArray(saved);
  const ticked = new Set(started ? saved : []);
  const missing = checklist.cues.filter((cue) => !ticked.has(cue.id));
  return {
    id: checklist.id,
    exercise: checklist.exercise,
    order,
    started,
    total: checklist.cues.length,
    inPlace: started ? checklist.cues.length - missing.length : 0,
    missing: started ? missing : [],
  };
}

// The missing cues to fix first: lower priority numbers first; then the chapter's order of
// exercises, then each list's order.
/**
 * @typedef {{checklistId: string, exercise: string, cue: import("../types.js").Cue}} CueToFix
 */

/**
 * @param {ExerciseProgress[]} started
 * @param {number} howMany
 * @returns {CueToFix[]}
 */
function cuesToFixFirst(started, howMany) {
  return started
    .flatMap((exercise) =>
      exercise.missing.map((cue, index) => ({
        checklistId: exercise.id,
        exercise: exercise.exercise,
        cue,
        order: exercise.order,
        index,
      })),
    )
    .sort(
      (a, b) => cuePriority(a.cue) - cuePriority(b.cue) || a.order - b.order || a.index - b.index,
    )
    .slice(0, howMany)
    .map(({ checklistId, exercise, cue }) => ({ checklistId, exercise, cue }));
}

// checklists: [{id, exercise, cues: [{id, cue, fix, why, priority?}]}] in the chapter's order.
// checkedById: {checklistId: [cue ids]}; a checklist with no entry (or null) has not been
// checked yet and is left out of the score rather than counted as all wrong.
/**
 * @param {import("../types.js").Checklist[]} checklists
 * @param {Record<string, string[] | null | undefined> | null | undefined} checkedById
 * @param {{okShare?: number, howMany?: number}} [options]
 */
export function assessForm(
  checklists,
  checkedById,
  { okShare = FORM_OK_SHARE, howMany = FIX_FIRST_COUNT } = {},
) {
  const exercises = checklists.map((checklist, order) =>
    exerciseProgress(checklist, order, checkedById?.[checklist.id]),
  );
  const started = exercises.filter((exercise) => exercise.started);
  const notStarted = exercises
    .filter((exercise) => !exercise.started)
    .map((exercise) => exercise.exercise);
  if (!started.length) {
    return {
      status: "no-data",
      attention: null,
      score: null,
      inPlace: 0,
      total: 0,
      exercises,
      notStarted,
      fixFirst: [],
      summary: FORM_SCORE_MESSAGES.nothingTicked,
    };
  }
  const total = started.reduce((sum, exercise) => sum + exercise.total, 0);
  const inPlace = started.reduce((sum, exercise) => sum + exercise.inPlace, 0);
  const score = total ? inPlace / total : 0;
  const fixFirst = cuesToFixFirst(started, howMany);
  const keyCueMissing = started.some((exercise) =>
    exercise.missing.some((cue) => cuePriority(cue) === 1),
  );
  const summary = FORM_SCORE_MESSAGES.summary(
    percent(score),
    inPlace,
    total,
    started.length,
    fixFirst[0],
  );
  return {
    status: score >= okShare && !keyCueMissing ? "ok" : "attention",
    attention: Math.round((1 - score) * 100) / 100,
    score: Math.round(score * 100) / 100,
    inPlace,
    total,
    exercises,
    notStarted,
    fixFirst,
    summary,
  };
}

// The saved checklist records of a chapter, read without changing storage: a damaged record is
// skipped here (its own checklist widget clears it with a notice).
/**
 * @param {import("../types.js").Checklist[]} checklists
 * @param {Record<string, {checked?: unknown} | null | undefined>} records by checklist id
 * @returns {Record<string, string[]>}
 */
export function checkedFromRecords(checklists, records) {
  /** @type {Record<string, string[]>} */
  const checkedById = {};
  for (const checklist of checklists) {
    const data = records[checklist.id];
    if (!data || !Array.isArray(data.checked)) continue;
    const known = new Set(checklist.cues.map((cue) => cue.id));
    checkedById[checklist.id] = data.checked.filter(
      (id) => typeof id === "string" && known.has(id),
    );
  }
  return checkedById;
}
