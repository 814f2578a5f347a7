// The core-endurance self-test against the real norms file, book/data/norms.yml: reading a typed
// time (blank, negative, non-numeric, absurd), the saved-record check, the bands and the summary.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataFile } from "./data_file.mjs";

import {
  assessEndurance,
  bandLimits,
  bandOf,
  describeDuration,
  emptyEnduranceRecord,
  isValidEnduranceRecord,
  isValidTime,
  normaliseTimes,
  parseSeconds,
  shortfall,
} from "../../abcourse/widgets/js/logic/endurance.js";

const norms = loadDataFile("norms.yml");
const normOf = (id) => norms.tests.find((test) => test.id === id);
const AVERAGE = { flexor: 160, extensor: 101, sideLeft: 55, sideRight: 54 };

describe("parseSeconds", () => {
  test("a blank field is allowed and gives no value", () => {
    for (const text of ["", "   ", null, undefined]) {
      assert.deepEqual(parseSeconds(text), { value: null, error: null, empty: true });
    }
  });

  test("plain seconds, decimals, a comma and units are read", () => {
    assert.equal(parseSeconds("95").value, 95);
    assert.equal(parseSeconds("95.5").value, 95.5);
    assert.equal(parseSeconds("95,5").value, 95.5);
    assert.equal(parseSeconds("95 s").value, 95);
    assert.equal(parseSeconds("95 seconds").value, 95);
    assert.equal(parseSeconds(" +40 ").value, 40);
    assert.equal(parseSeconds("0").value, 0);
    assert.equal(parseSeconds(42).value, 42);
  });

  test("minutes:seconds and hours:minutes:seconds are read", () => {
    assert.equal(parseSeconds("1:35").value, 95);
    assert.equal(parseSeconds("0:45").value, 45);
    assert.equal(parseSeconds("0:02:00").value, 120);
  });

  test("a part of 60 or more after a colon is refused", () => {
    const result = parseSeconds("1:75");
    assert.equal(result.value, null);
    assert.match(result.error, /60 or more/);
  });

  test("a negative time is refused with a message", () => {
    for (const text of ["-5", "−5", "-1:00", -3]) {
      const result = parseSeconds(text);
      assert.equal(result.value, null, String(text));
      assert.match(result.error, /cannot be negative/);
      assert.equal(result.empty, false);
    }
  });

  test("text that is not a time is refused with a message", () => {
    for (const text of ["abc", "ten", "1:2:3:4", "12abc", "."]) {
      const result = parseSeconds(text);
      assert.equal(result.value, null, text);
      assert.match(result.error, /is not a time/, text);
    }
    assert.match(parseSeconds(Number.NaN).error, /is not a time/);
  });

  test("an absurd time such as a 3-hour plank is refused and spelled out", () => {
    const result = parseSeconds("3:00:00", { max: norms.maxSeconds });
    assert.equal(result.value, null);
    assert.match(result.error, /3 h 0 min is far longer/);
    assert.match(parseSeconds("10800", { max: norms.maxSeconds }).error, /far longer/);
    assert.equal(
      parseSeconds(String(norms.maxSeconds), { max: norms.maxSeconds }).value,
      norms.maxSeconds,
    );
    assert.equal(parseSeconds(String(norms.maxSeconds + 1), { max: norms.maxSeconds }).value, null);
  });

  test("times are rounded to a tenth of a second", () => {
    assert.equal(parseSeconds("12.345").value, 12.3);
  });
});

describe("describeDuration", () => {
  test("seconds, minutes and hours", () => {
    assert.equal(describeDuration(45), "45 s");
    assert.equal(describeDuration(135), "2 min 15 s");
    assert.equal(describeDuration(10800), "3 h 0 min");
  });
});

describe("the saved record", () => {
  test("a well-formed record is accepted", () => {
    assert.ok(
      isValidEnduranceRecord(
        {
          times: { flexor: 90, extensor: null, sideLeft: 40, sideRight: 41 },
          sex: "female",
        },
        norms,
      ),
    );
    assert.ok(isValidEnduranceRecord({ times: {}, sex: "unspecified" }, norms));
    assert.ok(isValidEnduranceRecord(emptyEnduranceRecord(norms), norms));
  });

  test("anything else is refused", () => {
    const bad = [
      null,
      "text",
      [],
      {},
      { times: { flexor: 90 } },
      { times: { flexor: 90 }, sex: "other" },
      { times: [], sex: "male" },
      { times: null, sex: "male" },
      { times: { flexor: -1 }, sex: "male" },
      { times: { flexor: "90" }, sex: "male" },
      { times: { flexor: Number.NaN }, sex: "male" },
      { times: { plank: 90 }, sex: "male" },
    ];
    for (const record of bad)
      assert.equal(isValidEnduranceRecord(record, norms), false, JSON.stringify(record));
  });

  test("the times are keyed by the norms file's tests, whatever they are", () => {
    const twoTests = { ...norms, tests: [normOf("flexor"), { ...normOf("extensor"), id: "back" }] };
    assert.deepEqual(emptyEnduranceRecord(twoTests).times, { flexor: null, back: null });
    assert.ok(isValidEnduranceRecord({ times: { back: 30 }, sex: "male" }, twoTests));
    assert.equal(isValidEnduranceRecord({ times: { extensor: 30 }, sex: "male" }, twoTests), false);
  });

  test("isValidTime allows null and non-negative numbers only", () => {
    assert.ok(isValidTime(null));
    assert.ok(isValidTime(0));
    assert.equal(isValidTime(-1), false);
    assert.equal(isValidTime(Number.POSITIVE_INFINITY), false);
    assert.equal(isValidTime(undefined), false);
  });

  test("normaliseTimes turns missing or damaged values into null", () => {
    assert.deepEqual(normaliseTimes({ flexor: 10, extensor: -4, sideLeft: "x" }, norms), {
      flexor: 10,
      extensor: null,
      sideLeft: null,
      sideRight: null,
    });
    assert.deepEqual(normaliseTimes(undefined, norms), {
      flexor: null,
      extensor: null,
      sideLeft: null,
      sideRight: null,
    });
  });
});

describe("bands", () => {
  test("the norms file holds the published means and SDs", () => {
    assert.deepEqual(Object.fromEntries(norms.tests.map((test) => [test.id, test.mean])), AVERAGE);
    assert.deepEqual(
      norms.tests.map((test) => test.sd),
      [102, 51, 28, 25],
    );
  });

  test("the middle band runs from one SD under the mean to one over, never under 0", () => {
    assert.deepEqual(bandLimits(normOf("extensor")), { low: 50, high: 152 });
    assert.deepEqual(bandLimits(normOf("flexor")), { low: 58, high: 262 });
    assert.equal(bandLimits({ mean: 10, sd: 30 }).low, 0);
  });

  test("each band and its edges", () => {
    const norm = normOf("extensor");
    assert.equal(bandOf(49.9, norm), "below");
    assert.equal(bandOf(50, norm), "lower");
    assert.equal(bandOf(100.9, norm), "lower");
    assert.equal(bandOf(101, norm), "upper");
    assert.equal(bandOf(152, norm), "upper");
    assert.equal(bandOf(152.1, norm), "above");
  });

  test("shortfall is 0 at or over the mean, 1 at two SDs under it, and in between", () => {
    const norm = normOf("extensor");
    assert.equal(shortfall(101, norm), 0);
    assert.equal(shortfall(300, norm), 0);
    assert.ok(Math.abs(shortfall(0, norm) - 101 / 102) < 1e-9);
    assert.equal(shortfall(-1, norm), 1);
    assert.equal(shortfall(50, norm), 0.5);
  });
});

describe("assessEndurance", () => {
  test("no times gives no-data", () => {
    const result = assessEndurance({}, norms);
    assert.equal(result.status, "no-data");
    assert.equal(result.attention, null);
    assert.equal(result.entered, 0);
    assert.equal(result.results.length, 4);
    assert.ok(result.results.every((row) => row.seconds === null && row.band === null));
  });

  test("average times are ok with no attention", () => {
    const result = assessEndurance(AVERAGE, norms);
    assert.equal(result.status, "ok");
    assert.equal(result.attention, 0);
    assert.match(result.summary, /4 of 4 hold times in or above the middle band/);
    assert.ok(result.results.every((row) => row.band === "upper" && row.z === 0));
  });

  test("a time below the band asks for attention and names the test", () => {
    const result = assessEndurance({ ...AVERAGE, extensor: 30 }, norms);
    assert.equal(result.status, "attention");
    assert.equal(result.attention, 0.7);
    assert.match(result.summary, /3 of 4 .* Below it: Back-extensor hold\./);
    const row = result.results.find((item) => item.id === "extensor");
    assert.equal(row.band, "below");
    assert.equal(row.bandLabel, "below the middle band");
    assert.equal(row.z, -1.39);
  });

  test("attention is the largest shortfall of the entered tests only", () => {
    const result = assessEndurance({ sideLeft: 27, extensor: 200 }, norms);
    assert.equal(result.entered, 2);
    assert.equal(result.attention, 0.5);
    // 27 s is exactly one SD under the left side's mean (55 - 28): the lower edge of the band
    assert.match(result.summary, /2 of 2 hold times/);
    assert.equal(result.results.find((row) => row.id === "sideLeft").band, "lower");
    assert.equal(result.results.find((row) => row.id === "flexor").attention, null);
  });

  test("one time uses the singular and a time above the band is fine", () => {
    const result = assessEndurance({ flexor: 400 }, norms);
    assert.equal(result.status, "ok");
    assert.match(result.summary, /^1 of 1 hold time in/);
    assert.equal(result.results[0].band, "above");
  });

  test("damaged values in the times are ignored, not a crash", () => {
    const result = assessEndurance(
      { flexor: -10, extensor: "abc", sideLeft: Number.NaN, sideRight: null },
      norms,
    );
    assert.equal(result.status, "no-data");
  });
});
