// The figures of the course's printed plans, for the tests that hold those plans to the course's
// own progression check. Two jobs: read the figures out of a printed line ("Week 2: 3 holds of 12
// seconds, same days ..."), so a test can compare them with an exercise's structured `weeks`; and
// turn a plan's weeks into what the progression check takes (sessions and a volume a week).
import {
  assessProgression,
  progressionFlags,
} from "../../abcourse/widgets/js/logic/progression.js";

const FIGURES = ["sessions", "sets", "reps", "seconds", "minutes"];

// "on most days" as a number of sessions: the most it can mean.
const MOST_DAYS = 7;

// Numbers in a line that are not the week's figures: the pain score the plan asks you to stay
// within.
const NOT_FIGURES = [/\bpain (?:stays|stayed|is) (?:at )?\d+ or less\b/gi];

// Reads the figures of one printed week. `previous` is the week before (for "the same again" and
// "same days"). Throws when the line holds a number it cannot place, so a figure written in the
// text but missing from the structured weeks (or the other way round) cannot slip through.
export function parseWeekText(text, previous = null) {
  let rest = ` ${text} `;
  for (const pattern of NOT_FIGURES) rest = rest.replace(pattern, " ");
  const take = (pattern) => {
    const match = rest.match(pattern);
    if (match) rest = rest.replace(match[0], " ");
    return match;
  };
  let figures = {};
  let match;
  if (take(/^\s*the same again\b/i)) {
    if (!previous) throw new Error(`"${text}": "the same again" needs a week before it`);
    figures = { ...previous };
  } else {
    if ((match = take(/\b(?:on )?(\d+) or (\d+) (?:rest )?days\b/i)))
      figures.sessions = Math.max(Number(match[1]), Number(match[2]));
    else if ((match = take(/\bon (\d+) (?:rest )?days\b/i))) figures.sessions = Number(match[1]);
    else if (take(/\b(?:on )?(?:the )?same (?:[a-z-]+ ){0,3}days\b/i))
      figures.sessions = previous?.sessions;
    else if (take(/\bon most days\b/i)) figures.sessions = MOST_DAYS;
    if ((match = take(/\b(\d+) holds? of (\d+) seconds?\b/i))) {
      figures.sets = Number(match[1]);
      figures.seconds = Number(match[2]);
    }
    if ((match = take(/\b(\d+) sets? of (\d+)\b/i))) {
      figures.sets = Number(match[1]);
      figures.reps = Number(match[2]);
    }
    if ((match = take(/\bhold (?:each (?:one|rep) )?(?:for )?(\d+) seconds?\b/i)))
      figures.seconds = Number(match[1]);
    if (figures.sets === undefined && (match = take(/\b(\d+) (?:[a-z-]+ ){1,6}each side\b/i))) {
      figures.sets = 1;
      figures.reps = Number(match[1]);
    }
    const split = take(/\bor (\d+) walks of (\d+) minutes?\b/i);
    if ((match = take(/\b(\d+) or (\d+) minutes?\b/i)))
      figures.minutes = Math.max(Number(match[1]), Number(match[2]));
    else if ((match = take(/\b(\d+) minutes?\b/i))) figures.minutes = Number(match[1]);
    if (split && Number(split[1]) * Number(split[2]) !== figures.minutes) {
      throw new Error(
        `"${text}": ${split[1]} walks of ${split[2]} minutes is not ${figures.minutes} minutes`,
      );
    }
  }
  const left = rest.match(/\d+/);
  if (left) throw new Error(`"${text}": the number ${left[0]} is not one of the week's figures`);
  return weekFigures(figures);
}

// The figures of a structured week, in the same shape as parseWeekText gives.
export function weekFigures(week) {
  return Object.fromEntries(
    FIGURES.filter((name) => week[name] !== undefined).map((name) => [name, week[name]]),
  );
}

// A walk (minutes only) is not ab or core work, which is all the progression check counts: its
// rise is checked, but not its days (the rest-day rule is about training the same muscles).
export function isWalk(week) {
  return week.minutes !== undefined;
}

// What one week adds up to, in every measure the plan gives: sets (a hold counts as a set), reps
// and minutes of holding, or minutes of walking.
export function weeklyVolumes(week) {
  if (isWalk(week)) return { minutes: week.sessions * week.minutes };
  const reps = week.sets * (week.reps ?? 1);
  const volumes = { sets: week.sessions * week.sets };
  if (week.reps !== undefined) volumes.reps = week.sessions * reps;
  if (week.seconds !== undefined) volumes.minutes = (week.sessions * reps * week.seconds) / 60;
  return volumes;
}

// The plan goes on to the next week only while next-morning pain stays in the check's fine zone,
// so each planned week is checked with the highest pain that zone allows.
function plannedPain(rules) {
  return rules.rules.pain.okMax;
}

// Runs weeks of [{sessions, volume}] (sessions null: not counted) through the progression check.
// Returns the check's warnings (anything but a note) in any week, as messages.
export function checkerWarnings(series, rules, unit) {
  const weeks = series.map(({ sessions, volume }) => ({
    sessions,
    volume,
    pain: plannedPain(rules),
  }));
  const messages = progressionFlags(weeks, rules, unit)
    .filter((flag) => flag.severity !== "note")
    .map((flag) => `${flag.id}: ${flag.message}`);
  if (weeks.every((week) => week.sessions !== null)) {
    const result = assessProgression(weeks, rules, { unit });
    if (result.status !== "ok")
      messages.push(`assessProgression status ${result.status}: ${result.summary}`);
  }
  return messages;
}

// Every measure of a plan's weeks through the check. `weeks` are structured weeks of one
// exercise. Returns {measure: [warning messages]} for the measures that raised any.
export function planWarnings(weeks, rules) {
  if (!weeks.length) return { weeks: ["no structured weeks"] };
  const volumes = weeks.map(weeklyVolumes);
  const measures = Object.keys(volumes[0]);
  const problems = {};
  for (const [index, week] of volumes.entries()) {
    const keys = Object.keys(week);
    if (keys.length !== measures.length || !measures.every((measure) => keys.includes(measure))) {
      problems.shape = [
        `week ${index + 1} gives ${keys.join(", ")}, week 1 gives ${measures.join(", ")}`,
      ];
    }
  }
  for (const measure of measures) {
    const series = weeks.map((week, index) => ({
      sessions: isWalk(week) ? null : week.sessions,
      volume: volumes[index][measure],
    }));
    const messages = checkerWarnings(series, rules, measure === "minutes" ? "minutes" : "sets");
    if (messages.length) problems[measure] = messages;
  }
  return problems;
}
