// @ts-check
// The workout mode's state machine: one session of the plan, one step at a time. Each set (and
// each side of it) is a "work" step (a hold or a walk counts down; a rep set waits for "Done"),
// followed by a rest, except after an exercise's last set; between exercises a "next" prompt waits
// for the learner. Every function takes the time `now` (ms) and works the state out from
// timestamps, never from counting ticks: a throttled timer, a locked screen or a tab in the
// background cannot stretch a hold, and the first tick after a long gap lands on the right step.
// No DOM, no clock and no storage here, so node --test covers it.
import { localDay } from "./session_log.js";

/**
 * @typedef {import("../types.js").SessionItem} SessionItem
 * @typedef {import("../types.js").LoggedSession} LoggedSession
 * @typedef {"left" | "right" | null} Side
 * @typedef {object} WorkoutStep
 * @property {"work" | "rest" | "next"} kind
 * @property {number} item the exercise's index in the session
 * @property {number} set 1-based
 * @property {Side} side
 * @property {number | null} seconds how long a timed step lasts (a hold, a walk, a rest); null
 *   for a step that waits for the learner (a rep set, the next-exercise prompt)
 * @typedef {"ready" | "running" | "paused" | "finished" | "stopped"} WorkoutStatus
 * @typedef {object} WorkoutState
 * @property {SessionItem[]} items
 * @property {number} week
 * @property {WorkoutStep[]} steps
 * @property {WorkoutStatus} status
 * @property {number} index the current step
 * @property {number | null} stepStartedAt when the current step began (ms)
 * @property {number} pausedMs time the current step spent paused
 * @property {number | null} pausedAt
 * @property {number | null} startedAt
 * @property {number | null} endedAt
 * @property {("done" | "skipped" | null)[]} outcomes one a step: how it ended
 * @property {number} timedEnds how many timed steps have run out (the sound and vibration cue)
 * @property {string | null} stoppedRule the stop rule's id when "Stop: it hurts" ended it
 * @typedef {object} WorkoutView
 * @property {WorkoutStatus} status
 * @property {number} index the current step's index (changes once a step)
 * @property {number} count how many steps the session has
 * @property {WorkoutStep | null} step null once finished or stopped
 * @property {SessionItem | null} item the exercise of the step (the coming one at a prompt)
 * @property {number | null} remaining whole seconds left of a timed step
 * @property {WorkoutStep | null} next the step after this one
 * @property {SessionItem | null} nextItem its exercise
 * @property {{exercise: number, exercises: number, set: number, sets: number, side: Side}}
 *   progress
 * @property {number} timedEnds
 */

/**
 * @param {SessionItem} item
 * @returns {number | null}
 */
function workSeconds(item) {
  if (item.kind === "walk") return (item.minutes ?? 0) * 60;
  if (item.kind === "hold") return item.seconds ?? 0;
  return null;
}

/**
 * The session's steps: each set and side of each exercise, a rest after each but the exercise's
 * last, and a prompt before each exercise but the first.
 * @param {SessionItem[]} items
 * @returns {WorkoutStep[]}
 */
export function workoutSteps(items) {
  /** @type {WorkoutStep[]} */
  const steps = [];
  items.forEach((item, index) => {
    if (index > 0) steps.push({ kind: "next", item: index, set: 1, side: null, seconds: null });
    /** @type {Side[]} */
    const sides = item.eachSide && item.kind !== "walk" ? ["left", "right"] : [null];
    const sets = item.kind === "walk" ? 1 : Math.max(1, item.sets);
    for (let set = 1; set <= sets; set += 1) {
      for (const side of sides) {
        if (steps.length && steps.at(-1)?.kind === "work" && steps.at(-1)?.item === index)
          steps.push({ kind: "rest", item: index, set, side, seconds: item.restSeconds });
        steps.push({ kind: "work", item: index, set, side, seconds: workSeconds(item) });
      }
    }
  });
  // a rest of no seconds (a walk's) is no step at all
  return steps.filter((step) => step.kind !== "rest" || (step.seconds ?? 0) > 0);
}

/**
 * A workout not started yet.
 * @param {SessionItem[]} items
 * @param {{week?: number}} [options] the plan's week the session belongs to (1-based)
 * @returns {WorkoutState}
 */
export function newWorkout(items, { week = 1 } = {}) {
  const steps = workoutSteps(items);
  return {
    items,
    week,
    steps,
    status: "ready",
    index: 0,
    stepStartedAt: null,
    pausedMs: 0,
    pausedAt: null,
    startedAt: null,
    endedAt: null,
    outcomes: steps.map(() => null),
    timedEnds: 0,
    stoppedRule: null,
  };
}

/**
 * The state with the current step ended (outcome) at `at`, and the next step begun then.
 * @param {WorkoutState} state
 * @param {"done" | "skipped"} outcome
 * @param {number} at
 * @returns {WorkoutState}
 */
function endStep(state, outcome, at) {
  const outcomes = [...state.outcomes];
  outcomes[state.index] = outcome;
  const index = state.index + 1;
  const base = { ...state, outcomes, index, stepStartedAt: at, pausedMs: 0 };
  if (index >= state.steps.length) return { ...base, status: "finished", endedAt: at };
  return base;
}

/**
 * The state at `now`: every timed step that has run out since is ended when it ran out, so one
 * late tick lands on the right step with the right time left.
 * @param {WorkoutState} state
 * @param {number} now
 * @returns {WorkoutState}
 */
export function catchUp(state, now) {
  let current = state;
  while (current.status === "running") {
    const step = current.steps[current.index];
    if (step.seconds === null || current.stepStartedAt === null) break;
    const endsAt = current.stepStartedAt + current.pausedMs + step.seconds * 1000;
    if (endsAt > now) break;
    current = { ...endStep(current, "done", endsAt), timedEnds: current.timedEnds + 1 };
  }
  return current;
}

/**
 * @param {WorkoutState} state
 * @param {number} now
 * @returns {WorkoutState}
 */
export function start(state, now) {
  if (state.status !== "ready") return state;
  if (!state.steps.length) return { ...state, status: "finished", startedAt: now, endedAt: now };
  return { ...state, status: "running", startedAt: now, stepStartedAt: now, pausedMs: 0 };
}

/**
 * @param {WorkoutState} state
 * @param {number} now
 * @returns {WorkoutState}
 */
export function pause(state, now) {
  const current = catchUp(state, now);
  if (current.status !== "running") return current;
  return { ...current, status: "paused", pausedAt: now };
}

/**
 * @param {WorkoutState} state
 * @param {number} now
 * @returns {WorkoutState}
 */
export function resume(state, now) {
  if (state.status !== "paused" || state.pausedAt === null) return state;
  const pausedMs = state.pausedMs + Math.max(0, now - state.pausedAt);
  return { ...state, status: "running", pausedAt: null, pausedMs };
}

/**
 * Pause a running workout, resume a paused one.
 * @param {WorkoutState} state
 * @param {number} now
 * @returns {WorkoutState}
 */
export function togglePause(state, now) {
  return state.status === "paused" ? resume(state, now) : pause(state, now);
}

/**
 * Skip the current step; at a next-exercise prompt, skip that whole exercise.
 * @param {WorkoutState} state
 * @param {number} now
 * @returns {WorkoutState}
 */
export function skip(state, now) {
  let current = catchUp(state, now);
  if (current.status !== "running") return current;
  const step = current.steps[current.index];
  if (step.kind !== "next") return endStep(current, "skipped", now);
  current = endStep(current, "skipped", now);
  while (current.status === "running" && current.steps[current.index].item === step.item)
    current = endStep(current, "skipped", now);
  return current;
}

/**
 * "Done": a rep set is done, or the learner starts the exercise a prompt introduces. A timed step
 * ends on its own, so "Done" leaves it alone.
 * @param {WorkoutState} state
 * @param {number} now
 * @returns {WorkoutState}
 */
export function done(state, now) {
  const current = catchUp(state, now);
  if (current.status !== "running") return current;
  const step = current.steps[current.index];
  if (step.seconds !== null) return current;
  return endStep(current, "done", now);
}

/**
 * "Stop: it hurts": the session ends here, with the stop rule the learner chose.
 * @param {WorkoutState} state
 * @param {number} now
 * @param {string} ruleId
 * @returns {WorkoutState}
 */
export function stopHurts(state, now, ruleId) {
  const current = catchUp(state, now);
  if (current.status !== "running" && current.status !== "paused") return current;
  return { ...current, status: "stopped", stoppedRule: ruleId, endedAt: now, pausedAt: null };
}

/**
 * @param {WorkoutState} state
 * @param {number} index
 * @returns {SessionItem | null}
 */
function itemOf(state, index) {
  const step = state.steps[index];
  return step ? state.items[step.item] : null;
}

/**
 * What the screen shows at `now`: the step, the seconds left, what comes next, and where the
 * learner is in the session.
 * @param {WorkoutState} state already caught up to `now` (tick does that)
 * @param {number} now
 * @returns {WorkoutView}
 */
export function viewOf(state, now) {
  const over = state.status === "finished" || state.status === "stopped";
  const step = over ? null : state.steps[state.index];
  const item = over ? null : itemOf(state, state.index);
  let remaining = null;
  if (step && step.seconds !== null) {
    const running = state.status === "running" || state.status === "paused";
    const clock = state.status === "paused" && state.pausedAt !== null ? state.pausedAt : now;
    const elapsed = running && state.stepStartedAt !== null ? clock - state.stepStartedAt : 0;
    const left = step.seconds * 1000 - Math.max(0, elapsed - state.pausedMs);
    remaining = Math.max(0, Math.ceil(left / 1000));
  }
  return {
    status: state.status,
    index: state.index,
    count: state.steps.length,
    step,
    item,
    remaining,
    next: over ? null : (state.steps[state.index + 1] ?? null),
    nextItem: over ? null : itemOf(state, state.index + 1),
    progress: {
      exercise: step ? step.item + 1 : state.items.length,
      exercises: state.items.length,
      set: step ? step.set : 0,
      sets: item ? (item.kind === "walk" ? 1 : item.sets) : 0,
      side: step ? step.side : null,
    },
    timedEnds: state.timedEnds,
  };
}

/**
 * The state caught up to `now`, and what the screen shows.
 * @param {WorkoutState} state
 * @param {number} now
 * @returns {{state: WorkoutState, view: WorkoutView}}
 */
export function tick(state, now) {
  const current = catchUp(state, now);
  return { state: current, view: viewOf(current, now) };
}

/**
 * Sets done of each exercise: a set counts when every side of it was done, not skipped.
 * @param {WorkoutState} state
 * @returns {number[]}
 */
export function setsDoneByItem(state) {
  return state.items.map((item, index) => {
    let count = 0;
    const sets = item.kind === "walk" ? 1 : Math.max(1, item.sets);
    for (let set = 1; set <= sets; set += 1) {
      const sides = state.steps
        .map((step, at) => ({ step, outcome: state.outcomes[at] }))
        .filter(({ step }) => step.kind === "work" && step.item === index && step.set === set);
      if (sides.length && sides.every(({ outcome }) => outcome === "done")) count += 1;
    }
    return count;
  });
}

/**
 * The session as the log keeps it (session_log.js appendSession), at `now`: a workout still
 * running is ended there.
 * @param {WorkoutState} state
 * @param {number} now
 * @returns {LoggedSession}
 */
export function finish(state, now) {
  const current = catchUp(state, now);
  const startedAt = current.startedAt ?? now;
  const endedAt = Math.max(current.endedAt ?? now, startedAt);
  const done = setsDoneByItem(current);
  return {
    date: localDay(startedAt),
    startedAt,
    endedAt,
    week: current.week,
    items: current.items.map((item, index) => ({
      exerciseId: item.exerciseId,
      setsPlanned: item.kind === "walk" ? 1 : Math.max(1, item.sets),
      setsDone: done[index],
    })),
    stopped: current.stoppedRule === null ? null : { rule: current.stoppedRule },
    nextMorningPain: null,
  };
}

/**
 * The machine with its state kept inside, for the page: each call takes the time.
 * @param {SessionItem[]} items
 * @param {{week?: number}} [options]
 */
export function createWorkout(items, options = {}) {
  let state = newWorkout(items, options);
  /** @param {(current: WorkoutState, now: number) => WorkoutState} change */
  const act = (change) => (/** @type {number} */ now) => {
    state = change(state, now);
    return viewOf(state, now);
  };
  return {
    start: act(start),
    pause: act(pause),
    resume: act(resume),
    togglePause: act(togglePause),
    skip: act(skip),
    done: act(done),
    tick: act(catchUp),
    /** @param {number} now @param {string} ruleId */
    stopHurts: (now, ruleId) => act((current, at) => stopHurts(current, at, ruleId))(now),
    /** @param {number} now */
    finish: (now) => finish(state, now),
    state: () => state,
  };
}
