// The weekly review against the real rules file, book/data/progression.yml: every rule and its
// boundary (pain 3/4/5/6, the 30% line, 5 and 6 sessions, a stopped session, too little logged),
// the plan's ends (never below week 1, never above week 4), and the plan week the learner is in.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { loadDataFile } from "./data_file.mjs";

import {
  addDays,
  decisionText,
  MIN_SESSIONS_FOR_REVIEW,
  planWeek,
  reviewPeriods,
  reviewWeek,
  weeklyReview,
} from "../../abcourse/widgets/js/logic/weekly_review.js";

const rules = loadDataFile("progression.yml");
const WEEKS = 4;

const at = (day) => Date.parse(`${day}T18:00:00Z`);
// a session of `sets` sets done (of one exercise), answered with `pain` the next morning
const session = (day, { sets = 3, pain = null, stopped = null } = {}) => ({
  date: day,
  startedAt: at(day),
  endedAt: at(day) + 15 * 60_000,
  week: 1,
  items: [{ exerciseId: "side-bridge", setsPlanned: sets, setsDone: sets }],
  stopped,
  nextMorningPain: pain,
});

// A week of the review's facts: sessions with these pains (null: not answered), sets each.
const facts = (pains, { sets = 3, earlier = [null, null], stopped = [] } = {}) => {
  const sessions = pains.map((pain, index) =>
    session(addDays("2026-03-02", index), {
      sets,
      pain,
      stopped: stopped.includes(index) ? { rule: "it-hurts" } : null,
    }),
  );
  return { sessions, volume: sets * pains.length, earlier };
};

const decide = (weekFacts, week = 2) => reviewWeek(weekFacts, week, rules, WEEKS);

test("the review uses the chapter's numbers", () => {
  assert.equal(rules.rules.pain.okMax, 3);
  assert.equal(rules.rules.pain.cautionMax, 5);
  assert.equal(rules.rules.rest.maxSessions, 5);
  assert.equal(rules.rules.increase.twoWeekLimit, 0.3);
  assert.equal(MIN_SESSIONS_FOR_REVIEW, 2);
});

describe("next-morning pain", () => {
  test("3 (fine) goes on to the next week, naming the pain-monitoring model", () => {
    const decision = decide(facts([1, 3, 2]));
    assert.equal(decision.decision, "progress");
    assert.equal(decision.id, "pain-fine");
    assert.equal(decision.to, 3);
    assert.deepEqual(decision.source, ["silbernagel2007", "smith2017"]);
    assert.match(decisionText(decision, "next"), /^go on to week 3 — .*within 0 to 3.*\(pain-mon/);
  });

  for (const pain of [4, 5]) {
    test(`${pain} ("go carefully") repeats the week`, () => {
      const decision = decide(facts([2, pain, 1]));
      assert.equal(decision.decision, "hold");
      assert.equal(decision.id, "pain-caution");
      assert.equal(decision.to, 2);
      assert.match(decision.reason, new RegExp(`reached ${pain}, in the "go carefully" zone`));
    });
  }

  test("6 (above the zone) steps back a week, never holds", () => {
    const decision = decide(facts([2, 6, 1]), 3);
    assert.equal(decision.decision, "step-back");
    assert.equal(decision.id, "pain-too-much");
    assert.equal(decision.to, 2);
    assert.equal(
      decisionText(decision, "next"),
      "step back to week 2 — your next-morning pain reached 6, above the 5 the guide allows " +
        "(pain-monitoring model).",
    );
  });

  test("pain above the zone steps back even when the week is too short to judge otherwise", () => {
    // one session only, and a rise and too many sessions would each only hold
    for (const weekFacts of [
      facts([7]),
      facts([1, 1, 1, 1, 1, 6], { earlier: [3, 3] }),
      facts([null, 6]),
    ]) {
      assert.equal(decide(weekFacts).decision, "step-back");
    }
  });

  test("the worst answer of the week decides", () => {
    assert.equal(decide(facts([0, 1, 5])).decision, "hold");
    assert.equal(decide(facts([6, 1, 0])).decision, "step-back");
  });
});

describe("a session stopped because it hurt", () => {
  test("steps back, cites the NHS stop rule and calls the step coaches' advice", () => {
    const decision = decide(facts([1, 2, 1], { stopped: [1] }));
    assert.equal(decision.decision, "step-back");
    assert.equal(decision.id, "stopped");
    assert.equal(decision.to, 1);
    assert.deepEqual(decision.source, ["nhs2024backpain"]);
    assert.match(decision.reason, /stopped a session because it hurt/);
    assert.match(decision.reason, /coaches' advice/);
    assert.match(decisionText(decision, "next"), /\(stop rule\)\.$/);
  });
});

describe("too little logged holds, saying what is missing", () => {
  test("fewer than 2 sessions", () => {
    for (const pains of [[], [1]]) {
      const decision = decide(facts(pains));
      assert.equal(decision.decision, "hold");
      assert.equal(decision.id, "too-few-sessions");
      assert.match(decision.reason, new RegExp(`${pains.length} sessions? logged`));
      assert.match(decision.reason, /at least 2/);
      assert.deepEqual(decision.source, []);
    }
  });

  test("2 sessions are enough", () => {
    assert.equal(decide(facts([1, 2])).decision, "progress");
  });

  test("no next-morning pain given for any session", () => {
    const decision = decide(facts([null, null, null]));
    assert.equal(decision.decision, "hold");
    assert.equal(decision.id, "no-pain");
    assert.match(decision.reason, /not said how your back felt the morning after any of the 3/);
  });

  test("one answer of several is enough", () => {
    assert.equal(decide(facts([null, 2, null])).decision, "progress");
  });
});

describe("rest days", () => {
  test("5 sessions is within the guide; 6 holds", () => {
    assert.equal(decide(facts([1, 1, 1, 1, 1])).decision, "progress");
    const decision = decide(facts([1, 1, 1, 1, 1, 1]));
    assert.equal(decision.decision, "hold");
    assert.equal(decision.id, "rest-too-few");
    assert.deepEqual(decision.source, ["garber2011", "ratamess2009"]);
    assert.match(decision.reason, /6 sessions in the week leaves too few rest days/);
  });
});

describe("the two-week rise limit", () => {
  test("exactly 30% over two weeks goes on; more holds", () => {
    // 10 sets two weeks ago, 13 now: 30%
    const atLine = { sessions: facts([1, 1]).sessions, volume: 13, earlier: [12, 10] };
    assert.equal(decide(atLine).decision, "progress");
    const over = { ...atLine, volume: 14 };
    const decision = decide(over);
    assert.equal(decision.decision, "hold");
    assert.equal(decision.id, "rise");
    assert.deepEqual(decision.source, ["nielsen2014", "buist2008"]);
    assert.match(decision.reason, /went up 40% \(from 10 to 14\), more than the 30% line/);
  });

  test("more than 30% in one week holds too", () => {
    const weekFacts = { sessions: facts([1, 1]).sessions, volume: 14, earlier: [10, null] };
    assert.equal(decide(weekFacts).id, "rise");
  });

  test("no rise is worked out from a week that was not full", () => {
    const weekFacts = { sessions: facts([1, 1]).sessions, volume: 14, earlier: [null, null] };
    assert.equal(decide(weekFacts).decision, "progress");
  });
});

describe("the plan's ends", () => {
  test("week 1 cannot step below 1: it steps back to week 1's easier start", () => {
    const decision = decide(facts([6, 1]), 1);
    assert.equal(decision.decision, "step-back");
    assert.equal(decision.to, 1);
    assert.equal(decision.easierStart, true);
    assert.match(decisionText(decision, "next"), /^step back to the easier start of week 1 — /);
  });

  test("week 4 cannot go above 4: it repeats week 4, the plan's last", () => {
    const decision = decide(facts([1, 2, 1]), 4);
    assert.equal(decision.decision, "hold");
    assert.equal(decision.id, "plan-end");
    assert.equal(decision.to, 4);
    assert.match(decision.reason, /week 4 is the plan's last/);
    assert.match(decision.reason, /coaches' advice/);
  });

  test("from week 1's easier start, a good week goes on to week 1's usual start", () => {
    const decision = reviewWeek(facts([1, 1]), 1, rules, WEEKS, true);
    assert.equal(decision.decision, "progress");
    assert.equal(decision.to, 1);
    assert.equal(decision.easierStart, false);
    assert.match(decisionText(decision, "next"), /^go on to week 1's usual start — /);
    const held = reviewWeek(facts([1, 4]), 1, rules, WEEKS, true);
    assert.equal(held.easierStart, true);
    assert.match(decisionText(held, "next"), /^repeat the easier start of week 1 — /);
  });

  test("a hold or step back from week 4 stays within the plan", () => {
    assert.equal(decide(facts([1, 6]), 4).to, 3);
    assert.equal(decide(facts([1, 4]), 4).to, 4);
  });
});

// A log of whole weeks from Monday 2 March 2026: each week a list of sessions' pains, on
// Monday, Wednesday, Friday, ...
const START = "2026-03-02";
const logOf = (weeks, { sets = 3 } = {}) => ({
  sessions: weeks.flatMap((pains, week) =>
    pains.map((pain, index) => session(addDays(START, week * 7 + index * 2), { sets, pain })),
  ),
});

describe("the plan week the learner is in", () => {
  test("week 1 until the first week is reviewed, then one more a good week", () => {
    const log = logOf([
      [1, 2, 1],
      [2, 1, 1],
      [0, 1, 2],
    ]);
    assert.deepEqual(planWeek(log, START, WEEKS, rules), {
      week: 1,
      easierStart: false,
      last: null,
    });
    assert.equal(planWeek(log, addDays(START, 6), WEEKS, rules).week, 1);
    const second = planWeek(log, addDays(START, 7), WEEKS, rules);
    assert.equal(second.week, 2);
    assert.equal(second.last.decision, "progress");
    assert.equal(planWeek(log, addDays(START, 14), WEEKS, rules).week, 3);
    assert.equal(planWeek(log, addDays(START, 21), WEEKS, rules).week, 4);
  });

  test("never above the plan's last week", () => {
    const log = logOf([
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
      [1, 1, 1],
    ]);
    const now = planWeek(log, addDays(START, 42), WEEKS, rules);
    assert.equal(now.week, 4);
    assert.equal(now.last.id, "plan-end");
  });

  test("never below week 1", () => {
    const log = logOf([[6], [6], [7]]);
    const now = planWeek(log, addDays(START, 30), WEEKS, rules);
    assert.equal(now.week, 1);
    assert.equal(now.easierStart, true);
    assert.equal(now.last.id, "too-few-sessions");
  });

  test("pain above the zone steps back from the next morning, not a week later", () => {
    // week 1 good; week 2: Monday's session hurt (6) the next morning
    const log = logOf([[1, 1, 1], [6]]);
    const monday = addDays(START, 7);
    assert.equal(planWeek(log, monday, WEEKS, rules).week, 2);
    const tuesday = planWeek(log, addDays(monday, 1), WEEKS, rules);
    assert.equal(tuesday.week, 1);
    assert.equal(tuesday.last.id, "pain-too-much");
    // the new week runs seven days from that morning
    const periods = reviewPeriods(log, addDays(monday, 1), rules, WEEKS);
    assert.equal(periods.done.at(-1).end, addDays(monday, 1));
    assert.equal(periods.done.at(-1).full, false);
    assert.equal(periods.current.start, addDays(monday, 1));
  });
});

describe("the plan week, over weeks", () => {
  test("a week with no session repeats the week", () => {
    const log = logOf([[1, 1, 1], [], [1, 1]]);
    assert.equal(planWeek(log, addDays(START, 14), WEEKS, rules).week, 2);
    assert.equal(planWeek(log, addDays(START, 14), WEEKS, rules).last.id, "too-few-sessions");
  });

  test("the two-week limit compares whole weeks of sets", () => {
    // 6 sets, then 8 (+33%): the second week holds
    const log = {
      sessions: [
        session(START, { sets: 3, pain: 1 }),
        session(addDays(START, 2), { sets: 3, pain: 1 }),
        session(addDays(START, 7), { sets: 4, pain: 1 }),
        session(addDays(START, 9), { sets: 4, pain: 1 }),
      ],
    };
    const now = planWeek(log, addDays(START, 14), WEEKS, rules);
    assert.equal(now.week, 2);
    assert.equal(now.last.id, "rise");
  });

  test("without the rules it says so", () => {
    assert.throws(() => planWeek(logOf([[1]]), START), /progression rules/);
  });
});

describe("the review line's parts", () => {
  test("nothing logged, nothing to review", () => {
    assert.equal(weeklyReview({ sessions: [] }, START, rules), null);
  });

  test("this week's decision so far, and none for a week without a session yet", () => {
    const log = logOf([[1, 2, 1], [2]]);
    const midWeek = weeklyReview(log, addDays(START, 9), rules);
    assert.equal(midWeek.week, 2);
    assert.equal(midWeek.last.decision, "progress");
    assert.equal(midWeek.lastBegan, addDays(START, 7));
    assert.equal(midWeek.next.id, "too-few-sessions");
    const fresh = weeklyReview(logOf([[1, 2, 1]]), addDays(START, 7), rules);
    assert.equal(fresh.next, null);
  });

  test("answering 6 for yesterday's session steps back from today", () => {
    const log = logOf([[1, 1, 1], [6]]);
    const today = addDays(START, 8);
    const review = weeklyReview(log, today, rules);
    assert.equal(review.week, 1);
    assert.equal(review.lastBegan, today);
    assert.equal(review.last.decision, "step-back");
    assert.match(decisionText(review.last, "done"), /^back to week 1 — your next-morning pain/);
  });

  test("sessions after today are left out", () => {
    const log = logOf([[1, 1, 1]]);
    assert.equal(weeklyReview(log, addDays(START, -1), rules), null);
  });
});
