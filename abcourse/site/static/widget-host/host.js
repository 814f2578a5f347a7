// Renders the course's widgets on a static page, with no kernel and without the ipywidgets
// html-manager (3.6 MB) that would otherwise drive them. myst-nb embeds every widget's state in
// the page as one JSON script and marks each widget's place with a JSON view tag. The build draws
// each widget into the page before its tag (or, where it could not, puts a one-line placeholder
// after it). This reads the state, starts importing every widget module at once, then renders
// the widgets in page order, so the first one is not held up by later ones, and swaps each live
// view in for its drawing (hydrate.js). A widget that fails shows a short message in its place;
// the others still render.
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

// The page loads this module with `async`, after the state in its head. So it reads the state
// and starts every import while the browser is still reading the body, and it renders each widget
// as soon as the browser has read that widget's place, rather than after the whole page and the
// theme's deferred scripts.
function parsed() {
  if (document.readyState !== "loading") return Promise.resolve();
  return new Promise((resolve) =>
    document.addEventListener("readystatechange", resolve, { once: true }),
  );
}

// Once the browser has read past a view's box (the drawing before the tag, the placeholder after
// it), the tag and the drawing have been read whole.
function readWhole(tag) {
  if (document.readyState !== "loading") return true;
  for (let node = tag.parentNode; node && node !== document.body; node = node.parentNode)
    if (node.nextSibling) return true;
  return placeholderOf(tag) !== null;
}

function prepareAll() {
  const prepared = new Map();
  for (const [id, entry] of Object.entries(readModels())) {
    if (isAnywidget(entry)) prepared.set(id, prepare(entry));
  }
  return prepared;
}

// The frame after the page first paints. Where the build drew the widgets, they are on screen
// from then on; bringing them to life can wait for it rather than hold the first paint back.
// requestAnimationFrame does not fire in a hidden tab: a timer stands in for it there.
function painted() {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 200);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

async function main() {
  // the page's head script marks a page whose widgets the build drew
  const drawn = globalThis.abcDrawn !== undefined;
  watchDrawings();
  // the build puts the state before this module; should it come later, wait until it is read
  if (!document.querySelector(`script[type="${STATE_TYPE}"]`)) await parsed();
  let prepared;
  try {
    prepared = prepareAll();
  } catch (error) {
    await parsed();
    report(error);
    document.querySelectorAll(`script[type="${VIEW_TYPE}"]`).forEach(showFailure);
    return;
  }
  // one after another, in page order
  const queued = new Set();
  let rendering = drawn ? painted() : Promise.resolve();
  const renderReadViews = () => {
    for (const tag of document.querySelectorAll(`script[type="${VIEW_TYPE}"]`)) {
      if (queued.has(tag)) continue;
      if (!readWhole(tag)) break;
      queued.add(tag);
      rendering = rendering.then(() => renderView(tag, prepared));
    }
  };
  if (document.readyState === "loading") {
    const observer = new MutationObserver(renderReadViews);
    observer.observe(document.documentElement, { childList: true, subtree: true });
    await parsed();
    observer.disconnect();
  }
  renderReadViews();
  await rendering;
}

main();
