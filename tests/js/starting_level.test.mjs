// Where each exercise starts: every band of every hold test against every exercise of the book,
// the solo check's answers, pain in the check, and the weeks that follow from each start.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadContentFile, loadDataFile } from "./data_file.mjs";

import { assessEndurance, bandLimits } from "../../abcourse/widgets/js/logic/endurance.js";
import { resolvedWeek } from "../../abcourse/widgets/js/logic/session.js";
import { startReason } from "../../abcourse/widgets/js/logic/session_card_messages.js";
import {
  CHECK_ANSWERS,
  HARDER_SKIPS_WEEKS,
  isValidCheckRecord,
  SOLO_CHECKS,
  startedExercise,
  startingLevel,
  weeksFrom,
} from "../../abcourse/widgets/js/logic/starting_level.js";

const norms = loadDataFile("norms.yml");
const CHAPTERS = [
  "01-weak-core",
  "02-form-technique",
  "03-muscle-imbalances",
  "04-back-conditions",
  "05-overtraining-progression",
];
const exercises = CHAPTERS.flatMap((chapter) => loadContentFile(`${chapter}.yml`).exercises);

// A time in each band of a test: below the band, under the mean, at or over it, above the band.
function timeIn(band, norm) {
  const { low, high } = bandLimits(norm);
  return { below: low / 2, lower: (low + norm.mean) / 2, upper: norm.mean, above: high + 10 }[band];
}
const LEVEL_OF_BAND = { below: "easier", lower: "standard", upper: "standard", above: "harder" };

function holdResults(times) {
  return assessEndurance(times, norms).results;
}

describe("every exercise of the book can start three ways", () => {
  test("each names an easier start and which results pick it", () => {
    for (const exercise of exercises) {
      assert.ok(exercise.starts, exercise.id);
      const testIds = norms.tests.map((item) => item.id);
      for (const id of exercise.starts.holdTests) assert.ok(testIds.includes(id), exercise.id);
    }
  });

  test("easier: less work or an easier position; harder: at least as much", () => {
    const work = (week) =>
      (week.minutes ?? 0) * 60 +
      (week.sets ?? 1) * (week.reps ?? 1) * (week.seconds ?? 3) * (week.eachSide ? 2 : 1);
    for (const exercise of exercises) {
      const [easier] = weeksFrom(exercise, "easier");
      const [standard] = weeksFrom(exercise, "standard");
      const [harder] = weeksFrom(exercise, "harder");
      // less work, or the same in an easier position (hands on a wall, one limb at a time)
      const easierPosition = easier.where !== standard.where || easier.unit !== standard.unit;
      assert.ok(work(easier) <= work(standard), `${exercise.id}: easier`);
      assert.ok(work(easier) < work(standard) || easierPosition, `${exercise.id}: easier`);
      assert.ok(work(harder) >= work(standard), `${exercise.id}: harder`);
    }
  });
});

describe("the hold times pick the start: every band of every test, for every exercise", () => {
  for (const norm of norms.tests) {
    for (const band of Object.keys(LEVEL_OF_BAND)) {
      test(`${norm.id} ${band} the band`, () => {
        const results = holdResults({ [norm.id]: timeIn(band, norm) });
        for (const exercise of exercises) {
          const start = startingLevel(exercise, { holdResults: results });
          if (exercise.starts.holdTests.includes(norm.id)) {
            assert.equal(start.level, LEVEL_OF_BAND[band], exercise.id);
            assert.equal(start.reason.kind, "hold");
            assert.equal(start.reason.band, band);
            assert.match(startReason(start), new RegExp(`Your ${norm.name.toLowerCase()} time`));
          } else {
            // a test that does not speak to the exercise leaves it at the standard start
            assert.equal(start.level, "standard", exercise.id);
            assert.notEqual(start.reason.kind, "hold");
          }
        }
      });
    }
  }

  test("the weaker side decides a side bridge", () => {
    const left = norms.tests.find((item) => item.id === "sideLeft");
    const right = norms.tests.find((item) => item.id === "sideRight");
    const results = holdResults({
      sideLeft: timeIn("below", left),
      sideRight: timeIn("above", right),
    });
    const bridge = exercises.find((exercise) => exercise.pattern === "side-bridge");
    const start = startingLevel(bridge, { holdResults: results });
    assert.equal(start.level, "easier");
    assert.match(startReason(start), /left side bridge time .* was below the published band/);
  });

  test("hold times come before the solo check", () => {
    const plank = exercises.find((exercise) => exercise.id === "front-plank");
    const flexor = norms.tests.find((item) => item.id === "flexor");
    const results = holdResults({ flexor: timeIn("above", flexor) });
    const start = startingLevel(plank, {
      holdResults: results,
      check: { answers: { plank: "no" } },
    });
    assert.equal(start.level, "harder");
  });
});

describe("the solo check picks the start when there are no hold times", () => {
  const LEVEL_OF_ANSWER = { no: "easier", yes: "standard", easy: "harder", pain: "easier" };
  for (const check of SOLO_CHECKS) {
    for (const answer of CHECK_ANSWERS) {
      test(`${check}: ${answer}`, () => {
        for (const exercise of exercises) {
          const start = startingLevel(exercise, { check: { answers: { [check]: answer } } });
          if (answer === "pain") {
            // pain anywhere in the check: every exercise on its easier start
            assert.equal(start.level, "easier", exercise.id);
            assert.equal(start.reason.kind, "pain");
          } else if (exercise.starts.check === check) {
            assert.equal(start.level, LEVEL_OF_ANSWER[answer], exercise.id);
            assert.match(startReason(start), /in the solo check/);
          } else {
            assert.equal(start.level, "standard", exercise.id);
          }
        }
      });
    }
  }

  test("pain in the check wins over good hold times", () => {
    const flexor = norms.tests.find((item) => item.id === "flexor");
    const results = holdResults({ flexor: timeIn("above", flexor) });
    const plank = exercises.find((exercise) => exercise.id === "front-plank");
    const start = startingLevel(plank, {
      holdResults: results,
      check: { answers: { "bird-dog": "pain" } },
    });
    assert.equal(start.level, "easier");
    assert.match(startReason(start), /Something hurt/);
  });

  test("with no results the plan starts at week 1 and says why", () => {
    for (const exercise of exercises) {
      const start = startingLevel(exercise, {});
      assert.equal(start.level, "standard");
      assert.match(startReason(start), /week 1/);
    }
  });
});

describe("the weeks from each start", () => {
  const bridge = exercises.find((exercise) => exercise.id === "side-bridge");
  const at = (week) => resolvedWeek(bridge.weeks, week);

  test("the standard start is the exercise's own weeks", () => {
    assert.deepEqual(weeksFrom(bridge, "standard"), [1, 2, 3, 4].map(at));
  });

  test("the easier start comes first and each week after is the week before", () => {
    const weeks = weeksFrom(bridge, "easier");
    assert.equal(weeks[0].where, bridge.starts.easier.where);
    assert.deepEqual(weeks.slice(1), [1, 2, 3].map(at));
  });

  test("the harder start is two weeks further on", () => {
    const weeks = weeksFrom(bridge, "harder");
    assert.deepEqual(weeks[0], at(1 + HARDER_SKIPS_WEEKS));
    assert.deepEqual(weeks.at(-1), at(4));
  });

  test("a started exercise's printed lines say its figures", () => {
    const started = startedExercise(bridge, { level: "easier", reason: { kind: "pain" } });
    assert.match(started.progression[0], /^Week 1: 3 × 10 s holds each side, standing/);
    assert.equal(started.progression.length, 4);
  });
});

describe("the saved solo check", () => {
  test("takes known checks and answers only", () => {
    assert.equal(isValidCheckRecord({ answers: {} }), true);
    assert.equal(isValidCheckRecord({ answers: { plank: "yes", "bird-dog": "pain" } }), true);
    assert.equal(isValidCheckRecord({ answers: { plank: "maybe" } }), false);
    assert.equal(isValidCheckRecord({ answers: { squat: "yes" } }), false);
    assert.equal(isValidCheckRecord({ answers: [] }), false);
    assert.equal(isValidCheckRecord({ answers: {}, extra: 1 }), false);
    assert.equal(isValidCheckRecord(null), false);
  });
});
