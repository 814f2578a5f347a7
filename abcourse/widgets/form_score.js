// Form score: the learner's ticks across a chapter's form checklists become one score, a small
// chart per exercise and the two or three cues to fix first. It keeps no record of its own: it
// reads the checklists' records and updates whenever one of them changes.
import { isValidChecklistRecord } from "./lib/checklist_logic.js";
import { h, noticeArea, scrollableTable, syncToKernel, uniqueId } from "./lib/dom.js";
import { assessForm, checkedFromRecords } from "./lib/form_score.js";
import { PROGRESS_EVENT, browserStorage, readRecord, storageKey } from "./lib/store.js";
import { drawChart, rangeChart } from "./lib/svg_chart.js";

function formShare(inPlace, total) {
  return total ? Math.round((inPlace / total) * 100) : 0;
}

// Read without clearing: each checklist widget clears its own damaged record with a notice.
function readOnly(storage) {
  return { getItem: (key) => storage.getItem(key), removeItem: () => {} };
}

function render({ model, el }) {
  const checklists = model.get("checklists");
  const chapter = model.get("chapter");
  const keyOf = (checklist) => storageKey("checklist", `${chapter}/${checklist.id}`);
  const prefix = storageKey("checklist", `${chapter}/`);
  const storage = browserStorage();
  const notice = noticeArea();

  const titleId = uniqueId("abc-form-title");
  const headline = h("div", { class: "abc-summary", role: "status", "aria-live": "polite" });
  const chartBox = h("div", { class: "abc-form-chart" });
  const tableBox = h("div", { class: "abc-form-table" });
  const fixBox = h("div", { class: "abc-form-fix" });

  function readChecked() {
    const records = {};
    const skipped = [];
    for (const checklist of checklists) {
      const { data, notice: problem } = readRecord(readOnly(storage), keyOf(checklist),
        (saved) => isValidChecklistRecord(checklist, saved));
      if (data) records[checklist.id] = data;
      else if (problem) skipped.push(checklist.exercise);
    }
    return { checkedById: checkedFromRecords(checklists, records), skipped };
  }

  function chartOf(result, width) {
    const rows = result.exercises.map((exercise) => {
      const share = formShare(exercise.inPlace, exercise.total);
      return {
        label: exercise.exercise,
        bands: exercise.started ? [{ from: 0, to: share, kind: "filled" }] : [],
        mark: exercise.started ? { value: share, label: `${exercise.inPlace} of ${exercise.total} (${share}%)` } : null,
        emptyText: "Not ticked yet",
      };
    });
    const parts = result.exercises.map((exercise) => (exercise.started
      ? `${exercise.exercise}: ${exercise.inPlace} of ${exercise.total} cues in place (${formShare(exercise.inPlace, exercise.total)}%)`
      : `${exercise.exercise}: not ticked yet`));
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
    return h("table", { class: "abc-table" },
      h("caption", {}, "Cues in place for each exercise"),
      h("thead", {}, h("tr", {}, h("th", { scope: "col" }, "Exercise"), h("th", { scope: "col" }, "Cues in place"), h("th", { scope: "col" }, "Share"))),
      h("tbody", {}, result.exercises.map((exercise) => h("tr", {},
        h("th", { scope: "row" }, exercise.exercise),
        h("td", {}, exercise.started ? `${exercise.inPlace} of ${exercise.total}` : "not ticked yet"),
        h("td", {}, exercise.started ? `${formShare(exercise.inPlace, exercise.total)}%` : "–")))));
  }

  function fixListOf(result) {
    if (!result.fixFirst.length) return null;
    return [
      h("h4", {}, result.fixFirst.length === 1 ? "The cue to fix first" : `The ${result.fixFirst.length} cues to fix first`),
      h("ol", { class: "abc-missing" }, result.fixFirst.map(({ exercise, cue }) => h("li", {},
        h("strong", {}, cue.cue), ` (${exercise})`,
        h("br"), h("span", {}, `Fix: ${cue.fix}`),
        h("br"), h("span", {}, `Why it matters: ${cue.why}`)))),
    ];
  }

  function update() {
    const { checkedById, skipped } = readChecked();
    const result = assessForm(checklists, checkedById);
    notice.show(skipped.length
      ? `Saved ticks for ${skipped.join(", ")} could not be used, so they are left out of your score.`
      : null);
    if (result.status === "no-data") {
      headline.replaceChildren(
        h("p", { class: "abc-score" }, "No form score yet."),
        h("p", {}, "Tick the cues you can keep in the form checklists on this page. Your score appears here."));
    } else {
      const exercises = result.exercises.filter((exercise) => exercise.started).length;
      headline.replaceChildren(
        h("p", { class: "abc-score" }, `Form score: ${Math.round(result.score * 100)}%`),
        h("p", {}, `${result.inPlace} of ${result.total} cues in place across ${exercises} ${exercises === 1 ? "exercise" : "exercises"}.`
          + (result.fixFirst.length ? "" : " All cues in place. Keep them as the sets get harder.")));
    }
    drawChart(chartBox, (width) => chartOf(result, width));
    tableBox.replaceChildren(scrollableTable(tableOf(result)));
    fixBox.replaceChildren(...[fixListOf(result) ?? []].flat(),
      result.notStarted.length && result.status !== "no-data"
        ? h("p", { class: "abc-hint" }, `Not ticked yet: ${result.notStarted.join(", ")}.`)
        : "");
    syncToKernel(model, {
      checked: checkedById,
      result: {
        status: result.status, attention: result.attention, summary: result.summary,
        score: result.score, inPlace: result.inPlace, total: result.total,
        notStarted: result.notStarted,
        fixFirst: result.fixFirst.map(({ checklistId, exercise, cue }) => ({ checklist: checklistId, exercise, cue: cue.id, text: cue.cue })),
      },
    });
  }

  // a checklist on this page (PROGRESS_EVENT) or in another tab (storage event) changed
  const onProgress = (event) => {
    const key = event.detail?.key ?? event.key;
    if (key === null || key === undefined || String(key).startsWith(prefix)) update();
  };
  globalThis.addEventListener?.(PROGRESS_EVENT, onProgress);
  globalThis.addEventListener?.("storage", onProgress);

  el.replaceChildren(h("section", { class: "abc-widget abc-form-score", "aria-labelledby": titleId },
    h("h3", { class: "abc-title", id: titleId }, "Your form score"),
    h("p", { class: "abc-intro" }, "This adds up your ticks in the form checklists on this page. It shows which missing cues to work on first."),
    notice.element,
    headline,
    chartBox,
    tableBox,
    fixBox));
  update();
  return () => {
    globalThis.removeEventListener?.(PROGRESS_EVENT, onProgress);
    globalThis.removeEventListener?.("storage", onProgress);
  };
}

export default { render };
