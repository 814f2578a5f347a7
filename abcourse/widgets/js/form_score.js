// @ts-check
// Form score: the learner's ticks across a chapter's form checklists become one score, a small
// chart per exercise and the two or three cues to fix first. It keeps no record of its own: it
// reads the checklists' records and updates whenever one of them changes.
import { isValidChecklistRecord } from "./logic/checklist_cues.js";
import { assessForm, checkedFromRecords } from "./logic/form_assessment.js";
import { checklistKey } from "./logic/store_keys.js";
import {
  h,
  liveStatus,
  noticeArea,
  scrollableTable,
  syncToKernel,
  widgetSection,
} from "./ui/dom.js";
import { browserStorage, onRecordChange, readRecord } from "./ui/store.js";
import { drawChart, rangeChart } from "./ui/svg_chart.js";

function formShare(inPlace, total) {
  return total ? Math.round((inPlace / total) * 100) : 0;
}

// The chapter's saved ticks. Read without clearing: each checklist widget clears its own damaged
// record with a notice; here it is only left out, by exercise name.
function readChecked(storage, chapter, checklists) {
  /** @type {Record<string, {checked?: unknown}>} */
  const records = {};
  const skipped = [];
  for (const checklist of checklists) {
    const { data, notice } = readRecord(
      storage,
      checklistKey(chapter, checklist.id),
      (saved) => isValidChecklistRecord(checklist, saved),
      { clear: false },
    );
    if (data) records[checklist.id] = data;
    else if (notice) skipped.push(checklist.exercise);
  }
  return { checkedById: checkedFromRecords(checklists, records), skipped };
}

function chartOf(result, width) {
  const rows = result.exercises.map((exercise) => {
    const share = formShare(exercise.inPlace, exercise.total);
    return {
      label: exercise.exercise,
      bands: exercise.started ? [{ from: 0, to: share, kind: "filled" }] : [],
      mark: exercise.started
        ? { value: share, label: `${exercise.inPlace} of ${exercise.total} (${share}%)` }
        : null,
      emptyText: "Not ticked yet",
    };
  });
  const parts = result.exercises.map((exercise) =>
    exercise.started
      ? `${exercise.exercise}: ${exercise.inPlace} of ${exercise.total} cues in place ` +
        `(${formShare(exercise.inPlace, exercise.total)}%)`
      : `${exercise.exercise}: not ticked yet`,
  );
  return rangeChart({
    width,
    rows,
    max: 100,
    description: `Bar chart of the form cues in place for each exercise. ${parts.join(". ")}.`,
    formatTick: (value) => `${value}%`,
    axisLabel: "Share of the exercise's cues in place",
  });
}

function tableOf(result) {
  return h(
    "table",
    { class: "abc-table" },
    h("caption", {}, "Cues in place for each exercise"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "Exercise"),
        h("th", { scope: "col" }, "Cues in place"),
        h("th", { scope: "col" }, "Share"),
      ),
    ),
    h(
      "tbody",
      {},
      result.exercises.map((exercise) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, exercise.exercise),
          h(
            "td",
            {},
            exercise.started ? `${exercise.inPlace} of ${exercise.total}` : "not ticked yet",
          ),
          h("td", {}, exercise.started ? `${formShare(exercise.inPlace, exercise.total)}%` : "–"),
        ),
      ),
    ),
  );
}

function fixListOf(result) {
  if (!result.fixFirst.length) return [];
  return [
    h(
      "h4",
      {},
      result.fixFirst.length === 1
        ? "The cue to fix first"
        : `The ${result.fixFirst.length} cues to fix first`,
    ),
    h(
      "ol",
      { class: "abc-missing" },
      result.fixFirst.map(({ exercise, cue }) =>
        h(
          "li",
          {},
          h("strong", {}, cue.cue),
          ` (${exercise})`,
          h("br"),
          h("span", {}, `Fix: ${cue.fix}`),
          h("br"),
          h("span", {}, `Why it matters: ${cue.why}`),
        ),
      ),
    ),
  ];
}

function headlineOf(result) {
  if (result.status === "no-data") {
    return [
      h("p", { class: "abc-score" }, "No form score yet."),
      h(
        "p",
        {},
        "Tick the cues you can keep in the form checklists on this page. Your score appears here.",
      ),
    ];
  }
  const exercises = result.exercises.filter((exercise) => exercise.started).length;
  const noun = exercises === 1 ? "exercise" : "exercises";
  return [
    h("p", { class: "abc-score" }, `Form score: ${Math.round(result.score * 100)}%`),
    h(
      "p",
      {},
      `${result.inPlace} of ${result.total} cues in place across ${exercises} ${noun}.` +
        (result.fixFirst.length ? "" : " All cues in place. Keep them as the sets get harder."),
    ),
  ];
}

function kernelResult(result) {
  return {
    status: result.status,
    attention: result.attention,
    summary: result.summary,
    score: result.score,
    inPlace: result.inPlace,
    total: result.total,
    notStarted: result.notStarted,
    fixFirst: result.fixFirst.map(({ checklistId, exercise, cue }) => ({
      checklist: checklistId,
      exercise,
      cue: cue.id,
      text: cue.cue,
    })),
  };
}

function update(view) {
  const { checkedById, skipped } = readChecked(view.storage, view.chapter, view.checklists);
  const result = assessForm(view.checklists, checkedById);
  view.notice.show(
    skipped.length
      ? `Saved ticks for ${skipped.join(", ")} could not be used, so they are left out of your ` +
          "score."
      : null,
  );
  view.headline.replaceChildren(...headlineOf(result));
  drawChart(view.chartBox, (width) => chartOf(result, width));
  view.tableBox.replaceChildren(scrollableTable(tableOf(result)));
  view.fixBox.replaceChildren(
    ...fixListOf(result),
    result.notStarted.length && result.status !== "no-data"
      ? h("p", { class: "abc-hint" }, `Not ticked yet: ${result.notStarted.join(", ")}.`)
      : "",
  );
  syncToKernel(view.model, { checked: checkedById, result: kernelResult(result) });
}

/** @param {import("./types.js").RenderProps} props what anywidget hands the widget */
function render({ model, el }) {
  const view = {
    model,
    checklists: model.get("checklists"),
    chapter: model.get("chapter"),
    storage: browserStorage(),
    notice: noticeArea(),
    headline: liveStatus(),
    chartBox: h("div", { class: "abc-form-chart" }),
    tableBox: h("div", { class: "abc-form-table" }),
    fixBox: h("div", { class: "abc-form-fix" }),
  };
  el.replaceChildren(
    widgetSection(
      "abc-form-score",
      "Your form score",
      h(
        "p",
        { class: "abc-intro" },
        "This adds up your ticks in the form checklists on this page. It shows which missing " +
          "cues to work on first.",
      ),
      view.notice.element,
      view.headline,
      view.chartBox,
      view.tableBox,
      view.fixBox,
    ),
  );
  update(view);
  // a checklist of this chapter changed, on this page or in another tab
  const prefix = checklistKey(view.chapter, "");
  return onRecordChange(
    (key) => key.startsWith(prefix),
    () => update(view),
  );
}

export default { render };
