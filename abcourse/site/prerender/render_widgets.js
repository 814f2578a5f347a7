// Draws a page's widgets at build time, in Node, so their markup is in the page before any
// script runs. Each widget's own ES module renders it, as in the browser, into a DOM that
// linkedom provides, against the state the build embedded and with no saved progress (there is
// no localStorage here, so the widgets' store keeps to memory). The build (widget_prerender.py)
// runs this once per page and writes each result in the widget's place; the widget host then
// swaps in the live view.
//
// One process serves the whole build, a page a line. In, on stdin, a line of JSON per page:
// {"modules": {key: module source}, "widgets": [{"module": key, "state": {...}}], "timeoutMs"?}.
// Out, on
// stdout, a line per page: {"widgets": [{"html": markup} or {"error": message}]}, in order.
import { createInterface } from "node:readline";

import { parseHTML } from "linkedom";

import { widgetDefinition } from "../static/widget-host/assets.js";
import { StaticModel } from "../static/widget-host/model.js";
import { mountView } from "../static/widget-host/view.js";
import { foldedFiguresAsWords } from "./folded_figures.js";
import { renumberIds } from "./ids.js";

// how long one widget may take to render before it counts as failed (a request may say less)
let renderTimeoutMs = 10_000;

// The browser globals the widgets' modules reach for, from one linkedom window.
function installDom() {
  const window = parseHTML("<!doctype html><html><head></head><body></body></html>");
  const names = [
    "window",
    "document",
    "Node",
    "Element",
    "HTMLElement",
    "SVGElement",
    "DocumentFragment",
    "DOMParser",
    "CustomEvent",
    "Event",
    "MutationObserver",
  ];
  for (const name of names) if (window[name] !== undefined) globalThis[name] = window[name];
  selectValueSetter(window);
  reflectAttributes(window);
  return window;
}

// linkedom's <select> reads its value but cannot be given one; a widget sets it as in a browser.
function findDescriptor(prototype, property) {
  for (let at = prototype; at; at = Object.getPrototypeOf(at)) {
    const descriptor = Object.getOwnPropertyDescriptor(at, property);
    if (descriptor) return descriptor;
  }
  return undefined;
}

// A property a browser keeps in step with its attribute, which linkedom leaves a plain property:
// in the markup it would be lost (a fold the widget opened, a box it ticked). On the elements it
// does not apply to (``open`` on a <p>), the property stays a plain one.
function reflect(prototype, property, attribute, applies = () => true) {
  if (!prototype || findDescriptor(prototype, property)?.set) return;
  const plain = new WeakMap();
  Object.defineProperty(prototype, property, {
    configurable: true,
    get() {
      return applies(this) ? this.hasAttribute(attribute) : plain.get(this);
    },
    set(value) {
      if (applies(this)) this.toggleAttribute(attribute, Boolean(value));
      else plain.set(this, value);
    },
  });
}

function reflectAttributes(window) {
  const input = window.HTMLInputElement?.prototype;
  reflect(input, "checked", "checked");
  reflect(input, "required", "required");
  reflect(input, "readOnly", "readonly");
  reflect(window.HTMLSelectElement?.prototype, "multiple", "multiple");
  // linkedom makes a <details> a plain HTMLElement
  const folds = (element) => element.localName === "details" || element.localName === "dialog";
  reflect(window.HTMLElement.prototype, "open", "open", folds);
}

function selectValueSetter(window) {
  const prototype = window.HTMLSelectElement?.prototype;
  const value = prototype && Object.getOwnPropertyDescriptor(prototype, "value");
  if (!value || value.set) return;
  Object.defineProperty(prototype, "value", {
    ...value,
    set(wanted) {
      for (const option of this.querySelectorAll("option"))
        option.toggleAttribute("selected", option.value === String(wanted));
    },
  });
}

// A bundled widget module has no imports of its own, so it loads from a data: URL. Each page
// gets its own copy of the module (the URL names the page), as each page in a browser does.
let pages = 0;
function importModule(source) {
  const page = `\n// page ${pages}`;
  const url = `data:text/javascript;base64,${Buffer.from(source + page).toString("base64")}`;
  return import(url).then(widgetDefinition);
}

function withTimeout(promise, what) {
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what} took over ${renderTimeoutMs} ms`)),
      renderTimeoutMs,
    );
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

const experimental = {
  invoke: () => Promise.reject(new Error("no kernel answers at build time")),
};

// Each model is initialized once and each view rendered as the host in the browser does.
async function renderOne(document, definition, state) {
  const model = new StaticModel(state);
  const signal = new AbortController().signal;
  await definition.initialize?.({ model, signal, experimental });
  const el = document.createElement("div");
  el.className = "abc-widget-view";
  document.body.append(el);
  const unmount = await mountView(definition, { model, el, experimental });
  el.remove();
  unmount();
  foldedFiguresAsWords(el);
  return el;
}

async function renderAll({ modules, widgets, timeoutMs }) {
  pages += 1;
  renderTimeoutMs = timeoutMs ?? renderTimeoutMs;
  const window = installDom();
  const definitions = new Map();
  const results = [];
  for (const [index, widget] of widgets.entries()) {
    try {
      if (!definitions.has(widget.module)) {
        const loading = withTimeout(importModule(modules[widget.module]), "its module");
        loading.catch(() => {});
        definitions.set(widget.module, loading);
      }
      const definition = await definitions.get(widget.module);
      const el = await withTimeout(
        renderOne(window.document, definition, widget.state),
        `widget ${index + 1}`,
      );
      results.push({ element: el });
    } catch (error) {
      results.push({ error: error instanceof Error ? error.message : String(error) });
    }
  }
  // ids unique to the page and apart from those the live views make, the same on every build
  renumberIds(results.flatMap((result) => (result.element ? [result.element] : [])));
  return results.map((result) =>
    result.element ? { html: result.element.outerHTML } : { error: result.error },
  );
}

// stdout carries the answers, a line each: whatever a widget logs goes to stderr instead
console.log = console.info = console.debug = console.error;

// Pages one after another; a widget may leave a timer running (a clock, a poll), so the process
// stops itself once the build closes its input and the last answer is out.
let answering = Promise.resolve();
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
lines.on("line", (line) => {
  answering = answering.then(async () => {
    const widgets = await renderAll(JSON.parse(line));
    await new Promise((done) => process.stdout.write(`${JSON.stringify({ widgets })}\n`, done));
  });
});
lines.on("close", () => answering.finally(() => process.exit(0)));
