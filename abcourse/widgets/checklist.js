// Form checklist: one toggle per form cue; the summary of missing cues, each with its fix, why it
// matters and, where the course draws it, the fault beside the right form, updates the moment a
// toggle changes. Progress is kept in the browser.
import { cuesToFixFirst, checklistSummary, isValidChecklistRecord } from "./lib/checklist_logic.js";
import { h, noticeArea, syncToKernel, uniqueId } from "./lib/dom.js";
import { faultPair } from "./lib/figure.js";
import { browserStorage, readRecord, removeRecord, storageKey, writeRecord } from "./lib/store.js";

function render({ model, el }) {
  const checklist = model.get("checklist");
  const figures = model.get("figures") ?? {};
  const key = storageKey("checklist", `${model.get("chapter")}/${checklist.id}`);
  const storage = browserStorage();
  const notice = noticeArea();
  const restored = readRecord(storage, key, (data) => isValidChecklistRecord(checklist, data));
  let checked = new Set(restored.data?.checked ?? []);
  notice.show(restored.notice);

  const titleId = uniqueId("abc-checklist-title");
  const summary = h("div", { class: "abc-summary", role: "status", "aria-live": "polite" });
  const toggles = checklist.cues.map((cue) => {
    const input = h("input", {
      type: "checkbox",
      value: cue.id,
      onchange: () => {
        if (input.checked) checked.add(cue.id); else checked.delete(cue.id);
        persist();
        updateSummary();
      },
    });
    return { cue, input, element: h("li", { class: "abc-cue" }, h("label", {}, input, h("span", {}, cue.cue))) };
  });

  function persist() {
    const ordered = checklist.cues.map((cue) => cue.id).filter((id) => checked.has(id));
    if (!writeRecord(storage, key, { checked: ordered })) {
      notice.show("Your browser did not allow saving, so your ticks will be lost when you leave this page.");
    }
    syncToKernel(model, { checked: ordered });
  }

  function updateSummary() {
    const ids = [...checked];
    const { headline, missing } = checklistSummary(checklist, ids);
    const first = new Set(cuesToFixFirst(checklist, ids, 3).map((cue) => cue.id));
    summary.replaceChildren(
      h("p", { class: "abc-summary-headline" }, h("strong", {}, missing.length ? "To fix: " : "✓ "), headline),
      missing.length ? h("ul", { class: "abc-missing" }, missing.map((cue) => h("li", {},
        h("strong", {}, cue.cue), first.has(cue.id) && missing.length > 3 ? " (fix this first)" : "",
        h("br"), h("span", {}, `Fix: ${cue.fix}`), h("br"), h("span", {}, `Why it matters: ${cue.why}`),
        figures[cue.id] ? faultPair(figures[cue.id]) : null))) : null);
  }

  function refresh() {
    for (const toggle of toggles) toggle.input.checked = checked.has(toggle.cue.id);
    updateSummary();
  }

  const resetButton = h("button", {
    type: "button",
    class: "abc-button abc-button-secondary",
    onclick: () => {
      checked = new Set();
      removeRecord(storage, key);
      refresh();
      syncToKernel(model, { checked: [] });
      notice.show("This checklist was reset.");
      toggles[0]?.input.focus();
    },
  }, "Reset this checklist");

  el.replaceChildren(h("section", { class: "abc-widget abc-checklist", "aria-labelledby": titleId },
    h("h3", { class: "abc-title", id: titleId }, `Form check: ${checklist.exercise}`),
    checklist.intro ? h("p", { class: "abc-intro" }, checklist.intro) : null,
    notice.element,
    h("fieldset", {},
      h("legend", {}, "Tick each cue you can keep through a whole set."),
      h("ul", { class: "abc-cues" }, toggles.map((toggle) => toggle.element))),
    summary,
    h("div", { class: "abc-footer" }, resetButton)));
  refresh();
  syncToKernel(model, { checked: checklist.cues.map((cue) => cue.id).filter((id) => checked.has(id)) });
}

export default { render };
