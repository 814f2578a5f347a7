// Pure logic of the red-flag checker: the most serious level among the ticked symptoms decides
// the advice. Any emergency sign means emergency care now, whatever else is ticked or left
// unanswered. Each level's group of signs is one question, answered by ticking the signs the
// learner has or by "I have none of these"; the all-clear needs every group answered, because an
// unticked box alone cannot tell "no" from "not read yet". It tells the learner how fast to get
// help and what to say; it does not diagnose.

export const RED_FLAG_LEVELS = ["emergency", "urgent", "soon", "routine"];

// Levels whose signs go into "You could say: I have back pain and ...".
const SAY_LEVELS = ["emergency", "urgent", "soon"];

// What the NHS and the cauda equina pathways ask people to say when a sign may come from the
// nerves at the base of the spine (the symptoms marked `ces: true` in the data file).
export const CES_WORRY = "I am worried about cauda equina syndrome.";

// The plan reads status and attention; level says which advice applies.
const RED_FLAG_OUTCOME = {
  emergency: { status: "urgent", attention: 1 },
  urgent: { status: "urgent", attention: 0.75 },
  soon: { status: "attention", attention: 0.5 },
  routine: { status: "attention", attention: 0.25 },
};

const COUNT_WORDS = {
  emergency: ["emergency sign", "emergency signs"],
  urgent: ["sign that needs a doctor today", "signs that need a doctor today"],
  soon: ["sign to get checked", "signs to get checked"],
  routine: ["reason to see your GP or a physiotherapist", "reasons to see your GP or a physiotherapist"],
};

// The levels that have signs in the file, in order of seriousness: each one is a question.
export function redFlagGroups(symptoms) {
  return RED_FLAG_LEVELS.filter((level) => symptoms.some((symptom) => symptom.level === level));
}

// A saved or imported record: {checked: [symptom ids], none?: [levels answered "none of these"]}.
// A group cannot be both "none of these" and have a ticked sign.
export function isValidRedFlagRecord(symptoms, data) {
  if (!data || typeof data !== "object" || Array.isArray(data) || !Array.isArray(data.checked)) return false;
  const levelOf = new Map(symptoms.map((symptom) => [symptom.id, symptom.level]));
  if (!data.checked.every((id) => typeof id === "string" && levelOf.has(id))) return false;
  if (data.none === undefined) return true;
  const groups = redFlagGroups(symptoms);
  if (!Array.isArray(data.none) || !data.none.every((level) => groups.includes(level))) return false;
  const tickedLevels = new Set(data.checked.map((id) => levelOf.get(id)));
  return data.none.every((level) => !tickedLevels.has(level));
}

// "A", "A and B", "A; B; and C": the phrases may hold commas of their own.
export function joinRedFlagPhrases(phrases) {
  if (phrases.length <= 1) return phrases.join("");
  if (phrases.length === 2) return `${phrases[0]}, and ${phrases[1]}`;
  return `${phrases.slice(0, -1).join("; ")}; and ${phrases[phrases.length - 1]}`;
}

// The words to use on the phone or at the desk, built from the ticked emergency, urgent and
// "soon" signs (most serious first). Empty when none of them is ticked.
export function whatToSay(tickedSymptoms) {
  const serious = SAY_LEVELS.flatMap((level) => tickedSymptoms.filter((symptom) => symptom.level === level));
  if (!serious.length) return "";
  const phrases = serious.map((symptom) => symptom.say ?? symptom.text.toLowerCase());
  let script = `I have back pain and ${joinRedFlagPhrases(phrases)}.`;
  if (serious.some((symptom) => symptom.ces)) script += ` ${CES_WORRY}`;
  return script;
}

function countOf(level, count) {
  const [one, many] = COUNT_WORDS[level];
  return `${count} ${count === 1 ? one : many}`;
}

function headingOf(redflags, level) {
  return redflags.levels?.[level]?.heading ?? level;
}

// redflags: the data file ({symptoms, levels, allClear}); record: the saved {checked, none} or
// null/undefined when the checker has not been used. Unknown ids are ignored.
// Returns {status, attention, level, ticked, byLevel, say, actions, answered, unanswered, summary};
// level is one of RED_FLAG_LEVELS, "clear" (every group answered "none") or "incomplete".
export function triage(redflags, record) {
  const { symptoms } = redflags;
  const groups = redFlagGroups(symptoms);
  const wanted = new Set(record?.checked ?? []);
  const ticked = symptoms.filter((symptom) => wanted.has(symptom.id));
  const byLevel = Object.fromEntries(RED_FLAG_LEVELS.map((level) => [level, ticked.filter((symptom) => symptom.level === level)]));
  const none = new Set(record?.none ?? []);
  const answered = groups.filter((level) => none.has(level) || byLevel[level].length);
  const unanswered = groups.filter((level) => !answered.includes(level));
  const base = {
    ticked, byLevel, answered, unanswered,
    say: whatToSay(ticked),
    actions: ticked.filter((symptom) => symptom.action),
  };
  const level = RED_FLAG_LEVELS.find((candidate) => byLevel[candidate].length);
  if (level) {
    const { status, attention } = RED_FLAG_OUTCOME[level];
    const title = redflags.levels?.[level]?.title ?? level;
    const missing = unanswered.length
      ? ` Not answered yet: ${unanswered.map((group) => headingOf(redflags, group)).join("; ")}.`
      : "";
    return { ...base, status, attention, level, summary: `${title}: ${countOf(level, byLevel[level].length)} ticked.${missing}` };
  }
  if (!record || (!answered.length && !wanted.size)) {
    return { ...base, status: "no-data", attention: null, level: "incomplete", summary: "The red-flag checker has not been used yet." };
  }
  if (unanswered.length) {
    return {
      ...base, status: "incomplete", attention: null, level: "incomplete",
      summary: `Not finished: ${answered.length} of ${groups.length} groups of signs answered. `
        + "A sign you have not answered is not a no, so this is not an all-clear yet.",
    };
  }
  const title = redflags.allClear?.title ?? "No red-flag signs";
  return {
    ...base, status: "ok", attention: 0, level: "clear",
    summary: `${title}: you said you have none of the ${symptoms.length} signs asked about.`,
  };
}

// The signs the all-clear names: "you said you have none of: a; b; c".
export function askedAbout(symptoms) {
  return symptoms.map((symptom) => symptom.short ?? symptom.text);
}
