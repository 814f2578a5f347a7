// @ts-check
// The next-morning pain question of the plan: "How is your back this morning, 0 to 10?", a radio
// group of big targets (arrow keys move, Enter or the Save button saves), and the answer's advice
// by the chapter 5 zones, with the way to the red-flag checker.
import { painZone } from "../logic/progression.js";
import { PAIN_MAX } from "../logic/session_log.js";
import { addDays } from "../logic/weekly_review.js";
import { PAIN_PROMPT_MESSAGES as SAY } from "../logic/weekly_review_messages.js";
import { h, uniqueId } from "./dom.js";

/**
 * The session's day in words, or null when it was yesterday.
 * @param {string} day "YYYY-MM-DD"
 * @param {string} today "YYYY-MM-DD"
 * @returns {string | null}
 */
function dayInWords(day, today) {
  if (addDays(today, -1) === day) return null;
  return new Date(`${day}T00:00:00Z`).toLocaleDateString("en-GB", {
    weekday: "long",
    day: "numeric",
    month: "long",
    timeZone: "UTC",
  });
}

/**
 * @param {string} checkerHref
 * @returns {HTMLElement}
 */
function redFlagLine(checkerHref) {
  return h(
    "p",
    { class: "abc-pain-redflag" },
    SAY.redFlagBefore,
    h("a", { href: checkerHref }, SAY.redFlagLink),
    SAY.redFlagAfter,
  );
}

/**
 * The question, for the session waiting for its answer.
 * @param {{session: import("../types.js").LoggedSession, today: string, checkerHref: string,
 *   onAnswer: (pain: number) => void}} options
 * @returns {HTMLElement}
 */
export function painPrompt({ session, today, checkerHref, onAnswer }) {
  const name = uniqueId("abc-pain");
  const legendId = `${name}-question`;
  const hintId = `${name}-hint`;
  const error = h("p", { class: "abc-field-error", role: "status", "aria-live": "polite" });
  const choices = Array.from({ length: PAIN_MAX + 1 }, (_, pain) =>
    h(
      "label",
      { class: "abc-pain-choice" },
      h("input", { type: "radio", name, value: String(pain), "aria-describedby": hintId }),
      h("span", {}, String(pain)),
    ),
  );
  const form = h(
    "form",
    {
      class: "abc-pain-prompt",
      "aria-labelledby": legendId,
      onsubmit: (/** @type {SubmitEvent} */ event) => {
        event.preventDefault();
        const chosen = form.querySelector(`input[name='${name}']:checked`);
        if (!(chosen instanceof HTMLInputElement)) {
          error.textContent = SAY.pick;
          return;
        }
        onAnswer(Number(chosen.value));
      },
    },
    h(
      "fieldset",
      {},
      h("legend", { id: legendId }, SAY.question(dayInWords(session.date, today))),
      h("p", { id: hintId, class: "abc-hint" }, SAY.hint),
      h("div", { class: "abc-pain-scale" }, choices),
    ),
    h(
      "div",
      { class: "abc-actions" },
      h("button", { type: "submit", class: "abc-button" }, SAY.save),
    ),
    error,
    redFlagLine(checkerHref),
  );
  return form;
}

/**
 * What the answer means, by zone; it takes the focus the question had.
 * @param {{pain: number, rules: import("../types.js").ProgressionRules, checkerHref: string}} o
 * @returns {HTMLElement}
 */
export function painThanks({ pain, rules, checkerHref }) {
  const { okMax, cautionMax } = rules.rules.pain;
  const zone = painZone(pain, rules);
  const advice =
    zone === "ok"
      ? SAY.fine(pain, okMax)
      : zone === "caution"
        ? SAY.caution(pain, okMax, cautionMax)
        : SAY.tooMuch(pain, cautionMax);
  return h(
    "div",
    { class: "abc-pain-thanks", "data-zone": zone, tabindex: "-1" },
    h("p", {}, advice),
    redFlagLine(checkerHref),
  );
}
