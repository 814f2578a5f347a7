import assert from "node:assert/strict";
import { test } from "node:test";

import {
  checklistSummary,
  cuesToFixFirst,
  isValidChecklistRecord,
  missingCues,
} from "../../abcourse/widgets/js/logic/checklist_cues.js";

const checklist = {
  id: "plank",
  cues: [
    { id: "line", priority: 2 },
    { id: "brace", priority: 1 },
    { id: "breathe", priority: 3 },
    { id: "neck" },
  ],
};

test("missing cues keep the file's order", () => {
  assert.deepEqual(
    missingCues(checklist, ["brace"]).map((c) => c.id),
    ["line", "breathe", "neck"],
  );
});

test("cues to fix first go by priority, then by the file's order", () => {
  assert.deepEqual(
    cuesToFixFirst(checklist, []).map((c) => c.id),
    ["brace", "line", "neck"],
  );
  assert.deepEqual(
    cuesToFixFirst(checklist, ["brace"], 2).map((c) => c.id),
    ["line", "neck"],
  );
  assert.deepEqual(cuesToFixFirst(checklist, ["line", "brace", "breathe", "neck"]), []);
});

test("the summary counts cues in place", () => {
  assert.equal(
    checklistSummary(checklist, ["line"]).headline,
    "1 of 4 cues in place, 3 to work on.",
  );
  assert.match(
    checklistSummary(checklist, ["line", "brace", "breathe", "neck"]).headline,
    /^All 4 cues in place/,
  );
});

test("the summary names the one cue to start with, and none when all are in place", () => {
  assert.equal(checklistSummary(checklist, []).startWith?.id, "brace");
  assert.equal(checklistSummary(checklist, new Set(["brace"])).startWith?.id, "line");
  assert.equal(checklistSummary(checklist, ["line", "brace", "breathe", "neck"]).startWith, null);
});

test("a saved record must list known cue ids", () => {
  assert.ok(isValidChecklistRecord(checklist, { checked: ["line", "neck"] }));
  assert.equal(isValidChecklistRecord(checklist, { checked: ["elbows"] }), false);
  assert.equal(isValidChecklistRecord(checklist, { checked: "line" }), false);
  assert.equal(isValidChecklistRecord(checklist, null), false);
});
