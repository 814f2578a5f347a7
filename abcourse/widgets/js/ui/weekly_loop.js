// @ts-check
// The plan's weekly loop, under its red-flag box: the next-morning pain question while a session
// waits for its answer, the weekly review, and a notice when damaged log entries were left out.
// Nothing in an emergency: the plan is put away then.
import {
  awaitingPain,
  isValidSessionLog,
  localDay,
  readSessionLog,
  SESSION_LOG_KEY,
  withNextMorningPain,
} from "../logic/session_log.js";
import { weeklyReview } from "../logic/weekly_review.js";
import { PAIN_PROMPT_MESSAGES, REVIEW_LINE_MESSAGES } from "../logic/weekly_review_messages.js";
import { h, noticeArea } from "./dom.js";
import { painPrompt, painThanks } from "./pain_prompt.js";
import { readRecord, saveRecord } from "./store.js";
import { weeklyReviewLine } from "./weekly_review_line.js";

/**
 * The saved log's good entries, and the notice to show (damaged entries, an unreadable record).
 * Reading never clears the record: the workout mode owns it.
 * @param {import("./store.js").StoreLike} storage
 * @returns {{log: import("../types.js").SessionLog, notice: string}}
 */
export function savedSessionLog(storage) {
  const { data, notice } = readRecord(storage, SESSION_LOG_KEY, isValidSessionLog, {
    clear: false,
  });
  const { log, dropped } = readSessionLog(data);
  if (notice) return { log, notice: REVIEW_LINE_MESSAGES.unreadable };
  return { log, notice: dropped ? REVIEW_LINE_MESSAGES.damaged(dropped) : "" };
}

/**
 * @param {{storage: import("./store.js").StoreLike,
 *   rules: import("../types.js").ProgressionRules | null | undefined, weeks?: number,
 *   now?: () => number}} options
 * @returns {{element: HTMLElement,
 *   refresh: (state: {emergency: boolean, checkerHref: string}) => void}}
 */
export function weeklyLoop({ storage, rules, weeks = 4, now = Date.now }) {
  const notice = noticeArea();
  const content = h("div", {});
  // the notice is on the page only while it has something to say
  const element = h("div", { class: "abc-plan-weekly" }, content);
  /** @type {HTMLElement | null} the advice after an answer, kept until the page is left */
  let thanks = null;
  /** @param {{emergency: boolean, checkerHref: string}} state */
  const refresh = (state) => {
    const { emergency, checkerHref } = state;
    if (emergency || !rules?.rules) {
      content.replaceChildren();
      return;
    }
    const today = localDay(now());
    const { log, notice: why } = savedSessionLog(storage);
    notice.show(why);
    const waiting = awaitingPain(log, today);
    const onAnswer = (/** @type {number} */ pain) => {
      if (!waiting) return;
      const answered = withNextMorningPain(log, waiting.startedAt, pain);
      // a refused save leaves the question up, with the store's notice saying why
      if (!saveRecord(storage, SESSION_LOG_KEY, answered, notice, PAIN_PROMPT_MESSAGES.notSaved)) {
        if (!notice.element.isConnected) content.prepend(notice.element);
        return;
      }
      const advice = painThanks({ pain, rules, checkerHref });
      thanks = advice;
      refresh(state);
      advice.focus();
    };
    const review = weeklyReview(log, today, rules, weeks);
    content.replaceChildren(
      ...[
        why ? notice.element : null,
        waiting ? painPrompt({ session: waiting, today, checkerHref, onAnswer }) : thanks,
        review ? weeklyReviewLine(review, today, rules) : null,
      ].filter((part) => part !== null),
    );
  };
  return { element, refresh };
}
