// The red-flag triage against the real data file, book/data/red-flags.yml: every symptom alone
// gives its own level, any emergency sign wins, the all-clear needs every group answered, and
// each sign that the NHS pathways route to a level is there at that level.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataFile } from "./data_file.mjs";

import {
  CES_WORRY,
  RED_FLAG_LEVELS,
  askedAbout,
  isValidRedFlagRecord,
  joinRedFlagPhrases,
  redFlagGroups,
  triage,
  whatToSay,
} from "../../abcourse/widgets/lib/red_flags.js";

const data = loadDataFile("red-flags.yml");
const { symptoms, levels } = data;
const ofLevel = (level) => symptoms.filter((symptom) => symptom.level === level);
const emergency = ofLevel("emergency");
const urgent = ofLevel("urgent");
const soon = ofLevel("soon");
const routine = ofLevel("routine");
const bySymptom = (id) => {
  const found = symptoms.find((symptom) => symptom.id === id);
  assert.ok(found, `no sign "${id}" in red-flags.yml`);
  return found;
};
// Every group answered "none of these", except the groups of the ticked signs.
const answeredAll = (ids) => {
  const tickedLevels = new Set(ids.map((id) => bySymptom(id).level));
  return { checked: ids, none: redFlagGroups(symptoms).filter((level) => !tickedLevels.has(level)) };
};

test("the file has signs at every level, and every level is a group", () => {
  assert.ok(emergency.length >= 11, "the cauda equina, leg, walking and injury signs");
  assert.ok(urgent.length >= 11);
  assert.ok(soon.length >= 1);
  assert.ok(routine.length >= 4);
  assert.deepEqual(redFlagGroups(symptoms), RED_FLAG_LEVELS);
  for (const symptom of symptoms) assert.ok(RED_FLAG_LEVELS.includes(symptom.level), symptom.id);
});

// The signs that the primary-care pathways route to each level, with the words
// that must be in the sign's text (a sign moved to another level, or dropped, fails here).
const ROUTED = [
  ["one-leg-weakening", "emergency", ["one leg", "severe", "getting worse", "drags", "slaps"]],
  ["legs-weakening", "emergency", ["weaker", "jelly"]],
  ["walking-difficulty", "emergency", ["difficulty walking"]],
  ["both-legs", "emergency", ["both legs"]],
  ["cancer-history", "urgent", ["cancer"]],
  ["one-leg-nerve", "urgent", ["weakness in one leg", "numbness", "pins and needles", "not gone away"]],
  ["unsteady", "urgent", ["unsteady", "walk"]],
  ["weak-immune", "urgent", ["immune", "steroid", "chemotherapy"]],
  ["injecting-drugs", "urgent", ["inject drugs"]],
  ["fever", "urgent", ["fever", "chills", "sweats"]],
  ["age-onset", "soon", ["new", "50", "20"]],
  ["one-leg-pain", "routine", ["one leg", "below the knee", "not weak", "not getting worse"]],
];

for (const [id, level, words] of ROUTED) {
  test(`"${id}" is a ${level} sign and says ${words.join(", ")}`, () => {
    const sign = bySymptom(id);
    assert.equal(sign.level, level);
    for (const word of words) assert.ok(sign.text.toLowerCase().includes(word), `${id}: "${word}"`);
    const result = triage(data, answeredAll([id]));
    assert.equal(result.level, level);
  });
}

test("one leg that is not weak: stop what provokes it, a GP within weeks, today if weak, emergency if both", () => {
  const action = bySymptom("one-leg-pain").action;
  for (const words of [/stop the exercise/i, /few weeks/, /weak/, /today/, /both legs/, /emergency/]) {
    assert.match(action, words);
  }
  const result = triage(data, answeredAll(["one-leg-pain"]));
  assert.deepEqual(result.actions.map((symptom) => symptom.id), ["one-leg-pain"]);
});

for (const symptom of symptoms) {
  test(`"${symptom.id}" alone gives ${symptom.level}`, () => {
    const result = triage(data, answeredAll([symptom.id]));
    assert.equal(result.level, symptom.level);
    assert.deepEqual(result.ticked.map((s) => s.id), [symptom.id]);
    assert.deepEqual(result.unanswered, []);
    assert.ok(result.summary.startsWith(levels[symptom.level].title), result.summary);
    if (symptom.level === "emergency") {
      assert.equal(result.status, "urgent");
      assert.equal(result.attention, 1);
      assert.equal(result.say.includes(CES_WORRY), Boolean(symptom.ces));
    } else {
      assert.ok(result.attention < 1);
      assert.ok(!result.say.includes(CES_WORRY));
    }
    if (symptom.level === "routine") assert.equal(result.say, "");
    else assert.ok(result.say.startsWith(`I have back pain and ${symptom.say}`), result.say);
  });
}

for (const sign of emergency) {
  test(`emergency "${sign.id}" wins over every other sign, answered or not`, () => {
    const everythingElse = [...urgent, ...soon, ...routine].map((symptom) => symptom.id);
    for (const record of [{ checked: [...everythingElse, sign.id] }, { checked: [sign.id] }]) {
      const result = triage(data, record);
      assert.equal(result.level, "emergency");
      assert.equal(result.status, "urgent");
      assert.deepEqual(result.byLevel.emergency.map((s) => s.id), [sign.id]);
      // the emergency sign is named first in what to say
      assert.ok(result.say.startsWith(`I have back pain and ${sign.say}`), result.say);
    }
  });
}

test("each level wins over the ones below it", () => {
  for (const [index, level] of RED_FLAG_LEVELS.entries()) {
    const lower = RED_FLAG_LEVELS.slice(index + 1).flatMap(ofLevel).map((symptom) => symptom.id);
    const result = triage(data, answeredAll([...lower, ofLevel(level)[0].id]));
    assert.equal(result.level, level);
  }
});

test("every sign at once is still one emergency", () => {
  const result = triage(data, { checked: symptoms.map((s) => s.id) });
  assert.equal(result.level, "emergency");
  assert.equal(result.byLevel.emergency.length, emergency.length);
  assert.match(result.summary, new RegExp(`${emergency.length} emergency signs ticked`));
  assert.ok(result.say.endsWith(CES_WORRY));
});

test("no all-clear while a group is unanswered", () => {
  const groups = redFlagGroups(symptoms);
  for (const left of groups) {
    const result = triage(data, { checked: [], none: groups.filter((level) => level !== left) });
    assert.equal(result.level, "incomplete");
    assert.equal(result.status, "incomplete");
    assert.equal(result.attention, null);
    assert.deepEqual(result.unanswered, [left]);
    assert.doesNotMatch(result.summary, /no red-flag/i);
    assert.match(result.summary, new RegExp(`${groups.length - 1} of ${groups.length} groups`));
  }
  // old records hold only the ticks: nothing ticked there is not a "no" either
  assert.equal(triage(data, { checked: [] }).level, "incomplete");
});

test("a lower sign ticked with a more serious group unanswered says so", () => {
  const result = triage(data, { checked: [routine[0].id] });
  assert.equal(result.level, "routine");
  assert.deepEqual(result.unanswered, ["emergency", "urgent", "soon"]);
  assert.match(result.summary, /Not answered yet: Emergency signs/);
});

test("the all-clear comes only with every group answered, and names what it asked about", () => {
  const result = triage(data, answeredAll([]));
  assert.equal(result.level, "clear");
  assert.equal(result.status, "ok");
  assert.equal(result.attention, 0);
  assert.equal(result.say, "");
  assert.match(result.summary, new RegExp(`none of the ${symptoms.length} signs asked about`));
  const asked = askedAbout(symptoms);
  assert.equal(asked.length, symptoms.length);
  for (const symptom of symptoms) assert.ok(asked.includes(symptom.short), symptom.id);
});

test("not used yet gives no-data", () => {
  for (const missing of [null, undefined]) {
    const unused = triage(data, missing);
    assert.equal(unused.status, "no-data");
    assert.equal(unused.attention, null);
    assert.equal(unused.level, "incomplete");
  }
});

test("unknown ids are ignored", () => {
  assert.equal(triage(data, { checked: ["no-such-sign"], none: redFlagGroups(symptoms) }).level, "clear");
});

test("the contract fields are always there", () => {
  const records = [null, { checked: [] }, answeredAll([]), ...RED_FLAG_LEVELS.map((level) => answeredAll([ofLevel(level)[0].id]))];
  for (const record of records) {
    const result = triage(data, record);
    for (const field of ["status", "attention", "summary", "level", "answered", "unanswered", "actions"]) assert.ok(field in result, field);
    assert.ok(["no-data", "incomplete", "ok", "attention", "urgent"].includes(result.status));
    assert.ok(result.attention === null || (result.attention >= 0 && result.attention <= 1));
  }
});

test("what to say joins the signs, most serious first, and adds the cauda equina worry once", () => {
  const ces = emergency.filter((s) => s.ces);
  assert.ok(ces.length >= 4, "bladder, bowel, saddle and leg signs point to cauda equina syndrome");
  const script = whatToSay([soon[0], urgent[0], ces[0], ces[1]]);
  assert.equal(script, `I have back pain and ${ces[0].say}; ${ces[1].say}; ${urgent[0].say}; and ${soon[0].say}. ${CES_WORRY}`);
  assert.equal(script.split(CES_WORRY).length, 2);
  assert.equal(whatToSay(routine), "");
  assert.equal(joinRedFlagPhrases(["a"]), "a");
  assert.equal(joinRedFlagPhrases(["a", "b"]), "a, and b");
  assert.equal(joinRedFlagPhrases([]), "");
});

test("the advice of each level says where to go, and never to wait", () => {
  const text = `${levels.emergency.advice} ${levels.emergency.where}`;
  for (const needed of ["999", "112", "911", "local emergency number", "emergency department", "A&E"]) {
    assert.ok(text.includes(needed), needed);
  }
  for (const level of RED_FLAG_LEVELS) {
    assert.doesNotMatch(levels[level].advice, /watch and wait|wait and see|you may have cancer/i);
  }
  assert.match(levels.urgent.advice, /today/);
  assert.match(levels.urgent.advice, /111/);
  assert.match(levels.soon.advice, /next few days/);
  assert.match(levels.soon.advice, /not an emergency/);
  assert.match(`${levels.routine.advice} ${levels.routine.where}`, /few weeks/);
});

test("a saved record is valid only with known ids and groups that agree with the ticks", () => {
  assert.ok(isValidRedFlagRecord(symptoms, { checked: [] }));
  assert.ok(isValidRedFlagRecord(symptoms, { checked: [emergency[0].id] }));
  assert.ok(isValidRedFlagRecord(symptoms, { checked: [emergency[0].id], none: ["urgent", "soon", "routine"] }));
  assert.ok(!isValidRedFlagRecord(symptoms, { checked: [emergency[0].id], none: ["emergency"] }), "ticked and 'none' in one group");
  assert.ok(!isValidRedFlagRecord(symptoms, { checked: [], none: ["someday"] }));
  assert.ok(!isValidRedFlagRecord(symptoms, { checked: [], none: "urgent" }));
  assert.ok(!isValidRedFlagRecord(symptoms, { checked: ["made-up"] }));
  assert.ok(!isValidRedFlagRecord(symptoms, { checked: [3] }));
  assert.ok(!isValidRedFlagRecord(symptoms, { checked: "bladder" }));
  assert.ok(!isValidRedFlagRecord(symptoms, null));
  assert.ok(!isValidRedFlagRecord(symptoms, []));
});
