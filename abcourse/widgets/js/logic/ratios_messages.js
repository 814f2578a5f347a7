// @ts-check
// What the balance ratios say (chapter 3): ratios.js works the ratios out and compares them with
// the published figures; this words the comparison, what is missing and the summary.

/** @typedef {{label: string, value: number}} Reference a published figure for one group */

/** @param {Reference[]} references */
function listFigures(references) {
  const parts = references.map((reference) => `${reference.label} (${reference.value.toFixed(2)})`);
  return parts.length > 1
    ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`
    : parts[0];
}

/**
 * How a ratio compares, in a sentence.
 * @param {string | null} comparison "close", "between", "higher" or "lower"
 * @param {Reference[]} references the published figures it was compared with
 * @param {Reference[]} close the figures it is close to (for "close")
 */
export function comparisonSentence(comparison, references, close) {
  const plural = references.length > 1 ? "averages" : "average";
  switch (comparison) {
    case "close":
      return `That is close to the published average for ${listFigures(close)}.`;
    case "between":
      return `That lies between the published averages for ${listFigures(references)}.`;
    case "higher":
      return `That is higher than the published ${plural} for ${listFigures(references)}.`;
    case "lower":
      return `That is lower than the published ${plural} for ${listFigures(references)}.`;
    default:
      return "";
  }
}

export const RATIOS_MESSAGES = {
  // the groups the published figures come from, as the sentences name them
  groups: { female: "women", male: "men", all: "adults in the study" },
  /** @param {string[]} names the hold tests still to enter @param {boolean} eitherSide */
  enterTimes: (names, eitherSide) =>
    `Enter your ${names.join(" and ")}${eitherSide ? " (one side is enough)" : ""} ` +
    "to see this ratio.",
  /** @param {string[]} names the hold tests below the line */
  zeroDenominator: (names) =>
    `Your ${names.join(" and ")} is 0 seconds, so this ratio cannot be worked out.`,
  /** @param {number} value @param {string} comparison the comparison's sentence */
  ratio: (value, comparison) => `Your ratio is ${value.toFixed(2)}. ${comparison}`.trim(),
  notEnough: "Not enough hold times entered for any ratio yet.",
  /**
   * @param {number} computed the ratios worked out
   * @param {{name: string, comparison: string}[]} different those higher or lower than published
   */
  summary: (computed, different) => {
    const noun = computed === 1 ? "ratio" : "ratios";
    const head =
      `${computed - different.length} of ${computed} ${noun} ` +
      "close to or between the published averages.";
    const named = different.map((ratio) => `${ratio.name} (${ratio.comparison})`).join(", ");
    return different.length ? `${head} Different: ${named}.` : head;
  },
};
