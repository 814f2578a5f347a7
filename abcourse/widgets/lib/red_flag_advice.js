// The advice of a red-flag result as page elements, shared by the checker (chapter 4) and the
// Your plan chapter, so both say exactly the same thing for the same answers.
import { h } from "./dom.js";
import { askedAbout } from "./red_flags.js";
import { citeSources } from "./text.js";

function unansweredNote(redflags, result) {
  if (!result.unanswered.length) return null;
  const names = result.unanswered.map((level) => redflags.levels[level].heading);
  return h("p", { class: "abc-redflag-unanswered" }, h("strong", {}, "Not answered yet: "),
    `${names.join("; ")}. Read those signs too: if you have any of them, it may change what to do.`);
}

function levelBlock(redflags, result, heading) {
  const level = result.level;
  const info = redflags.levels[level];
  const ticked = result.byLevel[level];
  return [
    h(heading, { class: "abc-redflag-title" }, level === "emergency" ? `⚠ ${info.title}` : info.title),
    h("p", {}, `You ticked: ${ticked.map((symptom) => symptom.text).join("; ")}.`),
    h("p", {}, h("strong", {}, "What to do: "), info.advice),
    ...result.actions.map((symptom) => h("p", { class: "abc-redflag-action" },
      h("strong", {}, `For “${symptom.short ?? symptom.text}”: `), symptom.action)),
    h("p", {}, h("strong", {}, "Where to go: "), info.where),
    h("p", {}, h("strong", {}, "What to say: "), info.say),
    result.say
      ? h("div", { class: "abc-redflag-say" }, h("p", {}, h("strong", {}, "You could say: ")),
        h("blockquote", {}, h("p", {}, `“${result.say}”`)))
      : null,
    unansweredNote(redflags, result),
    h("p", { class: "abc-source" }, `Source: ${citeSources(redflags.sources, info.source)}.`),
  ].filter(Boolean);
}

function clearBlock(redflags, heading) {
  const clear = redflags.allClear;
  return [
    h(heading, { class: "abc-redflag-title" }, clear.title),
    h("p", {}, clear.advice),
    h("p", { class: "abc-redflag-asked" }, `You said you have none of these ${redflags.symptoms.length} signs: `
      + `${askedAbout(redflags.symptoms).join("; ")}.`),
    h("p", { class: "abc-source" }, `Source: ${citeSources(redflags.sources, clear.source)}.`),
  ];
}

function incompleteBlock(redflags, result, heading) {
  const total = result.answered.length + result.unanswered.length;
  return [
    h(heading, { class: "abc-redflag-title" }, "Not finished yet"),
    h("p", {}, result.status === "no-data"
      ? `Answer each of the ${total} groups of signs: tick every sign you have, or tick “I have none of these”.`
      : `You have answered ${result.answered.length} of the ${total} groups of signs. `
        + "A sign you have not answered is not a no, so this is not an all-clear yet."),
    unansweredNote(redflags, result),
  ].filter(Boolean);
}

// Elements for one result of lib/red_flags.js triage(); heading is the tag of its title line.
export function redFlagAdvice(redflags, result, { heading = "h4" } = {}) {
  if (result.level === "clear") return clearBlock(redflags, heading);
  if (result.level === "incomplete") return incompleteBlock(redflags, result, heading);
  return levelBlock(redflags, result, heading);
}

// The line below the list that points back up to the alert, so nobody misses it.
export function redFlagEmergencyPointer(redflags) {
  return h("p", { class: "abc-redflag-title" },
    `⚠ ${redflags.levels.emergency.title}: you ticked an emergency sign. `
    + "Call 999 in the UK, 112 in the EU, 911 in the US, or your local emergency number, "
    + "or go to the nearest emergency department (A&E).");
}
