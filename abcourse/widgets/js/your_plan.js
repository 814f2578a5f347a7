// @ts-check
// "Your plan" (chapter 6): after the red-flag checker's advice (an emergency as an alert, and no
// plan), a session card to follow this week (ui/session_card.js), each exercise from the start the
// learner's own results pick (logic/starting_level.js, or the solo check, ui/solo_check.js), the
// four weeks, and a profile across the five causes in words. The learner can print the card,
// download all progress as a file, load it back, and reset it.
import {
  buildPlan,
  buildProfile,
  PLAN_WEEKS,
  planResult,
  planSummary,
  recordValidators,
  standingOf,
} from "./logic/plan.js";
import { PLAN_DAYS_KEY } from "./logic/plan_days.js";
import { PLAN_MESSAGES } from "./logic/plan_messages.js";
import { isEmergencyLevel } from "./logic/red_flags.js";
import { localDay } from "./logic/session_log.js";
import {
  isValidCheckRecord,
  PLAN_CHECK_KEY,
  startedExercise,
  startingLevel,
} from "./logic/starting_level.js";
import { isCourseKey, ProgressFileError } from "./logic/store_keys.js";
import { planWeek } from "./logic/weekly_review.js";
import { fold, unfoldForPrint } from "./ui/disclosure.js";
import { h, noticeArea, secondaryButton, syncToKernel, uniqueId } from "./ui/dom.js";
import { redFlagAdvice, redFlagBrief } from "./ui/red_flag_advice.js";
import { sessionCard } from "./ui/session_card.js";
import { soloCheck } from "./ui/solo_check.js";
import { startHere } from "./ui/start_here.js";
import {
  allRecords,
  browserStorage,
  exportProgress,
  importProgress,
  onRecordChange,
  resetAll,
} from "./ui/store.js";
import { drawChart, rangeChart } from "./ui/svg_chart.js";
import { savedSessionLog, weeklyLoop } from "./ui/weekly_loop.js";
import { workoutSlot } from "./ui/workout.js";

const PROGRESS_FILE_NAME = "ab-course-progress.json";

// The profile's word for a cause (plan.js standingOf), the same on the list and the chart.
function standingText(cause) {
  return PLAN_MESSAGES.standing[standingOf(cause)];
}

function quizText(cause) {
  if (!cause.quiz) return "This chapter has no quizzes yet.";
  const { correct, answered, total } = cause.quiz;
  const inChapter = `(${total} ${total === 1 ? "question" : "questions"} in the chapter)`;
  if (!answered) return `Quizzes: none checked yet ${inChapter}.`;
  const answers = answered === 1 ? "answer" : "answers";
  return `Quizzes: ${correct} of ${answered} checked ${answers} right ${inChapter}.`;
}

function itemCount(count) {
  return `${count} ${count === 1 ? "item" : "items"}`;
}

// Above everything else: an emergency as an alert with the checker's own advice, word for word,
// and no exercise plan; otherwise the red-flag level and its action in a sentence or two.
function redFlagBox(result, redflags, checkerHref) {
  if (!result || !redflags) return null;
  if (isEmergencyLevel(redflags, result.level)) {
    return h(
      "div",
      { class: "abc-plan-emergency", role: "alert" },
      ...redFlagAdvice(redflags, result, { heading: "p" }),
      h("p", {}, h("strong", {}, "Your exercise plan is put away until a clinician has seen you.")),
    );
  }
  const checkerLink = h("a", { href: checkerHref }, "the red-flag checker");
  const box = h(
    "div",
    { class: "abc-plan-redflags", "data-level": result.level },
    h("h4", {}, "Red-flag check"),
    ...redFlagBrief(redflags, result, checkerLink),
  );
  const asks = result.askAboutPlan || ["same-day", "soon"].includes(result.level);
  if (asks)
    box.append(
      h(
        "p",
        { class: "abc-plan-ask" },
        h("strong", {}, "Ask a clinician whether this plan suits you before you start."),
      ),
    );
  return box;
}

// The chart draws each word as a step: looks fine, some attention, most attention.
const STEPS = { fine: 1, some: 2, most: 3 };
const STEP_WORDS = ["", "looks fine", "some", "most"];

function drawProfileChart(chartBox, profile) {
  const rows = profile.causes.map((cause) => {
    const step = STEPS[standingOf(cause)] ?? null;
    return {
      label: cause.title,
      bands: step === null ? [] : [{ from: 0, to: step, kind: "filled" }],
      mark: step === null ? null : { value: step, label: standingText(cause) },
      emptyText: standingText(cause),
    };
  });
  const each = profile.causes.map((cause) => `${cause.title}: ${standingText(cause)}`);
  const description = `How much attention each cause needs, in words. ${each.join(". ")}.`;
  drawChart(chartBox, (width) => {
    const chart = rangeChart({
      rows,
      max: 3,
      description,
      axisLabel: "attention needed",
      formatTick: (tick) => STEP_WORDS[tick] ?? "",
      width,
    });
    chart.classList.add("abc-plan-chart");
    return chart;
  });
}

function causeStanding(cause) {
  const word = h("strong", { class: "abc-plan-standing" }, standingText(cause));
  if (cause.attention !== null) return h("span", {}, word, `. ${cause.result.summary}`);
  const status = cause.result.status;
  const link =
    status === "no-self-test"
      ? `Read “${cause.title}”`
      : status === "incomplete"
        ? `Open “${cause.title}”`
        : `Do the self-test in “${cause.title}”`;
  const detail = status === "incomplete" ? ` ${cause.result.summary}` : "";
  return h(
    "span",
    { class: "abc-plan-nodata" },
    word,
    `.${detail} `,
    h("a", { href: cause.href }, link),
    ".",
  );
}

function causeList(profile) {
  return h(
    "ul",
    { class: "abc-plan-causes" },
    profile.causes.map((cause) =>
      h(
        "li",
        { "data-cause": cause.id },
        h("a", { href: cause.href }, cause.title),
        ": ",
        causeStanding(cause),
        h("br"),
        h("span", { class: "abc-hint" }, quizText(cause)),
      ),
    ),
  );
}

function profileParts(profile, chartBox) {
  drawProfileChart(chartBox, profile);
  // With no results yet there is nothing to compare: the empty profile folds under one line.
  if (!profile.causes.some((cause) => cause.attention !== null))
    return [fold("abc-plan-profile-empty", PLAN_MESSAGES.emptyProfile, {}, causeList(profile))];
  return [
    h("h4", {}, "Your profile"),
    h(
      "p",
      { class: "abc-hint" },
      "“Needs most attention” means your answers sit furthest from the groups in the studies, " +
        "or your form or training has the most to work on. It shows where to start. " +
        "It does not tell you what is causing your pain.",
    ),
    chartBox,
    causeList(profile),
  ];
}

// A weekly review that stepped back below week 1 puts every exercise on its easier start.
const REVIEW_EASIER = /** @type {const} */ ({ level: "easier", reason: { kind: "review" } });

// The plan's exercises, each from the start the learner's results pick: hold times (as placed
// in the published bands), else the solo check; the weekly review's easier start above both.
function startedPlan(profile, plan, records, easierStart) {
  const holdResults =
    profile.causes.find((cause) => cause.selfTest === "endurance")?.result?.results ?? null;
  const saved = records[PLAN_CHECK_KEY];
  const check = isValidCheckRecord(saved) ? saved : null;
  return {
    check,
    exercises: plan.exercises.map((exercise) =>
      startedExercise(
        exercise,
        easierStart && exercise.starts
          ? REVIEW_EASIER
          : startingLevel(exercise, { holdResults, check }),
      ),
    ),
  };
}

function planIntro(profile) {
  const withData = profile.causes.some((cause) => cause.attention !== null);
  return withData
    ? "The exercises come first from the causes that need most attention in your profile."
    : "You have no self-test results yet, so the exercises follow the chapters' order. Do " +
        "the self-tests, or the solo check below, to make the plan your own.";
}

// The plan week the learner is in today, from the session log's weekly reviews (week 1 before
// any session, or without the progression rules to review by).
function currentWeek(storage, rules) {
  if (!rules?.rules) return { week: 1, easierStart: false };
  const { log } = savedSessionLog(storage);
  const { week, easierStart } = planWeek(log, localDay(Date.now()), PLAN_WEEKS, rules);
  return { week, easierStart };
}

function noExercises() {
  return [
    h("h4", {}, "Your first four weeks"),
    h(
      "p",
      {},
      "The chapters' exercises are not available yet, so there is no plan to show. Come back " +
        "once the chapters are complete.",
    ),
  ];
}

// The plan's parts, built once and put in place when what the plan shows changes (an
// emergency, no exercises, a plan), so a control in focus keeps its focus while the plan refreshes.
function placePlan(view, mode) {
  if (view.planArea.dataset.mode === mode) return;
  view.planArea.dataset.mode = mode;
  const parts = {
    emergency: [],
    empty: noExercises(),
    plan: [
      view.card.element,
      view.workoutArea,
      view.planNote,
      view.check.element,
      view.card.weeksSection,
    ],
  };
  view.planArea.replaceChildren(...parts[mode]);
}

function showPlan(view, { profile, plan, records, causes, current }) {
  const mode = profile.emergency ? "emergency" : plan.exercises.length ? "plan" : "empty";
  placePlan(view, mode);
  view.startHere?.toggleAttribute("hidden", profile.emergency);
  if (mode !== "plan") return;
  const started = startedPlan(profile, plan, records, current.easierStart);
  view.check.show(started.check);
  view.planNote.textContent = planIntro(profile);
  view.session = view.card.update({
    exercises: started.exercises,
    causes,
    week: current.week,
    savedDays: records[PLAN_DAYS_KEY] ?? null,
  });
  // the workout mode runs the session the card shows, for the week the learner is in: on a
  // session day the exercises, as the card's days and minutes say (its walk is for other days)
  const workout = view.workout({
    items: view.session.filter((item) => item.kind !== "walk"),
    week: current.week,
    stopRules: view.stopRules,
    redflags: view.redflags,
    storage: view.storage,
  });
  if (workout !== view.workoutArea.firstChild)
    view.workoutArea.replaceChildren(...(workout ? [workout] : []));
}

// Works the whole plan out again from the saved records and shows it.
function refreshView(view, { model, causes, snippets, data }) {
  const unreadable = [];
  const records = allRecords(view.storage, unreadable);
  const profile = buildProfile(causes, records, data);
  const plan = buildPlan(profile.ordered);
  const redFlags = redFlagBox(
    profile.redflag,
    data.redflags,
    `${profile.redflagPage}#red-flag-checker`,
  );
  view.alertArea.replaceChildren(...(redFlags ? [redFlags] : []));
  if (!view.startHere) {
    view.startHere = startHere(snippets.startHere, false);
    if (view.startHere) view.startArea.replaceChildren(view.startHere);
  }
  view.profileArea.replaceChildren(...profileParts(profile, view.chartBox));
  view.weekly.refresh({
    emergency: profile.emergency,
    checkerHref: `${profile.redflagPage}#red-flag-checker`,
  });
  const current = currentWeek(view.storage, data.progression);
  showPlan(view, { profile, plan, records, causes, current });
  const left = new Set([...unreadable, ...profile.skipped]).size;
  view.notice.show(
    left
      ? `Some saved progress could not be read (${itemCount(left)}: damaged, or from an older ` +
          "version of the course), so it was left out. Open its chapter to start that part " +
          "again."
      : "",
  );
  const summary = planSummary(profile, plan);
  view.status.textContent = summary;
  syncToKernel(model, { result: planResult(summary, profile, plan) });
}

// What the page shows, and refresh(), which works it all out again from the saved records.
function planView(model) {
  /** @type {import("./types.js").Cause[]} */
  const causes = model.get("causes");
  const snippets = model.get("snippets") ?? {};
  const data = {
    norms: model.get("norms"),
    redflags: model.get("redflags"),
    progression: model.get("progression"),
  };
  const storage = browserStorage();
  const notice = noticeArea();
  const view = {
    storage,
    validators: recordValidators(causes, data),
    notice,
    alertArea: h("div", { class: "abc-plan-alert" }),
    startHere: null,
    startArea: h("div", { class: "abc-plan-start-area" }),
    card: sessionCard({ storage, notice, stopList: snippets.thisWeek ?? [] }),
    // the workout mode's place, right after the session card
    workoutArea: h("div", { class: "abc-plan-workout" }),
    planNote: h("p", { class: "abc-hint abc-plan-note" }),
    check: soloCheck({ storage, notice }),
    profileArea: h("div", { class: "abc-plan-profile" }),
    chartBox: h("div", { class: "abc-plan-chart-box" }),
    planArea: h("div", { class: "abc-plan-weeks" }),
    status: h("p", { class: "abc-summary abc-plan-status", role: "status", "aria-live": "polite" }),
    fileMessage: h("p", { class: "abc-plan-file-message", role: "status", "aria-live": "polite" }),
    workout: workoutSlot(),
  };
  view.weekly = weeklyLoop({ storage: view.storage, rules: data.progression });
  view.stopRules = model.get("stop_rules");
  view.redflags = data.redflags;
  view.refresh = () => refreshView(view, { model, causes, snippets, data });
  return view;
}

function downloadLink({ storage, fileMessage }) {
  const link = h(
    "a",
    {
      class: "abc-button abc-button-secondary abc-plan-download",
      href: "#",
      download: PROGRESS_FILE_NAME,
      onclick: () => {
        const text = JSON.stringify(exportProgress(storage), null, 2);
        const old = link.getAttribute("href");
        if (old.startsWith("blob:")) URL.revokeObjectURL(old);
        link.setAttribute(
          "href",
          URL.createObjectURL(new Blob([text], { type: "application/json" })),
        );
        fileMessage.textContent =
          "Your progress was saved as a file. Keep it to load it back later or in another browser.";
      },
    },
    "Download your progress",
  );
  return link;
}

// Every entry of the file is checked by its own widget's check before anything is saved.
function loadProgressFile({ storage, validators, fileMessage }, file, text) {
  try {
    const count = importProgress(storage, text, (key) => validators.get(key) ?? null);
    const items = count === 1 ? "item" : "items";
    fileMessage.textContent = `Loaded ${count} saved ${items} from “${file.name}”.`;
    fileMessage.classList.remove("abc-field-error");
  } catch (error) {
    const why =
      error instanceof ProgressFileError
        ? error.message
        : "This file is not a progress file from this course.";
    fileMessage.textContent = `${why} Nothing was changed.`;
    fileMessage.classList.add("abc-field-error");
  }
}

function importField(view) {
  const fileId = uniqueId("abc-plan-import");
  const fileInput = h("input", {
    id: fileId,
    type: "file",
    accept: ".json,application/json",
    onchange: async () => {
      const [file] = fileInput.files;
      if (!file) return;
      let text;
      try {
        text = await file.text();
      } catch {
        view.fileMessage.textContent = "That file could not be read. Nothing was changed.";
        return;
      }
      // a loaded file tells the page once (store.js), and render's listener refreshes the plan
      loadProgressFile(view, file, text);
      fileInput.value = "";
    },
  });
  return h(
    "div",
    { class: "abc-plan-import" },
    h("label", { for: fileId }, "Load a progress file you downloaded before "),
    fileInput,
  );
}

// What the reset's confirmation asks.
function resetQuestion() {
  return h(
    "p",
    {},
    h("strong", {}, "Delete all your saved answers, ticks and self-test entries in this browser? "),
    "This cannot be undone. Download your progress first if you may want it back.",
  );
}

// "Reset all progress" opens a confirmation; Escape cancels, as the Cancel button does.
function resetControls(view) {
  const confirmArea = h("div", { class: "abc-plan-confirm", hidden: true });
  const resetButton = h(
    "button",
    {
      type: "button",
      class: "abc-button abc-button-secondary",
      "aria-expanded": "false",
      onclick: () => {
        confirmArea.hidden = false;
        resetButton.setAttribute("aria-expanded", "true");
        confirmYes.focus();
      },
    },
    "Reset all progress",
  );
  const closeConfirm = (message) => {
    confirmArea.hidden = true;
    resetButton.setAttribute("aria-expanded", "false");
    view.fileMessage.textContent = message;
  };
  const confirmYes = h(
    "button",
    {
      type: "button",
      class: "abc-button abc-plan-confirm-yes",
      onclick: () => {
        const count = resetAll(view.storage);
        view.fileMessage.classList.remove("abc-field-error");
        closeConfirm(
          `All progress was deleted (${count} saved ${count === 1 ? "item" : "items"}).`,
        );
        resetButton.focus();
      },
    },
    "Yes, delete all my progress",
  );
  const confirmNo = secondaryButton("Cancel", () => {
    closeConfirm("Nothing was deleted.");
    resetButton.focus();
  });
  confirmArea.addEventListener("keydown", (event) => {
    if (event.key === "Escape") confirmNo.click();
  });
  confirmArea.append(resetQuestion(), h("div", { class: "abc-actions" }, confirmYes, confirmNo));
  return [h("div", { class: "abc-actions" }, resetButton), confirmArea];
}

// Printing, export, import and reset.
function progressTools(view) {
  const printButton = h(
    "button",
    { type: "button", class: "abc-button", onclick: () => globalThis.print() },
    "Print your plan",
  );
  return h(
    "div",
    { class: "abc-plan-tools" },
    h("h4", {}, "Keep your progress"),
    h(
      "p",
      {},
      "Your answers are kept only in this browser. Download them as a file to keep them safe or " +
        "to move them to another browser.",
    ),
    h("div", { class: "abc-actions" }, printButton, downloadLink(view)),
    importField(view),
    ...resetControls(view),
    view.fileMessage,
  );
}

function layout(view) {
  const titleId = uniqueId("abc-plan-title");
  return h(
    "section",
    { class: "abc-widget abc-plan", "aria-labelledby": titleId },
    view.alertArea,
    h("h3", { class: "abc-title", id: titleId }, "Your plan"),
    view.notice.element,
    view.weekly.element,
    view.status,
    view.startArea,
    view.planArea,
    view.profileArea,
    progressTools(view),
  );
}

/** @param {import("./types.js").RenderProps} props what anywidget hands the widget */
function render({ model, el }) {
  const view = planView(model);
  el.replaceChildren(layout(view));
  view.refresh();
  // the four weeks print open with the session card
  const stopPrinting = unfoldForPrint(el);
  // Stay current when another widget on this page or another tab saves something.
  const stopListening = onRecordChange(isCourseKey, view.refresh);
  return () => {
    stopPrinting();
    stopListening();
  };
}

export default { render };
