// @ts-check
// What the plan's session card and its starting levels say: plan_days.js, starting_level.js and
// session.js decide, this words. Short lines, read on a phone at the gym.

/**
 * @param {number} count
 * @param {string} word singular
 * @param {string} [plural]
 * @returns {string}
 */
function counted(count, word, plural = `${word}s`) {
  return `${count} ${count === 1 ? word : plural}`;
}

/**
 * A week's figures, short: "3 × 10 s holds each side, on your knees", "1 × 5 reaches each side,
 * hold 5 s", "10 min walk at an easy pace".
 * @param {Partial<import("../types.js").ExerciseWeek>} figures
 * @returns {string}
 */
export function figuresText(figures) {
  // "(one arm or one leg, ...)" follows the amount; other words come after a comma
  const gap = figures.where?.startsWith("(") ? " " : ", ";
  const where = figures.where ? `${gap}${figures.where}` : "";
  if (figures.minutes !== undefined)
    return `${figures.minutes} min walk${figures.where ? ` ${figures.where}` : ""}`;
  const side = figures.eachSide ? " each side" : "";
  const sets = figures.sets ?? 1;
  if (figures.reps === undefined)
    return `${sets} × ${figures.seconds} s ${sets === 1 ? "hold" : "holds"}${side}${where}`;
  const hold = figures.seconds ? `, hold ${figures.seconds} s` : "";
  return `${sets} × ${figures.reps} ${figures.unit ?? "reps"}${side}${hold}${where}`;
}

/**
 * @param {number} week
 * @param {Partial<import("../types.js").ExerciseWeek>} figures
 * @returns {string}
 */
export function weekLine(week, figures) {
  return `Week ${week}: ${figuresText(figures)}`;
}

export const DAY_NAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
export const DAY_FULL_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
];

/** @param {number[]} days day numbers, Monday 0 */
export const dayList = (days) => days.map((day) => DAY_NAMES[day]).join(", ");

export const LEVEL_WORDS = {
  easier: "Easier start",
  standard: "Standard start",
  harder: "Harder start",
};

const CHECK_NAMES = {
  plank: "kneeling plank",
  "side-bridge": "kneeling side bridge",
  "bird-dog": "bird dog",
};

/** @type {Record<string, string>} */
const LEVEL_TAIL = {
  easier: "so you start one step easier",
  standard: "so you start at week 1",
  harder: "so you start two weeks further on",
};

/** @type {Record<string, string>} */
const ANSWER_WORDS = {
  no: "was too hard to hold with good form",
  yes: "went well",
  easy: "was easy",
};

/**
 * Why the plan picked a start, in a sentence.
 * @param {import("./starting_level.js").Start} start
 * @returns {string}
 */
export function startReason({ level, reason }) {
  const tail = LEVEL_TAIL[level];
  switch (reason.kind) {
    case "pain":
      return "Something hurt during the solo check, so every exercise starts on the easier step.";
    case "hold": {
      const where =
        reason.band === "below"
          ? "below the published band"
          : reason.band === "above"
            ? "above the published band"
            : "within the published band";
      return (
        `Your ${reason.test.toLowerCase()} time (${reason.seconds} s) was ${where} ` +
        `(${Math.round(reason.low)} to ${Math.round(reason.high)} s), ${tail}.`
      );
    }
    case "check": {
      const move = CHECK_NAMES[/** @type {keyof typeof CHECK_NAMES} */ (reason.check)];
      return `Your ${move} in the solo check ${ANSWER_WORDS[reason.answer]}, ${tail}.`;
    }
    case "review":
      return (
        "Your weekly review stepped back from week 1, so this one starts on its easier step " +
        "until a week goes well."
      );
    case "none":
      return "Everyone starts this one at week 1.";
    default:
      return "No hold times or solo check yet, so you start at week 1.";
  }
}

export const CARD_MESSAGES = {
  /** @param {number} week */
  heading: (week) => `Week ${week}: your session`,
  /** @param {number[]} days @param {number} minutes */
  when: (days, minutes) => `${dayList(days)}: about ${counted(minutes, "minute")}.`,
  /** @param {number[]} days */
  walkDays: (days) => (days.length ? `Other days (${dayList(days)}): ` : "Every day: "),
  dayOff: "A day off between session days. Change them to suit your week:",
  changeDays: "Change the days",
  howMany: "Session days a week",
  startDay: "First session day",
  /** @param {number} count */
  daysOption: (count) => `${count} days`,
  rest: /** @param {number} seconds */ (seconds) => (seconds ? `rest ${seconds} s` : "no rest"),
  stopHeading: "Stop or swap this week",
  weeksHeading: "Weeks 1 to 4, exercise by exercise",
  weeksIntro:
    "Move on a week only if the last one felt under control and next-morning pain stayed at 3 " +
    "or less out of 10 (a common guide, not a proven rule).",
  levelsNote:
    "Which result picks which start is coaches' advice, not a tested rule. The bands are the " +
    "published ones from chapter 1.",
  printHint: "Print it and take it with you: it fits on one page.",
};

export const CHECK_MESSAGES = {
  heading: "A short solo check (no bench, no helper)",
  intro:
    "No hold times yet? Try each one once, on a mat, and tell the plan how it went. It picks " +
    "where you start. Stop at once if anything hurts. What the answers pick is coaches' advice.",
  questions: {
    plank:
      "Plank on your knees: forearms and knees on the floor, head, hips and knees in one line. " +
      "Can you hold it for 20 seconds with good form?",
    "side-bridge":
      "Side bridge on your knees: on one forearm, knees bent, hips lifted in line. Can you hold " +
      "it for 15 seconds on each side?",
    "bird-dog":
      "Bird dog: on hands and knees, reach one arm and the opposite leg out. Can you do 5 slow " +
      "reaches on each side with your back still?",
  },
  answers: {
    no: "No, or my form broke",
    yes: "Yes",
    easy: "Yes, easily",
    pain: "It hurt",
  },
  notTried: "Not tried",
  pain:
    "Something hurt, so every exercise starts on its easier step. Check the red-flag list if " +
    "the pain was severe or came with other signs.",
};

export const START_MESSAGES = {
  summary: "Start here: is it dangerous, today's ache, what to read",
  thisWeek: "What to do this week is your session below, with what to stop or swap.",
};
