// The red-flag triage against the real data file, book/data/red-flags.yml, as tables: every sign
// alone, every rule (each combination, and each of its parts alone), each level, what to say, the
// all-clear and the record check. A sign moved to another level, a rule that stops combining, or
// a script said for the wrong sign fails here.
import assert from "node:assert/strict";
import { test } from "node:test";
import { loadDataFile } from "./data_file.mjs";

import { RED_FLAG_MESSAGES } from "../../abcourse/widgets/js/logic/red_flag_messages.js";
import {
  askedAbout,
  groupAnswers,
  isEmergencyLevel,
  isValidRedFlagRecord,
  joinRedFlagPhrases,
  nextUnanswered,
  redFlagGroups,
  redFlagLevels,
  redFlagSigns,
  splitSevere,
  triage,
} from "../../abcourse/widgets/js/logic/red_flags.js";

const data = loadDataFile("red-flags.yml");
const signs = redFlagSigns(data);
const signById = (id) => {
  const found = signs.find((sign) => sign.id === id);
  assert.ok(found, `no sign "${id}" in red-flags.yml`);
  return found;
};
// Every group answered: the ticked signs' groups by their ticks, every other group "none of these".
const answeredAll = (ids) => {
  const ticked = new Set(ids.map((id) => signById(id).group));
  return { checked: ids, none: redFlagGroups(data).filter((group) => !ticked.has(group)) };
};
const levelOf = (ids) => triage(data, answeredAll(ids)).level;

// Each sign alone, with the level the routing table gives it ("none": a fact that counts only in
// a rule, so alone it leaves the all-clear). Every sign of the file must be in this table.
const SIGNS_ALONE = {
  "saddle-numbness": "ae-now",
  bladder: "ae-now",
  bowel: "ae-now",
  "sexual-function": "ae-now",
  "both-legs": "ae-now",
  "walking-fast": "ae-now",
  "walking-slow": "same-day",
  "one-leg-weak-worsening": "ae-now",
  "one-leg-weak": "same-day",
  "one-leg-numb": "soon",
  "one-leg-pain": "routine",
  "serious-accident": "call-999",
  "sudden-strain": "clear",
  "cannot-get-up": "clear",
  "centre-line": "same-day",
  "bruise-after-fall": "same-day",
  "chest-pain": "call-999",
  "tearing-pain": "call-999",
  faint: "call-999",
  "very-unwell": "call-999",
  temperature: "same-day",
  kidney: "same-day",
  "weight-loss": "same-day",
  cancer: "soon",
  "cancer-spine-pain": "same-day",
  "bone-risk": "clear",
  "weak-immune": "soon",
  "injecting-drugs": "same-day",
  "recent-infection": "same-day",
  "pregnancy-999": "call-999",
  "pregnancy-warning": "ae-now",
  pregnancy: "routine",
  "rest-or-night": "same-day",
  "cough-sneeze": "same-day",
  "mid-back": "same-day",
  "lump-or-shape": "same-day",
  "redness-hot": "same-day",
  "age-onset": "soon",
  "aching-bones": "soon",
  "severe-or-worse": "routine",
  "long-before-45": "clear",
  "sp-before-35": "clear",
  "sp-night": "clear",
  "sp-buttock": "clear",
  "sp-movement": "clear",
  "sp-nsaid": "clear",
  "sp-family": "clear",
  "sp-joints": "clear",
  "not-improving": "routine",
  "stops-daily-life": "routine",
  worried: "routine",
};

test("the table names every sign of the file, and every sign has the level it gives", () => {
  assert.deepEqual(Object.keys(SIGNS_ALONE).sort(), signs.map((sign) => sign.id).sort());
  for (const sign of signs) assert.equal(sign.level ?? "clear", SIGNS_ALONE[sign.id], sign.id);
});

for (const [id, level] of Object.entries(SIGNS_ALONE)) {
  test(`${id} alone: ${level}`, () => assert.equal(levelOf([id]), level));
}

// Each rule: signs that together reach a level higher than either alone, and the same signs
// without one part, which must not.
const COMBINATIONS = [
  ["cancer with pain down one leg", ["cancer", "one-leg-pain"], "ae-now", "cancer-nerve"],
  ["cancer with one weak leg", ["cancer", "one-leg-weak"], "ae-now", "cancer-nerve"],
  ["cancer with walking harder over weeks", ["cancer", "walking-slow"], "ae-now", "cancer-nerve"],
  ["cancer with numbness for a week", ["cancer", "one-leg-numb"], "ae-now", "cancer-nerve"],
  ["cancer pain with a bladder change", ["cancer-spine-pain", "bladder"], "ae-now", "cancer-nerve"],
  [
    "a temperature with pain down one leg",
    ["temperature", "one-leg-pain"],
    "ae-now",
    "infection-nerve",
  ],
  [
    "injecting drugs with one weak leg",
    ["injecting-drugs", "one-leg-weak"],
    "ae-now",
    "infection-nerve",
  ],
  [
    "a weak immune system with numbness",
    ["weak-immune", "one-leg-numb"],
    "ae-now",
    "infection-nerve",
  ],
  [
    "a recent infection with walking harder",
    ["recent-infection", "walking-slow"],
    "ae-now",
    "infection-nerve",
  ],
  [
    "a weak immune system with night pain",
    ["weak-immune", "rest-or-night"],
    "same-day",
    "immune-warning",
  ],
  [
    "a weak immune system with severe pain",
    ["weak-immune", "severe-or-worse"],
    "same-day",
    "immune-warning",
  ],
  ["a sudden strain with thin bones", ["bone-risk", "sudden-strain"], "ae-now", "fracture"],
  [
    "a possible fracture, unable to get up",
    ["bone-risk", "sudden-strain", "cannot-get-up"],
    "call-999",
    "fracture-nerve",
  ],
  [
    "a possible fracture with one weak leg",
    ["bone-risk", "sudden-strain", "one-leg-weak"],
    "call-999",
    "fracture-nerve",
  ],
  [
    "a possible fracture with a bladder change",
    ["bone-risk", "sudden-strain", "bladder"],
    "call-999",
    "fracture-nerve",
  ],
  [
    "3 features of inflammatory back pain",
    ["long-before-45", "sp-night", "sp-buttock", "sp-nsaid"],
    "routine",
    "spondyloarthritis",
  ],
];

for (const [name, ids, level, ruleId] of COMBINATIONS) {
  test(`${name}: ${level}, by the rule ${ruleId}`, () => {
    const result = triage(data, answeredAll(ids));
    assert.equal(result.level, level);
    assert.ok(
      result.top.some((outcome) => outcome.kind === "rule" && outcome.id === ruleId),
      ruleId,
    );
    // without any one of its parts, the rule does not apply
    for (const left of ids) {
      const rest = ids.filter((id) => id !== left);
      const without = triage(data, answeredAll(rest));
      assert.ok(
        !without.applied.some((outcome) => outcome.id === ruleId),
        `${ruleId} without ${left}`,
      );
    }
  });
}

test("every rule of the file has a row in the combination table", () => {
  const tested = new Set(COMBINATIONS.map((row) => row[3]));
  for (const rule of data.rules) assert.ok(tested.has(rule.id), rule.id);
});

test("two inflammatory signs, or three without the long history, are not enough", () => {
  assert.equal(levelOf(["long-before-45", "sp-night", "sp-buttock"]), "clear");
  assert.equal(levelOf(["sp-night", "sp-buttock", "sp-nsaid"]), "clear");
  assert.deepEqual(
    triage(data, answeredAll(["sp-night"])).noted.map((sign) => sign.id),
    ["sp-night"],
  );
});

test("the most serious level wins, whatever else is ticked", () => {
  assert.equal(levelOf(["worried", "age-onset", "temperature", "chest-pain"]), "call-999");
  assert.equal(levelOf(["one-leg-pain", "bladder"]), "ae-now");
  assert.equal(levelOf(["not-improving", "cancer"]), "soon");
  for (const level of redFlagLevels(data))
    assert.ok(Object.values(SIGNS_ALONE).includes(level), level);
});

test("an emergency shows even while other groups are unanswered", () => {
  const result = triage(data, { checked: ["both-legs"], none: [] });
  assert.equal(result.level, "ae-now");
  assert.ok(isEmergencyLevel(data, result.level));
  assert.equal(result.status, "urgent");
  assert.equal(result.unanswered.length, data.groups.length - 1);
});

test("the cauda equina sentence only for its bladder, bowel, saddle, genital, leg signs", () => {
  const ces = ["saddle-numbness", "bladder", "bowel", "sexual-function", "both-legs"];
  assert.deepEqual(
    signs
      .filter((sign) => sign.ces)
      .map((sign) => sign.id)
      .sort(),
    [...ces].sort(),
  );
  for (const id of ces) assert.ok(triage(data, answeredAll([id])).say.endsWith(data.cesScript), id);
  for (const id of [
    "chest-pain",
    "serious-accident",
    "walking-fast",
    "one-leg-weak-worsening",
    "pregnancy-warning",
  ]) {
    assert.ok(!triage(data, answeredAll([id])).say.includes("cauda equina"), id);
  }
  assert.ok(!triage(data, answeredAll(["cancer", "one-leg-weak"])).say.includes("cauda equina"));
});

test("chest pain, accidents and cancer get their own words", () => {
  assert.equal(triage(data, answeredAll(["chest-pain"])).say, "I have chest pain and back pain.");
  assert.match(triage(data, answeredAll(["serious-accident"])).say, /after an accident/);
  const cancer = triage(data, answeredAll(["cancer", "one-leg-pain"]));
  assert.match(cancer.say, /I have cancer and I'm worried about my spine\./);
  assert.equal(cancer.title, "Call your cancer team's 24-hour line now");
});

test("the maternity unit, not A&E, for pregnancy warning signs", () => {
  const result = triage(data, answeredAll(["pregnancy-warning"]));
  assert.equal(result.title, "Call your maternity unit now");
});

test("one-leg signs and pregnancy ask about the plan; an emergency does not need to", () => {
  for (const id of ["one-leg-pain", "one-leg-numb", "one-leg-weak", "pregnancy"]) {
    assert.equal(triage(data, answeredAll([id])).askAboutPlan, true, id);
  }
  assert.equal(triage(data, answeredAll(["worried"])).askAboutPlan, false);
});

test("the all-clear needs every group, and names the groups it asked", () => {
  const groups = redFlagGroups(data);
  const clear = triage(data, { checked: [], none: groups });
  assert.equal(clear.level, "clear");
  assert.equal(clear.status, "ok");
  assert.equal(clear.attention, 0);
  assert.deepEqual(
    askedAbout(data),
    data.groups.map((group) => group.heading),
  );
  const oneLeft = triage(data, { checked: [], none: groups.slice(1) });
  assert.equal(oneLeft.level, "incomplete");
  assert.deepEqual(oneLeft.unanswered, [groups[0]]);
  assert.equal(triage(data, null).status, "no-data");
  assert.match(data.allClear.limits, /cannot see you/);
});

test("a saved record is checked against the file's signs and groups", () => {
  assert.equal(isValidRedFlagRecord(data, { checked: ["bladder"] }), true);
  assert.equal(isValidRedFlagRecord(data, { checked: ["bladder"], none: ["injury"] }), true);
  assert.equal(isValidRedFlagRecord(data, { checked: ["bladder"], none: ["nerves"] }), false);
  assert.equal(isValidRedFlagRecord(data, { checked: ["no-such-sign"] }), false);
  assert.equal(isValidRedFlagRecord(data, { checked: [], none: ["emergency"] }), false);
  assert.equal(isValidRedFlagRecord(data, { checked: "bladder" }), false);
  assert.equal(isValidRedFlagRecord(data, null), false);
});

test("phrases are joined so that their own commas stay readable", () => {
  assert.equal(joinRedFlagPhrases(["a"]), "a");
  assert.equal(joinRedFlagPhrases(["a", "b"]), "a, and b");
  assert.equal(joinRedFlagPhrases(["a, x", "b", "c"]), "a, x; b; and c");
});

test("'severe' is found once, for the link to its definition", () => {
  assert.deepEqual(splitSevere("Sudden, severe pain, severe again"), [
    "Sudden, ",
    "severe",
    " pain, severe again",
  ]);
  assert.equal(splitSevere("no such word"), null);
  const withSevere = [...signs, ...data.rules].filter((item) => /\bsevere\b/i.test(item.text));
  assert.ok(withSevere.length >= 5);
});

test("a rule with words of its own says them instead of its signs' phrases", () => {
  const result = triage(data, answeredAll(["cancer", "one-leg-weak"]));
  assert.equal(result.say, "I have cancer and I'm worried about my spine.");
  const both = triage(data, answeredAll(["cancer", "one-leg-weak", "chest-pain"]));
  assert.equal(
    both.say,
    "I have chest pain and back pain. I have cancer and I'm worried about my spine.",
  );
});

test("the levels rank in the data file's order, most serious first", () => {
  assert.deepEqual(redFlagLevels(data), ["call-999", "ae-now", "same-day", "soon", "routine"]);
  // the same file with its levels listed the other way round: the order decides, not the names
  const reversed = { ...data, levels: Object.fromEntries(Object.entries(data.levels).reverse()) };
  const ticks = answeredAll(["temperature", "chest-pain"]);
  assert.equal(triage(data, ticks).level, "call-999");
  assert.equal(triage(reversed, ticks).level, "same-day");
});

test("a level is an emergency when the data file marks it so", () => {
  const marked = redFlagLevels(data).filter((level) => isEmergencyLevel(data, level));
  assert.deepEqual(marked, ["call-999", "ae-now"]);
  const sameDayToo = {
    ...data,
    levels: { ...data.levels, "same-day": { ...data.levels["same-day"], emergency: true } },
  };
  assert.equal(isEmergencyLevel(sameDayToo, "same-day"), true);
  for (const level of ["clear", "incomplete", undefined]) {
    assert.equal(isEmergencyLevel(data, level), false, String(level));
  }
  assert.equal(isEmergencyLevel(undefined, "call-999"), false, "no data file: no emergency");
});

// The folded groups: each group's line says how it is answered, and the next group to open is the
// first one still to answer after the one just answered.
test("each group's answer is counted for its folded line, in the data file's order", () => {
  const groups = redFlagGroups(data);
  const nothing = groupAnswers(data, null);
  assert.deepEqual(
    nothing.map((answer) => answer.id),
    groups,
  );
  assert.ok(nothing.every((answer) => !answer.answered && !answer.none && answer.ticked === 0));
  const some = groupAnswers(data, {
    checked: ["saddle-numbness", "bladder", "temperature"],
    none: ["injury"],
  });
  const byId = Object.fromEntries(some.map((answer) => [answer.id, answer]));
  assert.deepEqual(byId.nerves, { id: "nerves", ticked: 2, none: false, answered: true });
  assert.deepEqual(byId.injury, { id: "injury", ticked: 0, none: true, answered: true });
  assert.deepEqual(byId.body, { id: "body", ticked: 1, none: false, answered: true });
  assert.equal(byId.pain.answered, false);
  // the groups answered are the triage's, whatever the record
  for (const record of [null, { checked: ["bladder"], none: ["injury"] }, answeredAll([])]) {
    assert.deepEqual(
      groupAnswers(data, record)
        .filter((answer) => answer.answered)
        .map((answer) => answer.id),
      triage(data, record).answered,
    );
  }
  // a tick outweighs a "none of these" left in the same group
  const both = groupAnswers(data, { checked: ["bladder"], none: ["nerves"] });
  assert.deepEqual(both[0], { id: "nerves", ticked: 1, none: false, answered: true });
});

test("a group's folded line names its answer in words", () => {
  const say = RED_FLAG_MESSAGES.groupState;
  assert.equal(say({ ticked: 0, none: false }), "not answered yet");
  assert.equal(say({ ticked: 0, none: true }), "none of these");
  assert.equal(say({ ticked: 1, none: false }), "1 sign ticked");
  assert.equal(say({ ticked: 3, none: false }), "3 signs ticked");
});

test("the group to open next is the first unanswered one after the group just answered", () => {
  const [first, second, third] = redFlagGroups(data);
  const last = redFlagGroups(data).at(-1);
  assert.equal(nextUnanswered(groupAnswers(data, null)), first);
  assert.equal(nextUnanswered(groupAnswers(data, { checked: [], none: [first] }), first), second);
  // an answered group is passed over
  const twoDone = { checked: [], none: [first, third] };
  assert.equal(nextUnanswered(groupAnswers(data, twoDone), second), redFlagGroups(data)[3]);
  // after the last group, the search goes round to the first still to answer
  const lastDone = { checked: [], none: [second, last] };
  assert.equal(nextUnanswered(groupAnswers(data, lastDone), last), first);
  // every group answered: nothing to open
  assert.equal(nextUnanswered(groupAnswers(data, answeredAll(["bladder"])), first), null);
});

test("severity follows the file's order even when the levels arrive with sorted keys", () => {
  // a notebook's widget state is written with sorted keys: "ae-now" would come before "call-999"
  const levelOrder = Object.keys(data.levels);
  const sortedLevels = Object.fromEntries(
    Object.entries(data.levels).sort(([a], [b]) => a.localeCompare(b)),
  );
  const arrived = { ...data, levels: sortedLevels, levelOrder };
  assert.notEqual(Object.keys(sortedLevels)[0], levelOrder[0], "the keys were not reordered");
  const record = answeredAll(["saddle-numbness", "chest-pain"]);
  assert.equal(triage(arrived, record).level, levelOrder[0]);
  assert.equal(triage(arrived, record).level, "call-999");
});
