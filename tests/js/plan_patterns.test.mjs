// The plan never repeats a movement: with the chapters' real exercises (their content files, as
// the widgets get them), every order of the causes' attention and every red-flag level give a plan
// with no movement pattern twice, a walk, at most the most exercises, the top cause's exercise
// first, and no plan at all in an emergency.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadContentFile, loadDataFile } from "./data_file.mjs";
import { permutations } from "./permutations.mjs";

import {
  PLAN_MAX_EXERCISES,
  WALKING,
  buildPlan,
  buildProfile,
  planSummary,
} from "../../abcourse/widgets/js/logic/plan.js";
import { isEmergencyLevel, redFlagSigns } from "../../abcourse/widgets/js/logic/red_flags.js";
import { selfTestKey } from "../../abcourse/widgets/js/logic/store_keys.js";

const data = {
  norms: loadDataFile("norms.yml"),
  redflags: loadDataFile("red-flags.yml"),
  progression: loadDataFile("progression.yml"),
};
const CAUSES = loadDataFile("course.yml")
  .chapters.filter((chapter) => chapter.content)
  .map((chapter) => ({
    id: chapter.id,
    chapter: chapter.notebook,
    title: chapter.title,
    href: `${chapter.notebook}.html`,
    selfTest: chapter.selfTest?.id ?? null,
    exercises: loadContentFile(chapter.content).exercises ?? [],
    quizzes: [],
    checklists: [],
  }));

// A red-flag record for each level: one sign of it ticked; and the cases with no level.
const noneGroups = data.redflags.groups.map((group) => group.id);
const RED_FLAG_RECORDS = {
  "not started": null,
  unfinished: { checked: [], none: noneGroups.slice(0, 1) },
  clear: { checked: [], none: noneGroups },
  ...Object.fromEntries(
    Object.keys(data.redflags.levels).map((level) => {
      const sign = redFlagSigns(data.redflags).find((item) => item.level === level);
      assert.ok(sign, `no sign gives '${level}'`);
      return [level, { checked: [sign.id] }];
    }),
  ),
};

function profileFor(record) {
  const records = record ? { [selfTestKey("redflags")]: record } : {};
  return buildProfile(CAUSES, records, data);
}

const ids = (plan) => plan.exercises.map((exercise) => exercise.id).join(", ");

test("the causes have exercises, each with a pattern, and a walk among them", () => {
  assert.equal(CAUSES.length, 5);
  const all = CAUSES.flatMap((cause) => cause.exercises);
  assert.ok(all.every((exercise) => typeof exercise.pattern === "string"));
  assert.ok(all.some((exercise) => exercise.pattern === WALKING));
});

describe("every order of the causes, at every red-flag level", () => {
  for (const [name, record] of Object.entries(RED_FLAG_RECORDS)) {
    test(`red flags: ${name}`, () => {
      const profile = profileFor(record);
      const emergency = isEmergencyLevel(data.redflags, profile.redflag?.level);
      assert.equal(profile.emergency, emergency);
      let plans = 0;
      for (const order of permutations(profile.causes)) {
        const plan = buildPlan(order);
        if (profile.emergency) {
          // the page puts the plan away and says so first: no plan is given
          assert.match(planSummary({ ...profile, ordered: order }, plan), /plan is put away/);
          continue;
        }
        const patterns = plan.exercises.map((exercise) => exercise.pattern);
        assert.equal(new Set(patterns).size, patterns.length, `a pattern twice: ${ids(plan)}`);
        assert.ok(patterns.includes(WALKING), `no walk: ${ids(plan)}`);
        assert.ok(plan.exercises.length <= PLAN_MAX_EXERCISES, ids(plan));
        // nothing is taken yet when the top cause comes, so its first exercise leads the plan
        const top = order[0];
        if (top.exercises.length) assert.equal(plan.exercises[0].causeId, top.id, ids(plan));
        assert.deepEqual(
          plan.weeks.map((week) => week.items.map((item) => item.exerciseId)),
          plan.weeks.map(() => plan.exercises.map((exercise) => exercise.id)),
        );
        plans += 1;
      }
      assert.equal(plans, profile.emergency ? 0 : 120);
    });
  }

  test("an emergency level is among them, and so is a level that is not one", () => {
    const emergencies = Object.values(RED_FLAG_RECORDS).map(
      (record) => profileFor(record).emergency,
    );
    assert.ok(emergencies.includes(true) && emergencies.includes(false));
  });
});

describe("the plans the course gives", () => {
  test("no results: the chapters' order, one bird dog and one side bridge, and a walk", () => {
    const plan = buildPlan(profileFor(null).ordered);
    assert.deepEqual(
      plan.exercises.map((exercise) => exercise.id),
      ["front-plank", "bird-dog", "curl-up", "side-bridge-form", "easy-walk"],
    );
  });
});
