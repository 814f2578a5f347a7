// Red-flag checker: each level's group of signs is one question. The learner ticks the signs
// they have, or "I have none of these". Any emergency sign at once shows "Get emergency care now"
// in an alert, with what to say and where to go; other signs show their level's advice; the
// all-clear comes only when every group is answered. It never names a diagnosis.
import { h, liveStatus, noticeArea, syncToKernel, uniqueId, widgetSection } from "./lib/dom.js";
import { isValidRedFlagRecord, redFlagGroups, triage } from "./lib/red_flags.js";
import { redFlagAdvice, redFlagEmergencyPointer } from "./lib/red_flag_advice.js";
import { browserStorage, removeRecord, restoreRecord, saveRecord, toolKey } from "./lib/store.js";
import { citeSources } from "./lib/text.js";

const REDFLAG_KEY = toolKey("redflags");

// null until the learner first answers something: the plan then reads "not used yet"
function currentRecord(view) {
  if (!view.checked) return null;
  return {
    checked: view.symptoms.map((symptom) => symptom.id).filter((id) => view.checked.has(id)),
    none: redFlagGroups(view.symptoms).filter((level) => view.noneOf.has(level)),
  };
}

function answered(view) {
  saveRecord(view.storage, REDFLAG_KEY, currentRecord(view), view.notice, "your answers");
  update(view);
}

function showToggles(view) {
  for (const toggle of view.toggles) toggle.input.checked = Boolean(view.checked?.has(toggle.symptom.id));
  for (const [level, input] of view.noneToggles) {
    // "none of these" cannot stand beside a ticked sign of the same group
    const hasTick = view.toggles.some((toggle) => toggle.symptom.level === level && toggle.input.checked);
    input.checked = view.noneOf.has(level) && !hasTick;
    input.disabled = hasTick;
  }
}

function update(view) {
  const { data } = view;
  const record = currentRecord(view);
  const result = triage(data, record);
  showToggles(view);
  if (result.level === "emergency") {
    view.alertBox.replaceChildren(...redFlagAdvice(data, result, { heading: "p" }));
    view.advice.replaceChildren(redFlagEmergencyPointer(data));
  } else {
    view.alertBox.replaceChildren();
    view.advice.replaceChildren(...redFlagAdvice(data, result));
  }
  view.advice.dataset.level = result.level;
  syncToKernel(view.model, {
    checked: record?.checked ?? [],
    result: {
      status: result.status, attention: result.attention, level: result.level,
      summary: result.summary, say: result.say, checked: record?.checked ?? [], none: record?.none ?? [],
    },
  });
}

function symptomToggle(view, symptom) {
  const input = h("input", {
    type: "checkbox",
    value: symptom.id,
    "data-symptom-id": symptom.id,
    onchange: () => {
      view.checked ??= new Set();
      if (input.checked) {
        view.checked.add(symptom.id);
        view.noneOf.delete(symptom.level);
      } else {
        view.checked.delete(symptom.id);
      }
      answered(view);
    },
  });
  view.toggles.push({ symptom, input });
  return h("li", { class: "abc-cue" },
    h("label", {}, input, h("span", {}, symptom.text,
      h("span", { class: "abc-source" }, ` (source: ${citeSources(view.data.sources, symptom.source)})`))));
}

function noneToggle(view, level) {
  const input = h("input", {
    type: "checkbox",
    "data-none-of": level,
    onchange: () => {
      view.checked ??= new Set();
      if (input.checked) view.noneOf.add(level); else view.noneOf.delete(level);
      answered(view);
    },
  });
  view.noneToggles.set(level, input);
  return h("li", { class: "abc-cue abc-redflag-none" }, h("label", {}, input, h("span", {}, "I have none of these")));
}

// Each level's signs are one question, with "I have none of these" as its last answer.
function levelGroup(view, level) {
  const legendId = uniqueId(`abc-redflags-${level}`);
  const items = view.symptoms.filter((symptom) => symptom.level === level);
  return h("fieldset", { class: `abc-redflag-group abc-redflag-${level}`, "aria-labelledby": legendId, "data-level": level },
    h("legend", { id: legendId }, view.data.levels[level].heading),
    h("ul", { class: "abc-cues" }, items.map((symptom) => symptomToggle(view, symptom)), noneToggle(view, level)));
}

function resetButton(view) {
  return h("button", {
    type: "button",
    class: "abc-button abc-button-secondary",
    onclick: () => {
      view.checked = null;
      view.noneOf.clear();
      removeRecord(view.storage, REDFLAG_KEY);
      update(view);
      view.notice.show("Your answers were cleared.");
      view.toggles[0]?.input.focus();
    },
  }, "Clear my answers");
}

function redFlagView(model) {
  const data = model.get("redflags");
  const view = {
    model, data,
    symptoms: data.symptoms,
    storage: browserStorage(),
    notice: noticeArea(),
    toggles: [],
    noneToggles: new Map(),
    // The alert region is in the page (empty, not hidden) from the start, so that filling it is
    // announced at once by screen readers.
    alertBox: h("div", { class: "abc-redflag-alert", role: "alert", "data-level": "emergency" }),
    advice: liveStatus("abc-redflag-advice"),
  };
  const saved = restoreRecord(view.storage, REDFLAG_KEY, (record) => isValidRedFlagRecord(view.symptoms, record), view.notice);
  view.checked = saved ? new Set(saved.checked) : null;
  view.noneOf = new Set(saved?.none ?? []);
  return view;
}

function render({ model, el }) {
  const view = redFlagView(model);
  const [emergencyGroup, ...otherGroups] = redFlagGroups(view.symptoms).map((level) => levelGroup(view, level));
  el.replaceChildren(widgetSection("abc-redflags", "Red-flag checker",
    h("p", { class: "abc-intro" }, view.data.intro),
    h("p", { class: "abc-disclaimer" }, view.data.disclaimer),
    view.notice.element,
    emergencyGroup,
    // right under the emergency signs, where the learner's eyes are when they tick one
    view.alertBox,
    otherGroups,
    h("h4", { class: "abc-redflag-result-heading" }, "What to do"),
    view.advice,
    h("div", { class: "abc-footer" }, resetButton(view))));
  update(view);
}

export default { render };
