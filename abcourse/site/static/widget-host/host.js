// Renders the course's widgets on a static page, with no kernel and without the ipywidgets
// html-manager (3.6 MB) that would otherwise drive them. myst-nb embeds every widget's state in
// the page as one JSON script and marks each widget's place with a JSON view tag. The build draws
// each widget into the page before its tag (or, where it could not, puts a one-line placeholder
// after it). This reads the state, takes each widget's module (registered by the page, or
// imported), then renders the widgets in page order and swaps each live view in for its drawing
// (hydrate.js). A widget that fails shows a short message in its place; the others still render.
import { addStylesheet, isAnywidget, loadWidget } from "./assets.js";
import { DRAWN, swapIn, watchDrawings } from "./hydrate.js";
import { StaticModel } from "./model.js";
import { mountView, unmountWhenRemoved } from "./view.js";

const STATE_TYPE = "application/vnd.jupyter.widget-state+json";
const VIEW_TYPE = "application/vnd.jupyter.widget-view+json";
const FAILED = "This quiz could not load. Reload the page; if it stays, the page is damaged.";

// No kernel listens on a static page: a widget that asks one something is told so.
const experimental = {
  invoke: () => Promise.reject(new Error("no kernel answers on a static page")),
};
// A model lives as long as the page, so the signal its initialize gets never fires.
const signal = new AbortController().signal;

function readModels() {
  const script = document.querySelector(`script[type="${STATE_TYPE}"]`);
  return script ? (JSON.parse(script.textContent).state ?? {}) : {};
}

// Each model is initialized once, before its first view is rendered, as anywidget does.
function prepare(entry) {
  addStylesheet(entry.state._css);
  const model = new StaticModel(entry.state);
  const ready = loadWidget(entry.state._esm).then(async (widget) => {
    await widget.initialize?.({ model, signal, experimental });
    return { widget, model };
  });
  // Views await this in page order; until then a failure must not count as unhandled.
  ready.catch(() => {});
  return ready;
}

// One console error per cause: a module that fails fails every widget that uses it.
const reported = new WeakSet();
function report(error) {
  if (error !== null && typeof error === "object") {
    if (reported.has(error)) return;
    reported.add(error);
  }
  console.error("A course widget could not load:", error);
}

function placeholderOf(tag) {
  return tag.parentElement?.querySelector(":scope > .abc-widget-placeholder") ?? null;
}

// The widget as the build drew it, just before its tag.
function drawingOf(tag) {
  const before = tag.previousElementSibling;
  return before?.hasAttribute(DRAWN) ? before : null;
}

// A drawing stays, readable, under the message: only its buttons are dead.
function showFailure(tag) {
  const message = document.createElement("p");
  message.className = "abc-widget-failed";
  message.textContent = FAILED;
  const placeholder = placeholderOf(tag);
  if (placeholder) placeholder.replaceWith(message);
  else (drawingOf(tag) ?? tag).before(message);
}

async function renderView(tag, prepared) {
  const el = document.createElement("div");
  el.className = "abc-widget-view";
  try {
    const id = JSON.parse(tag.textContent).model_id;
    if (!prepared.has(id)) throw new Error(`no anywidget model ${id} in the page's widget state`);
    const { widget, model } = await prepared.get(id);
    // where the html-manager puts a view: just before its tag; hidden beside a drawing until done
    const drawing = drawingOf(tag);
    el.hidden = drawing !== null;
    tag.before(el);
    const unmount = await mountView(widget, { model, el, experimental });
    if (drawing) swapIn(drawing, el);
    placeholderOf(tag)?.remove();
    unmountWhenRemoved(el, unmount);
  } catch (error) {
    el.remove();
    report(error);
    showFailure(tag);
  }
}

function prepareAll() {
  const prepared = new Map();
  for (const [id, entry] of Object.entries(readModels())) {
    if (isAnywidget(entry)) prepared.set(id, prepare(entry));
  }
  return prepared;
}

// Resolves once the page has been painted. Where the build drew the widgets, they are on screen
// from the first paint; bringing them to life must not hold it back, and need wait no longer.
// The page's head script notes the first frame (DRAWN_NOTES_HEAD in abcourse/site/widget_host.py):
// this module runs after the page has been read, almost always after that frame. Otherwise it
// goes ahead just after the next frame: at the next one, or at the next change of the page's
// ready state, whichever comes first; not on a timer, which Chrome runs only after the page's
// deferred scripts and its load event. requestAnimationFrame does not fire in a hidden tab: a
// timer stands in for it there.
function painted() {
  if (globalThis.abcDrawn?.painted) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(done, 200);
    function done() {
      clearTimeout(timer);
      document.removeEventListener("readystatechange", done);
      resolve();
    }
    // the frame paints after its callbacks: whatever comes after them comes after the paint
    requestAnimationFrame(() => {
      document.addEventListener("readystatechange", done);
      requestAnimationFrame(done);
    });
  });
}

// The page loads this module as a deferred module script, after the modules of its widgets
// (registered by the page, see assets.js): it runs as soon as the page has been read, before the
// theme's deferred scripts, its DOMContentLoaded and its load event, and renders every widget at
// once, in page order. Loaded async, or its widgets imported here, it ran in Chromium only after
// all of those.
async function main() {
  // the page's head script marks a page whose widgets the build drew
  const drawn = globalThis.abcDrawn !== undefined;
  watchDrawings();
  let prepared;
  try {
    prepared = prepareAll();
  } catch (error) {
    report(error);
    document.querySelectorAll(`script[type="${VIEW_TYPE}"]`).forEach(showFailure);
    return;
  }
  if (drawn) await painted();
  // one after another, in page order
  for (const tag of document.querySelectorAll(`script[type="${VIEW_TYPE}"]`)) {
    await renderView(tag, prepared);
  }
}

main();
