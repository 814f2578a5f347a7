// @ts-check
// "Stop: it hurts" in the workout mode: the stop rules as choices, and the chosen rule's advice.
// A rule that names red-flag signs shows each level those signs reach with the red-flag checker's
// own advice; an emergency level makes the advice an alert.
import { stopAdvice } from "../logic/stop_rules.js";
import { asList, citeSources } from "../logic/text.js";
import { WORKOUT_MESSAGES as SAY } from "../logic/workout_messages.js";
import { h } from "./dom.js";

function levelBlock(entry) {
  return h(
    "div",
    { class: "abc-workout-level", "data-level": entry.level },
    h("p", { class: "abc-redflag-title" }, h("strong", {}, entry.title)),
    h("p", {}, SAY.signsIntro),
    h(
      "ul",
      {},
      entry.signs.map((sign) => h("li", {}, sign)),
    ),
    h("p", {}, entry.advice),
    entry.actions.map((action) => h("p", {}, action)),
  );
}

function selfCareBlock(stopRules) {
  const care = stopRules.selfCare;
  if (!care) return null;
  return h(
    "div",
    { class: "abc-workout-care" },
    h("p", {}, h("strong", {}, care.title)),
    h(
      "ul",
      {},
      care.points.map((point) => h("li", {}, point.text)),
    ),
  );
}

function sourceLine(stopRules, redflags, advice) {
  const keys = [
    ...asList(advice.rule.source),
    ...(advice.rule.selfCare ? stopRules.selfCare.points.flatMap((p) => asList(p.source)) : []),
  ];
  const levelKeys = advice.levels.flatMap((entry) => asList(entry.source));
  // a source both files cite is named once
  const names = new Set([
    ...[...new Set(keys)].map((key) => citeSources(stopRules.sources, key)),
    ...[...new Set(levelKeys)].map((key) => citeSources(redflags?.sources, key)),
  ]);
  return h("p", { class: "abc-source" }, SAY.source([...names].join("; ")));
}

/**
 * The advice of the rule chosen, as one box: an alert when a level is an emergency.
 * @param {any} stopRules the stop-rules file
 * @param {any} redflags the red-flags file
 * @param {string} ruleId
 * @returns {{element: HTMLElement, heading: HTMLElement, stops: boolean} | null}
 */
export function stopAdviceBox(stopRules, redflags, ruleId) {
  const advice = stopAdvice(stopRules, redflags, ruleId);
  if (!advice) return null;
  const title = advice.alert ? advice.levels[0].title : advice.rule.choice;
  const heading = h("h5", { class: "abc-workout-advice-title", tabindex: "-1" }, title);
  const element = h(
    "div",
    {
      class: `abc-workout-advice${advice.alert ? " abc-workout-alert" : ""}`,
      "data-rule": advice.rule.id,
      role: advice.alert ? "alert" : null,
    },
    heading,
    advice.alert ? h("p", {}, SAY.stoppedBecause(advice.rule.choice)) : null,
    h("p", {}, advice.advice),
    advice.levels.map(levelBlock),
    advice.rule.uncertainty ? h("p", { class: "abc-hint" }, advice.rule.uncertainty) : null,
    advice.rule.selfCare ? selfCareBlock(stopRules) : null,
    sourceLine(stopRules, redflags, advice),
  );
  return { element, heading, stops: advice.stops };
}

/**
 * The choices: one button a rule, and a way back to the session.
 * @param {any} stopRules
 * @param {(ruleId: string) => void} onChoose
 * @param {() => void} onBack
 * @returns {{element: HTMLElement, heading: HTMLElement}}
 */
export function stopChoices(stopRules, onChoose, onBack) {
  const heading = h("h5", { class: "abc-workout-stop-title", tabindex: "-1" }, SAY.stopQuestion);
  const element = h(
    "div",
    { class: "abc-workout-stop" },
    heading,
    h("p", { class: "abc-hint" }, SAY.stopIntro),
    h(
      "ul",
      { class: "abc-workout-choices" },
      (stopRules?.rules ?? []).map((rule) =>
        h(
          "li",
          {},
          h(
            "button",
            {
              type: "button",
              class: "abc-button abc-button-secondary abc-workout-choice",
              "data-rule": rule.id,
              onclick: () => onChoose(rule.id),
            },
            rule.choice,
          ),
        ),
      ),
    ),
    h(
      "button",
      { type: "button", class: "abc-button abc-workout-back", onclick: onBack },
      SAY.backToSession,
    ),
  );
  return { element, heading };
}
