// @ts-check
// What the core-endurance self-test says (chapter 1): endurance.js reads times and places them in
// bands; this words the bands, the problems with a typed time and the summary.

// Every message about a typed time ends on how to type one.
const EXAMPLE = "Type seconds, like 95, or minutes and seconds, like 1:35.";

export const ENDURANCE_MESSAGES = {
  // The bands: below the middle band (under mean - 1 SD), the middle band split at the mean, and
  // above it (over mean + 1 SD).
  bands: {
    below: "below the middle band",
    lower: "in the middle band, under the average",
    upper: "in the middle band, at or over the average",
    above: "above the middle band",
  },
  negative: `A hold time cannot be negative. ${EXAMPLE}`,
  /** @param {string} quoted what was typed, quoted */
  sixtyAfterColon: (quoted) => `${quoted} has a part of 60 or more after a colon. ${EXAMPLE}`,
  /** @param {string} quoted what was typed, quoted */
  notATime: (quoted) => `${quoted} is not a time. ${EXAMPLE}`,
  /** @param {string} typed the time, described @param {string} max the longest, described */
  tooLong: (typed, max) =>
    `${typed} is far longer than these tests run (this self-test compares up to ${max}). ` +
    `Check the number. ${EXAMPLE}`,
  noTimes: "No hold times entered yet.",
  /** @param {number} entered times entered @param {string[]} below the tests below the band */
  summary: (entered, below) => {
    const noun = entered === 1 ? "hold time" : "hold times";
    const inOrAbove =
      `${entered - below.length} of ${entered} ${noun} in or above the middle band ` +
      "of the published adult norms.";
    return below.length ? `${inOrAbove} Below it: ${below.join(", ")}.` : inOrAbove;
  },
};
