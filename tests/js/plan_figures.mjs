// The figures of the course's plans, for the tests that hold those plans to the course's own
// progression check: a plan's structured weeks turned into what the check takes (sessions and a
// volume a week).
import {
  assessProgression,
  progressionFlags,
} from "../../abcourse/widgets/js/logic/progression.js";

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
