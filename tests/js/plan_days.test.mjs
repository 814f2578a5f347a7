// The session days: 2 or 3 a week from any first day, a day off always between, the walk on the
// others, and the saved record's check (which the plan's import check uses too).
import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  DEFAULT_PLAN_DAYS,
  isValidPlanDays,
  PLAN_DAYS_KEY,
  planDaysOf,
  sessionDays,
  walkDays,
} from "../../abcourse/widgets/js/logic/plan_days.js";
import { recordValidators } from "../../abcourse/widgets/js/logic/plan.js";
import { PLAN_CHECK_KEY } from "../../abcourse/widgets/js/logic/starting_level.js";
import { dayList } from "../../abcourse/widgets/js/logic/session_card_messages.js";

describe("session days", () => {
  test("the suggestion is Mon, Wed, Fri", () => {
    assert.equal(dayList(sessionDays(DEFAULT_PLAN_DAYS)), "Mon, Wed, Fri");
    assert.equal(dayList(walkDays(DEFAULT_PLAN_DAYS)), "Tue, Thu, Sat, Sun");
  });

  test("every choice leaves a day off between sessions, across the weekend too", () => {
    for (const count of [2, 3]) {
      for (let start = 0; start < 7; start += 1) {
        const days = sessionDays({ count, start });
        assert.equal(days.length, count);
        assert.equal(days[0], start);
        const sorted = [...days].sort((a, b) => a - b);
        sorted.forEach((day, index) => {
          const next = index + 1 < sorted.length ? sorted[index + 1] : sorted[0] + 7;
          assert.ok(next - day >= 2, `${count} days from ${start}: ${days}`);
        });
        assert.equal(walkDays({ count, start }).length, 7 - count);
      }
    }
  });

  test("the saved record is checked, and a damaged one falls back to the suggestion", () => {
    assert.equal(isValidPlanDays({ count: 2, start: 6 }), true);
    assert.equal(isValidPlanDays({ count: 4, start: 0 }), false);
    assert.equal(isValidPlanDays({ count: 3, start: 7 }), false);
    assert.equal(isValidPlanDays({ count: 3, start: 1.5 }), false);
    assert.equal(isValidPlanDays({ count: 3, start: 0, extra: true }), false);
    assert.equal(isValidPlanDays("Mon"), false);
    assert.deepEqual(planDaysOf({ count: 9 }), DEFAULT_PLAN_DAYS);
  });

  test("an imported file's days and solo check are checked by their own checks", () => {
    const validators = recordValidators([], {});
    assert.equal(validators.get(PLAN_DAYS_KEY)({ count: 2, start: 3 }), true);
    assert.equal(validators.get(PLAN_DAYS_KEY)({ count: 5, start: 3 }), false);
    assert.equal(validators.get(PLAN_CHECK_KEY)({ answers: { plank: "easy" } }), true);
    assert.equal(PLAN_DAYS_KEY, "abcourse:v1:tool:plan-days");
  });
});
