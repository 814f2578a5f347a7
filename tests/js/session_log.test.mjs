// The session log keeps good entries and drops a damaged one on its own; it answers which session
// waits for its next-morning pain, and sums the weeks the progression check reads.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  MAX_LOGGED_SESSIONS,
  SESSION_LOG_KEY,
  appendSession,
  awaitingPain,
  isLoggedSession,
  loggedWeeks,
  readSessionLog,
  withNextMorningPain,
} from "../../abcourse/widgets/js/logic/session_log.js";

const at = (day) => Date.parse(`${day}T18:00:00Z`);
const session = (day, overrides = {}) => ({
  date: day,
  startedAt: at(day),
  endedAt: at(day) + 15 * 60_000,
  week: 1,
  items: [
    { exerciseId: "side-bridge", setsPlanned: 3, setsDone: 3 },
    { exerciseId: "dead-bug", setsPlanned: 1, setsDone: 1 },
  ],
  stopped: null,
  nextMorningPain: null,
  ...overrides,
});

test("the log's key", () => {
  assert.equal(SESSION_LOG_KEY, "abcourse:v1:log:sessions");
});

describe("isLoggedSession", () => {
  test("a session as the workout mode writes it passes", () => {
    assert.ok(isLoggedSession(session("2026-12-01")));
  });
  for (const [what, broken] of [
    ["a day that does not exist", { date: "2026-02-30" }],
    ["an end before the start", { endedAt: at("2026-12-01") - 1 }],
    ["more sets done than planned", { items: [{ exerciseId: "x", setsPlanned: 1, setsDone: 2 }] }],
    ["a pain above 10", { nextMorningPain: 11 }],
    ["a pain that is not whole", { nextMorningPain: 2.5 }],
    ["a stop with no rule", { stopped: {} }],
    ["week 0", { week: 0 }],
  ]) {
    test(`${what} fails`, () =>
      assert.equal(isLoggedSession(session("2026-12-01", broken)), false));
  }
});

describe("readSessionLog", () => {
  test("a damaged entry is dropped and counted; the others are kept, oldest first", () => {
    const data = { sessions: [session("2026-12-03"), { date: "junk" }, session("2026-12-01")] };
    const { log, dropped } = readSessionLog(data);
    assert.equal(dropped, 1);
    assert.deepEqual(
      log.sessions.map((entry) => entry.date),
      ["2026-12-01", "2026-12-03"],
    );
  });
  test("no record is an empty log; a record of the wrong shape drops one", () => {
    assert.deepEqual(readSessionLog(null), { log: { sessions: [] }, dropped: 0 });
    assert.equal(readSessionLog({ sessions: "x" }).dropped, 1);
  });
});

describe("appendSession", () => {
  test("keeps the newest MAX_LOGGED_SESSIONS", () => {
    let log = { sessions: [] };
    for (let index = 0; index <= MAX_LOGGED_SESSIONS; index += 1) {
      log = appendSession(log, session("2026-12-01", { startedAt: at("2026-12-01") + index }));
    }
    assert.equal(log.sessions.length, MAX_LOGGED_SESSIONS);
    assert.equal(log.sessions[0].startedAt, at("2026-12-01") + 1);
  });
  test("refuses an entry the log could not read back", () => {
    assert.throws(() => appendSession({ sessions: [] }, { date: "x" }), TypeError);
  });
});

describe("next-morning pain", () => {
  const log = { sessions: [session("2026-12-01"), session("2026-12-02")] };
  test("the last session before today waits for it", () => {
    assert.equal(awaitingPain(log, "2026-12-03")?.date, "2026-12-02");
    assert.equal(awaitingPain(log, "2026-12-02")?.date, "2026-12-01");
  });
  test("once given, nothing waits, and the pain is on that session alone", () => {
    const answered = withNextMorningPain(log, at("2026-12-02"), 4);
    assert.equal(awaitingPain(answered, "2026-12-03"), null);
    assert.deepEqual(
      answered.sessions.map((entry) => entry.nextMorningPain),
      [null, 4],
    );
  });
  test("a pain out of range is refused", () => {
    assert.throws(() => withNextMorningPain(log, at("2026-12-02"), 12), RangeError);
  });
});

describe("loggedWeeks", () => {
  test("seven-day weeks ending today, oldest first, with sessions, sets and the worst pain", () => {
    const log = {
      sessions: [
        session("2026-11-20", { nextMorningPain: 2 }),
        session("2026-11-30", { nextMorningPain: 1 }),
        session("2026-12-02", { nextMorningPain: 5 }),
        session("2026-12-03"),
      ],
    };
    const weeks = loggedWeeks(log, "2026-12-03");
    assert.deepEqual(
      weeks.map(({ from, to, sessions, volume, pain }) => [from, to, sessions, volume, pain]),
      [
        ["2026-11-20", "2026-11-26", 1, 4, 2],
        ["2026-11-27", "2026-12-03", 3, 12, 5],
      ],
    );
  });
  test("an empty log has no weeks", () => {
    assert.deepEqual(loggedWeeks({ sessions: [] }, "2026-12-03"), []);
  });
});
