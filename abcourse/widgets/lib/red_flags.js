// Pure logic of the red-flag checker: the most serious level among the ticked symptoms decides
// the advice. Any emergency sign means emergency care now, whatever else is ticked. It tells the
// learner how fast to get help and what to say; it does not diagnose.

export const RED_FLAG_LEVELS = ["emergency", "urgent", "routine"];

// What the NHS and the cauda equina pathways ask people to say when a sign may come from the
// nerves at the base of the spine (the symptoms marked `ces: true` in the data file).
export const CES_WORRY = "I am worried about cauda equina syndrome.";

const RED_FLAG_TITLES = {
  emergency: "Get emergency care now",
  urgent: "Get an urgent appointment today",
  routine: "No red-flag signs ticked",
};

// The plan reads status and attention; level says which advice applies.
const RED_FLAG_OUTCOME = {
  emergency: { status: "urgent", attention: 1 },
  urgent: { status: "urgent", attention: 0.75 },
  routine: { status: "attention", attention: 0.25 },
};

export function isValidRedFlagRecord(symptoms, data) {
  if (!data || typeof data !== "object" || !Array.isArray(data.checked)) return false;
  const ids = new Set(symptoms.map((symptom) => symptom.id));
  return data.checked.every((id) => typeof id === "string" && ids.has(id));
}

// "A", "A and B", "A; B; and C": the phrases may hold commas of their own.
export function joinRedFlagPhrases(phrases) {
  if (phrases.length <= 1) return phrases.join("");
  if (phrases.length === 2) return `${phrases[0]}, and ${phrases[1]}`;
  return `${phrases.slice(0, -1).join("; ")}; and ${phrases[phrases.length - 1]}`;
}

// The words to use on the phone or at the desk, built from the ticked emergency and urgent signs
// (most serious first). Empty when none of them is ticked.
export function whatToSay(tickedSymptoms) {
  const serious = RED_FLAG_LEVELS.filter((level) => level !== "routine")
    .flatMap((level) => tickedSymptoms.filter((symptom) => symptom.level === level));
  if (!serious.length) return "";
  const phrases = serious.map((symptom) => symptom.say ?? symptom.text.toLowerCase());
  let script = `I have back pain and ${joinRedFlagPhrases(phrases)}.`;
  if (serious.some((symptom) => symptom.ces)) script += ` ${CES_WORRY}`;
  return script;
}

// symptoms: [{id, level, text, say?, ces?, source}] from book/data/red-flags.yml; checkedIds: the
// ticked ids, or null/undefined when the checker has not been used; levels (optional): the file's
// levels, whose titles then word the summary. Unknown ids are ignored.
export function triage(symptoms, checkedIds, levels = undefined) {
  const titleOf = (level) => levels?.[level]?.title ?? RED_FLAG_TITLES[level];
  if (checkedIds === null || checkedIds === undefined) {
    return {
      status: "no-data", attention: null, level: "routine", ticked: [], byLevel: { emergency: [], urgent: [], routine: [] },
      say: "", summary: "The red-flag checker has not been used yet.",
    };
  }
  const wanted = new Set(checkedIds);
  const ticked = symptoms.filter((symptom) => wanted.has(symptom.id));
  const byLevel = Object.fromEntries(RED_FLAG_LEVELS.map((level) => [level, ticked.filter((symptom) => symptom.level === level)]));
  const level = RED_FLAG_LEVELS.find((candidate) => candidate !== "routine" && byLevel[candidate].length) ?? "routine";
  const say = whatToSay(ticked);
  if (!ticked.length) {
    return { status: "ok", attention: 0, level, ticked, byLevel, say, summary: `${titleOf("routine")}.` };
  }
  const { status, attention } = RED_FLAG_OUTCOME[level];
  const count = byLevel[level].length;
  const signs = count === 1 ? "sign" : "signs";
  const summary = level === "routine"
    ? `No red-flag signs ticked. ${count} ${count === 1 ? "reason" : "reasons"} to see your GP or a physiotherapist.`
    : `${titleOf(level)}: ${count} ${level} ${signs} ticked.`;
  return { status, attention, level, ticked, byLevel, say, summary };
}
