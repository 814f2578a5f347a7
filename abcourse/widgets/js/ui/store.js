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
/**
 * What the store needs of localStorage; memoryStorage() is one too.
 * @typedef {object} StoreLike
 * @property {number} length
 * @property {(index: number) => string | null} key
 * @property {(key: string) => string | null | undefined} getItem
 * @property {(key: string, value: string) => void} setItem
 * @property {(key: string) => void} removeItem
 * @property {boolean} [persistent] false: kept for this visit only
 */

/** @returns {StoreLike} */
export function memoryStorage() {
  /** @type {Map<string, string>} */
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

/** @type {StoreLike | null} */
let fallbackStorage = null;

/** @returns {StoreLike} */
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

/**
 * @param {StoreLike} storage
 * @returns {string[]}
 */
function keysOf(storage) {
  const keys = [];
  // an index below length names a key
  for (let index = 0; index < storage.length; index += 1)
    keys.push(/** @type {string} */ (storage.key(index)));
  return keys;
}

// Returns {data, notice}. data is null when nothing valid is saved; notice says why a value was
// dropped. clear: false leaves a value that cannot be used in place, for the widget that owns it to
// clear.
/**
 * @param {StoreLike} storage
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
  /** @param {string} why */
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
/**
 * @param {StoreLike} storage
 * @param {string} key
 * @param {import("../types.js").RecordCheck} isValidData
 * @param {import("./dom.js").NoticeArea} notice
 * @returns {any} the record, of the shape its check passed (`any`: each check's own), or null
 */
export function restoreRecord(storage, key, isValidData, notice) {
  const { data, notice: why } = readRecord(storage, key, isValidData);
  if (why) notice.show(why);
  return data;
}

// key null: many records changed at once (an imported file, a reset), so every listener looks
// again.
/** @param {string | null} key */
function announce(key) {
  if (typeof globalThis.dispatchEvent === "function" && typeof CustomEvent === "function") {
    globalThis.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: { key } }));
  }
}

/**
 * @param {StoreLike} storage
 * @param {string} key
 * @param {unknown} data
 * @param {() => string} now
 * @returns {boolean}
 */
function putRecord(storage, key, data, now) {
  try {
    storage.setItem(key, JSON.stringify({ version: STORE_VERSION, savedAt: now(), data }));
  } catch {
    return false;
  }
  return true;
}

// Returns true when saved; false when the browser refused (full or blocked storage).
/**
 * @param {StoreLike} storage
 * @param {string} key
 * @param {unknown} data
 * @param {() => string} [now]
 * @returns {boolean}
 */
export function writeRecord(storage, key, data, now = () => new Date().toISOString()) {
  const saved = putRecord(storage, key, data, now);
  if (saved) announce(key);
  return saved;
}

/**
 * @param {string} what
 * @returns {string}
 */
function unsavedNotice(what) {
  return STORE_MESSAGES.notSaved(what);
}

// Saves, or tells the learner that `what` ("your ticks") lasts only while the page is open.
/**
 * @param {StoreLike} storage
 * @param {string} key
 * @param {unknown} data
 * @param {import("./dom.js").NoticeArea} notice
 * @param {string} what
 * @returns {boolean}
 */
export function saveRecord(storage, key, data, notice, what) {
  const saved = writeRecord(storage, key, data);
  if (!saved) notice.show(unsavedNotice(what));
  return saved;
}

// Calls onChange when a saved record changes on this page (the course's progress event) or in
// another tab (the browser's storage event); matches is a key or a test of a key, and a cleared
// storage (no key) matches everything. Returns the function that stops listening.
/**
 * @param {string | ((key: string) => boolean)} matches
 * @param {() => void} onChange
 * @returns {() => void}
 */
export function onRecordChange(matches, onChange) {
  /** @type {(key: string) => boolean} */
  const isWanted = typeof matches === "function" ? matches : (key) => key === matches;
  /** @param {any} event the course's CustomEvent (detail.key) or a StorageEvent (key) */
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

/**
 * @param {StoreLike} storage
 * @param {string} key
 * @returns {boolean}
 */
function dropRecord(storage, key) {
  try {
    storage.removeItem(key);
  } catch {
    return false;
  }
  return true;
}

/**
 * @param {StoreLike} storage
 * @param {string} key
 * @returns {boolean}
 */
export function removeRecord(storage, key) {
  const removed = dropRecord(storage, key);
  if (removed) announce(key);
  return removed;
}

// Every current record as {key: data}. Damaged ones and ones from an older version of the course
// are skipped and their keys pushed onto `unreadable` (each widget clears its own with a notice).
/**
 * @param {StoreLike} storage
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

/**
 * @param {StoreLike} storage
 * @param {() => string} [now]
 * @returns {import("../types.js").ProgressFile}
 */
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
/**
 * @param {StoreLike} storage
 * @param {unknown} text the file's text
 * @typedef {(key: string) => import("../types.js").RecordCheck | null | undefined} CheckOfKey
 * @param {CheckOfKey | null} [validatorFor]
 * @returns {number} how many records were saved
 */
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

/**
 * @param {StoreLike} storage
 * @returns {number} how many records were removed
 */
export function resetAll(storage) {
  const keys = keysOf(storage).filter(isCourseKey);
  for (const key of keys) dropRecord(storage, key);
  announce(null);
  return keys.length;
}
