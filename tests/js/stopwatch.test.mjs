// The hold tests' stopwatch: elapsed whole seconds from two timestamps (never from ticks), the m:ss
// figure, the wait to the next whole second, the cap at the field's longest time, and its words.
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import { parseSeconds } from "../../abcourse/widgets/js/logic/endurance.js";
import {
  elapsedSeconds,
  formatClock,
  msToNextSecond,
  stoppedTime,
} from "../../abcourse/widgets/js/logic/stopwatch.js";
import { STOPWATCH_MESSAGES } from "../../abcourse/widgets/js/logic/stopwatch_messages.js";
import { loadDataFile } from "./data_file.mjs";

const norms = loadDataFile("norms.yml");

describe("elapsedSeconds", () => {
  test("counts whole seconds from the start, rounding down", () => {
    assert.equal(elapsedSeconds(1000, 1000), 0);
    assert.equal(elapsedSeconds(1000, 1999), 0);
    assert.equal(elapsedSeconds(1000, 2000), 1);
    assert.equal(elapsedSeconds(250.5, 250.5 + 47_999.9), 47);
  });

  test("depends only on the two timestamps, however rarely it is asked", () => {
    // a tab throttled to one update a minute still reads the true time
    const start = 5_000;
    const asked = [start + 60_000, start + 120_000, start + 125_400];
    assert.deepEqual(
      asked.map((now) => elapsedSeconds(start, now)),
      [60, 120, 125],
    );
  });

  test("a clock that went back gives zero, never a negative time", () => {
    assert.equal(elapsedSeconds(10_000, 9_000), 0);
  });
});

describe("msToNextSecond", () => {
  test("waits until the shown figure changes", () => {
    assert.equal(msToNextSecond(0, 0), 1000);
    assert.equal(msToNextSecond(0, 250), 750);
    assert.equal(msToNextSecond(100, 47_099), 1);
    assert.equal(msToNextSecond(100, 47_100), 1000);
  });

  test("stays between 1 and 1000 ms, even for a clock that went back", () => {
    for (const now of [-500, 0, 1, 999, 1000, 123_456.7]) {
      const wait = msToNextSecond(0, now);
      assert.ok(wait > 0 && wait <= 1000, `${now}: ${wait}`);
    }
  });
});

describe("formatClock", () => {
  test("minutes and two-digit seconds", () => {
    assert.equal(formatClock(0), "0:00");
    assert.equal(formatClock(7), "0:07");
    assert.equal(formatClock(47), "0:47");
    assert.equal(formatClock(95), "1:35");
    assert.equal(formatClock(600), "10:00");
  });

  test("an hour or more shows hours, and parts of a second are dropped", () => {
    assert.equal(formatClock(3723), "1:02:03");
    assert.equal(formatClock(59.99), "0:59");
    assert.equal(formatClock(-3), "0:00");
  });
});

describe("stoppedTime", () => {
  test("writes the whole seconds elapsed", () => {
    assert.deepEqual(stoppedTime(0, 47_600, 600), { seconds: 47, capped: false });
    assert.deepEqual(stoppedTime(0, 599_999, 600), { seconds: 599, capped: false });
  });

  test("never more than the field's longest time, and says when it cut the time", () => {
    assert.deepEqual(stoppedTime(0, 600_000, 600), { seconds: 600, capped: true });
    assert.deepEqual(stoppedTime(0, 3_600_000, 600), { seconds: 600, capped: true });
    assert.deepEqual(stoppedTime(0, 90_000, norms.maxSeconds), {
      seconds: 90,
      capped: false,
    });
  });

  test("a time the stopwatch writes is one the field accepts", () => {
    for (const now of [0, 999, 47_000, norms.maxSeconds * 1000, norms.maxSeconds * 5000]) {
      const { seconds } = stoppedTime(0, now, norms.maxSeconds);
      const parsed = parseSeconds(String(seconds), { max: norms.maxSeconds });
      assert.equal(parsed.error, null, `${now} ms`);
      assert.equal(parsed.value, seconds);
    }
  });
});

describe("STOPWATCH_MESSAGES", () => {
  test("the announcement names the test, the seconds and where they went", () => {
    assert.equal(
      STOPWATCH_MESSAGES.written("Trunk-flexor hold", 47),
      "Trunk-flexor hold: 47 seconds, written into the field.",
    );
    assert.equal(
      STOPWATCH_MESSAGES.written("Left side bridge", 1),
      "Left side bridge: 1 second, written into the field.",
    );
    assert.match(STOPWATCH_MESSAGES.capped("Back-extensor hold", 600), /10:00.*600 seconds/);
  });

  test("each button's name starts with the word it shows (WCAG 2.5.3)", () => {
    const name = norms.tests[0].name;
    assert.ok(STOPWATCH_MESSAGES.startLabel(name).startsWith(STOPWATCH_MESSAGES.start));
    assert.ok(STOPWATCH_MESSAGES.stopLabel(name).startsWith(STOPWATCH_MESSAGES.stop));
    assert.ok(STOPWATCH_MESSAGES.startLabel(name).includes(name));
  });
});
