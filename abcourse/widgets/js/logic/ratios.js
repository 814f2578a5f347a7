// @ts-check
// Pure logic of the balance ratios: divide one hold time by another and compare the result with
// published figures for men and women. Worded as a comparison with a group, never a diagnosis.
import { normaliseTimes, round2, SEXES } from "./endurance.js";
import { comparisonSentence, RATIOS_MESSAGES } from "./ratios_messages.js";

export const GROUP_LABELS = RATIOS_MESSAGES.groups;
export const DEFAULT_NEAR = 0.25;

// Several fields (left and right side bridge) count as their average; a field left blank is
// skipped, so one side alone still gives a side-bridge time. Null when none is entered.
/**
 * @param {Record<string, number | null | undefined>} times
 * @param {string[]} fields
 * @returns {number | null}
 */
export function combinedTime(times, fields) {
  const values = fields
    .map((field) => times[field])
    .filter((value) => value !== null && value !== undefined);
  if (!values.length) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

/**
 * @param {import("../types.js").NormsFile} norms
 * @param {string[]} fields
 * @returns {number | null}
 */
function meanOfNorms(norms, fields) {
  const means = fields.map((field) => norms.tests.find((test) => test.id === field)?.mean);
  if (means.some((mean) => typeof mean !== "number")) return null;
  // every mean is a number past the check above
  return /** @type {number[]} */ (means).reduce((sum, mean) => sum + mean, 0) / means.length;
}

// A reference either states its value, or is worked out from the tests' average times
// ("fromNorms"), so the data file holds each published number once.
/**
 * @param {import("../types.js").RatioReference} reference
 * @param {import("../types.js").Ratio} ratio
 * @param {import("../types.js").NormsFile} norms
 * @returns {number | null}
 */
export function referenceValue(reference, ratio, norms) {
  if (typeof reference.value === "number") return reference.value;
  if (reference.fromNorms) {
    const top = meanOfNorms(norms, ratio.numerator);
    const bottom = meanOfNorms(norms, ratio.denominator);
    if (top === null || !bottom) return null;
    return round2(top / bottom);
  }
  return null;
}

// Which published figures apply: a stated sex sees its own group and whole-group figures; with
// the sex unspecified, every figure is shown.
/**
 * @typedef {object} AppliedReference a published figure that applies, with its value
 * @property {"female" | "male" | "all"} group
 * @property {string} label
 * @property {number} value
 * @property {string} source
 */

/**
 * @param {import("../types.js").Ratio} ratio
 * @param {string} sex
 * @param {import("../types.js").NormsFile} norms
 * @returns {AppliedReference[]}
 */
export function referencesFor(ratio, sex, norms) {
  const wanted =
    sex === "female" || sex === "male" ? new Set([sex, "all"]) : new Set(["female", "male", "all"]);
  // the filter at the end leaves only the figures with a value
  return /** @type {AppliedReference[]} */ (
    ratio.references
      .filter((reference) => wanted.has(reference.group))
      .map((reference) => ({
        group: reference.group,
        label: reference.label ?? GROUP_LABELS[reference.group],
        value: referenceValue(reference, ratio, norms),
        source: reference.source,
      }))
      .filter((reference) => reference.value !== null)
  );
}

// "close" within the near share of any applicable figure; "between" two figures; else "higher"
// or "lower" than all of them. The near share is a display choice stated in the data file.
/** @typedef {"close" | "between" | "higher" | "lower"} Comparison */

/**
 * @param {number} value
 * @param {AppliedReference[]} references
 * @param {number} [near]
 * @returns {Comparison | null}
 */
export function compareRatio(value, references, near = DEFAULT_NEAR) {
  if (!references.length) return null;
  if (references.some((reference) => Math.abs(value / reference.value - 1) <= near)) return "close";
  if (references.every((reference) => value > reference.value)) return "higher";
  if (references.every((reference) => value < reference.value)) return "lower";
  return "between";
}

// 0 when the ratio equals the nearest figure, 1 when it is double or half of it (or worse).
/**
 * @param {number} value
 * @param {AppliedReference[]} references
 * @returns {number | null}
 */
export function ratioAttention(value, references) {
  if (!references.length) return null;
  if (value <= 0) return 1;
  const distance = Math.min(
    ...references.map((reference) => Math.abs(Math.log(value / reference.value))),
  );
  return round2(Math.min(1, distance / Math.LN2));
}

// How a ratio compares with the published figures, in words (ratios_messages.js).
/**
 * @param {number} value
 * @param {Comparison | null} comparison
 * @param {AppliedReference[]} references
 * @param {number} [near]
 * @returns {string}
 */
export function describeComparison(value, comparison, references, near = DEFAULT_NEAR) {
  const close = references.filter((reference) => Math.abs(value / reference.value - 1) <= near);
  return comparisonSentence(comparison, references, close);
}

/**
 * @param {string[]} fields
 * @param {import("../types.js").NormsFile} norms
 * @returns {string[]}
 */
function fieldNames(fields, norms) {
  return fields.map((field) => norms.tests.find((test) => test.id === field)?.name ?? field);
}

// One ratio of the norms file, from the learner's times.
/**
 * @param {import("../types.js").Ratio} ratio
 * @param {Record<string, number | null>} clean
 * @param {string} knownSex
 * @param {import("../types.js").NormsFile} norms
 * @param {number} near
 */
function assessRatio(ratio, clean, knownSex, norms, near) {
  const top = combinedTime(clean, ratio.numerator);
  const bottom = combinedTime(clean, ratio.denominator);
  const references = referencesFor(ratio, knownSex, norms);
  const base = {
    id: ratio.id,
    name: ratio.name,
    numerator: top,
    denominator: bottom,
    references,
  };
  const needed = [
    ...ratio.numerator.filter(() => top === null),
    ...ratio.denominator.filter(() => bottom === null),
  ];
  if (needed.length) {
    const names = fieldNames(needed, norms);
    const eitherSide = top === null && ratio.numerator.length > 1;
    return {
      ...base,
      value: null,
      comparison: null,
      attention: null,
      sentence: RATIOS_MESSAGES.enterTimes(names, eitherSide),
    };
  }
  if (bottom === 0) {
    return {
      ...base,
      value: null,
      comparison: null,
      attention: null,
      sentence: RATIOS_MESSAGES.zeroDenominator(fieldNames(ratio.denominator, norms)),
    };
  }
  // both times are entered here: nothing is needed
  const value = round2(/** @type {number} */ (top) / /** @type {number} */ (bottom));
  const comparison = compareRatio(value, references, near);
  return {
    ...base,
    value,
    comparison,
    attention: ratioAttention(value, references),
    sentence: RATIOS_MESSAGES.ratio(value, describeComparison(value, comparison, references, near)),
  };
}

// times: {flexor, extensor, sideLeft, sideRight} in seconds or null; sex: "female" | "male" |
// "unspecified"; norms: book/data/norms.yml. Returns {status, attention, summary, sex, ratios}.
/**
 * @param {Partial<Record<string, unknown>> | null | undefined} times
 * @param {string} sex
 * @param {import("../types.js").NormsFile} norms
 */
export function assessRatios(times, sex, norms) {
  const clean = normaliseTimes(times, norms);
  const knownSex = SEXES.includes(sex) ? sex : "unspecified";
  const near = norms.ratios.near ?? DEFAULT_NEAR;
  const ratios = norms.ratios.items.map((ratio) =>
    assessRatio(ratio, clean, knownSex, norms, near),
  );
  const computed = ratios.filter((ratio) => ratio.value !== null);
  if (!computed.length) {
    return {
      status: "no-data",
      attention: null,
      summary: RATIOS_MESSAGES.notEnough,
      sex: knownSex,
      ratios,
    };
  }
  const different = computed.filter(
    (ratio) => ratio.comparison === "higher" || ratio.comparison === "lower",
  );
  // each of them has a comparison, higher or lower (the filter above)
  const summary = RATIOS_MESSAGES.summary(
    computed.length,
    /** @type {{name: string, comparison: string}[]} */ (different),
  );
  return {
    status: different.length ? "attention" : "ok",
    attention: Math.max(...computed.map((ratio) => ratio.attention ?? 0)),
    summary,
    sex: knownSex,
    ratios,
  };
}
