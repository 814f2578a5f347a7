// Red-flag checker: the learner ticks the signs they have. Any emergency sign at once shows
// "Get emergency care now" in an alert, with what to say and where to go; urgent signs show the
// same-day advice; none shows the everyday advice. It never names a diagnosis.
import { h, noticeArea, syncToKernel, uniqueId } from "./lib/dom.js";
import { RED_FLAG_LEVELS, isValidRedFlagRecord, triage } from "./lib/red_flags.js";
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
  // null until the learner first ticks something: the plan then reads "not used yet"
  let checked = restored.data ? new Set(restored.data.checked) : null;

  const titleId = uniqueId("abc-redflags-title");
  // The alert region is in the page (empty, not hidden) from the start, so that filling it is
  // announced at once by screen readers.
  const alertBox = h("div", { class: "abc-redflag-alert", role: "alert", "data-level": "emergency" });
  const advice = h("div", { class: "abc-redflag-advice", role: "status", "aria-live": "polite" });

  const toggles = [];
  const groups = RED_FLAG_LEVELS.map((level) => {
    const items = symptoms.filter((symptom) => symptom.level === level);
    if (!items.length) return null;
    const legendId = uniqueId(`abc-redflags-${level}`);
    return h("fieldset", { class: `abc-redflag-group abc-redflag-${level}`, "aria-labelledby": legendId, "data-level": level },
      h("legend", { id: legendId }, data.levels[level].heading),
      h("ul", { class: "abc-cues" }, items.map((symptom) => {
        const input = h("input", {
          type: "checkbox",
          value: symptom.id,
          "data-symptom-id": symptom.id,
          onchange: () => {
            checked ??= new Set();
            if (input.checked) checked.add(symptom.id); else checked.delete(symptom.id);
            persist();
            update();
          },
        });
        toggles.push({ symptom, input });
        return h("li", { class: "abc-cue" },
          h("label", {}, input, h("span", {}, symptom.text,
            h("span", { class: "abc-source" }, ` (source: ${sourceLabel(data, symptom.source)})`))));
      })));
  });

  function orderedIds() {
    return checked ? symptoms.map((symptom) => symptom.id).filter((id) => checked.has(id)) : null;
  }

  function persist() {
    if (!writeRecord(storage, REDFLAG_KEY, { checked: orderedIds() })) {
      notice.show("Your browser did not allow saving, so your ticks will be lost when you leave this page.");
    }
  }

  function levelBlock(level, result, { heading = "h4" } = {}) {
    const info = data.levels[level];
    const ticked = result.byLevel[level];
    return [
      h(heading, { class: "abc-redflag-title" }, level === "emergency" ? `⚠ ${info.title}` : info.title),
      ticked.length ? h("p", {}, `You ticked: ${ticked.map((symptom) => symptom.text).join("; ")}.`) : null,
      h("p", {}, h("strong", {}, "What to do: "), info.advice),
      h("p", {}, h("strong", {}, "Where to go: "), info.where),
      h("p", {}, h("strong", {}, "What to say: "), info.say),
      result.say && level !== "routine"
        ? h("div", { class: "abc-redflag-say" }, h("p", {}, h("strong", {}, "You could say: ")),
          h("blockquote", {}, h("p", {}, `“${result.say}”`)))
        : null,
      h("p", { class: "abc-source" }, `Source: ${sourceLabel(data, info.source)}.`),
    ].filter(Boolean);
  }

  function update() {
    const ids = orderedIds();
    const result = triage(symptoms, ids, data.levels);
    for (const toggle of toggles) toggle.input.checked = Boolean(checked?.has(toggle.symptom.id));
    if (result.level === "emergency") {
      alertBox.replaceChildren(...levelBlock("emergency", result, { heading: "p" }));
      // below the list, point back up so nobody misses the alert
      advice.replaceChildren(h("p", { class: "abc-redflag-title" },
        `⚠ ${data.levels.emergency.title}: you ticked an emergency sign. `
        + "Call 999 in the UK, 112 in the EU, 911 in the US, or your local emergency number, "
        + "or go to the nearest emergency department (A&E)."));
    } else {
      alertBox.replaceChildren();
      advice.replaceChildren(...levelBlock(result.level, result));
    }
    advice.dataset.level = result.level;
    syncToKernel(model, {
      checked: ids ?? [],
      result: {
        status: result.status, attention: result.attention, level: result.level,
        summary: result.summary, say: result.say, checked: ids ?? [],
      },
    });
  }

  const resetButton = h("button", {
    type: "button",
    class: "abc-button abc-button-secondary",
    onclick: () => {
      checked = null;
      removeRecord(storage, REDFLAG_KEY);
      update();
      notice.show("Your ticks were cleared.");
      toggles[0]?.input.focus();
    },
  }, "Clear my ticks");

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
