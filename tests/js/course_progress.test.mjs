// Progress across the course, the sidebar's counting: chapters opened (the visits record), the
// self-tests done (each chapter's own assessment, as the plan runs it), the next step, and a
// damaged or foreign record counted as nothing. The self-tests' data files are the real ones; the
// chapters are made up here, so the test does not depend on the chapters' wording.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataFile } from "./data_file.mjs";

import { courseProgress, selfTestDone } from "../../abcourse/widgets/js/logic/course_progress.js";
import { COURSE_PROGRESS_MESSAGES } from "../../abcourse/widgets/js/logic/course_messages.js";
import { recordValidators } from "../../abcourse/widgets/js/logic/plan.js";
import { selfTestKey, checklistKey } from "../../abcourse/widgets/js/logic/store_keys.js";
import {
  isValidVisitRecord,
  VISITS_KEY,
  withVisit,
} from "../../abcourse/widgets/js/logic/visits.js";

const data = {
  norms: loadDataFile("norms.yml"),
  redflags: loadDataFile("red-flags.yml"),
  progression: loadDataFile("progression.yml"),
};

const checklist = {
  id: "curl-up",
  exercise: "Curl-up",
  cues: [
    { id: "neck", cue: "Neck long", fix: "f", why: "w", priority: 1 },
    { id: "brace", cue: "Brace", fix: "f", why: "w" },
  ],
};

function cause(number, id, selfTest, checklists = []) {
  const chapter = `0${number}-${id}`;
  return {
    id,
    chapter,
    title: `Chapter ${number}`,
    href: `${chapter}.html`,
    selfTest,
    exercises: [],
    quizzes: [],
    checklists,
  };
}

const causes = [
  cause(1, "weak-core", "endurance"),
  cause(2, "form", "form", [checklist]),
  cause(3, "imbalances", "ratios"),
  cause(4, "conditions", "redflags"),
  cause(5, "overtraining", "progression"),
];
const plan = { title: "Your plan", href: "06-your-plan.html" };
const progressOf = (records) => courseProgress(causes, plan, records, data);

describe("the visits record", () => {
  test("a record of chapter names, each once, is valid", () => {
    assert.equal(isValidVisitRecord({ chapters: [] }), true);
    assert.equal(isValidVisitRecord({ chapters: ["01-weak-core", "03-muscle-imbalances"] }), true);
  });

  for (const [what, value] of [
    ["null", null],
    ["a list", ["01-weak-core"]],
    ["a string", "01-weak-core"],
    ["no chapters", {}],
    ["chapters not a list", { chapters: "01-weak-core" }],
    ["a name that is no notebook's", { chapters: ["<script>"] }],
    ["a number", { chapters: [1] }],
    ["a chapter twice", { chapters: ["01-weak-core", "01-weak-core"] }],
    ["another field", { chapters: [], extra: 1 }],
  ]) {
    test(`${what} is not a visits record`, () => {
      assert.equal(isValidVisitRecord(value), false);
    });
  }

  test("a visit adds the chapter once, in the order opened", () => {
    const first = withVisit(null, "02-form");
    assert.deepEqual(first, { chapters: ["02-form"] });
    const second = withVisit(first, "01-weak-core");
    assert.deepEqual(second, { chapters: ["02-form", "01-weak-core"] });
    // nothing new: the same record, so nothing is saved again
    assert.equal(withVisit(second, "02-form"), second);
  });

  test("the plan's import accepts a visits record and refuses a damaged one", () => {
    const check = recordValidators(causes, data).get(VISITS_KEY);
    assert.ok(check, "the plan's import knows the visits key");
    assert.equal(check({ chapters: ["01-weak-core"] }), true);
    assert.equal(check({ chapters: "all" }), false);
  });
});

describe("progress across the course", () => {
  test("nothing saved: none visited, none done, the first chapter next", () => {
    assert.deepEqual(progressOf({}), {
      visited: 0,
      chapters: 5,
      selfTestsDone: 0,
      selfTests: 5,
      next: { title: "Chapter 1", href: "01-weak-core.html" },
    });
  });

  test("two chapters visited: the first not visited is next", () => {
    const progress = progressOf({
      [VISITS_KEY]: { chapters: ["01-weak-core", "02-form"] },
    });
    assert.equal(progress.visited, 2);
    assert.deepEqual(progress.next, { title: "Chapter 3", href: "03-imbalances.html" });
  });

  test("a chapter skipped is the next step, before the ones after it", () => {
    const progress = progressOf({
      [VISITS_KEY]: { chapters: ["01-weak-core", "03-imbalances", "04-conditions"] },
    });
    assert.equal(progress.visited, 3);
    assert.equal(progress.next.href, "02-form.html");
  });

  test("every chapter visited: the plan is next", () => {
    const progress = progressOf({
      [VISITS_KEY]: { chapters: causes.map((item) => item.chapter) },
    });
    assert.equal(progress.visited, 5);
    assert.deepEqual(progress.next, plan);
  });

  test("a chapter name the course does not have is not counted", () => {
    const progress = progressOf({ [VISITS_KEY]: { chapters: ["09-old-chapter", "02-form"] } });
    assert.equal(progress.visited, 1);
  });
});

describe("self-tests done", () => {
  test("hold times short of chapter 3's make only chapter 1's self-test done", () => {
    const records = { [selfTestKey("endurance")]: { times: { flexor: 20 }, sex: "unspecified" } };
    assert.equal(selfTestDone(causes[0], records, data), true);
    assert.equal(selfTestDone(causes[2], records, data), false);
    assert.equal(progressOf(records).selfTestsDone, 1);
  });

  test("a self-test with a result counts as done", () => {
    const records = {
      [selfTestKey("endurance")]: {
        times: { flexor: 20, extensor: 20, sideLeft: 10, sideRight: 10 },
        sex: "unspecified",
      },
    };
    assert.equal(selfTestDone(causes[0], records, data), true);
    assert.equal(selfTestDone(causes[4], records, data), false);
    // chapters 1 and 3 read the same hold times, so all four times finish both self-tests
    assert.equal(progressOf(records).selfTestsDone, 2);
  });

  test("a ticked checklist makes the form self-test done", () => {
    const key = checklistKey("02-form", "curl-up");
    assert.equal(selfTestDone(causes[1], {}, data), false);
    assert.equal(selfTestDone(causes[1], { [key]: { checked: ["neck", "brace"] } }, data), true);
  });

  test("a chapter without a self-test is not counted among them", () => {
    const noTest = { ...cause(6, "extra", null) };
    const progress = courseProgress([...causes, noTest], plan, {}, data);
    assert.equal(progress.selfTests, 5);
    assert.equal(progress.chapters, 6);
  });

  for (const [what, value] of [
    ["a string", "broken"],
    ["a list", [1, 2]],
    ["chapters of numbers", { chapters: [1, 2] }],
    ["null", null],
  ]) {
    test(`a damaged visits record (${what}) counts as no visits`, () => {
      assert.equal(progressOf({ [VISITS_KEY]: value }).visited, 0);
    });
  }

  test("a damaged self-test record counts as not done", () => {
    const records = { [selfTestKey("endurance")]: { times: "broken" } };
    assert.equal(progressOf(records).selfTestsDone, 0);
  });
});

describe("the progress line's words", () => {
  test("counts and the next step", () => {
    const text = COURSE_PROGRESS_MESSAGES;
    const line = text.chapters(2, 5) + text.separator + text.selfTests(1, 5);
    assert.equal(line, "2 of 5 chapters visited · 1 of 5 self-tests done");
    assert.equal(text.nextStep("Muscle imbalances"), "Next step: Muscle imbalances");
  });
});
