import assert from "node:assert/strict";
import { describe, test } from "node:test";

import {
  checklistKey,
  isCourseKey,
  PROGRESS_EVENT,
  ProgressFileError,
  storageKey,
  selfTestKey,
} from "../../abcourse/widgets/js/logic/store_keys.js";
import {
  allRecords,
  exportProgress,
  importProgress,
  memoryStorage,
  onRecordChange,
  readRecord,
  removeRecord,
  resetAll,
  restoreRecord,
  saveRecord,
  writeRecord,
} from "../../abcourse/widgets/js/ui/store.js";

const now = () => "2026-01-01T00:00:00.000Z";
const key = storageKey("quiz", "01-weak-core/basics");

describe("records", () => {
  test("a written record reads back", () => {
    const storage = memoryStorage();
    assert.equal(writeRecord(storage, key, { checked: ["a"] }, now), true);
    assert.deepEqual(readRecord(storage, key), { data: { checked: ["a"] }, notice: null });
    assert.deepEqual(JSON.parse(storage.getItem(key)), {
      version: 1,
      savedAt: now(),
      data: { checked: ["a"] },
    });
  });
  test("nothing saved is no notice", () => {
    assert.deepEqual(readRecord(memoryStorage(), key), { data: null, notice: null });
  });
  for (const [why, raw, valid] of [
    ["it was damaged", "{not json", undefined],
    ["it was damaged", "42", undefined],
    [
      "it came from an older version of the course",
      JSON.stringify({ version: 0, data: {} }),
      undefined,
    ],
    [
      "it did not match this exercise",
      JSON.stringify({ version: 1, data: { checked: 3 } }),
      (d) => Array.isArray(d.checked),
    ],
  ]) {
    test(`a bad value is cleared with a notice: ${why}`, () => {
      const storage = memoryStorage();
      storage.setItem(key, raw);
      const { data, notice } = readRecord(storage, key, valid);
      assert.equal(data, null);
      assert.match(notice, new RegExp(`\\(${why}\\)`));
      assert.equal(storage.getItem(key), null);
    });
  }
  test("a refused write reports false instead of throwing", () => {
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    assert.equal(writeRecord(full, key, {}), false);
  });
  test("remove clears one key", () => {
    const storage = memoryStorage();
    writeRecord(storage, key, {});
    removeRecord(storage, key);
    assert.equal(storage.getItem(key), null);
  });
});

describe("export, import and reset", () => {
  test("an export imports back into an empty browser", () => {
    const source = memoryStorage();
    writeRecord(source, key, { responses: { a: "x" }, checked: { a: true } });
    writeRecord(source, storageKey("tool", "endurance"), { times: { flexor: 90 } });
    source.setItem("other-site-key", "kept out");
    const file = JSON.stringify(exportProgress(source, now));
    assert.deepEqual(
      Object.keys(JSON.parse(file).records).sort(),
      [key, "abcourse:v1:tool:endurance"].sort(),
    );
    const target = memoryStorage();
    assert.equal(importProgress(target, file), 2);
    assert.deepEqual(readRecord(target, key).data, { responses: { a: "x" }, checked: { a: true } });
  });
  for (const [text, message] of [
    ["not json", /not valid JSON/],
    [JSON.stringify({ format: "other" }), /"format" should be "abcourse-progress"/],
    [JSON.stringify({ format: "abcourse-progress", version: 9, records: {} }), /has version 9/],
    [JSON.stringify({ format: "abcourse-progress", version: 1 }), /no "records" object/],
    [
      JSON.stringify({ format: "abcourse-progress", version: 1, records: { "x:y": 1 } }),
      /"x:y" that does not belong/,
    ],
  ]) {
    test(`a wrong file is refused and changes nothing: ${message}`, () => {
      const storage = memoryStorage();
      assert.throws(
        () => importProgress(storage, text),
        (error) => error instanceof ProgressFileError && message.test(error.message),
      );
      assert.equal(storage.length, 0);
    });
  }
});

describe("export, import and reset: a validator", () => {
  test("with a validator, one bad entry refuses the whole file and changes nothing", () => {
    const storage = memoryStorage();
    writeRecord(storage, key, { good: true });
    const before = storage.getItem(key);
    const validatorFor = (name) =>
      name === key || name === "abcourse:v1:tool:endurance" ? (data) => data.good === true : null;
    for (const [records, message] of [
      [
        { [key]: { good: true }, "abcourse:v1:tool:endurance": { good: "garbage" } },
        /"abcourse:v1:tool:endurance" .* damaged or in the wrong shape/,
      ],
      [{ [key]: null }, /damaged or in the wrong shape/],
      [{ "abcourse:v1:zzz:whatever": { good: true } }, /no part of this course uses/],
    ]) {
      const text = JSON.stringify({ format: "abcourse-progress", version: 1, records });
      assert.throws(
        () => importProgress(storage, text, validatorFor),
        (error) => error instanceof ProgressFileError && message.test(error.message),
      );
      assert.equal(storage.getItem(key), before);
      assert.equal(storage.getItem("abcourse:v1:tool:endurance"), null);
    }
    const good = JSON.stringify({
      format: "abcourse-progress",
      version: 1,
      records: { "abcourse:v1:tool:endurance": { good: true } },
    });
    assert.equal(importProgress(storage, good, validatorFor), 1);
  });
});

describe("reading every record, and reset", () => {
  test("allRecords names the values it could not read, old versions included", () => {
    const storage = memoryStorage();
    writeRecord(storage, key, { fine: 1 });
    storage.setItem("abcourse:v1:tool:endurance", "}{garbage");
    storage.setItem("abcourse:v0:quiz:old", "{}");
    storage.setItem("someone-else", "1");
    const unreadable = [];
    assert.deepEqual(allRecords(storage, unreadable), { [key]: { fine: 1 } });
    assert.deepEqual(unreadable.sort(), ["abcourse:v0:quiz:old", "abcourse:v1:tool:endurance"]);
    assert.equal(
      storage.getItem("abcourse:v1:tool:endurance"),
      "}{garbage",
      "the plan leaves clearing to the chapter",
    );
  });
  test("reset removes every course key, old versions too, and nothing else", () => {
    const storage = memoryStorage();
    writeRecord(storage, key, {});
    storage.setItem("abcourse:v0:quiz:old", "{}");
    storage.setItem("someone-else", "1");
    assert.equal(resetAll(storage), 2);
    assert.equal(storage.length, 1);
    assert.equal(storage.getItem("someone-else"), "1");
  });

  test("an imported file and a reset each tell the page once, for every key at once", (context) => {
    const window = new EventTarget();
    for (const name of ["addEventListener", "removeEventListener", "dispatchEvent"]) {
      globalThis[name] = window[name].bind(window);
      context.after(() => delete globalThis[name]);
    }
    const storage = memoryStorage();
    const heard = [];
    // the plan's listener: any record of the course
    const stop = onRecordChange(isCourseKey, () => heard.push("looked again"));
    const records = {
      [selfTestKey("endurance")]: { times: {}, sex: "male" },
      [checklistKey("02-form-technique", "curl-up")]: { checked: [] },
    };
    const source = memoryStorage();
    for (const [key, data] of Object.entries(records)) writeRecord(source, key, data);
    heard.length = 0;
    assert.equal(importProgress(storage, JSON.stringify(exportProgress(source))), 2);
    assert.deepEqual(heard, ["looked again"]);
    assert.equal(resetAll(storage), 2);
    assert.deepEqual(heard, ["looked again", "looked again"]);
    stop();
  });
});

describe("the widgets' helpers", () => {
  test("restoreRecord gives the data, or shows why it was dropped; clear: false leaves it", () => {
    const storage = memoryStorage();
    const shown = [];
    const notice = { show: (text) => shown.push(text) };
    writeRecord(storage, key, { ok: true }, now);
    assert.deepEqual(
      restoreRecord(storage, key, (data) => data.ok, notice),
      { ok: true },
    );
    assert.deepEqual(shown, []);
    assert.equal(readRecord(storage, key, () => false, { clear: false }).data, null);
    assert.notEqual(storage.getItem(key), null, "left for its own widget to clear");
    assert.equal(
      restoreRecord(storage, key, () => false, notice),
      null,
    );
    assert.match(shown[0], /did not match this exercise/);
    assert.equal(storage.getItem(key), null);
  });

  test("saveRecord says what is lost when the browser refuses", () => {
    const shown = [];
    const notice = { show: (text) => shown.push(text) };
    assert.equal(saveRecord(memoryStorage(), key, {}, notice, "your ticks"), true);
    const full = {
      ...memoryStorage(),
      setItem: () => {
        throw new Error("full");
      },
    };
    assert.equal(saveRecord(full, key, {}, notice, "your ticks"), false);
    assert.deepEqual(shown, [
      "Your browser did not allow saving, so your ticks will be lost when you leave this page.",
    ]);
  });
});

describe("the widgets' helpers: listening for changes, sources", () => {
  test("onRecordChange hears its keys here and in other tabs, until it stops", (context) => {
    // node's global object is no event target; the page's window is
    const window = new EventTarget();
    for (const name of ["addEventListener", "removeEventListener", "dispatchEvent"]) {
      globalThis[name] = window[name].bind(window);
      context.after(() => delete globalThis[name]);
    }
    const heard = [];
    const stop = onRecordChange(
      (changed) => changed.startsWith("abcourse:v1:checklist:"),
      () => heard.push("change"),
    );
    const progress = (changed) =>
      globalThis.dispatchEvent(new CustomEvent(PROGRESS_EVENT, { detail: { key: changed } }));
    const otherTab = (changed) => {
      const event = new Event("storage");
      event.key = changed;
      globalThis.dispatchEvent(event);
    };
    progress(checklistKey("02-form-technique", "curl-up"));
    progress(selfTestKey("endurance"));
    otherTab(checklistKey("02-form-technique", "plank"));
    otherTab(null);
    assert.equal(heard.length, 3);
    stop();
    progress(checklistKey("02-form-technique", "curl-up"));
    assert.equal(heard.length, 3);
    const stopOne = onRecordChange(selfTestKey("endurance"), () => heard.push("endurance"));
    progress(selfTestKey("endurance"));
    progress(selfTestKey("endurancex"));
    stopOne();
    assert.deepEqual(heard.slice(3), ["endurance"]);
  });
});
