// @ts-check
// Pure logic of "Your plan" (chapter 6): read every saved record, run each chapter's own
// assessment on it (from the self-test registry, logic/self_tests.js), and order the chapters'
// exercises into a first four-week plan, the causes that need most attention first, one exercise
// of each movement pattern and always a walk. So the plan and the chapters always agree. No DOM
// here, so node --test covers it.
import { isValidChecklistRecord } from "./checklist_cues.js";
import { PLAN_MESSAGES } from "./plan_messages.js";
import { isValidQuizRecord, scoreQuiz } from "./quiz_grading.js";
import { isEmergencyLevel } from "./red_flags.js";
import { isValidSessionLog, SESSION_LOG_KEY } from "./session_log.js";
import { noResult, selfTestOf } from "./self_tests.js";
import { isValidPlanDays, PLAN_DAYS_KEY } from "./plan_days.js";
import { isValidCheckRecord, PLAN_CHECK_KEY } from "./starting_level.js";
import { checklistKey, passes, quizKey } from "./store_keys.js";
import { isValidVisitRecord, VISITS_KEY } from "./visits.js";

export const PLAN_WEEKS = 4;
export const PLAN_PER_CAUSE = 2;
export const PLAN_MAX_EXERCISES = 5;

/**
 * @typedef {import("../types.js").Cause} Cause
 * @typedef {import("../types.js").PlanData} PlanData
 * @typedef {import("./self_tests.js").SelfTestResult} SelfTestResult
 * @typedef {{correct: number, answered: number, total: number}} QuizScore
 * @typedef {Cause & {order: number, result: SelfTestResult, attention: number | null,
 *   quiz: QuizScore | null}} AssessedCause
 * @typedef {object} Profile
 * @property {AssessedCause[]} causes in chapter order
 * @property {AssessedCause[]} ordered most attention first
 * @property {SelfTestResult | null} redflag
 * @property {string | null} redflagPage
 * @property {boolean} emergency
 * @property {string[]} skipped the keys of damaged records
 * @typedef {import("../types.js").Exercise & {causeId: string, causeTitle: string,
 *   href: string}} PlannedExercise
 * @typedef {object} Plan
 * @property {PlannedExercise[]} exercises
 * @property {{week: number, items: {exercise: string, exerciseId: string, causeId: string,
 *   text: string}[]}[]} weeks
 */

// Where a cause stands, in words, from its own self-test's status, so a line never says "looks
// fine" beside a summary that names something to work on: "most" and "some" only when the
// self-test says it needs attention, "fine" when it says it is fine, and no word from a score
// when a self-test is not finished or has no results.
/** @typedef {"most" | "some" | "fine" | "unfinished" | "none" | "no-self-test"} Standing */
/**
 * @param {{attention: number | null, result: {status: string}}} cause
 * @returns {Standing}
 */
export function standingOf(cause) {
  const { status } = cause.result;
  if (status === "no-self-test") return "no-self-test";
  if (status === "incomplete") return "unfinished";
  if (cause.attention === null) return "none";
  if (status === "ok") return "fine";
  return cause.attention >= 0.67 ? "most" : "some";
}

// A saved value is used only when it passes its own widget's check; a damaged one is left out
// (its own widget clears it with a notice) and counted, so the page can say so.
/**
 * @param {Record<string, unknown>} records
 * @param {string} key
 * @param {import("../types.js").RecordCheck} isValid
 * @param {string[]} skipped
 * @returns {any} the record, of the shape its check passed (`any`: each check's own), or null
 */
function usable(records, key, isValid, skipped) {
  if (!(key in records)) return null;
  if (!passes(isValid, records[key])) {
    skipped.push(key);
    return null;
  }
  return records[key];
}

// The quiz scores of one chapter, a secondary signal next to the self-tests.
/**
 * @param {Cause} cause
 * @param {Record<string, unknown>} records
 * @param {string[]} [skipped]
 * @returns {QuizScore | null}
 */
export function chapterQuizScore(cause, records, skipped = []) {
  let correct = 0;
  let answered = 0;
  let total = 0;
  for (const quiz of cause.quizzes ?? []) {
    total += quiz.questions.length;
    const data = usable(
      records,
      quizKey(cause.chapter, quiz.id),
      (value) => isValidQuizRecord(quiz, value),
      skipped,
    );
    if (!data) continue;
    const score = scoreQuiz(quiz, data.responses, data.checked);
    correct += score.correct;
    answered += score.answered;
  }
  if (!total) return null;
  return { correct, answered, total };
}

// One cause's assessment from the records, by its self-test's entry in the registry.
/**
 * @param {Cause} cause
 * @param {Record<string, unknown>} records
 * @param {PlanData} data
 * @param {string[]} [skipped]
 * @returns {SelfTestResult}
 */
export function assessCause(cause, records, data, skipped = []) {
  const selfTest = selfTestOf(cause);
  // a chapter may teach without a self-test: the plan still lists it, with its quizzes
  if (!selfTest) return { ...noResult(PLAN_MESSAGES.noSelfTest), status: "no-self-test" };
  try {
    const checks = new Map(selfTest.records(cause, data).map(({ key, isValid }) => [key, isValid]));
    /** @param {string} key */
    const saved = (key) =>
      // checks.get(key) is there: checks.has(key)
      checks.has(key)
        ? usable(
            records,
            key,
            /** @type {import("../types.js").RecordCheck} */ (checks.get(key)),
            skipped,
          )
        : null;
    return selfTest.assess(cause, saved, data);
  } catch {
    // A chapter's data in an unexpected shape must not take the whole plan down.
    return noResult(PLAN_MESSAGES.noResult);
  }
}

// causes: [{id, chapter, title, href, selfTest, exercises, quizzes, checklists}] in chapter order;
// records: {key: data} (store.js allRecords); data: {norms, redflags, progression}.
// Returns {causes: [...with result, quiz, attention], ordered, redflag, redflagPage, emergency,
// skipped}: redflag is the red-flag checker's result and redflagPage its chapter's page.
/**
 * @param {Cause[]} causes
 * @param {Record<string, unknown>} records
 * @param {PlanData} data
 * @returns {Profile}
 */
export function buildProfile(causes, records, data) {
  /** @type {string[]} */
  const skipped = [];
  const assessed = causes.map((cause, order) => {
    const result = assessCause(cause, records, data, skipped);
    const attention =
      typeof result.attention === "number" ? Math.min(1, Math.max(0, result.attention)) : null;
    return { ...cause, order, result, attention, quiz: chapterQuizScore(cause, records, skipped) };
  });
  const redflagCause = assessed.find((cause) => cause.selfTest === "redflags");
  const redflag = redflagCause?.result ?? null;
  return {
    causes: assessed,
    ordered: orderCauses(assessed),
    redflag,
    redflagPage: redflagCause?.href ?? null,
    emergency: isEmergencyLevel(data?.redflags, redflag?.level),
    skipped: [...new Set(skipped)],
  };
}

/**
 * @param {AssessedCause} cause
 * @returns {number | null}
 */
function quizShare(cause) {
  const quiz = cause.quiz;
  if (!quiz || !quiz.answered) return null;
  return quiz.correct / quiz.answered;
}

// Most attention first; causes with no data after those with data, in chapter order. The quiz
// share (fewer right answers first) breaks ties.
/**
 * @param {AssessedCause[]} causes
 * @returns {AssessedCause[]}
 */
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

/**
 * @param {import("../types.js").Exercise} exercise
 * @returns {boolean}
 */
function exerciseIsUsable(exercise) {
  return (
    exercise &&
    typeof exercise.name === "string" &&
    Array.isArray(exercise.progression) &&
    exercise.progression.length > 0
  );
}

// The movement pattern (content.schema.json) of the walk the plan always includes.
export const WALKING = "walking";

/** @param {import("../types.js").Exercise} exercise */
const patternOf = (exercise) => exercise.pattern ?? exercise.id;

// The plan's exercises, one of each movement pattern: up to perCause exercises from each cause in
// the causes' order, skipping a pattern already taken (a variant of an exercise in the plan), at
// most maxExercises in all. A walk is always in: when the causes' order leaves it out, the first
// walk in that order takes the last place (or a free one). An exercise without a pattern counts
// as a pattern of its own.
/**
 * @param {Cause[]} ordered
 * @param {{perCause: number, maxExercises: number}} limits
 * @returns {PlannedExercise[]}
 */
export function pickByPattern(ordered, { perCause, maxExercises }) {
  /** @type {PlannedExercise[]} */
  const offered = ordered.flatMap((cause) =>
    (cause.exercises ?? []).filter(exerciseIsUsable).map((exercise) => ({
      ...exercise,
      causeId: cause.id,
      causeTitle: cause.title,
      href: cause.href,
    })),
  );
  /** @type {PlannedExercise[]} */
  const chosen = [];
  /** @type {Map<string, number>} */
  const perCauseTaken = new Map();
  for (const exercise of offered) {
    const taken = perCauseTaken.get(exercise.causeId) ?? 0;
    if (chosen.length >= maxExercises || taken >= perCause) continue;
    if (chosen.some((other) => patternOf(other) === patternOf(exercise))) continue;
    chosen.push(exercise);
    perCauseTaken.set(exercise.causeId, taken + 1);
  }
  const walk = offered.find((exercise) => exercise.pattern === WALKING);
  if (!walk || maxExercises < 1 || chosen.some((item) => item.pattern === WALKING)) return chosen;
  return [...chosen.slice(0, maxExercises - 1), walk];
}

// The first weeks: the exercises pickByPattern takes, in the causes' order; each exercise's own
// week-by-week progression fills weeks 1 to weeks. Chapters without exercises are skipped.
/**
 * @param {Cause[]} ordered
 * @param {{weeks?: number, perCause?: number, maxExercises?: number}} [options]
 * @returns {Plan}
 */
export function buildPlan(
  ordered,
  { weeks = PLAN_WEEKS, perCause = PLAN_PER_CAUSE, maxExercises = PLAN_MAX_EXERCISES } = {},
) {
  const chosen = pickByPattern(ordered, { perCause, maxExercises });
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
/**
 * @param {Cause[]} causes
 * @param {PlanData} data
 * @returns {Map<string, import("../types.js").RecordCheck>}
 */
export function recordValidators(causes, data) {
  /** @type {Map<string, import("../types.js").RecordCheck>} */
  const byKey = new Map([
    // the plan's own records: the session days and the solo check
    [PLAN_DAYS_KEY, isValidPlanDays],
    [PLAN_CHECK_KEY, isValidCheckRecord],
    // the workout's session log: the file's log needs its shape; a damaged entry in it is
    // dropped on its own when the log is read, so one bad session never refuses the whole file
    [SESSION_LOG_KEY, isValidSessionLog],
    // the chapters opened, which the sidebar's progress counts
    [VISITS_KEY, isValidVisitRecord],
  ]);
  for (const cause of causes) {
    for (const { key, isValid } of selfTestOf(cause)?.records(cause, data) ?? [])
      byKey.set(key, isValid);
    for (const quiz of cause.quizzes ?? []) {
      byKey.set(quizKey(cause.chapter, quiz.id), (item) => isValidQuizRecord(quiz, item));
    }
    for (const checklist of cause.checklists ?? []) {
      byKey.set(checklistKey(cause.chapter, checklist.id), (item) =>
        isValidChecklistRecord(checklist, item),
      );
    }
  }
  return byKey;
}

// One line for the page's live region and the Python `result` trait.
/**
 * @param {Profile} profile
 * @param {Plan} plan
 * @returns {string}
 */
export function planSummary(profile, plan) {
  if (profile.emergency)
    // an emergency comes from the red-flag checker's result, so it is there
    return PLAN_MESSAGES.emergency(/** @type {SelfTestResult} */ (profile.redflag).title);
  const withData = profile.causes.filter((cause) => cause.attention !== null);
  const head = withData.length
    ? PLAN_MESSAGES.profile(withData.length, profile.causes.length, profile.ordered[0].title)
    : PLAN_MESSAGES.noProfile;
  const body = plan.exercises.length
    ? PLAN_MESSAGES.plan(plan.exercises.length, plan.weeks.length)
    : PLAN_MESSAGES.noExercises;
  return head + body;
}

// What the Python side gets in its `result` trait: the summary, the emergency, each cause's
// standing, and the plan's exercise ids, none in an emergency (nothing to start before care).
/**
 * @param {string} summary
 * @param {Profile} profile
 * @param {Plan} plan
 */
export function planResult(summary, profile, plan) {
  return {
    summary,
    emergency: profile.emergency,
    profile: profile.causes.map((cause) => ({
      id: cause.id,
      status: cause.result.status,
      attention: cause.attention,
      standing: standingOf(cause),
    })),
    plan: profile.emergency ? [] : plan.exercises.map((exercise) => exercise.id),
  };
}
