// @ts-check
// "Your plan" (chapter 6): a profile across the five causes from every saved record, drawn on one
// chart, and a first four-week plan from the chapters' exercises, most attention first. The
// red-flag checker's advice comes before anything else, an emergency sign as an alert. The
// learner can print the plan, download all progress as a file, load it back, and reset it.
import {
  attentionWord,
  buildPlan,
  buildProfile,
  planSummary,
  recordValidators,
} from "./logic/plan.js";
import { isEmergencyLevel } from "./logic/red_flags.js";
import { sessionFor } from "./logic/session.js";
import { isCourseKey, ProgressFileError } from "./logic/store_keys.js";
import {
  h,
  noticeArea,
  scrollableTable,
  secondaryButton,
  syncToKernel,
  uniqueId,
} from "./ui/dom.js";
import { svgFromString } from "./ui/figure.js";
import { redFlagAdvice, redFlagBrief } from "./ui/red_flag_advice.js";
import {
  allRecords,
  browserStorage,
  exportProgress,
  importProgress,
  onRecordChange,
  resetAll,
} from "./ui/store.js";
import { drawChart, rangeChart } from "./ui/svg_chart.js";
import { weeklyLoop } from "./ui/weekly_loop.js";
import { workoutSlot } from "./ui/workout.js";

const PROGRESS_FILE_NAME = "ab-course-progress.json";

function attentionText(cause) {
  if (cause.attention === null) return "no data yet";
  return `${attentionWord(cause.attention)} (${cause.attention.toFixed(2)} on a scale from 0 to 1)`;
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

function drawProfileChart(chartBox, profile) {
  const rows = profile.causes.map((cause) => ({
    label: cause.title,
    bands: cause.attention === null ? [] : [{ from: 0, to: cause.attention, kind: "filled" }],
    mark:
      cause.attention === null
        ? null
        : {
            value: cause.attention,
            label: `${attentionWord(cause.attention)} ${cause.attention.toFixed(2)}`,
          },
    emptyText: "no data yet",
  }));
  const each = profile.causes.map((cause) => `${cause.title}: ${attentionText(cause)}`);
  const description =
    "How much attention each cause needs, from 0 (none) to 1 (most). " + `${each.join(". ")}.`;
  drawChart(chartBox, (width) => {
    const chart = rangeChart({
      rows,
      max: 1,
      description,
      axisLabel: "attention needed: 0 = none, 1 = most",
      formatTick: (tick) => String(tick),
      width,
    });
    chart.classList.add("abc-plan-chart");
    return chart;
  });
}

function causeStanding(cause) {
  if (cause.attention !== null)
    return h("span", {}, `${attentionText(cause)}. ${cause.result.summary}`);
  if (cause.result.status === "no-self-test") {
    return h(
      "span",
      { class: "abc-plan-nodata" },
      "this chapter has no self-test. ",
      h("a", { href: cause.href }, `Read “${cause.title}”`),
      ".",
    );
  }
  if (cause.result.status === "incomplete") {
    return h(
      "span",
      { class: "abc-plan-nodata" },
      `not worked out yet. ${cause.result.summary} `,
      h("a", { href: cause.href }, `Open “${cause.title}”`),
      ".",
    );
  }
  return h(
    "span",
    { class: "abc-plan-nodata" },
    "no data yet. ",
    h("a", { href: cause.href }, `Do the self-test in “${cause.title}”`),
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
  return [
    h("h4", {}, "Your profile"),
    h(
      "p",
      { class: "abc-hint" },
      "A higher score means your answers sit further from the groups in the studies, or your " +
        "form or training has more to work on. It shows where to start. " +
        "It does not tell you what is causing your pain.",
    ),
    chartBox,
    causeList(profile),
  ];
}

function exerciseList(plan) {
  return h(
    "ol",
    { class: "abc-plan-exercises" },
    plan.exercises.map((exercise) =>
      h(
        "li",
        { "data-exercise": exercise.id },
        exercise.figure
          ? h("div", { class: "abc-plan-figure" }, svgFromString(exercise.figure))
          : null,
        h("strong", {}, exercise.name),
        " ",
        h(
          "span",
          { class: "abc-hint" },
          "(from ",
          h("a", { href: exercise.href }, exercise.causeTitle),
          ")",
        ),
        h("br"),
        `Start: ${exercise.dose}`,
        h("br"),
        `Easier: ${exercise.easier}`,
        h("br"),
        `Harder: ${exercise.harder}`,
      ),
    ),
  );
}

// The learner's own weekly volumes from chapter 5's check, when it has a plan, as a last row.
function volumeRow(profile, plan) {
  const progression = profile.causes.find((cause) => cause.selfTest === "progression")?.result;
  const volumes = progression?.plan?.length ? progression.plan : null;
  if (!volumes) return null;
  return h(
    "tr",
    { class: "abc-plan-volume" },
    h("th", { scope: "row" }, "All ab work in the week (from your progression check)"),
    plan.weeks.map((week, index) =>
      h(
        "td",
        {},
        volumes[index]
          ? `${volumes[index].volume} ${progression.unit}, ${volumes[index].sessions} sessions`
          : "–",
      ),
    ),
  );
}

function weekTable(profile, plan) {
  return h(
    "table",
    { class: "abc-table abc-plan-table" },
    h("caption", {}, "Week by week"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "Exercise"),
        plan.weeks.map((week) => h("th", { scope: "col" }, `Week ${week.week}`)),
      ),
    ),
    h(
      "tbody",
      {},
      plan.exercises.map((exercise, index) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, exercise.name),
          plan.weeks.map((week) => h("td", {}, week.items[index].text)),
        ),
      ),
      volumeRow(profile, plan),
    ),
  );
}

function planParts(profile, plan, workout = null) {
  const heading = h("h4", {}, "Your first four weeks");
  if (!plan.exercises.length) {
    return [
      heading,
      h(
        "p",
        {},
        "The chapters' exercises are not available yet, so there is no plan to show. Come back " +
          "once the chapters are complete.",
      ),
    ];
  }
  const withData = profile.causes.some((cause) => cause.attention !== null);
  return [
    heading,
    h(
      "p",
      {},
      withData
        ? "The exercises come first from the causes that need most attention in your profile. " +
            "Each week, move to the next step only if the last one felt under control."
        : "You have no self-test results yet, so the exercises follow the chapters' order. Do " +
            "the self-tests to make the plan your own.",
    ),
    exerciseList(plan),
    workout,
    scrollableTable(weekTable(profile, plan)),
    h(
      "p",
      { class: "abc-hint" },
      "Stop and get help at once if any red-flag sign appears. A common guide, not a proven " +
        "rule: next-day pain of 0 to 3 out of 10 is fine; above 5, do less.",
    ),
  ];
}

function kernelResult(summary, profile, plan) {
  return {
    summary,
    emergency: profile.emergency,
    profile: profile.causes.map((cause) => ({
      id: cause.id,
      status: cause.result.status,
      attention: cause.attention,
    })),
    plan: plan.exercises.map((exercise) => exercise.id),
  };
}

// What the page shows, and refresh(), which works it all out again from the saved records.
function planView(model) {
  /** @type {import("./types.js").Cause[]} */
  const causes = model.get("causes");
  const data = {
    norms: model.get("norms"),
    redflags: model.get("redflags"),
    progression: model.get("progression"),
  };
  const view = {
    storage: browserStorage(),
    validators: recordValidators(causes, data),
    notice: noticeArea(),
    alertArea: h("div", { class: "abc-plan-alert" }),
    profileArea: h("div", { class: "abc-plan-profile" }),
    chartBox: h("div", { class: "abc-plan-chart-box" }),
    planArea: h("div", { class: "abc-plan-weeks" }),
    status: h("p", { class: "abc-summary abc-plan-status", role: "status", "aria-live": "polite" }),
    fileMessage: h("p", { class: "abc-plan-file-message", role: "status", "aria-live": "polite" }),
    workout: workoutSlot(),
  };
  view.weekly = weeklyLoop({ storage: view.storage, rules: data.progression });
  // the workout mode runs week 1's session of the plan
  const workoutFor = (plan) =>
    view.workout({
      items: sessionFor(plan.exercises, 1, causes),
      week: 1,
      stopRules: model.get("stop_rules"),
      redflags: data.redflags,
      storage: view.storage,
    });
  view.refresh = () => {
    const unreadable = [];
    const profile = buildProfile(causes, allRecords(view.storage, unreadable), data);
    const plan = buildPlan(profile.ordered);
    const redFlags = redFlagBox(
      profile.redflag,
      data.redflags,
      `${profile.redflagPage}#red-flag-checker`,
    );
    view.alertArea.replaceChildren(...(redFlags ? [redFlags] : []));
    view.weekly.refresh({
      emergency: profile.emergency,
      checkerHref: `${profile.redflagPage}#red-flag-checker`,
    });
    view.profileArea.replaceChildren(...profileParts(profile, view.chartBox));
    // with an emergency the plan is not shown at all: nothing to start before care
    view.planArea.replaceChildren(
      ...(profile.emergency ? [] : planParts(profile, plan, workoutFor(plan))),
    );
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
    syncToKernel(model, { result: kernelResult(summary, profile, plan) });
  };
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
    view.profileArea,
    view.planArea,
    progressTools(view),
  );
}

/** @param {import("./types.js").RenderProps} props what anywidget hands the widget */
function render({ model, el }) {
  const view = planView(model);
  el.replaceChildren(layout(view));
  view.refresh();
  // Stay current when another widget on this page or another tab saves something.
  return onRecordChange(isCourseKey, view.refresh);
}

export default { render };
