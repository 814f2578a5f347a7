// @ts-check
// Pure logic of the red-flag checker. The learner ticks signs, group by group; a sign with a level
// gives that level on its own, and a rule gives its level when, for each name in its `when`, at
// least one sign of that name is ticked (a name is a sign's id or a set of signs). The most
// serious level among the signs and rules that apply decides the advice. Each group is one
// question, answered by ticking signs or "I have none of these"; the all-clear needs every group
// answered, because an unticked box alone cannot tell "no" from "not read yet". It tells the
// learner how fast to get help and what to say; it does not diagnose. The sentences that join the
// data file's words are in red_flag_messages.js.
import { RED_FLAG_MESSAGES } from "./red_flag_messages.js";

// The level ids, most serious first, in the order of the data file's `levels` (call an ambulance,
// go to A&E now, today, in a few days, if not settling). The loader gives that order as a list,
// `levelOrder`: an object's keys may arrive sorted (a notebook's widget state is written with
// sorted keys), and severity must never follow the alphabet.
/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @returns {string[]}
 */
export function redFlagLevels(redflags) {
  return redflags.levelOrder ?? Object.keys(redflags.levels);
}

// A level the data file marks `emergency`: the checker raises an alert and the plan is put away
// until a clinician has seen the learner. False without a file, or for "clear" and "incomplete".
/**
 * @param {import("../types.js").RedFlagsFile | null | undefined} redflags
 * @param {string | null | undefined} level
 * @returns {boolean}
 */
export function isEmergencyLevel(redflags, level) {
  // a missing level (null or undefined) finds no entry, as any unknown name does
  return Boolean(redflags?.levels?.[/** @type {string} */ (level)]?.emergency);
}

// Every sign of the file, each with the id of its group.
/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @returns {import("../types.js").GroupedRedFlagSign[]}
 */
export function redFlagSigns(redflags) {
  return redflags.groups.flatMap((group) =>
    group.signs.map((sign) => ({ ...sign, group: group.id })),
  );
}

/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @returns {string[]}
 */
export function redFlagGroups(redflags) {
  return redflags.groups.map((group) => group.id);
}

// A saved or imported record: {checked: [sign ids], none?: [group ids answered "none of these"]}.
// A group cannot be both "none of these" and have a ticked sign.
/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @param {{checked?: unknown, none?: unknown} | null | undefined} data a saved or imported
 *   record, of any shape
 * @returns {boolean}
 */
export function isValidRedFlagRecord(redflags, data) {
  if (!data || typeof data !== "object" || Array.isArray(data) || !Array.isArray(data.checked))
    return false;
  const groupOf = new Map(redFlagSigns(redflags).map((sign) => [sign.id, sign.group]));
  if (!data.checked.every((id) => typeof id === "string" && groupOf.has(id))) return false;
  if (data.none === undefined) return true;
  const groups = redFlagGroups(redflags);
  if (!Array.isArray(data.none) || !data.none.every((group) => groups.includes(group)))
    return false;
  const tickedGroups = new Set(data.checked.map((id) => groupOf.get(id)));
  return data.none.every((group) => !tickedGroups.has(group));
}

/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @param {string} name a sign's id or a set's name
 * @returns {string[]}
 */
function membersOf(redflags, name) {
  return redflags.sets?.[name] ?? [name];
}

// Whether a rule holds for the ticked sign ids.
/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @param {import("../types.js").RedFlagRule} rule
 * @param {Set<string>} ticked
 * @returns {boolean}
 */
export function ruleHolds(redflags, rule, ticked) {
  const each = rule.when.every((name) => membersOf(redflags, name).some((id) => ticked.has(id)));
  if (!each || !rule.atLeast) return each;
  const count = membersOf(redflags, rule.atLeast.of).filter((id) => ticked.has(id)).length;
  return count >= rule.atLeast.count;
}

/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @param {string} level
 * @returns {number}
 */
function levelRank(redflags, level) {
  return redFlagLevels(redflags).indexOf(level);
}

// The signs and rules that apply, most serious first: [{kind: "sign" | "rule", ...item}].
/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @param {Iterable<string>} tickedIds
 * @returns {import("../types.js").RedFlagOutcomeApplied[]}
 */
export function applying(redflags, tickedIds) {
  const ticked = new Set(tickedIds);
  const signs = redFlagSigns(redflags).filter((sign) => sign.level && ticked.has(sign.id));
  const rules = (redflags.rules ?? []).filter((rule) => ruleHolds(redflags, rule, ticked));
  // each sign here has a level of its own (the filter above); kind is "rule" or "sign"
  return /** @type {import("../types.js").RedFlagOutcomeApplied[]} */ ([
    ...rules.map((rule) => ({ kind: "rule", ...rule })),
    ...signs.map((sign) => ({ kind: "sign", ...sign })),
  ]).sort((a, b) => levelRank(redflags, a.level) - levelRank(redflags, b.level));
}

// "A", "A, and B", "A; B; and C": the phrases may hold commas of their own.
/**
 * @param {string[]} phrases
 * @returns {string}
 */
export function joinRedFlagPhrases(phrases) {
  if (phrases.length <= 1) return phrases.join("");
  if (phrases.length === 2) return `${phrases[0]}, and ${phrases[1]}`;
  return `${phrases.slice(0, -1).join("; ")}; and ${phrases[phrases.length - 1]}`;
}

// The words to use on the phone or at the desk, from everything that applies above the lowest
// level (most serious first): "I have back pain and ..." for the signs' phrases, each script of its
// own, and the cauda equina sentence only after the signs marked for it. Empty when nothing
// applies.
/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @param {import("../types.js").RedFlagOutcomeApplied[]} outcomes
 * @returns {string}
 */
export function whatToSay(redflags, outcomes) {
  const lowest = redFlagLevels(redflags).at(-1);
  const serious = outcomes.filter((outcome) => outcome.level !== lowest);
  // a rule with words of its own says what its signs would have said ("I have cancer and ...")
  const spoken = new Set(
    serious
      .filter((outcome) => outcome.kind === "rule" && outcome.script)
      // only rules are left, each with its `when`
      .flatMap((rule) =>
        /** @type {string[]} */ (rule.when).flatMap((name) => membersOf(redflags, name)),
      ),
  );
  const phrases = serious
    .filter((outcome) => outcome.say && !outcome.script && !spoken.has(outcome.id))
    // the filter keeps only those with words to say
    .map((outcome) => /** @type {string} */ (outcome.say));
  const sentences = [];
  if (phrases.length) sentences.push(RED_FLAG_MESSAGES.iHave(joinRedFlagPhrases(phrases)));
  if (serious.some((outcome) => outcome.ces)) sentences.push(redflags.cesScript);
  for (const outcome of serious)
    if (outcome.script && !sentences.includes(outcome.script)) sentences.push(outcome.script);
  return sentences.join(" ");
}

/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @param {string} level
 * @param {import("../types.js").RedFlagOutcomeApplied[]} top
 * @returns {string}
 */
function titleOf(redflags, level, top) {
  return top.find((outcome) => outcome.title)?.title ?? redflags.levels[level].title;
}

/**
 * @typedef {object} TriageBase what every result of triage() holds
 * @property {import("../types.js").GroupedRedFlagSign[]} ticked
 * @property {import("../types.js").RedFlagOutcomeApplied[]} applied
 * @property {string[]} answered
 * @property {string[]} unanswered
 * @property {import("../types.js").GroupedRedFlagSign[]} reasons
 * @property {import("../types.js").GroupedRedFlagSign[]} noted
 * @property {string} say
 * @property {boolean} askAboutPlan
 */

/**
 * @typedef {TriageBase & {status: import("../types.js").Status, attention: number | null,
 *   level: string, top: import("../types.js").RedFlagOutcomeApplied[], title?: string,
 *   summary: string}} Triage
 */

/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @param {TriageBase} base
 * @param {string} level
 * @returns {Triage}
 */
function resultFor(redflags, base, level) {
  const top = base.applied.filter((outcome) => outcome.level === level);
  // the plan reads status and attention, as the data file gives them for the level
  const { status, attention } = redflags.levels[level];
  const title = titleOf(redflags, level, top);
  const missing = base.unanswered.length
    ? RED_FLAG_MESSAGES.notAnsweredCount(base.unanswered.length, redflags.groups.length)
    : "";
  return {
    ...base,
    status,
    attention,
    level,
    top,
    title,
    summary:
      RED_FLAG_MESSAGES.summary(
        title,
        top.map((outcome) => outcome.short),
      ) + missing,
  };
}

// The ids of the signs the applying rules name, directly or through a named group of signs.
/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @param {import("../types.js").RedFlagOutcomeApplied[]} applied
 * @returns {Set<string>}
 */
function signsInRules(redflags, applied) {
  return new Set(
    applied
      .filter((outcome) => outcome.kind === "rule")
      .flatMap((rule) =>
        [...rule.when, rule.atLeast?.of ?? []].flat().flatMap((name) => membersOf(redflags, name)),
      ),
  );
}

// redflags: the data file; record: the saved {checked, none} or null/undefined when the checker has
// not been used. Unknown ids are ignored.
// Returns {status, attention, level, title, ticked, applied, top, reasons, noted, say,
// askAboutPlan, answered, unanswered, summary}; level is one of redFlagLevels(), "clear" (every
// group answered, nothing applies) or "incomplete". applied: the signs and rules that apply, most
// serious first, and top those at the level that decides; reasons: the ticked signs behind them;
// noted: ticked signs that on their own are not red flags.
/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @param {Partial<import("../types.js").RedFlagRecord> | null | undefined} record
 * @returns {Triage}
 */
export function triage(redflags, record) {
  const signs = redFlagSigns(redflags);
  const wanted = new Set(record?.checked ?? []);
  const ticked = signs.filter((sign) => wanted.has(sign.id));
  const applied = applying(
    redflags,
    ticked.map((sign) => sign.id),
  );
  const none = new Set(record?.none ?? []);
  const groups = redFlagGroups(redflags);
  const answered = groups.filter(
    (group) => none.has(group) || ticked.some((sign) => sign.group === group),
  );
  const unanswered = groups.filter((group) => !answered.includes(group));
  const inRules = signsInRules(redflags, applied);
  const base = {
    ticked,
    applied,
    answered,
    unanswered,
    reasons: ticked.filter((sign) => sign.level || inRules.has(sign.id)),
    noted: ticked.filter((sign) => !sign.level && !inRules.has(sign.id)),
    say: whatToSay(redflags, applied),
    askAboutPlan: applied.some((outcome) => outcome.askAboutPlan),
  };
  if (applied.length) return resultFor(redflags, base, applied[0].level);
  if (!record || (!answered.length && !wanted.size)) {
    return {
      ...base,
      status: "no-data",
      attention: null,
      level: "incomplete",
      top: [],
      summary: RED_FLAG_MESSAGES.notUsed,
    };
  }
  if (unanswered.length) {
    return {
      ...base,
      status: "incomplete",
      attention: null,
      level: "incomplete",
      top: [],
      summary: RED_FLAG_MESSAGES.notFinished(answered.length, groups.length),
    };
  }
  const title = redflags.allClear.title;
  return {
    ...base,
    status: "ok",
    attention: 0,
    level: "clear",
    top: [],
    title,
    summary: RED_FLAG_MESSAGES.clear(title, groups.length),
  };
}

// Each group's answer so far, in the data file's order, for the line that names the group while
// it is folded: how many of its signs are ticked and whether it is answered "none of these".
/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @param {Partial<import("../types.js").RedFlagRecord> | null | undefined} record
 * @returns {{id: string, ticked: number, none: boolean, answered: boolean}[]}
 */
export function groupAnswers(redflags, record) {
  const checked = new Set(record?.checked ?? []);
  const none = new Set(record?.none ?? []);
  return redflags.groups.map((group) => {
    const ticked = group.signs.filter((sign) => checked.has(sign.id)).length;
    // a tick outweighs a stale "none of these" in the same group, as the triage reads it
    const isNone = !ticked && none.has(group.id);
    return { id: group.id, ticked, none: isNone, answered: ticked > 0 || isNone };
  });
}

// The group to open next once `after` is answered: the first unanswered group after it, else the
// first unanswered one before it; null when every group is answered.
/**
 * @param {{id: string, answered: boolean}[]} answers from groupAnswers()
 * @param {string | null} [after] a group's id; null or absent: from the first group
 * @returns {string | null}
 */
export function nextUnanswered(answers, after = null) {
  const start = after === null ? 0 : answers.findIndex((answer) => answer.id === after) + 1;
  const ordered = [...answers.slice(start), ...answers.slice(0, start)];
  return ordered.find((answer) => !answer.answered)?.id ?? null;
}

// What the all-clear names: each group's heading.
/**
 * @param {import("../types.js").RedFlagsFile} redflags
 * @returns {string[]}
 */
export function askedAbout(redflags) {
  return redflags.groups.map((group) => group.heading);
}

// A text split around its first "severe", so that the word can link to the definition.
/**
 * @param {string} text
 * @returns {[string, string, string] | null}
 */
export function splitSevere(text) {
  const match = /\bsevere\b/i.exec(text);
  if (!match) return null;
  return [text.slice(0, match.index), match[0], text.slice(match.index + match[0].length)];
}
