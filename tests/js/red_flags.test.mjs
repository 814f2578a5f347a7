// The red-flag triage against the real data file, book/data/red-flags.yml: every symptom alone
// gives its own level, any emergency sign wins, and nothing ticked gives the everyday advice.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataFile } from "./data_file.mjs";

import {
  CES_WORRY,
  RED_FLAG_LEVELS,
  isValidRedFlagRecord,
  joinRedFlagPhrases,
  triage,
  whatToSay,
} from "../../abcourse/widgets/lib/red_flags.js";

const data = loadDataFile("red-flags.yml");
const { symptoms, levels } = data;
const ofLevel = (level) => symptoms.filter((symptom) => symptom.level === level);
const emergency = ofLevel("emergency");
const urgent = ofLevel("urgent");
const routine = ofLevel("routine");

test("the file has signs at every level", () => {
  assert.ok(emergency.length >= 7, "the NHS emergency list has at least seven signs");
  assert.ok(urgent.length >= 6);
  assert.ok(routine.length >= 3);
  for (const symptom of symptoms) assert.ok(RED_FLAG_LEVELS.includes(symptom.level), symptom.id);
});

for (const symptom of symptoms) {
  test(`"${symptom.id}" alone gives ${symptom.level}`, () => {
    const result = triage(symptoms, [symptom.id], levels);
    assert.equal(result.level, symptom.level);
    assert.deepEqual(result.ticked.map((s) => s.id), [symptom.id]);
    if (symptom.level === "emergency") {
      assert.equal(result.status, "urgent");
      assert.equal(result.attention, 1);
      assert.match(result.summary, /^Get emergency care now/);
      assert.match(result.say, /^I have back pain and /);
      assert.equal(result.say.includes(CES_WORRY), Boolean(symptom.ces));
    } else if (symptom.level === "urgent") {
      assert.equal(result.status, "urgent");
      assert.ok(result.attention < 1);
      assert.match(result.summary, /^Get an urgent appointment today/);
      assert.match(result.say, /^I have back pain and /);
      assert.ok(!result.say.includes(CES_WORRY));
    } else {
      assert.equal(result.status, "attention");
      assert.match(result.summary, /^No red-flag signs ticked/);
      assert.equal(result.say, "");
    }
  });
}

for (const sign of emergency) {
  test(`emergency "${sign.id}" wins over every urgent and routine sign`, () => {
    const everythingElse = [...urgent, ...routine].map((symptom) => symptom.id);
    const result = triage(symptoms, [...everythingElse, sign.id], levels);
    assert.equal(result.level, "emergency");
    assert.equal(result.status, "urgent");
    assert.deepEqual(result.byLevel.emergency.map((s) => s.id), [sign.id]);
    // the emergency sign is named first in what to say
    assert.ok(result.say.startsWith(`I have back pain and ${sign.say}`), result.say);
  });
}

for (const sign of urgent) {
  test(`urgent "${sign.id}" wins over the routine signs`, () => {
    const result = triage(symptoms, [...routine.map((s) => s.id), sign.id], levels);
    assert.equal(result.level, "urgent");
  });
}

test("every emergency sign at once is still one emergency", () => {
  const result = triage(symptoms, symptoms.map((s) => s.id), levels);
  assert.equal(result.level, "emergency");
  assert.equal(result.byLevel.emergency.length, emergency.length);
  assert.match(result.summary, new RegExp(`${emergency.length} emergency signs`));
  assert.ok(result.say.endsWith(CES_WORRY));
});

test("nothing ticked gives the routine advice; not used yet gives no-data", () => {
  const none = triage(symptoms, [], levels);
  assert.equal(none.level, "routine");
  assert.equal(none.status, "ok");
  assert.equal(none.attention, 0);
  assert.equal(none.say, "");
  for (const missing of [null, undefined]) {
    const unused = triage(symptoms, missing, levels);
    assert.equal(unused.status, "no-data");
    assert.equal(unused.attention, null);
    assert.equal(unused.level, "routine");
  }
});

test("unknown ids are ignored", () => {
  assert.equal(triage(symptoms, ["no-such-sign"], levels).level, "routine");
});

test("the contract fields are always there", () => {
  for (const ids of [null, [], [emergency[0].id], [urgent[0].id], [routine[0].id]]) {
    const result = triage(symptoms, ids);
    for (const field of ["status", "attention", "summary", "level"]) assert.ok(field in result, field);
    assert.ok(["no-data", "ok", "attention", "urgent"].includes(result.status));
    assert.ok(result.attention === null || (result.attention >= 0 && result.attention <= 1));
  }
});

test("what to say joins the signs, most serious first, and adds the cauda equina worry once", () => {
  const ces = emergency.filter((s) => s.ces);
  assert.ok(ces.length >= 4, "bladder, bowel, saddle and leg signs point to cauda equina syndrome");
  const script = whatToSay([urgent[0], ces[0], ces[1]]);
  assert.equal(script, `I have back pain and ${ces[0].say}; ${ces[1].say}; and ${urgent[0].say}. ${CES_WORRY}`);
  assert.equal(script.split(CES_WORRY).length, 2);
  assert.equal(whatToSay(routine), "");
  assert.equal(joinRedFlagPhrases(["a"]), "a");
  assert.equal(joinRedFlagPhrases(["a", "b"]), "a, and b");
  assert.equal(joinRedFlagPhrases([]), "");
});

test("the emergency advice says where to go and whom to call", () => {
  const text = `${levels.emergency.advice} ${levels.emergency.where}`;
  for (const needed of ["999", "112", "911", "local emergency number", "emergency department", "A&E"]) {
    assert.ok(text.includes(needed), needed);
  }
  for (const level of ["emergency", "urgent"]) {
    assert.doesNotMatch(levels[level].advice, /watch and wait|wait and see/i);
  }
  assert.match(levels.urgent.advice, /today/);
  assert.match(levels.urgent.advice, /111/);
  assert.match(`${levels.routine.advice} ${levels.routine.where}`, /few weeks/);
});

test("a saved record is valid only with known symptom ids", () => {
  assert.ok(isValidRedFlagRecord(symptoms, { checked: [] }));
  assert.ok(isValidRedFlagRecord(symptoms, { checked: [emergency[0].id] }));
  assert.ok(!isValidRedFlagRecord(symptoms, { checked: ["made-up"] }));
  assert.ok(!isValidRedFlagRecord(symptoms, { checked: [3] }));
  assert.ok(!isValidRedFlagRecord(symptoms, { checked: "bladder" }));
  assert.ok(!isValidRedFlagRecord(symptoms, null));
  assert.ok(!isValidRedFlagRecord(symptoms, []));
});
