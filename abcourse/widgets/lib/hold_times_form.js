// The form both hold-time widgets share (chapter 1's endurance test and chapter 3's ratios): four
// time fields and the sex question, read from and saved to the one record
// abcourse:v1:tool:endurance, so the learner types the times once and either chapter can edit them.
import { h, uniqueId } from "./dom.js";
import { DEFAULT_MAX_SECONDS, emptyEnduranceRecord, isValidEnduranceRecord, parseSeconds, SEXES, TIME_FIELDS } from "./endurance.js";
import { PROGRESS_EVENT, readRecord, removeRecord, storageKey, writeRecord } from "./store.js";

export const HOLD_TIMES_KEY = storageKey("tool", "endurance");
export const HOLD_TIMES_SEX_LABELS = { female: "Female", male: "Male", unspecified: "Prefer not to say" };

function holdTimesText(value) {
  return value === null || value === undefined ? "" : String(value);
}

// norms: book/data/norms.yml; notice: a noticeArea(); onChange({times, sex, valid}) runs after every
// edit and after a reload from storage. sexHint: one sentence under the sex question saying what it
// is used for on this page.
export function holdTimesForm({ norms, storage, notice, onChange, sexHint = "" }) {
  const max = norms.maxSeconds ?? DEFAULT_MAX_SECONDS;
  const texts = {};
  let sex = "unspecified";
  let lastSaved = null;
  // The times last saved: a mistyped field keeps its saved time until the learner fixes it.
  let savedTimes = {};
  const inputs = {};
  const errors = {};

  function load() {
    const restored = readRecord(storage, HOLD_TIMES_KEY, isValidEnduranceRecord);
    const record = restored.data ?? emptyEnduranceRecord();
    for (const field of TIME_FIELDS) texts[field] = holdTimesText(record.times?.[field]);
    sex = record.sex;
    savedTimes = { ...(restored.data?.times ?? {}) };
    lastSaved = restored.data ? JSON.stringify({ times: current().times, sex }) : null;
    return restored.notice;
  }

  // Every field's parse, the valid times (a blank or mistyped field counts as null) and its message.
  function current() {
    const times = {};
    const messages = {};
    for (const field of TIME_FIELDS) {
      const parsed = parseSeconds(texts[field] ?? "", { max });
      times[field] = parsed.value;
      messages[field] = parsed.error;
    }
    return { times, sex, messages, valid: TIME_FIELDS.every((field) => !messages[field]) };
  }

  function showMessages(state) {
    for (const field of TIME_FIELDS) {
      const message = state.messages[field];
      const input = inputs[field];
      const error = errors[field];
      if (!input) continue;
      error.textContent = message ?? "";
      error.hidden = !message;
      input.setAttribute("aria-invalid", message ? "true" : "false");
      const described = [input.dataset.hintId, message ? error.id : null].filter(Boolean).join(" ");
      if (described) input.setAttribute("aria-describedby", described); else input.removeAttribute("aria-describedby");
    }
  }

  function save(state) {
    const times = {};
    for (const field of TIME_FIELDS) times[field] = state.messages[field] ? (savedTimes[field] ?? null) : state.times[field];
    const record = { times, sex: state.sex };
    const text = JSON.stringify(record);
    if (text === lastSaved) return;
    lastSaved = text;
    savedTimes = times;
    if (!writeRecord(storage, HOLD_TIMES_KEY, record)) {
      notice.show("Your browser did not allow saving, so your times will be lost when you leave this page.");
    }
  }

  function changed({ persist = true } = {}) {
    const state = current();
    showMessages(state);
    if (persist) save(state);
    onChange(state);
  }

  const firstNotice = load();
  const sexName = uniqueId("abc-hold-sex");
  const sexInputs = {};
  const fields = norms.tests.filter((test) => TIME_FIELDS.includes(test.id)).map((test) => {
    const inputId = uniqueId(`abc-hold-${test.id}`);
    const hintId = test.hint ? `${inputId}-hint` : null;
    errors[test.id] = h("p", { id: `${inputId}-error`, class: "abc-field-error", hidden: true });
    inputs[test.id] = h("input", {
      id: inputId, type: "text", inputmode: "decimal", autocomplete: "off", class: "abc-number",
      value: texts[test.id], "data-field": test.id, "aria-invalid": "false",
      oninput: () => {
        texts[test.id] = inputs[test.id].value;
        changed();
      },
    });
    if (hintId) inputs[test.id].dataset.hintId = hintId;
    return h("div", { class: "abc-hold-field", "data-test": test.id },
      h("label", { for: inputId }, test.label ?? test.name, " ", h("span", { class: "abc-unit" }, "(seconds, or minutes:seconds)")),
      hintId ? h("p", { id: hintId, class: "abc-hint" }, test.hint) : null,
      inputs[test.id],
      errors[test.id]);
  });
  const sexField = h("fieldset", { class: "abc-hold-sex" },
    h("legend", {}, "Your sex"),
    sexHint ? h("p", { class: "abc-hint" }, sexHint) : null,
    SEXES.map((value) => {
      sexInputs[value] = h("input", { type: "radio", name: sexName, value, checked: value === sex, onchange: () => {
        sex = value;
        changed();
      } });
      return h("label", { class: "abc-option" }, sexInputs[value], h("span", {}, HOLD_TIMES_SEX_LABELS[value]));
    }));

  const element = h("div", { class: "abc-hold-form" },
    h("fieldset", { class: "abc-hold-times" }, h("legend", {}, "Your hold times"), h("div", { class: "abc-hold-fields" }, fields)),
    sexField);

  // Another chapter's widget (this tab or another tab) saved the record: show what it saved,
  // unless it is what this form saved itself.
  function reload() {
    const restored = readRecord(storage, HOLD_TIMES_KEY, isValidEnduranceRecord);
    const text = restored.data ? JSON.stringify({ times: restored.data.times, sex: restored.data.sex }) : null;
    if (text !== null && text === lastSaved) return;
    if (restored.notice) notice.show(restored.notice);
    const record = restored.data ?? emptyEnduranceRecord();
    for (const field of TIME_FIELDS) {
      const value = holdTimesText(record.times?.[field]);
      // keep a mistyped field the learner is still fixing here if the saved value did not change
      if (parseSeconds(texts[field] ?? "", { max }).value !== (record.times?.[field] ?? null)) {
        texts[field] = value;
        if (inputs[field]) inputs[field].value = value;
      }
    }
    sex = record.sex;
    for (const value of SEXES) sexInputs[value].checked = value === sex;
    savedTimes = { ...(record.times ?? {}) };
    lastSaved = text;
    changed({ persist: false });
  }

  function reset() {
    for (const field of TIME_FIELDS) {
      texts[field] = "";
      if (inputs[field]) inputs[field].value = "";
    }
    sex = "unspecified";
    for (const value of SEXES) sexInputs[value].checked = value === sex;
    savedTimes = {};
    lastSaved = null;
    changed({ persist: false });
  }

  return { element, firstNotice, refresh: () => changed({ persist: false }), reload, reset, state: current };
}

// What both widgets show around the form.

// The sources named by one key or a list of keys, as the data file spells them out.
export function sourcesText(norms, keys) {
  const list = Array.isArray(keys) ? keys : keys ? [keys] : [];
  return list.map((key) => norms.sources?.[key] ?? key).join("; ");
}

export function invalidFieldsNote() {
  return h("p", { class: "abc-invalid", hidden: true }, "Some fields have a problem (see the messages beside them). Until you fix them, they are left out.");
}

// Clears the shared record, so the times go from both chapters.
export function clearTimesButton({ form, storage, notice, otherChapter }) {
  return h("button", { type: "button", class: "abc-button abc-button-secondary", onclick: () => {
    removeRecord(storage, HOLD_TIMES_KEY);
    form.reset();
    notice.show(`Your hold times were cleared (in ${otherChapter} too).`);
  } }, "Clear my times");
}

// Shows what the other chapter saves, in this tab (the course's progress event) or another tab
// (the browser's storage event). Returns the function that stops listening.
export function followSavedTimes(form) {
  const onProgress = (event) => {
    const key = event.detail?.key ?? event.key;
    if (key === null || key === undefined || key === HOLD_TIMES_KEY) form.reload();
  };
  globalThis.addEventListener?.(PROGRESS_EVENT, onProgress);
  globalThis.addEventListener?.("storage", onProgress);
  return () => {
    globalThis.removeEventListener?.(PROGRESS_EVENT, onProgress);
    globalThis.removeEventListener?.("storage", onProgress);
  };
}
