// The plan's pure logic: each cause is assessed by its own chapter's function from the saved
// records, the causes are ordered by attention, the plan takes the exercises in that order, an
// emergency sign is found, and damaged records are left out. The self-tests' data files are the
// real ones; the chapters' exercises and quizzes are made up here, so the test does not depend on
// the chapters' wording.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataFile } from "./data_file.mjs";

import {
  assessCause,
  buildPlan,
  buildProfile,
  chapterQuizScore,
  orderCauses,
  planResult,
  planSummary,
  recordValidators,
  standingOf,
} from "../../abcourse/widgets/js/logic/plan.js";
import { PLAN_MESSAGES } from "../../abcourse/widgets/js/logic/plan_messages.js";
import { SELF_TESTS, selfTestOf } from "../../abcourse/widgets/js/logic/self_tests.js";
import { checklistKey, quizKey, selfTestKey } from "../../abcourse/widgets/js/logic/store_keys.js";

const data = {
  norms: loadDataFile("norms.yml"),
  redflags: loadDataFile("red-flags.yml"),
  progression: loadDataFile("progression.yml"),
};
const redFlagSigns = data.redflags.groups.flatMap((group) => group.signs);
const emergencyId = redFlagSigns.find((sign) => sign.level === "ae-now").id;
const sameDayId = redFlagSigns.find((sign) => sign.level === "same-day").id;

// An exercise of the chapters' shape; its movement pattern is its id unless one is given.
function exercise(id, name = id, pattern = id) {
  return {
    id,
    name,
    pattern,
    checklist: `${id}-check`,
    dose: "3 x 10 s",
    easier: "shorter",
    harder: "longer",
    progression: ["w1", "w2", "w3", "w4"].map((step) => `${name} ${step}`),
  };
}

const quiz = {
  id: "basics",
  questions: [
    { id: "q1", kind: "truefalse", answer: true, feedback: { true: "yes", false: "no" } },
    { id: "q2", kind: "truefalse", answer: false, feedback: { true: "no", false: "yes" } },
  ],
};
const checklist = {
  id: "curl-up",
  exercise: "Curl-up",
  cues: [
    { id: "neck", cue: "Neck long", fix: "f", why: "w", priority: 1 },
    { id: "brace", cue: "Brace", fix: "f", why: "w" },
  ],
};

function causes() {
  return [
    {
      id: "weak-core",
      selfTest: "endurance",
      chapter: "01-weak-core",
      title: "Weak core muscles",
      href: "01-weak-core.html",
      exercises: [exercise("plank"), exercise("bird-dog"), exercise("extra")],
      quizzes: [quiz],
      checklists: [],
    },
    {
      id: "form",
      selfTest: "form",
      chapter: "02-form-technique",
      title: "Form",
      href: "02-form-technique.html",
      exercises: [exercise("curl-up")],
      quizzes: [],
      checklists: [checklist],
    },
    {
      id: "imbalances",
      selfTest: "ratios",
      chapter: "03-muscle-imbalances",
      title: "Imbalances",
      href: "03-muscle-imbalances.html",
      exercises: [],
      quizzes: [],
      checklists: [],
    },
    {
      id: "conditions",
      selfTest: "redflags",
      chapter: "04-back-conditions",
      title: "Conditions",
      href: "04-back-conditions.html",
      exercises: [exercise("walk", "walk", "walking")],
      quizzes: [],
      checklists: [],
    },
    {
      id: "overtraining",
      selfTest: "progression",
      chapter: "05-overtraining-progression",
      title: "Progression",
      href: "05-overtraining-progression.html",
      exercises: [exercise("side-bridge")],
      quizzes: [],
      checklists: [],
    },
  ];
}

const weakTimes = { flexor: 20, extensor: 20, sideLeft: 10, sideRight: 10 };

describe("each cause by its own chapter's function", () => {
  test("nothing saved: every cause has no data", () => {
    const profile = buildProfile(causes(), {}, data);
    for (const cause of profile.causes) {
      assert.equal(cause.attention, null, cause.id);
      assert.equal(cause.result.status, "no-data", cause.id);
    }
    assert.equal(profile.emergency, false);
  });

  test("hold times feed the weak-core and the imbalance causes", () => {
    const records = { [selfTestKey("endurance")]: { times: weakTimes, sex: "unspecified" } };
    const profile = buildProfile(causes(), records, data);
    const byId = Object.fromEntries(profile.causes.map((cause) => [cause.id, cause]));
    assert.equal(byId["weak-core"].result.status, "attention");
    assert.ok(byId["weak-core"].attention > 0.5);
    assert.notEqual(byId.imbalances.attention, null);
  });

  test("form checklist ticks feed the form cause", () => {
    const records = { [checklistKey("02-form-technique", "curl-up")]: { checked: ["brace"] } };
    const result = assessCause(causes()[1], records, data);
    assert.equal(result.status, "attention");
    assert.equal(result.attention, 0.5);
  });
});

describe("each cause by its own chapter's function: red flags", () => {
  test("the red-flag record feeds the conditions cause, and an emergency sign is found", () => {
    const records = { [selfTestKey("redflags")]: { checked: [emergencyId] } };
    const profile = buildProfile(causes(), records, data);
    assert.equal(profile.emergency, true);
    assert.equal(profile.causes[3].attention, 1);
    // the plan links to the checker on the page of the chapter whose self-test it is
    assert.equal(profile.redflagPage, "04-back-conditions.html");
    const withoutChecker = buildProfile(
      causes().filter((cause) => cause.selfTest !== "redflags"),
      records,
      data,
    );
    assert.equal(withoutChecker.redflag, null);
    assert.equal(withoutChecker.redflagPage, null);
    assert.match(
      planSummary(profile, buildPlan(profile.ordered)),
      /^Go to A&E now: .*plan is put away/,
    );
    // the kernel's result holds no plan either: nothing to start before care
    const result = planResult("", profile, buildPlan(profile.ordered));
    assert.deepEqual(result.plan, []);
    assert.equal(result.emergency, true);
    assert.ok(buildPlan(profile.ordered).exercises.length > 0);
    const call = buildProfile(
      causes(),
      { [selfTestKey("redflags")]: { checked: ["chest-pain"] } },
      data,
    );
    assert.equal(call.emergency, true);
    assert.match(planSummary(call, buildPlan(call.ordered)), /^Call 999 now/);
    const urgent = buildProfile(
      causes(),
      { [selfTestKey("redflags")]: { checked: [sameDayId] } },
      data,
    );
    assert.equal(urgent.emergency, false);
    assert.equal(urgent.redflag.level, "same-day");
    assert.equal(urgent.causes[3].attention, 0.75);
  });
});

describe("each cause by its own chapter's function: unfinished red flags, progression", () => {
  test("an unfinished red-flag check is not scored; every group answered 'none' scores 0", () => {
    const groups = data.redflags.groups.map((group) => group.id);
    const unfinished = buildProfile(
      causes(),
      { [selfTestKey("redflags")]: { checked: [], none: ["everyday"] } },
      data,
    );
    assert.equal(unfinished.redflag.status, "incomplete");
    assert.equal(unfinished.causes[3].attention, null);
    const clear = buildProfile(
      causes(),
      { [selfTestKey("redflags")]: { checked: [], none: groups } },
      data,
    );
    assert.equal(clear.redflag.level, "clear");
    assert.equal(clear.causes[3].attention, 0);
    assert.equal(
      recordValidators(causes(), data).get(selfTestKey("redflags"))({
        checked: [emergencyId],
        none: ["nerves"],
      }),
      false,
    );
  });

  test("the progression record feeds the overtraining cause", () => {
    const records = {
      [selfTestKey("progression")]: {
        weeks: [
          { sessions: 3, volume: 10, pain: 1 },
          { sessions: 3, volume: 10, pain: 8 },
        ],
        unit: "sets",
      },
    };
    const cause = buildProfile(causes(), records, data).causes[4];
    assert.equal(cause.result.status, "attention");
    assert.ok(cause.attention >= 0.7);
    assert.equal(cause.result.plan[0].action, "cut");
  });
});

describe("each cause by its own chapter's function: damaged records and missing files", () => {
  test("damaged records are left out and counted", () => {
    const records = {
      [selfTestKey("endurance")]: { times: "broken" },
      [selfTestKey("progression")]: { weeks: [{ sessions: -4 }] },
      [selfTestKey("redflags")]: { checked: ["no-such-sign"] },
    };
    const profile = buildProfile(causes(), records, data);
    assert.equal(profile.skipped.length, 3);
    assert.ok(profile.causes.every((cause) => cause.attention === null || cause.id === "form"));
    assert.equal(profile.emergency, false);
  });

  test("missing data files give no data, not a crash", () => {
    const profile = buildProfile(
      causes(),
      { [selfTestKey("endurance")]: { times: weakTimes, sex: "male" } },
      {},
    );
    assert.ok(
      profile.causes.every((cause) => cause.result.status === "no-data" || cause.id === "form"),
    );
  });
});

describe("quiz scores", () => {
  test("checked answers are scored; a chapter without quizzes has none", () => {
    const records = {
      [quizKey("01-weak-core", "basics")]: {
        responses: { q1: true, q2: true },
        checked: { q1: true, q2: true },
      },
    };
    assert.deepEqual(chapterQuizScore(causes()[0], records), { correct: 1, answered: 2, total: 2 });
    assert.deepEqual(chapterQuizScore(causes()[0], {}), { correct: 0, answered: 0, total: 2 });
    assert.equal(chapterQuizScore(causes()[2], records), null);
  });
});

describe("order and plan", () => {
  test("most attention first, no data last in chapter order, quiz share breaks ties", () => {
    const list = [
      { id: "a", order: 0, attention: null, quiz: null },
      { id: "b", order: 1, attention: 0.2, quiz: null },
      { id: "c", order: 2, attention: 0.9, quiz: null },
      { id: "d", order: 3, attention: null, quiz: { correct: 0, answered: 2, total: 2 } },
      { id: "e", order: 4, attention: 0.2, quiz: { correct: 1, answered: 2, total: 2 } },
    ];
    assert.deepEqual(
      orderCauses(list).map((cause) => cause.id),
      ["c", "e", "b", "d", "a"],
    );
  });

  test("the plan takes up to two exercises per cause, five in all, most attention first", () => {
    const records = {
      [selfTestKey("progression")]: {
        weeks: [
          { sessions: 3, volume: 10, pain: 1 },
          { sessions: 3, volume: 10, pain: 8 },
        ],
        unit: "sets",
      },
    };
    const profile = buildProfile(causes(), records, data);
    assert.equal(profile.ordered[0].id, "overtraining");
    const plan = buildPlan(profile.ordered);
    assert.deepEqual(plan.exercises.map((item) => item.id).slice(0, 1), ["side-bridge"]);
    assert.ok(plan.exercises.length <= 5);
    const perCause = {};
    for (const item of plan.exercises) perCause[item.causeId] = (perCause[item.causeId] ?? 0) + 1;
    assert.ok(Object.values(perCause).every((count) => count <= 2));
    assert.equal(plan.weeks.length, 4);
    assert.equal(plan.weeks[2].items[0].text, "side-bridge w3");
  });
});

// A cause with only what the plan reads: its id, title, page and exercises.
function causeOf(id, exercises) {
  return { id, title: id, href: `${id}.html`, exercises };
}

describe("order and plan: one exercise of each movement pattern, and a walk", () => {
  test("a variant of an exercise in the plan is left out; its cause's next one comes in", () => {
    const ordered = [
      causeOf("a", [exercise("plank"), exercise("bird-dog", "Bird dog", "quadruped-reach")]),
      causeOf("b", [
        exercise("bird-dog-slow", "Bird dog (slow)", "quadruped-reach"),
        exercise("glute-bridge"),
        exercise("row"),
      ]),
      causeOf("c", [exercise("walk", "Walk", "walking")]),
    ];
    const plan = buildPlan(ordered);
    assert.deepEqual(
      plan.exercises.map((item) => item.id),
      ["plank", "bird-dog", "glute-bridge", "row", "walk"],
    );
    assert.deepEqual(
      plan.weeks[0].items.map((item) => item.causeId),
      ["a", "a", "b", "b", "c"],
    );
  });

  test("a walk is always in: when the order leaves it out, it takes the last place", () => {
    const walk = exercise("walk", "Walk", "walking");
    const later = exercise("recovery-walk", "Recovery walk", "walking");
    const ordered = [
      causeOf("a", [exercise("plank"), exercise("bird-dog")]),
      causeOf("b", [exercise("curl-up"), exercise("side-bridge")]),
      causeOf("c", [exercise("glute-bridge"), exercise("row")]),
      causeOf("d", [exercise("pelvic-tilt"), walk]),
      causeOf("e", [later]),
    ];
    assert.deepEqual(
      buildPlan(ordered).exercises.map((item) => [item.id, item.causeId]),
      [
        ["plank", "a"],
        ["bird-dog", "a"],
        ["curl-up", "b"],
        ["side-bridge", "b"],
        ["walk", "d"],
      ],
    );
    // with room to spare it comes at the end; a second walk is a repeat
    const short = [causeOf("a", [exercise("plank")]), causeOf("d", [walk]), causeOf("e", [later])];
    assert.deepEqual(
      buildPlan(short).exercises.map((item) => item.id),
      ["plank", "walk"],
    );
    assert.deepEqual(
      buildPlan(ordered, { maxExercises: 1 }).exercises.map((item) => item.id),
      ["walk"],
    );
  });
});

describe("order and plan: no data, no exercises, short progressions, words", () => {
  test("with no data the plan follows the chapters' order", () => {
    const profile = buildProfile(causes(), {}, data);
    const plan = buildPlan(profile.ordered);
    assert.deepEqual(
      plan.exercises.map((item) => item.id),
      ["plank", "bird-dog", "curl-up", "walk", "side-bridge"],
    );
    assert.match(planSummary(profile, plan), /chapters' order/);
  });

  test("chapters without exercises give an empty plan, not a crash", () => {
    const bare = causes().map((cause) => ({ ...cause, exercises: undefined }));
    const plan = buildPlan(buildProfile(bare, {}, data).ordered);
    assert.deepEqual(plan, { exercises: [], weeks: [] });
    assert.match(planSummary(buildProfile(bare, {}, data), plan), /not available yet/);
  });

  test("a short progression repeats its last step", () => {
    const short = [
      { ...causes()[0], exercises: [{ ...exercise("x"), progression: ["one", "two"] }] },
    ];
    const plan = buildPlan(short);
    assert.deepEqual(
      plan.weeks.map((week) => week.items[0].text),
      ["one", "two", "two", "two"],
    );
  });

  test("a cause's word follows its own self-test, never a score alone", () => {
    const cause = (status, attention) => ({ attention, result: { status } });
    assert.deepEqual(
      [
        cause("no-data", null),
        cause("incomplete", null),
        cause("no-self-test", null),
        // within the bands, with a score above 0: the summary says all is well, so does the word
        cause("ok", 0.45),
        cause("attention", 0.3),
        cause("attention", 0.8),
      ].map(standingOf),
      ["none", "unfinished", "no-self-test", "fine", "some", "most"],
    );
  });

  test("every cause of a profile has a word, and the word agrees with its summary", () => {
    // full results for the hold times, partial for the red-flag check, none for the others
    const records = {
      [selfTestKey("endurance")]: { times: weakTimes, sex: "unspecified" },
      [selfTestKey("redflags")]: { checked: [], none: [data.redflags.groups[0].id] },
    };
    const profile = buildProfile(causes(), records, data);
    assert.ok(profile.causes.some((item) => standingOf(item) === "unfinished"));
    assert.ok(profile.causes.some((item) => standingOf(item) === "none"));
    for (const item of profile.causes) {
      const word = standingOf(item);
      assert.ok(word in PLAN_MESSAGES.standing, item.id);
      if (item.result.status === "ok") assert.equal(word, "fine", item.id);
      if (item.result.status === "attention") assert.ok(["some", "most"].includes(word), item.id);
    }
  });
});

describe("checking an imported file", () => {
  test("every key a widget writes has its widget's check; other keys have none", () => {
    const validators = recordValidators(causes(), data);
    const recordValidator = (key) => validators.get(key) ?? null;
    const quizCheck = recordValidator(quizKey("01-weak-core", "basics"));
    assert.equal(typeof quizCheck, "function");
    assert.equal(quizCheck({ responses: {}, checked: {} }), true);
    assert.equal(quizCheck({ responses: "x" }), false);
    const checklistCheck = recordValidator(checklistKey("02-form-technique", "curl-up"));
    assert.equal(checklistCheck({ checked: ["neck"] }), true);
    assert.equal(checklistCheck({ checked: ["not-a-cue"] }), false);
    assert.equal(recordValidator(selfTestKey("endurance"))({ times: "garbage" }), false);
    assert.equal(recordValidator(selfTestKey("progression"))([1, 2]), false);
    assert.equal(recordValidator(selfTestKey("redflags"))({ checked: ["not-a-symptom"] }), false);
    assert.equal(recordValidator(selfTestKey("redflags"))({ checked: [emergencyId] }), true);
    const logCheck = recordValidator("abcourse:v1:log:sessions");
    assert.equal(logCheck({ sessions: [{ date: "damaged" }] }), true);
    assert.equal(logCheck({ sessions: "none" }), false);
    assert.equal(recordValidator("abcourse:v1:zzz:whatever"), null);
    assert.equal(recordValidator(quizKey("01-weak-core", "no-such-quiz")), null);
  });
});

describe("the self-test registry", () => {
  test("has one entry per self-test, by the ids the Python side sends", () => {
    assert.deepEqual(Object.keys(SELF_TESTS).sort(), [
      "endurance",
      "form",
      "progression",
      "ratios",
      "redflags",
    ]);
    for (const entry of Object.values(SELF_TESTS)) {
      assert.equal(typeof entry.records, "function");
      assert.equal(typeof entry.assess, "function");
    }
  });

  test("runs every self-test the course manifest names, and nothing for an unknown one", () => {
    const named = loadDataFile("course.yml")
      .chapters.map((chapter) => chapter.selfTest?.id)
      .filter(Boolean);
    assert.ok(named.length >= 5);
    for (const tool of named) {
      const entry = selfTestOf({ selfTest: tool });
      assert.ok(entry, `the manifest names "${tool}", which the browser cannot run`);
      assert.equal(typeof entry.assess({ selfTest: tool }, () => null, data).summary, "string");
    }
    assert.equal(selfTestOf({ selfTest: "quiz" }), null);
    assert.equal(selfTestOf({ selfTest: "toString" }), null);
  });

  test("its keys are the ones the chapters' widgets save under", () => {
    const [weakCore, form, imbalances, conditions, overtraining] = causes();
    const keysOf = (cause) =>
      SELF_TESTS[cause.selfTest].records(cause, data).map((record) => record.key);
    assert.deepEqual(keysOf(weakCore), ["abcourse:v1:tool:endurance"]);
    assert.deepEqual(keysOf(imbalances), keysOf(weakCore), "chapters 1 and 3 share the hold times");
    assert.deepEqual(keysOf(form), ["abcourse:v1:checklist:02-form-technique/curl-up"]);
    assert.deepEqual(keysOf(conditions), ["abcourse:v1:tool:redflags"]);
    assert.deepEqual(keysOf(overtraining), ["abcourse:v1:tool:progression"]);
    assert.deepEqual(
      SELF_TESTS.progression.records(overtraining, {}),
      [],
      "no rules, nothing to read",
    );
  });

  test("a cause without a self-test, or with an unknown one, is listed as having none", () => {
    const weakCore = causes()[0];
    const records = {
      [selfTestKey("endurance")]: {
        times: { flexor: 10, extensor: 10, sideLeft: 10, sideRight: 10 },
        sex: "male",
      },
    };
    for (const selfTest of [null, "no-such-test", "toString"]) {
      const result = assessCause({ ...weakCore, selfTest }, records, data);
      assert.equal(result.status, "no-self-test", String(selfTest));
      assert.equal(result.attention, null);
      assert.equal(result.summary, "This chapter has no self-test.");
    }
  });
});
