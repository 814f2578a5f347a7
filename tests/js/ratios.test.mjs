// The balance ratios against the real norms file, book/data/norms.yml: which published figures
// apply for each answer to the sex question, every comparison word, missing and zero times, and
// the wording (a comparison with a group, never a diagnosis).
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataFile } from "./data_file.mjs";

import {
  assessRatios,
  combinedTime,
  compareRatio,
  describeComparison,
  ratioAttention,
  referencesFor,
  referenceValue,
} from "../../abcourse/widgets/js/logic/ratios.js";

const norms = loadDataFile("norms.yml");
const ratioOf = (id) => norms.ratios.items.find((item) => item.id === id);
const byId = (result) => Object.fromEntries(result.ratios.map((ratio) => [ratio.id, ratio]));
const DIAGNOSIS = /diagnos|disease|injur|damage|imbalance|weak|abnormal|normal\b/i;

describe("the published figures", () => {
  test("McGill 1999 side-bridge ratios by sex", () => {
    const side = (id, sex) =>
      Object.fromEntries(
        referencesFor(ratioOf(id), sex, norms).map((ref) => [ref.group, ref.value]),
      );
    assert.deepEqual(side("side-extensor", "male"), { male: 0.65 });
    assert.deepEqual(side("side-extensor", "female"), { female: 0.39 });
    assert.deepEqual(side("side-extensor", "unspecified"), { male: 0.65, female: 0.39 });
    assert.deepEqual(side("side-flexor", "male"), { male: 0.99 });
    assert.deepEqual(side("side-flexor", "female"), { female: 0.79 });
    for (const ref of referencesFor(ratioOf("side-extensor"), "unspecified", norms))
      assert.equal(ref.source, "mcgill1999");
  });

  test("whole-group figures are worked out from the average times and shown to everyone", () => {
    assert.equal(
      referenceValue(ratioOf("flexor-extensor").references[0], ratioOf("flexor-extensor"), norms),
      1.58,
    );
    assert.equal(
      referenceValue(ratioOf("left-right").references[0], ratioOf("left-right"), norms),
      1.02,
    );
    for (const sex of ["female", "male", "unspecified"]) {
      assert.deepEqual(
        referencesFor(ratioOf("flexor-extensor"), sex, norms).map((ref) => ref.group),
        ["all"],
      );
    }
  });

  test("a reference with neither a value nor fromNorms is dropped", () => {
    assert.equal(referenceValue({ group: "all" }, ratioOf("left-right"), norms), null);
    const ratio = { ...ratioOf("left-right"), references: [{ group: "all" }] };
    assert.deepEqual(referencesFor(ratio, "male", norms), []);
  });

  test("fromNorms needs every test it names", () => {
    const ratio = { numerator: ["nothing"], denominator: ["extensor"] };
    assert.equal(referenceValue({ fromNorms: true }, ratio, norms), null);
  });
});

describe("combinedTime", () => {
  test("averages the entered fields and skips blanks", () => {
    assert.equal(combinedTime({ sideLeft: 40, sideRight: 60 }, ["sideLeft", "sideRight"]), 50);
    assert.equal(combinedTime({ sideLeft: 40, sideRight: null }, ["sideLeft", "sideRight"]), 40);
    assert.equal(
      combinedTime({ sideLeft: null, sideRight: null }, ["sideLeft", "sideRight"]),
      null,
    );
  });
});

describe("compareRatio and ratioAttention", () => {
  const refs = [
    { label: "men", value: 0.65 },
    { label: "women", value: 0.39 },
  ];

  test("close within the near share of any figure", () => {
    assert.equal(compareRatio(0.65, refs), "close");
    assert.equal(compareRatio(0.65 * 1.25, refs), "close");
    assert.equal(compareRatio(0.3, refs), "close");
    assert.equal(compareRatio(0.25, refs), "lower");
  });

  test("between, higher and lower", () => {
    // with the file's near share of 0.25 the two "close" zones touch, so "between" needs a smaller
    // one
    assert.equal(compareRatio(0.52, refs, 0.1), "between");
    assert.equal(compareRatio(2, refs), "higher");
    assert.equal(compareRatio(0.1, refs), "lower");
    assert.equal(compareRatio(0.52, refs, 0.5), "close");
  });

  test("no figures gives no comparison", () => {
    assert.equal(compareRatio(1, []), null);
    assert.equal(ratioAttention(1, []), null);
  });

  test("attention is 0 on a figure, 1 at double or half of the nearest, and 1 for 0", () => {
    assert.equal(ratioAttention(0.65, refs), 0);
    assert.equal(ratioAttention(1.3, refs), 1);
    assert.equal(ratioAttention(0.195, refs), 1);
    assert.equal(ratioAttention(5, refs), 1);
    assert.equal(ratioAttention(0, refs), 1);
    assert.ok(ratioAttention(0.8, refs) > 0 && ratioAttention(0.8, refs) < 1);
  });

  test("each sentence names the groups and their figures", () => {
    assert.match(
      describeComparison(0.65, "close", refs),
      /close to the published average for men \(0\.65\)/,
    );
    assert.match(
      describeComparison(0.52, "between", refs),
      /between the published averages for men \(0\.65\) and women \(0\.39\)/,
    );
    assert.match(describeComparison(2, "higher", refs), /higher than the published averages/);
    assert.match(
      describeComparison(0.1, "lower", [refs[0]]),
      /lower than the published average for men/,
    );
    assert.equal(describeComparison(1, null, refs), "");
  });
});

describe("assessRatios", () => {
  test("no times gives no-data and tells which times are needed", () => {
    const result = assessRatios({}, "unspecified", norms);
    assert.equal(result.status, "no-data");
    assert.equal(result.attention, null);
    const ratios = byId(result);
    assert.match(
      ratios["flexor-extensor"].sentence,
      /Enter your Trunk-flexor hold and Back-extensor hold/,
    );
    assert.match(ratios["side-extensor"].sentence, /one side is enough/);
  });

  test("blank, negative and damaged times count as missing, not a crash", () => {
    const result = assessRatios({ flexor: -5, extensor: "x", sideLeft: Number.NaN }, "male", norms);
    assert.equal(result.status, "no-data");
  });

  test("a zero denominator is explained, not divided by", () => {
    const ratios = byId(assessRatios({ flexor: 60, extensor: 0 }, "female", norms));
    assert.equal(ratios["flexor-extensor"].value, null);
    assert.match(ratios["flexor-extensor"].sentence, /is 0 seconds/);
  });

  test("a man at the published figures is close where they agree", () => {
    const result = assessRatios(
      { flexor: 158, extensor: 100, sideLeft: 65, sideRight: 65 },
      "male",
      norms,
    );
    const ratios = byId(result);
    assert.equal(ratios["flexor-extensor"].value, 1.58);
    assert.equal(ratios["side-extensor"].value, 0.65);
    assert.equal(ratios["left-right"].value, 1);
    assert.equal(ratios["side-extensor"].comparison, "close");
    assert.equal(ratios["left-right"].comparison, "close");
    // the two studies' groups differ: 65 / 158 is well under McGill's 0.99 for men
    assert.equal(ratios["side-flexor"].comparison, "lower");
    assert.equal(result.status, "attention");
    assert.equal(
      result.summary,
      "3 of 4 ratios close to or between the published averages. " +
        "Different: Side bridge ÷ flexor hold (lower).",
    );
    assert.equal(result.sex, "male");
  });
});

describe("assessRatios by sex and distance from the figures", () => {
  test("the sex answer changes the figures compared with", () => {
    const times = { flexor: 100, extensor: 100, sideLeft: 39, sideRight: 39 };
    const asWoman = byId(assessRatios(times, "female", norms))["side-extensor"];
    const asMan = byId(assessRatios(times, "male", norms))["side-extensor"];
    const unsaid = byId(assessRatios(times, "unspecified", norms))["side-extensor"];
    assert.equal(asWoman.comparison, "close");
    assert.equal(asMan.comparison, "lower");
    assert.equal(unsaid.comparison, "close");
    assert.equal(unsaid.references.length, 2);
  });

  test("an unknown sex counts as unspecified", () => {
    assert.equal(assessRatios({}, "other", norms).sex, "unspecified");
  });

  test("ratios far from the figures ask for attention and are named with their direction", () => {
    const result = assessRatios(
      { flexor: 300, extensor: 60, sideLeft: 20, sideRight: 60 },
      "female",
      norms,
    );
    const ratios = byId(result);
    assert.equal(ratios["flexor-extensor"].comparison, "higher");
    assert.equal(ratios["left-right"].comparison, "lower");
    assert.equal(result.status, "attention");
    assert.match(result.summary, /Different: .*Flexor hold ÷ back-extensor hold \(higher\)/);
    assert.ok(result.attention > 0 && result.attention <= 1);
  });

  test("one side-bridge time alone still gives the side ratios", () => {
    const ratios = byId(assessRatios({ extensor: 100, sideRight: 50 }, "male", norms));
    assert.equal(ratios["side-extensor"].value, 0.5);
    assert.equal(ratios["left-right"].value, null);
    assert.match(ratios["left-right"].sentence, /Enter your Left side bridge/);
  });

  test("the wording compares with groups and never diagnoses", () => {
    const result = assessRatios(
      { flexor: 300, extensor: 60, sideLeft: 20, sideRight: 60 },
      "unspecified",
      norms,
    );
    for (const text of [result.summary, ...result.ratios.map((ratio) => ratio.sentence)])
      assert.doesNotMatch(text, DIAGNOSIS, text);
  });
});
