// Pure logic of "Your plan" (chapter 6): read every saved record, run each chapter's own
// assessment on it, and order the chapters' exercises into a first four-week plan, the causes that
// need most attention first. Every assessment is imported from its chapter's module, so the plan
// and the chapters always agree. No DOM here, so node --test covers it.
import { assessEndurance, isValidEnduranceRecord } from "./endurance.js";
import { assessForm, checkedFromRecords } from "./form_score.js";
import { isValidChecklistRecord } from "./checklist_logic.js";
import { isValidQuizRecord, scoreQuiz } from "./grading.js";
import { assessProgression, isValidProgressionRecord } from "./progression.js";
import { assessRatios } from "./ratios.js";
import { isValidRedFlagRecord, triage } from "./red_flags.js";

export const PLAN_WEEKS = 4;
export const PLAN_PER_CAUSE = 2;
export const PLAN_MAX_EXERCISES = 5;
export const PLAN_KEY_PREFIX = "abcourse:v1:";

// Which assessment belongs to which cause; the cause ids are the ones the Python side sends.
export const PLAN_TOOLS = {
  "weak-core": "endurance",
  form: "form",
  imbalances: "ratios",
  conditions: "redflags",
  overtraining: "progression",
};

export function planKey(kind, id) {
  return `${PLAN_KEY_PREFIX}${kind}:${id}`;
}

// Words for the 0..1 attention score, so the chart and the text never rest on a number alone.
export function attentionWord(attention) {
  if (attention === null || attention === undefined) return "no data yet";
  if (attention < 0.34) return "low";
  if (attention < 0.67) return "some";
  return "high";
}

function planEmptyResult(summary) {
  return { status: "no-data", attention: null, summary };
}

// A saved value is used only when it passes its own widget's check; a damaged one is left out
// (its own widget clears it with a notice) and counted, so the page can say so.
function planUsable(records, key, isValid, skipped) {
  if (!(key in records)) return null;
  const data = records[key];
  let ok = false;
  try { ok = isValid(data); } catch { ok = false; }
  if (!ok) {
    skipped.push(key);
    return null;
  }
  return data;
}

// The quiz scores of one chapter, a secondary signal next to the tools.
export function chapterQuizScore(cause, records, skipped = []) {
  let correct = 0;
  let answered = 0;
  let total = 0;
  for (const quiz of cause.quizzes ?? []) {
    total += quiz.questions.length;
    const data = planUsable(records, planKey("quiz", `${cause.chapter}/${quiz.id}`), (value) => isValidQuizRecord(quiz, value), skipped);
    if (!data) continue;
    const score = scoreQuiz(quiz, data.responses, data.checked);
    correct += score.correct;
    answered += score.answered;
  }
  if (!total) return null;
  return { correct, answered, total };
}

// One cause's assessment from the records, by its chapter's own function.
export function assessCause(cause, records, data, skipped = []) {
  const tool = PLAN_TOOLS[cause.id];
  const endurance = planUsable(records, planKey("tool", "endurance"), isValidEnduranceRecord, skipped);
  try {
    switch (tool) {
      case "endurance":
        if (!data.norms) return planEmptyResult("The hold-time norms are missing.");
        return endurance ? assessEndurance(endurance.times, data.norms) : planEmptyResult("No hold times entered yet.");
      case "ratios":
        if (!data.norms) return planEmptyResult("The hold-time norms are missing.");
        return endurance ? assessRatios(endurance.times, endurance.sex, data.norms) : planEmptyResult("No hold times entered yet.");
      case "form": {
        const checklists = cause.checklists ?? [];
        const saved = {};
        for (const checklist of checklists) {
          const value = planUsable(records, planKey("checklist", `${cause.chapter}/${checklist.id}`), (item) => isValidChecklistRecord(checklist, item), skipped);
          if (value) saved[checklist.id] = value;
        }
        if (!checklists.length) return planEmptyResult("No form checklists yet.");
        return assessForm(checklists, checkedFromRecords(checklists, saved));
      }
      case "redflags": {
        if (!data.redflags) return planEmptyResult("The red-flag list is missing.");
        const value = planUsable(records, planKey("tool", "redflags"), (item) => isValidRedFlagRecord(data.redflags.symptoms, item), skipped);
        return triage(data.redflags, value);
      }
      case "progression": {
        if (!data.progression) return planEmptyResult("The progression rules are missing.");
        const value = planUsable(records, planKey("tool", "progression"), (item) => isValidProgressionRecord(item, data.progression), skipped);
        return value ? assessProgression(value.weeks, data.progression, { unit: value.unit }) : planEmptyResult("No training weeks entered yet.");
      }
      default:
        return planEmptyResult("This chapter has no self-test.");
    }
  } catch {
    // A chapter's data in an unexpected shape must not take the whole plan down.
    return planEmptyResult("This self-test's result could not be worked out.");
  }
}

// causes: [{id, chapter, title, href, exercises, quizzes, checklists}] in chapter order;
// records: {key: data} (store.js allRecords); data: {norms, redflags, progression}.
// Returns {causes: [...with result, quiz, attention], ordered, redflag, emergency, skipped}.
export function buildProfile(causes, records, data) {
  const skipped = [];
  const assessed = causes.map((cause, order) => {
    const result = assessCause(cause, records, data, skipped);
    const attention = typeof result.attention === "number" ? Math.min(1, Math.max(0, result.attention)) : null;
    return { ...cause, order, result, attention, quiz: chapterQuizScore(cause, records, skipped) };
  });
  const redflagCause = assessed.find((cause) => PLAN_TOOLS[cause.id] === "redflags");
  const redflag = redflagCause?.result ?? null;
  return {
    causes: assessed,
    ordered: orderCauses(assessed),
    redflag,
    emergency: redflag?.level === "emergency",
    skipped: [...new Set(skipped)],
  };
}

function quizShare(cause) {
  const quiz = cause.quiz;
  if (!quiz || !quiz.answered) return null;
  return quiz.correct / quiz.answered;
}

// Most attention first; causes with no data after those with data, in chapter order. The quiz
// share (fewer right answers first) breaks ties.
export function orderCauses(causes) {
  return [...causes].sort((a, b) => {
    const left = a.attention ?? -1;
    const right = b.attention ?? -1;
    if (left !== right) return right - left;
    const leftQuiz = quizShare(a) ?? 2;
    const rightQuiz = quizShare(b) ?? 2;
    if (leftQuiz !== rightQuiz) return leftQuiz - rightQuiz;
    return a.order - b.order;
  });
}

function exerciseIsUsable(exercise) {
  return exercise && typeof exercise.name === "string" && Array.isArray(exercise.progression) && exercise.progression.length > 0;
}

// The first weeks: up to perCause exercises from each cause, in the causes' order, at most
// maxExercises in all; each exercise's own week-by-week progression fills weeks 1 to weeks.
// Chapters without exercises are skipped.
export function buildPlan(ordered, { weeks = PLAN_WEEKS, perCause = PLAN_PER_CAUSE, maxExercises = PLAN_MAX_EXERCISES } = {}) {
  const chosen = [];
  for (const cause of ordered) {
    const exercises = (cause.exercises ?? []).filter(exerciseIsUsable).slice(0, perCause);
    for (const exercise of exercises) {
      if (chosen.length >= maxExercises) break;
      chosen.push({ ...exercise, causeId: cause.id, causeTitle: cause.title, href: cause.href });
    }
  }
  const planWeeks = Array.from({ length: weeks }, (_, index) => ({
    week: index + 1,
    items: chosen.map((exercise) => ({
      exercise: exercise.name,
      exerciseId: exercise.id,
      causeId: exercise.causeId,
      // an exercise with fewer steps than weeks repeats its last step
      text: exercise.progression[Math.min(index, exercise.progression.length - 1)],
    })),
  }));
  return { exercises: chosen, weeks: chosen.length ? planWeeks : [] };
}

// The check each saved key must pass, by the widget that writes it, as a Map from key to check;
// a key no widget of the course writes is not in it. Used to vet an imported progress file
// before anything is saved. Built once per page: the chapters' content does not change.
export function recordValidators(causes, data) {
  const byKey = new Map();
  byKey.set(planKey("tool", "endurance"), isValidEnduranceRecord);
  if (data.redflags) byKey.set(planKey("tool", "redflags"), (item) => isValidRedFlagRecord(data.redflags.symptoms, item));
  if (data.progression) byKey.set(planKey("tool", "progression"), (item) => isValidProgressionRecord(item, data.progression));
  for (const cause of causes) {
    for (const quiz of cause.quizzes ?? []) {
      byKey.set(planKey("quiz", `${cause.chapter}/${quiz.id}`), (item) => isValidQuizRecord(quiz, item));
    }
    for (const checklist of cause.checklists ?? []) {
      byKey.set(planKey("checklist", `${cause.chapter}/${checklist.id}`), (item) => isValidChecklistRecord(checklist, item));
    }
  }
  return byKey;
}

// One line for the page's live region and the Python `result` trait.
export function planSummary(profile, plan) {
  if (profile.emergency) return "Get emergency care now: you ticked an emergency sign in the red-flag checker.";
  const withData = profile.causes.filter((cause) => cause.attention !== null);
  const head = withData.length
    ? `Profile from ${withData.length} of ${profile.causes.length} self-tests. Most attention: ${profile.ordered[0].title}.`
    : "No self-test results yet, so the plan follows the chapters' order.";
  const body = plan.exercises.length
    ? ` Your plan has ${plan.exercises.length} ${plan.exercises.length === 1 ? "exercise" : "exercises"} for ${plan.weeks.length} weeks.`
    : " The chapters' exercises are not available yet.";
  return head + body;
}
