// The progression check against the real rules file, book/data/progression.yml: every rule (rise,
// rest, pain), the input checks, the saved-record check and the plan forward.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataFile } from "./data_file.mjs";

import {
  assessProgression,
  biggestJump,
  checkProgressionRows,
  isValidProgressionRecord,
  painZone,
  parseProgressionValue,
  progressionFlags,
  progressionPlan,
  progressionRise,
  rowsFromLog,
} from "../../abcourse/widgets/js/logic/progression.js";

const rules = loadDataFile("progression.yml");
const week = (sessions, volume, pain) => ({ sessions, volume, pain });
const ids = (flags) => flags.map((flag) => `${flag.id}@${flag.week}`);

test("the file's numbers are the ones the chapter states", () => {
  assert.equal(rules.rules.increase.twoWeekLimit, 0.3);
  assert.equal(rules.rules.increase.ruleOfThumb, 0.1);
  assert.equal(rules.rules.rest.maxSessions, 5);
  assert.equal(rules.rules.pain.okMax, 3);
  assert.equal(rules.rules.pain.cautionMax, 5);
  for (const name of ["increase", "rest", "pain"])
    assert.ok(rules.rules[name].uncertainty.length > 20, name);
  assert.match(rules.rules.increase.uncertainty, /running/);
  assert.match(rules.rules.rest.uncertainty, /48 hours/);
  assert.match(rules.rules.pain.uncertainty, /could not find/);
});

describe("the rise in volume", () => {
  test("the rise is a share of the earlier week, unknown after a blank or a week off", () => {
    assert.equal(progressionRise(10, 13), 0.3);
    assert.equal(progressionRise(null, 13), null);
    assert.equal(progressionRise(0, 13), null);
  });

  test("up to 10% a week raises nothing", () => {
    const flags = progressionFlags([week(3, 10, 1), week(3, 11, 1), week(3, 12, 1)], rules);
    assert.deepEqual(ids(flags), []);
  });

  test("more than 10% in a week is a note about the rule of thumb, from running", () => {
    const flags = progressionFlags([week(3, 10, 1), week(3, 12, 1)], rules);
    assert.deepEqual(ids(flags), ["rise-rule-of-thumb@2"]);
    assert.equal(flags[0].severity, "note");
    assert.match(flags[0].message, /rule of thumb/);
    assert.match(flags[0].message, /running/);
  });

  test("more than 30% over two weeks is a caution", () => {
    const flags = progressionFlags([week(3, 10, 1), week(3, 12, 1), week(3, 14, 1)], rules);
    assert.deepEqual(ids(flags), ["rise-rule-of-thumb@2", "rise-two-weeks@3"]);
    assert.equal(flags[1].severity, "caution");
    assert.deepEqual(flags[1].source, ["nielsen2014", "buist2008"]);
  });

  test("the 30% messages call it a trend from running, not a proven limit", () => {
    const flags = progressionFlags(
      [week(3, 10, 1), week(3, 12, 1), week(3, 14, 1), week(3, 20, 1)],
      rules,
    );
    const rises = flags.filter(
      (flag) => flag.id === "rise-two-weeks" || flag.id === "rise-one-week",
    );
    assert.ok(rises.length >= 2);
    for (const flag of rises) {
      assert.match(flag.message, /runners/);
      assert.match(flag.message, /trend/);
      assert.match(flag.message, /not a proven limit/);
    }
    assert.match(rules.rules.increase.text, /trend/);
    assert.match(rules.rules.increase.uncertainty, /not a proven limit/);
    assert.match(rules.plan.note, /trend/);
  });

  test("exactly 30% over two weeks is not flagged as too fast", () => {
    const flags = progressionFlags([week(3, 10, 1), week(3, 11, 1), week(3, 13, 1)], rules);
    assert.ok(!ids(flags).includes("rise-two-weeks@3"));
  });

  test("more than 30% in one week is a caution even with only two weeks", () => {
    const flags = progressionFlags([week(3, 10, 1), week(3, 14, 1)], rules);
    assert.deepEqual(ids(flags), ["rise-one-week@2"]);
  });

  test("no rise is worked out across a blank week", () => {
    const flags = progressionFlags([week(3, 10, 1), week(null, null, null), week(3, 20, 1)], rules);
    assert.deepEqual(ids(flags), []);
  });

  test("starting again after a week off is a note", () => {
    const flags = progressionFlags([week(3, 10, 1), week(0, 0, null), week(2, 8, 1)], rules);
    assert.deepEqual(ids(flags), ["restart@3"]);
  });
});
describe("the biggest single jump", () => {
  test("a rise over two weeks names its biggest single jump beside the two-week figure", () => {
    // 9 -> 10 -> 15: 67% over two weeks, of which +50% came in the last week
    const flags = progressionFlags([week(3, 9, 1), week(3, 10, 1), week(3, 15, 1)], rules);
    const rise = flags.find((flag) => flag.id === "rise-two-weeks");
    assert.match(rise.message, /67% over two weeks/);
    assert.match(rise.message, /The biggest jump was \+50%, from week 2 to week 3\./);
    // the jump can be the earlier of the two weeks
    const early = progressionFlags([week(3, 10, 1), week(3, 15, 1), week(3, 16, 1)], rules);
    const first = early.find((flag) => flag.id === "rise-two-weeks");
    assert.match(first.message, /60% over two weeks/);
    assert.match(first.message, /\+50%, from week 1 to week 2/);
  });

  test("the biggest jump is the largest week-on-week rise, none without a rise", () => {
    const weeks = [week(3, 10, 1), week(3, 12, 1), week(3, 18, 1), week(3, 20, 1)];
    assert.deepEqual(biggestJump(weeks), { rise: 0.5, from: 2, to: 3 });
    assert.deepEqual(biggestJump(weeks, 2, 3), { rise: (20 - 18) / 18, from: 3, to: 4 });
    assert.equal(biggestJump([week(3, 10, 1), week(3, 8, 1)]), null);
    assert.equal(biggestJump([week(3, 10, 1), week(null, null, null), week(3, 20, 1)]), null);
    assert.equal(biggestJump([week(0, 0, null), week(3, 20, 1)]), null);
  });
});

describe("rest days", () => {
  test("2 or 3 sessions raise nothing; 4 or 5 a note; 6 a caution; 7 or more no rest day", () => {
    const weeks = [
      week(2, 10, 1),
      week(3, 10, 1),
      week(4, 10, 1),
      week(5, 10, 1),
      week(6, 10, 1),
      week(7, 10, 1),
      week(10, 10, 1),
    ];
    const flags = progressionFlags(weeks, rules);
    assert.deepEqual(ids(flags), [
      "rest-above-guideline@3",
      "rest-above-guideline@4",
      "rest-too-few@5",
      "rest-none@6",
      "rest-none@7",
    ]);
    assert.deepEqual(
      flags.map((flag) => flag.severity),
      ["note", "note", "caution", "caution", "caution"],
    );
    assert.deepEqual(flags[2].source, ["garber2011", "ratamess2009"]);
    assert.match(flags[3].message, /every day/);
  });
});

describe("next-day pain", () => {
  test("the zones: 0-3 fine, 4-5 caution, above 5 too much", () => {
    assert.deepEqual(
      [0, 3, 3.5, 4, 5, 5.5, 6, 10].map((pain) => painZone(pain, rules)),
      ["ok", "ok", "caution", "caution", "caution", "too-much", "too-much", "too-much"],
    );
  });

  test("each zone gives its flag", () => {
    const flags = progressionFlags(
      [week(3, 10, 3), week(3, 10, 4), week(3, 10, 5), week(3, 10, 6)],
      rules,
    );
    assert.deepEqual(ids(flags), ["pain-caution@2", "pain-caution@3", "pain-too-much@4"]);
    assert.equal(flags[2].severity, "stop");
    assert.deepEqual(flags[0].source, ["silbernagel2007", "smith2017"]);
  });
});

describe("assessProgression", () => {
  test("nothing entered is no-data", () => {
    const result = assessProgression([week(null, null, null), week(null, null, null)], rules);
    assert.equal(result.status, "no-data");
    assert.equal(result.attention, null);
    assert.deepEqual(result.plan, []);
    assert.equal(typeof result.summary, "string");
  });

  test("steady weeks with little pain are ok, with a rising plan", () => {
    const result = assessProgression([week(3, 10, 1), week(3, 10, 2)], rules);
    assert.equal(result.status, "ok");
    assert.ok(result.attention <= 0.2);
    assert.deepEqual(
      result.plan.map((planned) => planned.volume),
      [11, 12, 13, 14],
    );
    assert.deepEqual(
      result.plan.map((planned) => planned.week),
      [3, 4, 5, 6],
    );
    assert.ok(result.plan.every((planned) => planned.action === "add"));
    assert.match(result.summary, /No warning signs/);
  });

  test("a problem in the latest weeks needs attention; an older one does not", () => {
    const recent = assessProgression([week(3, 10, 1), week(3, 10, 7)], rules);
    assert.equal(recent.status, "attention");
    assert.ok(recent.attention >= 0.7);
    const older = assessProgression([week(3, 10, 7), week(3, 10, 1), week(3, 10, 1)], rules);
    assert.equal(older.status, "ok");
    assert.equal(older.flags[0].recent, false);
  });

  test("attention grows with the size of the problem and stays within 0..1", () => {
    const mild = assessProgression([week(3, 10, 1), week(3, 10, 4)], rules).attention;
    const severe = assessProgression([week(3, 10, 1), week(3, 10, 10)], rules).attention;
    const fast = assessProgression([week(3, 10, 1), week(3, 30, 1)], rules).attention;
    assert.ok(mild < severe);
    assert.equal(severe, 1);
    assert.equal(fast, 1);
    const rest = assessProgression([week(3, 10, 1), week(6, 10, 1)], rules);
    assert.equal(rest.status, "attention");
    assert.ok(rest.attention > 0.5 && rest.attention < 1);
  });
});

describe("assessProgression with blanks, damaged values and units", () => {
  test("damaged values are treated as blank", () => {
    const result = assessProgression(
      [{ sessions: "x", volume: -3, pain: 50 }, week(3, 10, 1)],
      rules,
    );
    assert.equal(result.entered, 1);
    assert.equal(result.status, "ok");
  });

  test("a gap or an unusable number between filled weeks holds the check and the plan", () => {
    for (const weeks of [
      [week(3, 10, 1), week(null, null, null), week(3, 40, 1)],
      [week(3, 10, 1), week(3, null, 1), week(3, 12, 1)],
      [week(3, 10, 1), week(3, 11, 1), week(3, null, 1)],
    ]) {
      const result = assessProgression(weeks, rules);
      assert.equal(result.status, "incomplete", JSON.stringify(weeks));
      assert.equal(result.attention, null);
      assert.deepEqual(result.plan, []);
      assert.doesNotMatch(result.summary, /No warning signs/);
      assert.match(result.summary, /Week \d is missing a number/);
    }
  });

  test("a week off may leave pain blank, and leading blank weeks are fine", () => {
    assert.equal(
      assessProgression([week(3, 10, 1), week(0, 0, null), week(3, 10, 1)], rules).status,
      "ok",
    );
    assert.equal(
      assessProgression([week(null, null, null), week(3, 10, 1), week(3, 10, 1)], rules).status,
      "ok",
    );
  });

  test("the unit is kept and used in the summary", () => {
    const result = assessProgression([week(3, 30, 1), week(3, 30, 1)], rules, { unit: "minutes" });
    assert.equal(result.unit, "minutes");
    assert.match(result.summary, /minutes/);
  });
});

describe("the plan forward", () => {
  test("pain in the caution zone holds two weeks before adding", () => {
    const { weeks } = progressionPlan([week(3, 10, 1), week(3, 10, 4)], rules);
    assert.deepEqual(
      weeks.map((planned) => planned.action),
      ["hold", "hold", "add", "add"],
    );
    assert.deepEqual(
      weeks.map((planned) => planned.volume),
      [10, 10, 11, 12],
    );
  });

  test("pain above 5 cuts back first", () => {
    const { weeks } = progressionPlan([week(3, 10, 1), week(3, 20, 7)], rules);
    assert.deepEqual(
      weeks.map((planned) => planned.action),
      ["cut", "hold", "hold", "add"],
    );
    assert.equal(weeks[0].volume, 14);
    assert.match(weeks[0].note, /see a professional/);
  });

  test("a too-fast rise holds a week first", () => {
    const { weeks } = progressionPlan([week(3, 10, 1), week(3, 14, 1)], rules);
    assert.equal(weeks[0].action, "hold");
    assert.equal(weeks[0].volume, 14);
  });

  test("planned weeks never rise more than 30% over two weeks, for amounts of 10 and more", () => {
    for (const start of [10, 17, 30, 95, 180]) {
      const { weeks } = progressionPlan([week(3, start, 1), week(3, start, 1)], rules);
      const volumes = [start, start, ...weeks.map((planned) => planned.volume)];
      for (let index = 2; index < volumes.length; index += 1) {
        assert.ok(volumes[index] / volumes[index - 2] - 1 <= 0.3 + 1e-9, `${start}: ${volumes}`);
      }
    }
  });

  test("small amounts rise by one unit at most every other week", () => {
    const { weeks } = progressionPlan([week(3, 3, 1), week(3, 3, 1)], rules);
    assert.deepEqual(
      weeks.map((planned) => planned.volume),
      [4, 4, 5, 5],
    );
  });

  test("too many sessions are brought down to the guideline", () => {
    const { weeks, note } = progressionPlan([week(3, 10, 1), week(7, 10, 1)], rules);
    assert.ok(weeks.every((planned) => planned.sessions === 3));
    assert.match(note, /rest days/);
  });

  test("no plan without a filled latest week, after a week off, or without pain", () => {
    assert.deepEqual(progressionPlan([week(3, 10, 1), week(3, null, null)], rules).weeks, []);
    assert.deepEqual(progressionPlan([week(3, 10, 1), week(0, 0, null)], rules).weeks, []);
    assert.deepEqual(progressionPlan([week(3, 10, 1), week(3, 10, null)], rules).weeks, []);
  });
});

describe("input checks", () => {
  test("blank, negative, non-numeric and absurd values", () => {
    assert.deepEqual(parseProgressionValue("  ", "sessions", rules), {
      value: null,
      error: null,
      empty: true,
    });
    assert.match(parseProgressionValue("-2", "volume", rules).error, /negative/);
    assert.match(parseProgressionValue("lots", "volume", rules).error, /not a number/);
    assert.match(parseProgressionValue("15", "sessions", rules).error, /at most 14/);
    assert.match(parseProgressionValue("2.5", "sessions", rules).error, /whole number/);
    assert.match(parseProgressionValue("201", "volume", rules, "sets").error, /at most 200/);
    assert.equal(parseProgressionValue("201", "volume", rules, "minutes").value, 201);
    assert.match(parseProgressionValue("1201", "volume", rules, "minutes").error, /at most 1200/);
    assert.match(parseProgressionValue("11", "pain", rules).error, /0 to 10/);
    assert.equal(parseProgressionValue("2,5", "pain", rules).value, 2.5);
    assert.equal(parseProgressionValue(14, "sessions", rules).value, 14);
  });

  test("a blank week between filled weeks is a row error; blank weeks at the end are fine", () => {
    const rows = [
      { sessions: "3", volume: "10", pain: "1" },
      { sessions: "", volume: "", pain: "" },
      { sessions: "3", volume: "10", pain: "1" },
      { sessions: "", volume: "", pain: "" },
    ];
    const check = checkProgressionRows(rows, rules);
    assert.equal(check.valid, false);
    assert.match(check.rowErrors[1], /Week 2 is empty/);
    assert.equal(check.rowErrors[3], null);
  });

  test("a partly filled week asks for the rest; a week off may leave pain blank", () => {
    const check = checkProgressionRows(
      [
        { sessions: "3", volume: "", pain: "2" },
        { sessions: "0", volume: "0", pain: "" },
      ],
      rules,
    );
    assert.match(check.errors[0].volume, /Enter the sets for week 1/);
    assert.equal(check.errors[1].pain, null);
  });
});

describe("input checks: sessions and volume together, good rows", () => {
  test("volume without sessions, or sessions without volume, is refused", () => {
    const check = checkProgressionRows(
      [
        { sessions: "0", volume: "10", pain: "2" },
        { sessions: "3", volume: "0", pain: "2" },
      ],
      rules,
    );
    assert.match(check.errors[0].sessions, /at least 1 session/);
    assert.match(check.errors[1].volume, /cannot be 0/);
    assert.deepEqual(check.weeks[0], { sessions: null, volume: 10, pain: 2 });
  });

  test("good rows are valid and come out as numbers", () => {
    const check = checkProgressionRows(
      [
        { sessions: "3", volume: "10", pain: "1" },
        { sessions: 4, volume: "11.5", pain: "0" },
      ],
      rules,
    );
    assert.equal(check.valid, true);
    assert.deepEqual(check.weeks, [week(3, 10, 1), week(4, 11.5, 0)]);
  });
});

describe("saved records", () => {
  test("good records pass; damaged ones fail", () => {
    assert.ok(
      isValidProgressionRecord(
        { weeks: [week(3, 10, 1), week(null, null, null)], unit: "sets" },
        rules,
      ),
    );
    assert.ok(isValidProgressionRecord({ weeks: [] }));
    assert.ok(!isValidProgressionRecord(null));
    assert.ok(!isValidProgressionRecord({ weeks: "no" }));
    assert.ok(!isValidProgressionRecord({ weeks: [week(-1, 10, 1)] }));
    assert.ok(!isValidProgressionRecord({ weeks: [week(3, 10, 11)] }));
    assert.ok(!isValidProgressionRecord({ weeks: [week(3, "10", 1)] }));
    assert.ok(!isValidProgressionRecord({ weeks: [week(3, 10, 1)], unit: "miles" }, rules));
    assert.ok(
      !isValidProgressionRecord({ weeks: Array.from({ length: 9 }, () => week(3, 10, 1)) }, rules),
    );
  });
});

describe("filled in from the session log", () => {
  const logged = (sessions, volume, pain) => ({ from: "", to: "", sessions, volume, pain });

  test("sessions, sets as the volume, the worst pain; no pain given stays blank", () => {
    const filled = rowsFromLog(
      [logged(3, 9, 2), logged(0, 0, null), logged(2, 6, null), logged(3, 10, 4)],
      rules,
    );
    assert.equal(filled.unit, "sets");
    assert.deepEqual(filled.rows, [
      { sessions: "3", volume: "9", pain: "2" },
      { sessions: "0", volume: "0", pain: "" },
      { sessions: "2", volume: "6", pain: "" },
      { sessions: "3", volume: "10", pain: "4" },
    ]);
    assert.match(filled.message, /^Filled in 4 weeks and 8 sessions from your session log/);
    assert.match(filled.message, /1 week has no next-morning pain yet/);
    assert.equal(filled.notice, "");
    // the rows pass the check's own input rules: the week off needs no pain
    const check = checkProgressionRows(filled.rows, rules, filled.unit);
    assert.deepEqual(
      check.errors.map((errors) => Boolean(errors.pain)),
      [false, false, true, false],
    );
  });

  test("says how many damaged entries were left out, and keeps the latest weeks only", () => {
    const many = Array.from({ length: rules.weeks.max + 2 }, (_, index) => logged(1, index + 1, 1));
    const filled = rowsFromLog(many, rules, 2);
    assert.equal(filled.rows.length, rules.weeks.max);
    assert.equal(filled.rows.at(-1).volume, String(rules.weeks.max + 2));
    assert.equal(
      filled.notice,
      "2 damaged entries of your session log were left out. " + "Nothing else was lost.",
    );
  });
});
