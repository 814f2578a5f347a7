// A session from the plan: each exercise's figures for the week, with what carries over from the
// weeks before, its three most important cues, its rest, and the session's length.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadContentFile } from "./data_file.mjs";

import {
  CHANGE_OVER_SECONDS,
  DEFAULT_REST_SECONDS,
  itemSeconds,
  resolvedWeek,
  sessionFor,
  sessionMinutes,
  topCues,
} from "../../abcourse/widgets/js/logic/session.js";

const weakCore = loadContentFile("01-weak-core.yml");
const form = loadContentFile("02-form-technique.yml");
const exerciseOf = (content, id, causeId) => ({
  ...content.exercises.find((exercise) => exercise.id === id),
  causeId,
  href: `${causeId}.html`,
});

describe("resolvedWeek", () => {
  test("a later week keeps the unit and the sides of the weeks before", () => {
    const weeks = [
      { sessions: 3, sets: 1, reps: 5, unit: "heel slides", eachSide: true, days: "x" },
      { sessions: 3, sets: 1, reps: 5, unit: "leg reaches" },
      { sessions: 3, sets: 1, reps: 5 },
    ];
    assert.deepEqual(resolvedWeek(weeks, 3), {
      sessions: 3,
      sets: 1,
      reps: 5,
      unit: "leg reaches",
      eachSide: true,
    });
  });
  test("a week past the last repeats the last", () => {
    const weeks = [{ sessions: 2, sets: 1, seconds: 10 }];
    assert.equal(resolvedWeek(weeks, 4).seconds, 10);
  });
});

describe("topCues", () => {
  test("priority 1 first, in the checklist's order, three at most", () => {
    const checklist = {
      id: "c",
      exercise: "x",
      cues: [
        { id: "a", cue: "A", fix: "", why: "", priority: 2 },
        { id: "b", cue: "B", fix: "", why: "", priority: 1 },
        { id: "c", cue: "C", fix: "", why: "" },
        { id: "d", cue: "D", fix: "", why: "", priority: 1 },
      ],
    };
    assert.deepEqual(topCues(checklist), ["B", "D", "A"]);
  });
});

describe("sessionFor", () => {
  const causes = [
    { id: "weak-core", checklists: weakCore.checklists },
    { id: "form", checklists: form.checklists },
  ];
  const exercises = [
    exerciseOf(weakCore, "side-bridge", "weak-core"),
    exerciseOf(form, "dead-bug", "form"),
  ];
  test("week 2 of a side bridge: 3 holds of 12 seconds each side, resting 30 seconds", () => {
    const [side] = sessionFor(exercises, 2, causes);
    assert.equal(side.kind, "hold");
    assert.equal(side.sets, 3);
    assert.equal(side.seconds, 12);
    assert.equal(side.eachSide, true);
    assert.equal(side.restSeconds, DEFAULT_REST_SECONDS.hold);
    assert.equal(side.cues.length, 3);
    assert.match(side.text, /^Week 2: /);
  });
  test("week 4 of the dead bug carries its sides over and names its new unit", () => {
    const [, deadBug] = sessionFor(exercises, 4, causes);
    assert.equal(deadBug.kind, "reps");
    assert.equal(deadBug.reps, 5);
    assert.equal(deadBug.eachSide, true);
    assert.equal(deadBug.unit, "arm-and-leg reaches");
  });
  test("an exercise's own rest is used", () => {
    const row = { ...exerciseOf(form, "dead-bug", "form"), rest: 90 };
    assert.equal(sessionFor([row], 1, causes)[0].restSeconds, 90);
  });
});

describe("sessionMinutes", () => {
  const hold = {
    kind: "hold",
    sets: 3,
    seconds: 10,
    reps: null,
    minutes: null,
    eachSide: true,
    restSeconds: 30,
  };
  test("3 holds of 10 seconds each side with 30 seconds of rest: 6 holds and 5 rests", () => {
    assert.equal(itemSeconds(hold), 6 * 10 + 5 * 30);
  });
  test("exercises add up with a change-over between them, rounded up to a minute", () => {
    const seconds = 2 * itemSeconds(hold) + CHANGE_OVER_SECONDS;
    assert.equal(sessionMinutes([hold, hold]), Math.ceil(seconds / 60));
  });
  test("a walk counts only when asked", () => {
    const walk = { kind: "walk", minutes: 10, sets: 1, restSeconds: 0 };
    assert.equal(sessionMinutes([hold, walk]), sessionMinutes([hold]));
    assert.ok(sessionMinutes([hold, walk], { walks: true }) >= sessionMinutes([hold]) + 10);
  });
});
