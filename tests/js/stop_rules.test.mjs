// "Stop: it hurts": each stop rule of the book's data file, and the red-flag levels its signs
// reach, with the checker's own advice and the red-flag file's numbers.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataFile } from "./data_file.mjs";

import { stopAdvice, stopLevels, withNumbers } from "../../abcourse/widgets/js/logic/stop_rules.js";

const stopRules = loadDataFile("stop-rules.yml");
const redflags = loadDataFile("red-flags.yml");

describe("stopAdvice", () => {
  test("sharp or building pain stops the session, with no red-flag level", () => {
    const advice = stopAdvice(stopRules, redflags, "sharp-or-building");
    assert.equal(advice.stops, true);
    assert.equal(advice.alert, false);
    assert.deepEqual(advice.levels, []);
    assert.match(advice.advice, /^Stop the session now/);
    assert.ok(advice.advice.includes(redflags.numbers.advice), advice.advice);
    assert.equal(advice.rule.selfCare, true);
  });
  test("numbness or bladder changes go to the checker's levels, A&E first, as an alert", () => {
    const advice = stopAdvice(stopRules, redflags, "leg-numbness");
    assert.equal(advice.alert, true);
    assert.deepEqual(
      advice.levels.map((entry) => entry.level),
      ["ae-now", "same-day", "soon"],
    );
    const first = advice.levels[0];
    assert.equal(first.title, redflags.levels["ae-now"].title);
    assert.equal(first.advice, redflags.levels["ae-now"].advice);
    assert.ok(first.signs.includes("new trouble peeing"));
  });
  test("chest pain or fainting calls the emergency number from the red-flag file", () => {
    const advice = stopAdvice(stopRules, redflags, "chest-or-faint");
    assert.ok(advice.advice.includes(redflags.numbers.emergency), advice.advice);
    assert.deepEqual(
      advice.levels.map((entry) => entry.level),
      ["call-999"],
    );
    assert.equal(advice.alert, true);
  });
  test("leg pain alone reaches the one-leg sign's level and its own advice, not an alert", () => {
    const advice = stopAdvice(stopRules, redflags, "leg-pain");
    assert.equal(advice.alert, false);
    assert.equal(advice.levels.length, 1);
    assert.equal(advice.levels[0].actions.length, 1);
  });
  test("mild discomfort does not stop the session", () => {
    const advice = stopAdvice(stopRules, redflags, "mild-discomfort");
    assert.equal(advice.stops, false);
    assert.equal(advice.alert, false);
  });
  test("an unknown rule gives null; without the red-flag file no levels", () => {
    assert.equal(stopAdvice(stopRules, redflags, "no-such-rule"), null);
    assert.deepEqual(stopAdvice(stopRules, null, "leg-numbness").levels, []);
  });
});

test("withNumbers leaves a name the file does not have as it is", () => {
  assert.equal(withNumbers("call {advice} or {other}", { advice: "111" }), "call 111 or {other}");
});

test("stopLevels skips signs without a level", () => {
  assert.deepEqual(stopLevels(redflags, ["cannot-get-up"]), []);
});
