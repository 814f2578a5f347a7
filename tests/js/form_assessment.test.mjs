import assert from "node:assert/strict";
import { test } from "node:test";

import {
  FIX_FIRST_COUNT,
  FORM_OK_SHARE,
  assessForm,
  checkedFromRecords,
} from "../../abcourse/widgets/js/logic/form_assessment.js";

const cue = (id, priority) => ({
  id,
  cue: `Cue ${id}`,
  fix: `Fix ${id}`,
  why: `Why ${id}`,
  ...(priority ? { priority } : {}),
});

const checklists = [
  {
    id: "plank",
    exercise: "Front plank",
    cues: [cue("line", 1), cue("brace"), cue("breathe", 3), cue("stop")],
  },
  { id: "bug", exercise: "Dead bug", cues: [cue("back", 1), cue("slow", 2), cue("reach", 3)] },
  { id: "bird", exercise: "Bird dog", cues: [cue("hips", 2), cue("neck")] },
];

test("no checklist started gives no-data, not a zero score", () => {
  for (const checked of [{}, undefined, null, { plank: null }]) {
    const result = assessForm(checklists, checked);
    assert.equal(result.status, "no-data");
    assert.equal(result.attention, null);
    assert.equal(result.score, null);
    assert.deepEqual(result.fixFirst, []);
    assert.deepEqual(result.notStarted, ["Front plank", "Dead bug", "Bird dog"]);
    assert.equal(typeof result.summary, "string");
  }
});

test("the score counts only the checklists the learner has started", () => {
  const result = assessForm(checklists, { plank: ["line", "brace", "breathe"] });
  assert.equal(result.inPlace, 3);
  assert.equal(result.total, 4);
  assert.equal(result.score, 0.75);
  assert.equal(result.attention, 0.25);
  assert.deepEqual(result.notStarted, ["Dead bug", "Bird dog"]);
  assert.match(result.summary, /^Form score 75%: 3 of 4 cues in place across 1 exercise\./);
});

test("a started checklist with nothing ticked counts as all cues missing", () => {
  const result = assessForm(checklists, { bird: [] });
  assert.equal(result.score, 0);
  assert.equal(result.status, "attention");
  assert.deepEqual(
    result.fixFirst.map((item) => item.cue.id),
    ["hips", "neck"],
  );
});

test("the cues to fix first go by priority, then by the chapter's order", () => {
  const result = assessForm(checklists, { plank: [], bug: [], bird: [] });
  assert.equal(result.fixFirst.length, FIX_FIRST_COUNT);
  assert.deepEqual(
    result.fixFirst.map((item) => `${item.checklistId}/${item.cue.id}`),
    ["plank/line", "bug/back", "plank/brace"],
  );
  // each carries its fix and why, for the widget to show
  assert.equal(result.fixFirst[0].cue.fix, "Fix line");
  assert.equal(result.fixFirst[0].cue.why, "Why line");
  assert.equal(result.fixFirst[0].exercise, "Front plank");
  assert.match(result.summary, /Fix first \(Front plank\): Cue line/);
});

test("a cue without a priority ranks as a 2, after the list's earlier priority-2 cues", () => {
  const result = assessForm(
    checklists,
    { plank: ["line"], bug: ["back"], bird: [] },
    { howMany: 4 },
  );
  assert.deepEqual(
    result.fixFirst.map((item) => `${item.checklistId}/${item.cue.id}`),
    ["plank/brace", "plank/stop", "bug/slow", "bird/hips"],
  );
});

test("fewer missing cues than the list length give a shorter list", () => {
  const result = assessForm(checklists, { plank: ["line", "brace", "breathe"] });
  assert.deepEqual(
    result.fixFirst.map((item) => item.cue.id),
    ["stop"],
  );
});

test("all cues in place is ok with nothing to fix", () => {
  const all = Object.fromEntries(checklists.map((list) => [list.id, list.cues.map((c) => c.id)]));
  const result = assessForm(checklists, all);
  assert.equal(result.score, 1);
  assert.equal(result.status, "ok");
  assert.equal(result.attention, 0);
  assert.deepEqual(result.fixFirst, []);
  assert.deepEqual(result.notStarted, []);
});

test("a high score with a priority-1 cue missing still needs attention", () => {
  const nearly = {
    plank: ["brace", "breathe", "stop"],
    bug: ["back", "slow", "reach"],
    bird: ["hips", "neck"],
  };
  const result = assessForm(checklists, nearly);
  assert.ok(result.score >= FORM_OK_SHARE);
  assert.equal(result.status, "attention");
  const fine = {
    plank: ["line", "brace", "breathe"],
    bug: ["back", "slow", "reach"],
    bird: ["hips", "neck"],
  };
  assert.equal(assessForm(checklists, fine).status, "ok");
});

test("a score just under the bar needs attention", () => {
  const result = assessForm(checklists, {
    plank: ["line", "brace", "breathe"],
    bug: ["back", "slow"],
    bird: ["hips"],
  });
  assert.ok(result.score < FORM_OK_SHARE);
  assert.equal(result.status, "attention");
});

test("the result fields of the contract are always there", () => {
  for (const checked of [{}, { plank: [] }, { plank: ["line"] }]) {
    const result = assessForm(checklists, checked);
    for (const field of ["status", "attention", "summary", "score", "fixFirst", "exercises"])
      assert.ok(field in result, field);
    assert.ok(["no-data", "ok", "attention", "urgent"].includes(result.status));
  }
});

test("records become ticks: unknown cues, bad records and missing ones are left out", () => {
  const records = {
    plank: { checked: ["line", "not-a-cue", 7] },
    bug: { checked: "back" },
    bird: null,
    other: { checked: ["x"] },
  };
  assert.deepEqual(checkedFromRecords(checklists, records), { plank: ["line"] });
  assert.deepEqual(checkedFromRecords(checklists, {}), {});
});

test("works with any chapter's checklists, including one with a single cue", () => {
  const single = [{ id: "only", exercise: "Only", cues: [cue("a")] }];
  assert.equal(assessForm(single, { only: ["a"] }).status, "ok");
  assert.equal(assessForm(single, { only: [] }).fixFirst.length, 1);
  assert.equal(assessForm([], {}).status, "no-data");
});
