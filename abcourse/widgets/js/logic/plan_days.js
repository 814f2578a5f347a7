// @ts-check
// The learner's session days: 2 or 3 a week from a first day, always with a day off between
// (the chapters' "on 2 or 3 days with a day off between"). Saved in its own record,
// abcourse:v1:tool:plan-days -> {count: 2 | 3, start: 0..6 (Monday 0)}. No DOM here.
import { selfTestKey } from "./store_keys.js";

export const PLAN_DAYS_KEY = selfTestKey("plan-days");
export const DAY_COUNTS = [2, 3];
/** @typedef {{count: number, start: number}} PlanDays */
/** @type {PlanDays} Monday, Wednesday, Friday */
export const DEFAULT_PLAN_DAYS = { count: 3, start: 0 };

/**
 * @param {any} data a saved or imported record of any shape
 * @returns {boolean}
 */
export function isValidPlanDays(data) {
  if (!data || typeof data !== "object" || Array.isArray(data)) return false;
  const keys = Object.keys(data).sort();
  if (keys.join() !== "count,start") return false;
  return (
    DAY_COUNTS.includes(data.count) &&
    Number.isInteger(data.start) &&
    data.start >= 0 &&
    data.start <= 6
  );
}

/**
 * The session days from the first, spaced evenly over the week: 3 days two apart (Mon, Wed,
 * Fri), 2 days three apart (Mon, Thu), so a day off always falls between, across the weekend too.
 * @param {PlanDays} days
 * @returns {number[]} day numbers (Monday 0), from the first session day on
 */
export function sessionDays({ count, start }) {
  const gap = count === 3 ? 2 : 3;
  return Array.from({ length: count }, (_, index) => (start + index * gap) % 7);
}

/**
 * The other days of the week, for the walk, from Monday.
 * @param {PlanDays} days
 * @returns {number[]}
 */
export function walkDays(days) {
  const session = new Set(sessionDays(days));
  return [0, 1, 2, 3, 4, 5, 6].filter((day) => !session.has(day));
}

/**
 * @param {unknown} saved
 * @returns {PlanDays}
 */
export function planDaysOf(saved) {
  return isValidPlanDays(saved) ? /** @type {PlanDays} */ (saved) : DEFAULT_PLAN_DAYS;
}
