// "Your plan" (chapter 6): a profile across the five causes from every saved record, drawn on one
// chart, and a first four-week plan from the chapters' exercises, most attention first. The
// red-flag checker's advice comes before anything else, an emergency sign as an alert. The
// learner can print the plan, download all progress as a file, load it back, and reset it.
import { h, noticeArea, scrollableTable, syncToKernel, uniqueId } from "./lib/dom.js";
import { svgFromString } from "./lib/figure.js";
import { redFlagAdvice } from "./lib/red_flag_advice.js";
import { attentionWord, buildPlan, buildProfile, planSummary, recordValidators } from "./lib/plan.js";
import { drawChart, rangeChart } from "./lib/svg_chart.js";
import { allRecords, browserStorage, exportProgress, importProgress, ProgressFileError, PROGRESS_EVENT, resetAll } from "./lib/store.js";

const PLAN_FILE_NAME = "ab-course-progress.json";

function planAttentionText(cause) {
  if (cause.attention === null) return "no data yet";
  return `${attentionWord(cause.attention)} (${cause.attention.toFixed(2)} on a scale from 0 to 1)`;
}

function planQuizText(cause) {
  if (!cause.quiz) return "This chapter has no quizzes yet.";
  if (!cause.quiz.answered) return `Quizzes: none checked yet (${cause.quiz.total} questions in the chapter).`;
  return `Quizzes: ${cause.quiz.correct} of ${cause.quiz.answered} checked answers right (${cause.quiz.total} questions in the chapter).`;
}

function render({ model, el }) {
  const causes = model.get("causes");
  const data = { norms: model.get("norms"), redflags: model.get("redflags"), progression: model.get("progression") };
  const validators = recordValidators(causes, data);
  const redflagHref = `${causes.find((cause) => cause.id === "conditions")?.href ?? "04-back-conditions.html"}#red-flag-checker`;
  const storage = browserStorage();
  const titleId = uniqueId("abc-plan-title");
  const notice = noticeArea();
  const alertArea = h("div", { class: "abc-plan-alert" });
  const profileArea = h("div", { class: "abc-plan-profile" });
  const profileChartBox = h("div", { class: "abc-plan-chart-box" });
  const planArea = h("div", { class: "abc-plan-weeks" });
  const status = h("p", { class: "abc-summary abc-plan-status", role: "status", "aria-live": "polite" });
  const fileMessage = h("p", { class: "abc-plan-file-message", role: "status", "aria-live": "polite" });

  // The red-flag checker's own advice, word for word, above everything else: an emergency as an
  // alert; any other ticked sign, an unfinished checker or the all-clear as a box before the plan.
  function showRedFlags(profile) {
    const result = profile.redflag;
    if (!result || !data.redflags) {
      alertArea.replaceChildren();
      return;
    }
    const checkerLink = h("a", { href: redflagHref }, "the red-flag checker");
    if (result.level === "emergency") {
      alertArea.replaceChildren(h("div", { class: "abc-plan-emergency", role: "alert" },
        ...redFlagAdvice(data.redflags, result, { heading: "p" }),
        h("p", {}, h("strong", {}, "Do not start the exercise plan below until a clinician has seen you."))));
      return;
    }
    const box = h("div", { class: "abc-plan-redflags", "data-level": result.level },
      h("h4", {}, "Red-flag check"));
    if (result.status === "no-data") {
      box.append(h("p", {}, "You have not used ", checkerLink, " yet. Answer it before you start: it takes a minute."));
    } else {
      box.append(...redFlagAdvice(data.redflags, result, { heading: "p" }));
      if (result.level === "incomplete") box.append(h("p", {}, "Finish ", checkerLink, " before you start this plan."));
      else if (result.level !== "clear" && result.level !== "routine") {
        box.append(h("p", {}, h("strong", {}, "Ask them whether this plan suits you before you start.")));
      }
    }
    alertArea.replaceChildren(box);
  }

  function showProfile(profile) {
    const rows = profile.causes.map((cause) => ({
      label: cause.title,
      bands: cause.attention === null ? [] : [{ from: 0, to: cause.attention, kind: "filled" }],
      mark: cause.attention === null ? null : { value: cause.attention, label: `${attentionWord(cause.attention)} ${cause.attention.toFixed(2)}` },
      emptyText: "no data yet",
    }));
    const description = `How much attention each cause needs, from 0 (none) to 1 (most). ${profile.causes.map((cause) => `${cause.title}: ${planAttentionText(cause)}`).join(". ")}.`;
    drawChart(profileChartBox, (width) => {
      const chart = rangeChart({ rows, max: 1, description, axisLabel: "attention needed: 0 = none, 1 = most", formatTick: (tick) => String(tick), width });
      chart.classList.add("abc-plan-chart");
      return chart;
    });
    const list = h("ul", { class: "abc-plan-causes" }, profile.causes.map((cause) => h("li", { "data-cause": cause.id },
      h("a", { href: cause.href }, cause.title), ": ",
      cause.attention === null && cause.result.status === "incomplete"
        ? h("span", { class: "abc-plan-nodata" }, `not worked out yet. ${cause.result.summary} `, h("a", { href: cause.href }, `Open “${cause.title}”`), ".")
        : cause.attention === null
        ? h("span", { class: "abc-plan-nodata" }, "no data yet. ", h("a", { href: cause.href }, `Do the self-test in “${cause.title}”`), ".")
        : h("span", {}, `${planAttentionText(cause)}. ${cause.result.summary}`),
      h("br"), h("span", { class: "abc-hint" }, planQuizText(cause)))));
    profileArea.replaceChildren(h("h4", {}, "Your profile"),
      h("p", { class: "abc-hint" }, "A higher score means your answers sit further from the groups in the studies, or your form or training has more to work on. It shows where to start. It does not tell you what is causing your pain."),
      profileChartBox, list);
  }

  function showPlan(profile, plan) {
    const parts = [h("h4", {}, "Your first four weeks")];
    if (!plan.exercises.length) {
      parts.push(h("p", {}, "The chapters' exercises are not available yet, so there is no plan to show. Come back once the chapters are complete."));
      planArea.replaceChildren(...parts);
      return;
    }
    const withData = profile.causes.some((cause) => cause.attention !== null);
    parts.push(h("p", {}, withData
      ? "The exercises come first from the causes that need most attention in your profile. Each week, move to the next step only if the last one felt under control."
      : "You have no self-test results yet, so the exercises follow the chapters' order. Do the self-tests to make the plan your own."));
    parts.push(h("ol", { class: "abc-plan-exercises" }, plan.exercises.map((exercise) => h("li", { "data-exercise": exercise.id },
      exercise.figure ? h("div", { class: "abc-plan-figure" }, svgFromString(exercise.figure)) : null,
      h("strong", {}, exercise.name), " ", h("span", { class: "abc-hint" }, "(from ", h("a", { href: exercise.href }, exercise.causeTitle), ")"),
      h("br"), `Start: ${exercise.dose}`,
      h("br"), `Easier: ${exercise.easier}`,
      h("br"), `Harder: ${exercise.harder}`))));
    const progression = profile.causes.find((cause) => cause.id === "overtraining")?.result;
    const volumes = progression?.plan?.length ? progression.plan : null;
    const table = h("table", { class: "abc-table abc-plan-table" },
      h("caption", {}, "Week by week"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Exercise"), plan.weeks.map((week) => h("th", { scope: "col" }, `Week ${week.week}`)))),
      h("tbody", {},
        plan.exercises.map((exercise, index) => h("tr", {}, h("th", { scope: "row" }, exercise.name),
          plan.weeks.map((week) => h("td", {}, week.items[index].text)))),
        volumes ? h("tr", { class: "abc-plan-volume" }, h("th", { scope: "row" }, "All ab work in the week (from your progression check)"),
          plan.weeks.map((week, index) => h("td", {}, volumes[index] ? `${volumes[index].volume} ${progression.unit}, ${volumes[index].sessions} sessions` : "–"))) : null));
    parts.push(scrollableTable(table));
    parts.push(h("p", { class: "abc-hint" }, "Stop and get help at once if any red-flag sign appears. A common guide, not a proven rule: next-day pain of 0 to 3 out of 10 is fine; above 5, do less."));
    planArea.replaceChildren(...parts);
  }

  function refresh() {
    const unreadable = [];
    const records = allRecords(storage, unreadable);
    const profile = buildProfile(causes, records, data);
    const plan = buildPlan(profile.ordered);
    showRedFlags(profile);
    showProfile(profile);
    showPlan(profile, plan);
    const left = new Set([...unreadable, ...profile.skipped]).size;
    notice.show(left
      ? `Some saved progress could not be read (${left} ${left === 1 ? "item" : "items"}: damaged, or from an older version of the course), so it was left out. Open its chapter to start that part again.`
      : "");
    const summary = planSummary(profile, plan);
    status.textContent = summary;
    syncToKernel(model, {
      result: {
        summary,
        emergency: profile.emergency,
        profile: profile.causes.map((cause) => ({ id: cause.id, status: cause.result.status, attention: cause.attention })),
        plan: plan.exercises.map((exercise) => exercise.id),
      },
    });
  }

  // --- printing, export, import and reset ---
  const printButton = h("button", { type: "button", class: "abc-button", onclick: () => globalThis.print() }, "Print your plan");
  const downloadLink = h("a", { class: "abc-button abc-button-secondary abc-plan-download", href: "#", download: PLAN_FILE_NAME, onclick: () => {
    const text = JSON.stringify(exportProgress(storage), null, 2);
    const old = downloadLink.getAttribute("href");
    if (old.startsWith("blob:")) URL.revokeObjectURL(old);
    downloadLink.setAttribute("href", URL.createObjectURL(new Blob([text], { type: "application/json" })));
    fileMessage.textContent = "Your progress was saved as a file. Keep it to load it back later or in another browser.";
  } }, "Download your progress");

  const fileId = uniqueId("abc-plan-import");
  const fileInput = h("input", { id: fileId, type: "file", accept: ".json,application/json", onchange: async () => {
    const [file] = fileInput.files;
    if (!file) return;
    let text;
    try {
      text = await file.text();
    } catch {
      fileMessage.textContent = "That file could not be read. Nothing was changed.";
      return;
    }
    try {
      const count = importProgress(storage, text, (key) => validators.get(key) ?? null);
      fileMessage.textContent = `Loaded ${count} saved ${count === 1 ? "item" : "items"} from “${file.name}”.`;
      fileMessage.classList.remove("abc-field-error");
    } catch (error) {
      const why = error instanceof ProgressFileError ? error.message : "This file is not a progress file from this course.";
      fileMessage.textContent = `${why} Nothing was changed.`;
      fileMessage.classList.add("abc-field-error");
    }
    fileInput.value = "";
    refresh();
  } });

  const confirmArea = h("div", { class: "abc-plan-confirm", hidden: true });
  const resetButton = h("button", { type: "button", class: "abc-button abc-button-secondary", "aria-expanded": "false", onclick: () => {
    confirmArea.hidden = false;
    resetButton.setAttribute("aria-expanded", "true");
    confirmYes.focus();
  } }, "Reset all progress");
  const closeConfirm = () => {
    confirmArea.hidden = true;
    resetButton.setAttribute("aria-expanded", "false");
  };
  const confirmYes = h("button", { type: "button", class: "abc-button abc-plan-confirm-yes", onclick: () => {
    const count = resetAll(storage);
    closeConfirm();
    fileMessage.classList.remove("abc-field-error");
    fileMessage.textContent = `All progress was deleted (${count} saved ${count === 1 ? "item" : "items"}).`;
    refresh();
    resetButton.focus();
  } }, "Yes, delete all my progress");
  const confirmNo = h("button", { type: "button", class: "abc-button abc-button-secondary", onclick: () => {
    closeConfirm();
    fileMessage.textContent = "Nothing was deleted.";
    resetButton.focus();
  } }, "Cancel");
  // Escape cancels, as the Cancel button does
  confirmArea.addEventListener("keydown", (event) => {
    if (event.key === "Escape") confirmNo.click();
  });
  confirmArea.append(
    h("p", {}, h("strong", {}, "Delete all your saved answers, ticks and self-test entries in this browser? "), "This cannot be undone. Download your progress first if you may want it back."),
    h("div", { class: "abc-actions" }, confirmYes, confirmNo));

  const tools = h("div", { class: "abc-plan-tools" },
    h("h4", {}, "Keep your progress"),
    h("p", {}, "Your answers are kept only in this browser. Download them as a file to keep them safe or to move them to another browser."),
    h("div", { class: "abc-actions" }, printButton, downloadLink),
    h("div", { class: "abc-plan-import" },
      h("label", { for: fileId }, "Load a progress file you downloaded before "), fileInput),
    h("div", { class: "abc-actions" }, resetButton),
    confirmArea,
    fileMessage);

  el.replaceChildren(h("section", { class: "abc-widget abc-plan", "aria-labelledby": titleId },
    alertArea,
    h("h3", { class: "abc-title", id: titleId }, "Your plan"),
    notice.element,
    status,
    profileArea,
    planArea,
    tools));
  refresh();

  // Stay current when another widget on this page or another tab saves something.
  globalThis.addEventListener(PROGRESS_EVENT, refresh);
  globalThis.addEventListener("storage", (event) => {
    if (event.key === null || String(event.key).startsWith("abcourse:")) refresh();
  });
}

export default { render };
