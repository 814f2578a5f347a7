// Red-flag checker: each level's group of signs is one question. The learner ticks the signs
// they have, or "I have none of these". Any emergency sign at once shows "Get emergency care now"
// in an alert, with what to say and where to go; other signs show their level's advice; the
// all-clear comes only when every group is answered. It never names a diagnosis.
import { h, noticeArea, syncToKernel, uniqueId } from "./lib/dom.js";
import { isValidRedFlagRecord, redFlagGroups, triage } from "./lib/red_flags.js";
import { redFlagAdvice, redFlagEmergencyPointer } from "./lib/red_flag_advice.js";
import { browserStorage, readRecord, removeRecord, storageKey, writeRecord } from "./lib/store.js";

const REDFLAG_KEY = storageKey("tool", "redflags");

function sourceLabel(data, keys) {
  const list = Array.isArray(keys) ? keys : [keys];
  return list.map((key) => data.sources[key] ?? key).join("; ");
}

function render({ model, el }) {
  const data = model.get("redflags");
  const symptoms = data.symptoms;
  const storage = browserStorage();
  const notice = noticeArea();
  const restored = readRecord(storage, REDFLAG_KEY, (saved) => isValidRedFlagRecord(symptoms, saved));
  notice.show(restored.notice);
  // null until the learner first answers something: the plan then reads "not used yet"
  let checked = restored.data ? new Set(restored.data.checked) : null;
  const noneOf = new Set(restored.data?.none ?? []);

  const titleId = uniqueId("abc-redflags-title");
  // The alert region is in the page (empty, not hidden) from the start, so that filling it is
  // announced at once by screen readers.
  const alertBox = h("div", { class: "abc-redflag-alert", role: "alert", "data-level": "emergency" });
  const advice = h("div", { class: "abc-redflag-advice", role: "status", "aria-live": "polite" });

  const toggles = [];
  const noneToggles = new Map();
  const groups = redFlagGroups(symptoms).map((level) => {
    const items = symptoms.filter((symptom) => symptom.level === level);
    const legendId = uniqueId(`abc-redflags-${level}`);
    const noneInput = h("input", {
      type: "checkbox",
      "data-none-of": level,
      onchange: () => {
        checked ??= new Set();
        if (noneInput.checked) noneOf.add(level); else noneOf.delete(level);
        persist();
        update();
      },
    });
    noneToggles.set(level, noneInput);
    return h("fieldset", { class: `abc-redflag-group abc-redflag-${level}`, "aria-labelledby": legendId, "data-level": level },
      h("legend", { id: legendId }, data.levels[level].heading),
      h("ul", { class: "abc-cues" }, items.map((symptom) => {
        const input = h("input", {
          type: "checkbox",
          value: symptom.id,
          "data-symptom-id": symptom.id,
          onchange: () => {
            checked ??= new Set();
            if (input.checked) {
              checked.add(symptom.id);
              noneOf.delete(level);
            } else {
              checked.delete(symptom.id);
            }
            persist();
            update();
          },
        });
        toggles.push({ symptom, input });
        return h("li", { class: "abc-cue" },
          h("label", {}, input, h("span", {}, symptom.text,
            h("span", { class: "abc-source" }, ` (source: ${sourceLabel(data, symptom.source)})`))));
      }),
      h("li", { class: "abc-cue abc-redflag-none" }, h("label", {}, noneInput, h("span", {}, "I have none of these")))));
  });

  function currentRecord() {
    if (!checked) return null;
    const order = redFlagGroups(symptoms);
    return {
      checked: symptoms.map((symptom) => symptom.id).filter((id) => checked.has(id)),
      none: order.filter((level) => noneOf.has(level)),
    };
  }

  function persist() {
    if (!writeRecord(storage, REDFLAG_KEY, currentRecord())) {
      notice.show("Your browser did not allow saving, so your answers will be lost when you leave this page.");
    }
  }

  function showToggles() {
    for (const toggle of toggles) toggle.input.checked = Boolean(checked?.has(toggle.symptom.id));
    for (const [level, input] of noneToggles) {
      // "none of these" cannot stand beside a ticked sign of the same group
      const hasTick = toggles.some((toggle) => toggle.symptom.level === level && toggle.input.checked);
      input.checked = noneOf.has(level) && !hasTick;
      input.disabled = hasTick;
    }
  }

  function update() {
    const record = currentRecord();
    const result = triage(data, record);
    showToggles();
    if (result.level === "emergency") {
      alertBox.replaceChildren(...redFlagAdvice(data, result, { heading: "p" }));
      advice.replaceChildren(redFlagEmergencyPointer(data));
    } else {
      alertBox.replaceChildren();
      advice.replaceChildren(...redFlagAdvice(data, result));
    }
    advice.dataset.level = result.level;
    syncToKernel(model, {
      checked: record?.checked ?? [],
      result: {
        status: result.status, attention: result.attention, level: result.level,
        summary: result.summary, say: result.say, checked: record?.checked ?? [], none: record?.none ?? [],
      },
    });
  }

  const resetButton = h("button", {
    type: "button",
    class: "abc-button abc-button-secondary",
    onclick: () => {
      checked = null;
      noneOf.clear();
      removeRecord(storage, REDFLAG_KEY);
      update();
      notice.show("Your answers were cleared.");
      toggles[0]?.input.focus();
    },
  }, "Clear my answers");

  const [emergencyGroup, ...otherGroups] = groups;
  el.replaceChildren(h("section", { class: "abc-widget abc-redflags", "aria-labelledby": titleId },
    h("h3", { class: "abc-title", id: titleId }, "Red-flag checker"),
    h("p", { class: "abc-intro" }, data.intro),
    h("p", { class: "abc-disclaimer" }, data.disclaimer),
    notice.element,
    emergencyGroup,
    // right under the emergency signs, where the learner's eyes are when they tick one
    alertBox,
    otherGroups,
    h("h4", { class: "abc-redflag-result-heading" }, "What to do"),
    advice,
    h("div", { class: "abc-footer" }, resetButton)));
  update();
}

export default { render };
