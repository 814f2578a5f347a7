// @ts-check
// Saved progress: one versioned, namespaced localStorage key per quiz, checklist or self-test.
// Every value is wrapped in an envelope {version, savedAt, data}; a value that does not parse,
// has another version, or fails its widget's check is discarded with a notice, never a crash.

import {
  EXPORT_FORMAT,
  isCourseKey,
  isCurrentKey,
  NAMESPACE,
  parseProgressFile,
  passes,
  PROGRESS_EVENT,
  ProgressFileError,
  STORE_VERSION,
} from "../logic/store_keys.js";
import { STORE_MESSAGES } from "../logic/store_messages.js";

// A Map-backed stand-in where the browser refuses localStorage (some private modes,
// sandboxed frames): the page still works, progress just lasts for this visit only.
export function memoryStorage() {
  const values = new Map();
  return {
    get length() {
      return values.size;
    },
    key: (index) => [...values.keys()][index] ?? null,
    getItem: (key) => (values.has(key) ? values.get(key) : null),
    setItem: (key, value) => {
      values.set(key, String(value));
    },
    removeItem: (key) => {
      values.delete(key);
    },
    persistent: false,
  };
}

let fallbackStorage = null;

export function browserStorage() {
  try {
    const storage = globalThis.localStorage;
    const probe = `${NAMESPACE}:probe`;
    storage.setItem(probe, "1");
    storage.removeItem(probe);
    return storage;
  } catch {
    fallbackStorage ??= memoryStorage();
    return fallbackStorage;
  }
}

function keysOf(storage) {
  const keys = [];
  for (let index = 0; index < storage.length; index += 1) keys.push(storage.key(index));
  return keys;
}

// Returns {data, notice}. data is null when nothing valid is saved; notice says why a value was
// dropped. clear: false leaves a value that cannot be used in place, for the widget that owns it to
// clear.
/**
 * @param {Storage | ReturnType<typeof memoryStorage>} storage
 * @param {string} key
 * @param {import("../types.js").RecordCheck} [isValidData]
 * @param {{clear?: boolean}} [options]
 * @returns {{data: any, notice: string | null}} data: the record, of the shape its check passed
 */
export function readRecord(storage, key, isValidData = () => true, { clear = true } = {}) {
  let raw;
  try {
    raw = storage.getItem(key);
  } catch {
    return { data: null, notice: STORE_MESSAGES.cannotRead };
  }
  if (raw === null || raw === undefined) return { data: null, notice: null };
  const discard = (why) => {
    if (clear) {
      try {
        storage.removeItem(key);
      } catch {
        /* nothing more can be done */
      }
    }
    return {
      data: null,
      notice: STORE_MESSAGES.cleared(why),
    };
  };
  let envelope;
  try {
    envelope = JSON.parse(raw);
  } catch {
    return discard(STORE_MESSAGES.damaged);
  }
  if (!envelope || typeof envelope !== "object" || !("data" in envelope))
    return discard(STORE_MESSAGES.damaged);
  if (envelope.version !== STORE_VERSION) return discard(STORE_MESSAGES.olderVersion);
  if (!isValidData(envelope.data)) return discard(STORE_MESSAGES.notThisExercise);
  return { data: envelope.data, notice: null };
}

// A widget's saved record, or null; why a saved value was dropped goes to the widget's notice area.
export function restoreRecord(storage, key, isValidData, notice) {
  const { data, notice: why } = readRecord(storage, key, isValidData);
  if (why) notice.show(why);
  return data;
}

// key null: many records changed at once (an imported file, a reset), so every listener looks
// again.
function announce(key) {
  if (typeof globalThis.dispatchEvent === "function" && typeof CustomEvent === "function") {
    globalThis.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: { key } }));
  }
}

function putRecord(storage, key, data, now) {
  try {
    storage.setItem(key, JSON.stringify({ version: STORE_VERSION, savedAt: now(), data }));
  } catch {
    return false;
  }
  return true;
}

// Returns true when saved; false when the browser refused (full or blocked storage).
export function writeRecord(storage, key, data, now = () => new Date().toISOString()) {
  const saved = putRecord(storage, key, data, now);
  if (saved) announce(key);
  return saved;
}

function unsavedNotice(what) {
  return STORE_MESSAGES.notSaved(what);
}

// Saves, or tells the learner that `what` ("your ticks") lasts only while the page is open.
export function saveRecord(storage, key, data, notice, what) {
  const saved = writeRecord(storage, key, data);
  if (!saved) notice.show(unsavedNotice(what));
  return saved;
}

// Calls onChange when a saved record changes on this page (the course's progress event) or in
// another tab (the browser's storage event); matches is a key or a test of a key, and a cleared
// storage (no key) matches everything. Returns the function that stops listening.
export function onRecordChange(matches, onChange) {
  const isWanted = typeof matches === "function" ? matches : (key) => key === matches;
  const listener = (event) => {
    const key = event.detail?.key ?? event.key;
    if (key === null || key === undefined || isWanted(String(key))) onChange();
  };
  globalThis.addEventListener?.(PROGRESS_EVENT, listener);
  globalThis.addEventListener?.("storage", listener);
  return () => {
    globalThis.removeEventListener?.(PROGRESS_EVENT, listener);
    globalThis.removeEventListener?.("storage", listener);
  };
}

function dropRecord(storage, key) {
  try {
    storage.removeItem(key);
  } catch {
    return false;
  }
  return true;
}

export function removeRecord(storage, key) {
  const removed = dropRecord(storage, key);
  if (removed) announce(key);
  return removed;
}

// Every current record as {key: data}. Damaged ones and ones from an older version of the course
// are skipped and their keys pushed onto `unreadable` (each widget clears its own with a notice).
/**
 * @param {Storage | ReturnType<typeof memoryStorage>} storage
 * @param {string[]} [unreadable]
 * @returns {Record<string, unknown>}
 */
export function allRecords(storage, unreadable = []) {
  /** @type {Record<string, unknown>} */
  const records = {};
  for (const key of keysOf(storage)) {
    if (!isCourseKey(key)) continue;
    if (!isCurrentKey(key)) {
      unreadable.push(key);
      continue;
    }
    const { data, notice } = readRecord(storage, key, undefined, { clear: false });
    if (data !== null) records[key] = data;
    else if (notice) unreadable.push(key);
  }
  return records;
}

export function exportProgress(storage, now = () => new Date().toISOString()) {
  return {
    format: EXPORT_FORMAT,
    version: STORE_VERSION,
    exportedAt: now(),
    records: allRecords(storage),
  };
}

// validatorFor(key) returns the check of the widget that owns the key, or null for a key no widget
// of the course uses. Every record is checked before the first one is written, so a file with one
// bad entry changes nothing.
export function importProgress(storage, text, validatorFor = null) {
  const records = parseProgressFile(text);
  if (validatorFor) {
    for (const [key, data] of Object.entries(records)) {
      const isValid = validatorFor(key);
      if (!isValid) {
        throw new ProgressFileError(STORE_MESSAGES.unusedEntry(key));
      }
      if (!passes(isValid, data)) throw new ProgressFileError(STORE_MESSAGES.damagedEntry(key));
    }
  }
  // one announcement for the whole file, so a listener works it out again once, not per entry
  const now = () => new Date().toISOString();
  for (const [key, data] of Object.entries(records)) putRecord(storage, key, data, now);
  announce(null);
  return Object.keys(records).length;
}

export function resetAll(storage) {
  const keys = keysOf(storage).filter(isCourseKey);
  for (const key of keys) dropRecord(storage, key);
  announce(null);
  return keys.length;
}
