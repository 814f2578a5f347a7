// @ts-check
// The form both hold-time widgets share (chapter 1's endurance test and chapter 3's ratios): four
// time fields, each with a stopwatch that writes into it, and the sex question, read from and
// saved to the one record abcourse:v1:tool:endurance, so the learner types the times once and
// either chapter can edit them.
import {
  DEFAULT_MAX_SECONDS,
  emptyEnduranceRecord,
  isValidEnduranceRecord,
  parseSeconds,
  SEXES,
  timeFields,
} from "../logic/endurance.js";
import { selfTestKey } from "../logic/store_keys.js";
import { asText } from "../logic/text.js";
import { h, secondaryButton, uniqueId } from "./dom.js";
import { stopwatchGroup } from "./stopwatch.js";
import { onRecordChange, readRecord, removeRecord, saveRecord } from "./store.js";

const HOLD_TIMES_KEY = selfTestKey("endurance");
const SEX_LABELS = { female: "Female", male: "Male", unspecified: "Prefer not to say" };

// The record as text, to tell whether a save changes anything.
function recordText(times, sex) {
  return JSON.stringify({ times, sex });
}

// Every field's parse, the valid times (a blank or mistyped field counts as null) and its message.
function currentState(form) {
  const times = {};
  const messages = {};
  for (const field of form.fields) {
    const parsed = parseSeconds(form.texts[field] ?? "", { max: form.max });
    times[field] = parsed.value;
    messages[field] = parsed.error;
  }
  return { times, sex: form.sex, messages, valid: form.fields.every((field) => !messages[field]) };
}

function load(form) {
  const restored = readRecord(form.storage, HOLD_TIMES_KEY, (data) =>
    isValidEnduranceRecord(data, form.norms),
  );
  const record = restored.data ?? emptyEnduranceRecord(form.norms);
  for (const field of form.fields) form.texts[field] = asText(record.times?.[field]);
  form.sex = record.sex;
  form.savedTimes = { ...(restored.data?.times ?? {}) };
  form.lastSaved = restored.data ? recordText(currentState(form).times, form.sex) : null;
  return restored.notice;
}

function showMessages(form, state) {
  for (const field of form.fields) {
    const message = state.messages[field];
    const input = form.inputs[field];
    const error = form.errors[field];
    if (!input) continue;
    error.textContent = message ?? "";
    error.hidden = !message;
    input.setAttribute("aria-invalid", message ? "true" : "false");
    const described = [input.dataset.hintId, message ? error.id : null].filter(Boolean).join(" ");
    if (described) input.setAttribute("aria-describedby", described);
    else input.removeAttribute("aria-describedby");
  }
}

// The times last saved: a mistyped field keeps its saved time until the learner fixes it.
function save(form, state) {
  const times = {};
  for (const field of form.fields)
    times[field] = state.messages[field] ? (form.savedTimes[field] ?? null) : state.times[field];
  const text = recordText(times, state.sex);
  if (text === form.lastSaved) return;
  form.lastSaved = text;
  form.savedTimes = times;
  saveRecord(form.storage, HOLD_TIMES_KEY, { times, sex: state.sex }, form.notice, "your times");
}

function changed(form, { persist = true } = {}) {
  const state = currentState(form);
  showMessages(form, state);
  if (persist) save(form, state);
  form.onChange(state);
}

function timeField(form, test) {
  const inputId = uniqueId(`abc-hold-${test.id}`);
  const hintId = test.hint ? `${inputId}-hint` : null;
  form.errors[test.id] = h("p", { id: `${inputId}-error`, class: "abc-field-error", hidden: true });
  const input = h("input", {
    id: inputId,
    type: "text",
    inputmode: "decimal",
    autocomplete: "off",
    class: "abc-number",
    value: form.texts[test.id],
    "data-field": test.id,
    "aria-invalid": "false",
    oninput: () => {
      form.texts[test.id] = input.value;
      changed(form);
    },
  });
  if (hintId) input.dataset.hintId = hintId;
  form.inputs[test.id] = input;
  // the stopwatch types its whole seconds into the field, and the form saves them as typed ones
  const stopwatch = form.stopwatches.control({
    name: test.name,
    max: form.max,
    onStop: (seconds) => {
      form.texts[test.id] = String(seconds);
      input.value = String(seconds);
      changed(form);
    },
  });
  return h(
    "div",
    { class: "abc-hold-field", "data-test": test.id },
    h(
      "label",
      { for: inputId },
      test.label ?? test.name,
      " ",
      h("span", { class: "abc-unit" }, "(seconds, or minutes:seconds)"),
    ),
    hintId ? h("p", { id: hintId, class: "abc-hint" }, test.hint) : null,
    input,
    form.errors[test.id],
    stopwatch,
  );
}

function sexField(form, sexHint) {
  const sexName = uniqueId("abc-hold-sex");
  return h(
    "fieldset",
    { class: "abc-hold-sex" },
    h("legend", {}, "Your sex"),
    sexHint ? h("p", { class: "abc-hint" }, sexHint) : null,
    SEXES.map((value) => {
      form.sexInputs[value] = h("input", {
        type: "radio",
        name: sexName,
        value,
        checked: value === form.sex,
        onchange: () => {
          form.sex = value;
          changed(form);
        },
      });
      return h(
        "label",
        { class: "abc-option" },
        form.sexInputs[value],
        h("span", {}, SEX_LABELS[value]),
      );
    }),
  );
}

// Puts a record's times and sex in the fields, leaving a field the learner is still fixing here
// when its saved value did not change.
function showRecord(form, record) {
  for (const field of form.fields) {
    const value = asText(record.times?.[field]);
    if (
      parseSeconds(form.texts[field] ?? "", { max: form.max }).value !==
      (record.times?.[field] ?? null)
    ) {
      form.texts[field] = value;
      if (form.inputs[field]) form.inputs[field].value = value;
    }
  }
  form.sex = record.sex;
  for (const value of SEXES) form.sexInputs[value].checked = value === form.sex;
  form.savedTimes = { ...(record.times ?? {}) };
}

// Another chapter's widget (this tab or another tab) saved the record: show what it saved,
// unless it is what this form saved itself.
function reload(form) {
  const restored = readRecord(form.storage, HOLD_TIMES_KEY, (data) =>
    isValidEnduranceRecord(data, form.norms),
  );
  const text = restored.data ? recordText(restored.data.times, restored.data.sex) : null;
  if (text !== null && text === form.lastSaved) return;
  if (restored.notice) form.notice.show(restored.notice);
  showRecord(form, restored.data ?? emptyEnduranceRecord(form.norms));
  form.lastSaved = text;
  changed(form, { persist: false });
}

function reset(form) {
  form.stopwatches.cancel();
  for (const field of form.fields) {
    form.texts[field] = "";
    if (form.inputs[field]) form.inputs[field].value = "";
  }
  form.sex = "unspecified";
  for (const value of SEXES) form.sexInputs[value].checked = value === form.sex;
  form.savedTimes = {};
  form.lastSaved = null;
  changed(form, { persist: false });
}

// norms: book/data/norms.yml; notice: a noticeArea(); onChange({times, sex, valid}) runs after
// every edit and after a reload from storage. sexHint: one sentence under the sex question saying
// what it is used for on this page.
export function holdTimesForm({ norms, storage, notice, onChange, sexHint = "" }) {
  const form = {
    norms,
    // the hold tests' ids, which key the saved times
    fields: timeFields(norms),
    storage,
    notice,
    onChange,
    max: norms.maxSeconds ?? DEFAULT_MAX_SECONDS,
    texts: {},
    sex: "unspecified",
    lastSaved: null,
    savedTimes: {},
    inputs: {},
    errors: {},
    sexInputs: {},
    stopwatches: stopwatchGroup(),
  };
  const firstNotice = load(form);
  const fields = norms.tests.map((test) => timeField(form, test));
  const element = h(
    "div",
    { class: "abc-hold-form" },
    h(
      "fieldset",
      { class: "abc-hold-times" },
      h("legend", {}, "Your hold times"),
      h("div", { class: "abc-hold-fields" }, fields),
      form.stopwatches.status,
    ),
    sexField(form, sexHint),
  );
  return {
    element,
    firstNotice,
    refresh: () => changed(form, { persist: false }),
    reload: () => reload(form),
    reset: () => reset(form),
    stopTimers: () => form.stopwatches.cancel(),
  };
}

// What both widgets show around the form.

export function invalidFieldsNote() {
  return h(
    "p",
    { class: "abc-invalid", hidden: true },
    "Some fields have a problem (see the messages beside them). Until you fix them, they are " +
      "left out.",
  );
}

// Clears the shared record, so the times go from both chapters.
export function clearTimesButton({ form, storage, notice, otherChapter }) {
  return secondaryButton("Clear my times", () => {
    removeRecord(storage, HOLD_TIMES_KEY);
    form.reset();
    notice.show(`Your hold times were cleared (in ${otherChapter} too).`);
  });
}

// Shows what the other chapter saves. Returns the function that stops following (and stops a
// running stopwatch, when the widget goes).
export function followSavedTimes(form) {
  const stopFollowing = onRecordChange(HOLD_TIMES_KEY, form.reload);
  return () => {
    stopFollowing();
    form.stopTimers();
  };
}
