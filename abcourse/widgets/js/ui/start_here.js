// @ts-check
// "Start here" on the plan: the introduction's short answers (is it dangerous, today's ache, where
// to read next), from the same snippets the introduction includes. It sits after the red-flag
// box, so an emergency is always the first thing a learner sees, and it is put away with the plan
// in an emergency. Folded: the introduction answers the same questions first.
import { START_MESSAGES } from "../logic/session_card_messages.js";
import { h } from "./dom.js";
import { snippetNodes } from "./snippet.js";

/**
 * @param {{title: string, blocks: any[]}[]} sections
 * @param {boolean} open
 * @returns {HTMLElement | null}
 */
export function startHere(sections, open) {
  if (!sections?.length) return null;
  return h(
    "details",
    { class: "abc-plan-start-here", open },
    h("summary", {}, START_MESSAGES.summary),
    sections.flatMap((section) => [h("h5", {}, section.title), ...snippetNodes(section.blocks)]),
    h("p", {}, START_MESSAGES.thisWeek),
  );
}
