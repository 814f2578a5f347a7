// @ts-check
// The plan's weekly review: which plan week the learner is in and why, and what next week does so
// far, each naming the rule that decided and, below, its sources as chapter 5 shows them.
import { citeSources } from "../logic/text.js";
import { decisionText } from "../logic/weekly_review.js";
import { EXTRA_SOURCES, REVIEW_LINE_MESSAGES as SAY } from "../logic/weekly_review_messages.js";
import { h } from "./dom.js";

/**
 * @typedef {import("../logic/weekly_review.js").ReviewDecision} ReviewDecision
 * @typedef {import("../logic/weekly_review.js").WeeklyReview} Review
 */

/**
 * @param {string} head
 * @param {ReviewDecision} decision
 * @param {"next" | "done"} when
 * @returns {HTMLElement}
 */
function decisionLine(head, decision, when) {
  return h(
    "p",
    { class: "abc-review-decision", "data-when": when, "data-decision": decision.decision },
    h("strong", {}, `${head}: `),
    decisionText(decision, when),
  );
}

/**
 * @param {Review} review
 * @param {string} today "YYYY-MM-DD"
 * @param {import("../types.js").ProgressionRules} rules
 * @returns {HTMLElement}
 */
export function weeklyReviewLine(review, today, rules) {
  const { last, next } = review;
  const lines = [];
  if (last) {
    const head = review.lastBegan === today ? SAY.fromTodayHead : SAY.thisWeekHead;
    lines.push(decisionLine(head, last, "done"));
  } else {
    lines.push(h("p", {}, h("strong", {}, SAY.thisWeek(review.week, review.weeks))));
  }
  if (next) {
    const head = next.decision === "step-back" ? SAY.nextSessionHead : SAY.nextWeekHead;
    lines.push(decisionLine(head, next, "next"));
  }
  const keys = [...new Set([last, next].flatMap((decision) => decision?.source ?? []))];
  const sources = { ...EXTRA_SOURCES, ...rules.sources };
  return h(
    "div",
    {
      class: "abc-plan-review",
      "data-week": review.week,
      "data-decision": (next ?? last)?.decision ?? "none",
    },
    h("h4", {}, SAY.title),
    lines,
    keys.length ? h("p", { class: "abc-hint" }, SAY.sources(citeSources(sources, keys))) : null,
  );
}
