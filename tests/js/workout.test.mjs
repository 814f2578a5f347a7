// The workout mode's state machine: steps from the session, timers worked out from timestamps (a
// late tick lands on the right step, a pause holds the clock however long it lasts), skip, done,
// "Stop: it hurts", and the session it hands the log.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  appendSession,
  isLoggedSession,
  localDay,
} from "../../abcourse/widgets/js/logic/session_log.js";
import {
  createWorkout,
  finish,
  newWorkout,
  start,
  tick,
  workoutSteps,
} from "../../abcourse/widgets/js/logic/workout.js";
import {
  announcement,
  clock,
  duration,
  nextLine,
  progressLine,
  workLine,
} from "../../abcourse/widgets/js/logic/workout_messages.js";

const T0 = Date.parse("2026-03-02T18:00:00Z");
const S = 1000;

const item = (overrides) => ({
  exerciseId: "x",
  name: "X",
  causeId: "weak-core",
  href: "01-weak-core.html",
  figure: "",
  cues: ["a", "b", "c"],
  kind: "hold",
  sets: 1,
  reps: null,
  seconds: null,
  minutes: null,
  eachSide: false,
  unit: "holds",
  where: "",
  restSeconds: 30,
  text: "",
  ...overrides,
});
const plank = item({ exerciseId: "front-plank", name: "Front plank", sets: 3, seconds: 10 });
const birdDog = item({
  exerciseId: "bird-dog",
  name: "Bird dog",
  kind: "reps",
  sets: 1,
  reps: 5,
  seconds: 5,
  eachSide: true,
  unit: "reaches",
  restSeconds: 45,
});
const sideBridge = item({
  exerciseId: "side-bridge",
  name: "Side bridge",
  sets: 2,
  seconds: 10,
  eachSide: true,
});
const walk = item({
  exerciseId: "easy-walk",
  name: "Easy walk",
  kind: "walk",
  minutes: 10,
  unit: "",
  restSeconds: 0,
});
const shape = (steps) =>
  steps.map(({ kind, item: at, set, side, seconds }) => [kind, at, set, side, seconds]);

describe("workoutSteps", () => {
  test("each set is a work step with a rest after it, none after the last", () => {
    assert.deepEqual(shape(workoutSteps([plank])), [
      ["work", 0, 1, null, 10],
      ["rest", 0, 2, null, 30],
      ["work", 0, 2, null, 10],
      ["rest", 0, 3, null, 30],
      ["work", 0, 3, null, 10],
    ]);
  });
  test("each side of a set is its own step; a rep set waits for Done (no seconds)", () => {
    assert.deepEqual(shape(workoutSteps([birdDog])), [
      ["work", 0, 1, "left", null],
      ["rest", 0, 1, "right", 45],
      ["work", 0, 1, "right", null],
    ]);
  });
  test("a prompt comes before each exercise but the first; a walk is one timed step", () => {
    assert.deepEqual(shape(workoutSteps([birdDog, walk])).slice(3), [
      ["next", 1, 1, null, null],
      ["work", 1, 1, null, 600],
    ]);
  });
});

describe("timers from timestamps", () => {
  test("start shows the first hold with its seconds", () => {
    const workout = createWorkout([plank, birdDog]);
    const view = workout.start(T0);
    assert.equal(view.status, "running");
    assert.equal(view.step.kind, "work");
    assert.equal(view.remaining, 10);
    assert.equal(workout.tick(T0 + 3.2 * S).remaining, 7);
  });
  test("one late tick after 25 s lands in the rest after a 10 s hold, 15 s left", () => {
    const workout = createWorkout([plank, birdDog]);
    workout.start(T0);
    const view = workout.tick(T0 + 25 * S);
    assert.equal(view.step.kind, "rest");
    assert.equal(view.index, 1);
    assert.equal(view.remaining, 15);
    assert.equal(view.timedEnds, 1);
  });
  test("a very late tick runs every timed step out and waits at the first rep set", () => {
    const workout = createWorkout([plank, birdDog]);
    workout.start(T0);
    const view = workout.tick(T0 + 3600 * S);
    // 3 holds and 2 rests ran out; the prompt before the bird dog waits for the learner
    assert.equal(view.step.kind, "next");
    assert.equal(view.item.name, "Bird dog");
    assert.equal(view.remaining, null);
    assert.equal(view.timedEnds, 5);
    const started = workout.done(T0 + 3601 * S);
    assert.equal(started.step.kind, "work");
    assert.equal(started.step.side, "left");
  });
  test("the steps end when their time is up, not when the tick comes", () => {
    const { state } = tick(start(newWorkout([plank]), T0), T0 + 45 * S);
    // hold 0-10 s, rest 10-40 s, second hold from 40 s: 5 s into it
    assert.equal(state.index, 2);
    assert.equal(state.stepStartedAt, T0 + 40 * S);
  });
});

describe("pause and resume", () => {
  test("a pause of an hour holds the clock where it was", () => {
    const workout = createWorkout([plank]);
    workout.start(T0);
    const paused = workout.pause(T0 + 4 * S);
    assert.equal(paused.status, "paused");
    assert.equal(paused.remaining, 6);
    assert.equal(workout.tick(T0 + 3600 * S).remaining, 6, "no time passes while paused");
    assert.equal(workout.tick(T0 + 3600 * S).step.kind, "work");
    workout.resume(T0 + 3600 * S);
    assert.equal(workout.tick(T0 + 3605 * S).remaining, 1);
    const after = workout.tick(T0 + 3606 * S);
    assert.equal(after.step.kind, "rest");
    assert.equal(after.remaining, 30);
  });
  test("a pause caught up late first ends the steps that ran out before it", () => {
    const workout = createWorkout([plank]);
    workout.start(T0);
    const paused = workout.pause(T0 + 12 * S);
    assert.equal(paused.step.kind, "rest");
    assert.equal(paused.remaining, 28);
  });
  test("two pauses in one step add up", () => {
    const workout = createWorkout([plank]);
    workout.start(T0);
    workout.pause(T0 + 2 * S);
    workout.resume(T0 + 102 * S);
    workout.pause(T0 + 104 * S);
    workout.resume(T0 + 204 * S);
    assert.equal(workout.tick(T0 + 209 * S).remaining, 1);
  });
  test("togglePause pauses, then resumes; Done and Skip wait while paused", () => {
    const workout = createWorkout([birdDog]);
    workout.start(T0);
    assert.equal(workout.togglePause(T0 + S).status, "paused");
    assert.equal(workout.done(T0 + 2 * S).index, 0);
    assert.equal(workout.skip(T0 + 2 * S).index, 0);
    assert.equal(workout.togglePause(T0 + 3 * S).status, "running");
  });
});

describe("skip and done", () => {
  test("skip ends the current step at once", () => {
    const workout = createWorkout([plank]);
    workout.start(T0);
    const view = workout.skip(T0 + 2 * S);
    assert.equal(view.step.kind, "rest");
    assert.equal(view.remaining, 30);
    assert.equal(view.timedEnds, 0, "a skipped hold does not beep");
  });
  test("Done ends a rep set but not a hold", () => {
    const workout = createWorkout([plank, birdDog]);
    workout.start(T0);
    assert.equal(workout.done(T0 + 2 * S).index, 0);
    const reps = createWorkout([birdDog]);
    reps.start(T0);
    assert.equal(reps.done(T0 + 20 * S).step.kind, "rest");
  });
  test("skip at a prompt skips the whole exercise", () => {
    const workout = createWorkout([birdDog, sideBridge, walk]);
    workout.start(T0);
    workout.done(T0 + 10 * S);
    workout.skip(T0 + 11 * S);
    workout.done(T0 + 20 * S);
    const prompt = workout.tick(T0 + 21 * S);
    assert.equal(prompt.step.kind, "next");
    assert.equal(prompt.item.name, "Side bridge");
    const view = workout.skip(T0 + 22 * S);
    assert.equal(view.step.kind, "next");
    assert.equal(view.item.name, "Easy walk");
  });
  test("a set counts as done only when every side of it was done", () => {
    const workout = createWorkout([sideBridge]);
    workout.start(T0);
    // set 1: left runs out, rest, right skipped; set 2: both sides run out
    workout.tick(T0 + 40 * S);
    workout.skip(T0 + 41 * S);
    const end = workout.tick(T0 + 10_000 * S);
    assert.equal(end.status, "finished");
    const session = workout.finish(T0 + 10_000 * S);
    assert.deepEqual(session.items, [{ exerciseId: "side-bridge", setsPlanned: 2, setsDone: 1 }]);
  });
});

describe("a whole session", () => {
  test("holds, rests, reps and the next exercise, then the session for the log", () => {
    const workout = createWorkout([plank, birdDog, walk], { week: 2 });
    workout.start(T0);
    let view = workout.tick(T0 + 110 * S); // 3 holds of 10 s and 2 rests of 30 s: 90 s
    assert.equal(view.step.kind, "next");
    view = workout.done(T0 + 112 * S);
    assert.equal(view.progress.side, "left");
    view = workout.done(T0 + 140 * S);
    assert.equal(view.step.kind, "rest");
    view = workout.tick(T0 + 185 * S);
    assert.equal(view.step.side, "right");
    view = workout.done(T0 + 215 * S);
    assert.equal(view.item.name, "Easy walk");
    view = workout.done(T0 + 220 * S);
    assert.equal(view.remaining, 600);
    view = workout.tick(T0 + 820 * S);
    assert.equal(view.status, "finished");
    assert.equal(view.step, null);
    const session = workout.finish(T0 + 900 * S);
    assert.ok(isLoggedSession(session));
    assert.equal(session.endedAt, T0 + 820 * S, "the session ended when the walk did");
    assert.equal(session.week, 2);
    assert.equal(session.date, localDay(T0));
    assert.deepEqual(
      session.items.map((entry) => entry.setsDone),
      [3, 1, 1],
    );
    assert.equal(session.stopped, null);
    assert.equal(appendSession({ sessions: [] }, session).sessions.length, 1);
  });
});

describe("Stop: it hurts", () => {
  test("stops the session with the rule, and the log says so", () => {
    const workout = createWorkout([plank, birdDog]);
    workout.start(T0);
    workout.tick(T0 + 45 * S);
    const view = workout.stopHurts(T0 + 46 * S, "leg-numbness");
    assert.equal(view.status, "stopped");
    assert.equal(view.step, null);
    // nothing moves a stopped session on
    assert.equal(workout.skip(T0 + 50 * S).status, "stopped");
    assert.equal(workout.tick(T0 + 500 * S).status, "stopped");
    const session = workout.finish(T0 + 60 * S);
    assert.deepEqual(session.stopped, { rule: "leg-numbness" });
    assert.equal(session.endedAt, T0 + 46 * S);
    assert.deepEqual(
      session.items.map((entry) => entry.setsDone),
      [1, 0],
    );
    assert.ok(isLoggedSession(session));
  });
  test("works while paused too", () => {
    const workout = createWorkout([plank]);
    workout.start(T0);
    workout.pause(T0 + S);
    assert.equal(workout.stopHurts(T0 + 5 * S, "sharp-or-building").status, "stopped");
  });
  test("a workout never started cannot be stopped, and finishing it logs nothing done", () => {
    const state = newWorkout([plank]);
    const session = finish(state, T0);
    assert.equal(session.items[0].setsDone, 0);
    assert.equal(session.startedAt, T0);
  });
});

describe("the words", () => {
  test("progress names the exercise, the set and the side", () => {
    assert.equal(
      progressLine({ exercise: 2, exercises: 5, set: 1, sets: 3, side: "left" }),
      "Exercise 2 of 5, set 1 of 3, left side",
    );
    assert.equal(
      progressLine({ exercise: 5, exercises: 5, set: 1, sets: 1, side: null }),
      "Exercise 5 of 5",
    );
  });
  test("the clock, durations and the work", () => {
    assert.equal(clock(65), "1:05");
    assert.equal(duration(90), "1 minute 30 seconds");
    assert.equal(duration(1), "1 second");
    assert.equal(workLine(plank), "Hold for 10 seconds");
    assert.equal(workLine(birdDog), "5 reaches, hold each for 5 seconds");
    assert.equal(workLine(walk), "Walk for 10 minutes");
  });
  test("each step has its own announcement, and the view says what comes next", () => {
    const workout = createWorkout([plank, birdDog]);
    const seen = [workout.start(T0)];
    for (let second = 1; second < 100; second += 1) seen.push(workout.tick(T0 + second * S));
    const texts = [...new Set(seen.map(announcement))];
    assert.equal(texts.length, new Set(seen.map((view) => view.index)).size);
    assert.match(texts[0], /^Front plank: Hold for 10 seconds\. Exercise 1 of 2, set 1 of 3\.$/);
    assert.match(texts[1], /^Rest for 30 seconds\./);
    assert.equal(nextLine(seen[0].next, seen[0].nextItem), "Next: rest for 30 seconds.");
    assert.equal(nextLine(null, null), "Next: the end of the session.");
  });
});
