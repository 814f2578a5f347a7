// The course keeps its own rules: every plan it prints or builds passes the progression check of
// chapter 5 (logic/progression.js) with no warning. That covers each exercise's four weeks in the
// chapters' data files (the chapters and the Your plan chapter print them as weeks 1 to 4), and
// every plan the Your plan chapter can build from the exercises. The
// printed "Week N: ..." lines are written from the structured `weeks`
// (abcourse/data/exercise_weeks.py),
// so the figures checked here are the ones the learner reads.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, test } from "node:test";
import { REPO, loadContentFile, loadDataFile } from "./data_file.mjs";
import { permutations } from "./permutations.mjs";
import { checkerWarnings, isWalk, planWarnings, weeklyVolumes } from "./plan_figures.mjs";

import { buildPlan } from "../../abcourse/widgets/js/logic/plan.js";
import { SELF_TESTS } from "../../abcourse/widgets/js/logic/self_tests.js";

const rules = loadDataFile("progression.yml");
const DATA = join(REPO, "book", "data");
const CHAPTER_FILES = readdirSync(DATA)
  .filter((name) => /^0\d-.+\.yml$/.test(name))
  .sort();
const chapters = CHAPTER_FILES.map((file) => ({ file, content: loadContentFile(file) }));
const exercises = chapters.flatMap(({ file, content }) =>
  (content.exercises ?? []).map((exercise) => ({ file, exercise })),
);

test("the chapters' data files have exercises to check", () => {
  assert.ok(CHAPTER_FILES.length >= 5, CHAPTER_FILES.join(", "));
  assert.ok(exercises.length >= 10, `${exercises.length} exercises`);
});

describe("each exercise's four weeks", () => {
  for (const { file, exercise } of exercises) {
    describe(`${file}: ${exercise.id}`, () => {
      test("has structured weeks, each printed as a week of the plan", () => {
        assert.ok(
          Array.isArray(exercise.weeks),
          `${file}: exercise '${exercise.id}' has no 'weeks'`,
        );
        assert.deepEqual(
          exercise.progression.map((line) => line.split(":")[0]),
          exercise.weeks.map((_, index) => `Week ${index + 1}`),
        );
      });

      test("passes the progression check with no warning, in every measure", () => {
        assert.deepEqual(planWarnings(exercise.weeks ?? [], rules), {});
      });
    });
  }
});

// The ab work of a built plan, week by week: the chosen exercises done on the same days, so the
// sets add up, and the minutes of the timed ones add up. Walks are not ab work.
function combinedSeries(chosen) {
  const core = chosen.filter((exercise) => !exercise.weeks.some(isWalk));
  if (!core.length) return {};
  const weeks = core[0].weeks.map((_, index) => index);
  const sessions = (index) => Math.max(...core.map((exercise) => exercise.weeks[index].sessions));
  const series = {
    sets: weeks.map((index) => ({
      sessions: sessions(index),
      volume: core.reduce((sum, exercise) => sum + weeklyVolumes(exercise.weeks[index]).sets, 0),
    })),
  };
  const timed = core.filter((exercise) =>
    exercise.weeks.every((week) => week.seconds !== undefined),
  );
  if (timed.length) {
    series.minutes = weeks.map((index) => ({
      sessions: sessions(index),
      volume: timed.reduce(
        (sum, exercise) => sum + weeklyVolumes(exercise.weeks[index]).minutes,
        0,
      ),
    }));
  }
  return series;
}

// The causes as the Your plan chapter sends them: [chapter, self-test id].
const CAUSE_CHAPTERS = {
  "weak-core": ["01-weak-core", "endurance"],
  form: ["02-form-technique", "form"],
  imbalances: ["03-muscle-imbalances", "ratios"],
  conditions: ["04-back-conditions", "redflags"],
  overtraining: ["05-overtraining-progression", "progression"],
};

test("every plan the Your plan chapter can build passes the check with no warning", () => {
  assert.deepEqual(
    Object.values(CAUSE_CHAPTERS)
      .map(([, selfTest]) => selfTest)
      .sort(),
    Object.keys(SELF_TESTS).sort(),
  );
  const causes = Object.entries(CAUSE_CHAPTERS).map(([id, [chapter]]) => {
    const content = chapters.find(({ file }) => file === `${chapter}.yml`)?.content ?? {};
    return {
      id,
      chapter,
      title: chapter,
      href: `${chapter}.html`,
      exercises: content.exercises ?? [],
    };
  });
  let plans = 0;
  for (const ordered of permutations(causes)) {
    const plan = buildPlan(ordered);
    assert.ok(plan.exercises.length > 0);
    const missing = plan.exercises
      .filter((exercise) => !Array.isArray(exercise.weeks))
      .map((exercise) => exercise.id);
    assert.deepEqual(missing, [], "exercises with no structured weeks");
    for (const [measure, series] of Object.entries(combinedSeries(plan.exercises))) {
      const messages = checkerWarnings(series, rules, measure);
      assert.deepEqual(
        messages,
        [],
        `${plan.exercises.map((exercise) => exercise.id).join(" + ")} (${measure})`,
      );
    }
    plans += 1;
  }
  assert.equal(plans, 120);
});

test("the old chapter 5 plank plan (9 to 12 sets a week) is caught by the check", () => {
  const old = [
    { sessions: 3, sets: 3, seconds: 10 },
    { sessions: 3, sets: 3, seconds: 10 },
    { sessions: 3, sets: 3, seconds: 15 },
    { sessions: 3, sets: 4, seconds: 15 },
  ];
  const problems = planWarnings(old, rules);
  assert.ok(
    problems.sets.some((message) => message.startsWith("rise-")),
    JSON.stringify(problems),
  );
  assert.ok(
    problems.minutes.some((message) => message.startsWith("rise-two-weeks")),
    JSON.stringify(problems),
  );
});
