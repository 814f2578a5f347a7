import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";

import { isAnywidget, isUrl } from "../../abcourse/site/static/widget-host/assets.js";
import { StaticModel } from "../../abcourse/site/static/widget-host/model.js";
import { mountView } from "../../abcourse/site/static/widget-host/view.js";

test("get reads the embedded state; set changes only the page's copy", () => {
  const state = { count: 1, quiz: { id: "q" } };
  const model = new StaticModel(state);
  assert.equal(model.get("count"), 1);
  assert.deepEqual(model.get("quiz"), { id: "q" });
  model.set("count", 2);
  assert.equal(model.get("count"), 2);
  assert.equal(state.count, 1);
  assert.equal(model.get("missing"), undefined);
});

test("set tells change:name listeners, then change listeners, as Backbone does", () => {
  const model = new StaticModel({ count: 1 });
  const heard = [];
  model.on("change:count", (source, value) =>
    heard.push(["change:count", source === model, value]),
  );
  model.on("change", (source) => heard.push(["change", source === model]));
  model.on("change:other", () => heard.push(["change:other"]));
  model.set("count", 5);
  assert.deepEqual(heard, [
    ["change:count", true, 5],
    ["change", true],
  ]);
  model.set("count", 5);
  assert.equal(heard.length, 2, "setting the same value again changes nothing");
});

test("off removes one listener, one event's listeners, or all of them", () => {
  const model = new StaticModel({ a: 0, b: 0 });
  let a = 0;
  let b = 0;
  const countA = () => (a += 1);
  const countB = () => (b += 1);
  model.on("change:a change:b", countA);
  model.on("change:b", countB);
  model.set("a", 1);
  model.set("b", 1);
  assert.deepEqual([a, b], [2, 1]);
  model.off("change:b", countA);
  model.set("b", 2);
  assert.deepEqual([a, b], [2, 2]);
  model.off("change:b");
  model.set("b", 3);
  assert.deepEqual([a, b], [2, 2]);
  model.off(null, countA);
  model.set("a", 2);
  assert.equal(a, 2);
  model.on("change", countB);
  model.off();
  model.set("a", 3);
  assert.equal(b, 2);
});

test("a listener that removes itself does not skip the next one", () => {
  const model = new StaticModel({ x: 0 });
  const heard = [];
  const once = () => {
    heard.push("once");
    model.off("change:x", once);
  };
  model.on("change:x", once);
  model.on("change:x", () => heard.push("always"));
  model.set("x", 1);
  model.set("x", 2);
  assert.deepEqual(heard, ["once", "always", "always"]);
});

test("save_changes and send do nothing without a kernel, and do not throw", () => {
  const model = new StaticModel({});
  assert.equal(model.save_changes(), undefined);
  assert.equal(model.send({ hello: 1 }, {}, []), undefined);
});

// The cases the build's Python is held to as well, so both sides decide alike.
const CASES = JSON.parse(readFileSync(new URL("../widget_state_cases.json", import.meta.url)));

test("a module or stylesheet is a URL, or it is source text", () => {
  for (const { value, isUrl: expected } of CASES.urls) assert.equal(isUrl(value), expected, value);
});

test("a model is an anywidget the host renders only with anywidget's name and a module", () => {
  for (const { entry, isAnywidget: expected } of CASES.models)
    assert.equal(isAnywidget(entry), expected, JSON.stringify(entry));
});

test("taking a view away runs its render's cleanup once and aborts its signal", async () => {
  const heard = [];
  let given = null;
  const widget = {
    async render({ model, el, signal }) {
      given = signal;
      heard.push(["render", model.get("n"), el.id]);
      return () => heard.push(["cleanup"]);
    },
  };
  const unmount = await mountView(widget, {
    model: new StaticModel({ n: 1 }),
    el: { id: "view" },
    experimental: {},
  });
  assert.deepEqual(heard, [["render", 1, "view"]]);
  assert.equal(given.aborted, false);
  unmount();
  unmount();
  assert.deepEqual(heard, [["render", 1, "view"], ["cleanup"]]);
  assert.equal(given.aborted, true);
});

test("a view whose render returns nothing goes quietly; each view has its own signal", async () => {
  const signals = [];
  const widget = {
    render: ({ signal }) => {
      signals.push(signal);
    },
  };
  const first = await mountView(widget, { model: new StaticModel({}), el: {}, experimental: {} });
  await mountView(widget, { model: new StaticModel({}), el: {}, experimental: {} });
  first();
  assert.deepEqual(
    signals.map((signal) => signal.aborted),
    [true, false],
  );
  await mountView({}, { model: new StaticModel({}), el: {}, experimental: {} }).then((unmount) =>
    unmount(),
  );
});
