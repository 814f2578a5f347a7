// @ts-check
// "Stop: it hurts" in the workout mode: what a stop rule of book/data/stop-rules.yml tells the
// learner. A rule that names red-flag signs shows the levels of those signs, most serious first,
// each with the red-flag checker's own advice for it, so a sign met in a workout gets the same
// answer as in the checker; an emergency level makes it an alert. The numbers to call come from
// the red-flag file. It tells the learner when to stop and how fast to get help; it does not
// diagnose. No DOM here, so node --test covers it.
import { isEmergencyLevel, redFlagLevels, redFlagSigns } from "./red_flags.js";

/**
 * @typedef {import("../types.js").StopRule} StopRule
 * @typedef {import("../types.js").StopRulesFile} StopRulesFile
 * @typedef {import("../types.js").RedFlagsFile} RedFlagsFile
 * @typedef {object} StopLevel one red-flag level a stop rule's signs reach
 * @property {string} level
 * @property {string} title the checker's headline ("Go to A&E now")
 * @property {string} advice the checker's advice for the level
 * @property {boolean} emergency
 * @property {string[]} signs the signs of the rule at this level, in a few words each
 * @property {string[]} actions advice of a sign's own
 * @property {import("../types.js").SourceRef} source
 * @typedef {object} StopAdvice
 * @property {StopRule} rule
 * @property {string} advice the rule's advice, with the numbers to call
 * @property {boolean} stops
 * @property {StopLevel[]} levels most serious first
 * @property {boolean} alert true when a level is an emergency
 */

/**
 * A text with `{emergency}` and `{advice}` replaced by the red-flag file's numbers.
 * @param {string} text
 * @param {Record<string, string> | undefined} numbers
 * @returns {string}
 */
export function withNumbers(text, numbers) {
  return text.replace(/\{([a-z]+)\}/g, (whole, name) => numbers?.[name] ?? whole);
}

/**
 * The red-flag levels a rule's signs reach, most serious first.
 * @param {RedFlagsFile} redflags
 * @param {string[]} signIds
 * @returns {StopLevel[]}
 */
export function stopLevels(redflags, signIds) {
  const signs = redFlagSigns(redflags).filter((sign) => signIds.includes(sign.id) && sign.level);
  return redFlagLevels(redflags)
    .map((level) => {
      const here = signs.filter((sign) => sign.level === level);
      const info = redflags.levels[level];
      return {
        level,
        title: info.title,
        advice: info.advice,
        emergency: isEmergencyLevel(redflags, level),
        signs: here.map((sign) => sign.short),
        actions: here.flatMap((sign) => (sign.action ? [sign.action] : [])),
        source: info.source,
      };
    })
    .filter((entry) => entry.signs.length);
}

/**
 * What the chosen rule tells the learner.
 * @param {StopRulesFile} stopRules
 * @param {RedFlagsFile | null | undefined} redflags
 * @param {string} ruleId
 * @returns {StopAdvice | null} null for a rule the file does not have
 */
export function stopAdvice(stopRules, redflags, ruleId) {
  const rule = stopRules.rules.find((candidate) => candidate.id === ruleId);
  if (!rule) return null;
  const levels = redflags ? stopLevels(redflags, rule.redFlagSigns ?? []) : [];
  return {
    rule,
    advice: withNumbers(rule.advice, redflags?.numbers),
    stops: rule.stops !== false,
    levels,
    alert: levels.some((entry) => entry.emergency),
  };
}
