// @ts-check
// Form checklist: one toggle per form cue; the summary (how many cues are in place, which to start
// with) and the folded list of missing cues, each with its fix, why it matters and, where the
// course draws it, the fault beside the right form, update the moment a toggle changes. Progress
// is kept in the browser.
import {
  cuesToFixFirst,
  checklistSummary,
  isValidChecklistRecord,
} from "./logic/checklist_cues.js";
import { CHECKLIST_MESSAGES } from "./logic/checklist_messages.js";
import { checklistKey } from "./logic/store_keys.js";
import {
  escapeCloses,
  h,
  liveStatus,
  noticeArea,
  secondaryButton,
  syncToKernel,
  widgetSection,
} from "./ui/dom.js";
import { fold, unfoldForPrint } from "./ui/disclosure.js";
import { faultPair } from "./ui/figure.js";
import { browserStorage, removeRecord, restoreRecord, saveRecord } from "./ui/store.js";

// The ticked cues in the checklist's own order.
function tickedInOrder(view) {
  return view.checklist.cues.map((cue) => cue.id).filter((id) => view.checked.has(id));
}

function persist(view) {
  const ordered = tickedInOrder(view);
  saveRecord(view.storage, view.key, { checked: ordered }, view.notice, "your ticks");
  syncToKernel(view.model, { checked: ordered });
}

function missingList(view, missing) {
  const ids = [...view.checked];
  const first = new Set(cuesToFixFirst(view.checklist, ids, 3).map((cue) => cue.id));
  return h(
    "ul",
    { class: "abc-missing" },
    missing.map((cue) =>
      h(
        "li",
        {},
        h("strong", {}, cue.cue),
        first.has(cue.id) && missing.length > 3 ? CHECKLIST_MESSAGES.fixFirst : "",
        h("br"),
        h("span", {}, `Fix: ${cue.fix}`),
        h("br"),
        h("span", {}, `Why it matters: ${cue.why}`),
        view.figures[cue.id] ? faultPair(view.figures[cue.id]) : null,
      ),
    ),
  );
}

// Every missing cue's fix, why it matters and its drawings, folded: on a phone the cues to tick
// stay on one screen, and the summary above names the one to start with. The fold keeps its
// state while the learner ticks.
function fixesFold(view, missing) {
  const details = escapeCloses(
    h(
      "details",
      {
        class: "abc-fixes",
        open: view.fixesOpen,
        ontoggle: () => {
          view.fixesOpen = details.open;
        },
      },
      h("summary", {}, CHECKLIST_MESSAGES.showFixes(missing.length)),
      missingList(view, missing),
    ),
  );
  return details;
}

function updateSummary(view) {
  const { headline, missing, startWith, inPlace, total } = checklistSummary(view.checklist, [
    ...view.checked,
  ]);
  view.foldLine.textContent = CHECKLIST_MESSAGES.foldLine(inPlace, total);
  view.summary.replaceChildren(
    h(
      "p",
      { class: "abc-summary-headline" },
      missing.length ? null : h("strong", {}, "✓ "),
      headline,
    ),
    ...(startWith ? [h("p", {}, CHECKLIST_MESSAGES.startWith(startWith.cue))] : []),
  );
  view.fixes.replaceChildren(...(missing.length ? [fixesFold(view, missing)] : []));
}

function refresh(view) {
  for (const toggle of view.toggles) toggle.input.checked = view.checked.has(toggle.cue.id);
  updateSummary(view);
}

function cueToggle(view, cue) {
  const input = h("input", {
    type: "checkbox",
    value: cue.id,
    onchange: () => {
      if (input.checked) view.checked.add(cue.id);
      else view.checked.delete(cue.id);
      persist(view);
      updateSummary(view);
    },
  });
  return {
    cue,
    input,
    element: h("li", { class: "abc-cue" }, h("label", {}, input, h("span", {}, cue.cue))),
  };
}

function resetButton(view) {
  return secondaryButton("Reset this checklist", () => {
    view.checked = new Set();
    removeRecord(view.storage, view.key);
    refresh(view);
    syncToKernel(view.model, { checked: [] });
    view.notice.show("This checklist was reset.");
    view.toggles[0]?.input.focus();
  });
}

/** @param {import("./types.js").RenderProps} props what anywidget hands the widget */
function render({ model, el }) {
  /** @type {import("./types.js").Checklist} */
  const checklist = model.get("checklist");
  const view = {
    model,
    checklist,
    figures: model.get("figures") ?? {},
    key: checklistKey(model.get("chapter"), checklist.id),
    storage: browserStorage(),
    notice: noticeArea(),
    summary: liveStatus(),
    fixes: h("div", { class: "abc-fixes-box" }),
    fixesOpen: false,
  };
  const saved = restoreRecord(
    view.storage,
    view.key,
    (data) => isValidChecklistRecord(checklist, data),
    view.notice,
  );
  view.checked = new Set(saved?.checked ?? []);
  view.toggles = checklist.cues.map((cue) => cueToggle(view, cue));
  view.foldLine = h("span", { class: "abc-checklist-fold-line" });
  el.replaceChildren(
    widgetSection(
      "abc-checklist",
      `Form check: ${checklist.exercise}`,
      view.notice.element,
      // The cues fold under one line that counts them: the steps and the figure above teach the
      // exercise, and the checklist is for after a set. The fold stays open while the learner
      // ticks, and prints open.
      fold(
        "abc-checklist-body",
        view.foldLine,
        {},
        h(
          "fieldset",
          {},
          // the checklist's own instruction names the group, said once (a separate intro above
          // it repeated it word for word)
          h("legend", {}, checklist.intro ?? CHECKLIST_MESSAGES.instruction),
          h(
            "ul",
            { class: "abc-cues" },
            view.toggles.map((toggle) => toggle.element),
          ),
        ),
        view.summary,
        view.fixes,
        h("div", { class: "abc-footer" }, resetButton(view)),
      ),
    ),
  );
  refresh(view);
  syncToKernel(model, { checked: tickedInOrder(view) });
  return unfoldForPrint(el);
}

export default { render };
