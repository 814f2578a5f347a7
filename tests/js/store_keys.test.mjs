// The saved records' keys and the progress file's check: every key made one way, versioned and
// namespaced, so the widgets, the plan and an imported file agree on them.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  checklistKey,
  parseProgressFile,
  quizKey,
  selfTestKey,
  storageKey,
} from "../../abcourse/widgets/js/logic/store_keys.js";

const key = storageKey("quiz", "01-weak-core/basics");

describe("keys", () => {
  test("keys are versioned and namespaced", () => {
    assert.equal(key, "abcourse:v1:quiz:01-weak-core/basics");
  });
  test("every kind of key is made here, one way", () => {
    assert.equal(quizKey("01-weak-core", "basics"), "abcourse:v1:quiz:01-weak-core/basics");
    assert.equal(
      checklistKey("02-form-technique", "curl-up"),
      "abcourse:v1:checklist:02-form-technique/curl-up",
    );
    assert.equal(selfTestKey("endurance"), "abcourse:v1:tool:endurance");
  });
});

describe("the progress file", () => {
  test("parseProgressFile returns the records", () => {
    assert.deepEqual(
      parseProgressFile({ format: "abcourse-progress", version: 1, records: {} }),
      {},
    );
  });
});
