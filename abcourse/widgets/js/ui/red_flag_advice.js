// @ts-check
// The advice of a red-flag result as page elements: the checker's full advice (chapter 4), shared
// word for word by the Your plan chapter's emergency alert, and the plan's short red-flag box.
import { askedAbout, isEmergencyLevel } from "../logic/red_flags.js";
import { RED_FLAG_MESSAGES as SAY } from "../logic/red_flag_messages.js";
import { asList, citeSources } from "../logic/text.js";
import { h } from "./dom.js";

function unansweredNote(redflags, result) {
  if (!result.unanswered.length) return null;
  const names = result.unanswered.map(
    (id) => redflags.groups.find((group) => group.id === id).heading,
  );
  return h(
    "p",
    { class: "abc-redflag-unanswered" },
    h("strong", {}, SAY.notAnsweredYet),
    SAY.readThose(names),
  );
}

function sourcesOf(redflags, items) {
  const keys = [...new Set(items.flatMap((item) => asList(item.source)))];
  return h("p", { class: "abc-source" }, SAY.source(citeSources(redflags.sources, keys)));
}

// "What to do": an outcome with a headline of its own (the cancer team, the maternity unit) says
// what to do in its own words; otherwise the level's advice.
function whatToDo(redflags, result) {
  const own = result.top.find((outcome) => outcome.title);
  return own ? own.action : redflags.levels[result.level].advice;
}

// In an emergency only the advice of what sends the learner there; otherwise every applying
// sign's own advice (the one-leg line under "get help today", say).
function actionLines(redflags, result) {
  const own = result.top.find((outcome) => outcome.title);
  const shown = isEmergencyLevel(redflags, result.level) ? result.top : result.applied;
  return shown
    .filter((outcome) => outcome.action && outcome !== own)
    .map((outcome) =>
      h(
        "p",
        { class: "abc-redflag-action" },
        h("strong", {}, SAY.forSign(outcome.short)),
        outcome.action,
      ),
    );
}

function levelBlock(redflags, result, heading) {
  const info = redflags.levels[result.level];
  return [
    h(
      heading,
      { class: "abc-redflag-title" },
      isEmergencyLevel(redflags, result.level) ? SAY.emergencyTitle(result.title) : result.title,
    ),
    h("p", {}, h("strong", {}, SAY.whatToDo), whatToDo(redflags, result)),
    result.say
      ? h(
          "div",
          { class: "abc-redflag-say" },
          h("p", {}, h("strong", {}, SAY.youCouldSay)),
          h("blockquote", {}, h("p", {}, SAY.quoted(result.say))),
        )
      : null,
    ...actionLines(redflags, result),
    h(
      "p",
      { class: "abc-redflag-why" },
      SAY.becauseYouTicked(result.reasons.map((sign) => sign.short)),
    ),
    // in an emergency nothing left unanswered can lower the advice: go now
    isEmergencyLevel(redflags, result.level) ? null : unansweredNote(redflags, result),
    sourcesOf(redflags, [info, ...result.top]),
  ].filter(Boolean);
}

function notedLine(result) {
  if (!result.noted.length) return null;
  return h("p", {}, SAY.notRedFlags(result.noted.map((sign) => sign.short)));
}

function clearBlock(redflags, result, heading) {
  const clear = redflags.allClear;
  return [
    h(heading, { class: "abc-redflag-title" }, clear.title),
    h("p", {}, clear.advice),
    h(
      "p",
      { class: "abc-redflag-asked" },
      SAY.answeredAll(redflags.groups.length, askedAbout(redflags)),
    ),
    notedLine(result),
    h("p", { class: "abc-redflag-limits" }, clear.limits),
    sourcesOf(redflags, [clear]),
  ].filter(Boolean);
}

function incompleteBlock(redflags, result, heading) {
  const total = result.answered.length + result.unanswered.length;
  return [
    h(heading, { class: "abc-redflag-title" }, SAY.notFinishedTitle),
    h(
      "p",
      {},
      result.status === "no-data"
        ? SAY.answerEach(total)
        : SAY.answeredSome(result.answered.length, total),
    ),
    // before any answer every group is still to answer, as each group's folded line says
    result.status === "no-data" ? null : unansweredNote(redflags, result),
  ].filter(Boolean);
}

// Elements for one result of logic/red_flags.js triage(); heading is the tag of its title line.
export function redFlagAdvice(redflags, result, { heading = "h4" } = {}) {
  if (result.level === "clear") return clearBlock(redflags, result, heading);
  if (result.level === "incomplete") return incompleteBlock(redflags, result, heading);
  return levelBlock(redflags, result, heading);
}

// The line under the checker's result area while an emergency alert shows higher up, beside the
// group where the learner ticked: a plain line, not a live region, so the advice is announced once.
export function redFlagEmergencyPointer(result) {
  return h("p", { class: "abc-redflag-title" }, SAY.emergencyPointer(result.title));
}

// The Your plan chapter's red-flag box when there is no emergency: the level and its action in a
// sentence or two, and a link to the checker for the details.
export function redFlagBrief(redflags, result, checkerLink) {
  if (result.status === "no-data") {
    const [before, after] = SAY.briefNotUsed;
    return [h("p", {}, before, checkerLink, after)];
  }
  if (result.level === "incomplete") {
    const [before, after] = SAY.briefIncomplete(result.answered.length, redflags.groups.length);
    return [h("p", {}, before, checkerLink, after)];
  }
  if (result.level === "clear") {
    const [before, after] = SAY.briefClear;
    return [
      h(
        "p",
        {},
        h("strong", {}, SAY.briefClearTitle(redflags.allClear.title)),
        before,
        checkerLink,
        after,
      ),
      h("p", { class: "abc-hint" }, redflags.allClear.limits),
    ];
  }
  const [because, after] = SAY.briefBecause(result.top.map((outcome) => outcome.short));
  return [
    h("p", {}, h("strong", {}, SAY.briefTitle(result.title)), whatToDo(redflags, result)),
    h("p", { class: "abc-hint" }, because, checkerLink, after),
  ];
}
