// Brings a widget drawn at build time to life. The build draws each widget with its own module
// and no saved progress (abcourse/site/widget_prerender.py); the host renders the live view
// beside it, hidden, and swaps the two in one step, so nothing on the page moves. The drawing is
// plain HTML: before the swap a learner may already have ticked a box, chosen an answer, typed a
// number, opened a fold or pressed a button. The live view gets each of those, as if done on it
// (the widget hears the same events and saves them), and the focus moves with them.

export const DRAWN = "data-abc-prerendered";

// What the learner did on drawings before they came to life, in order: the buttons pressed and
// the folds opened or closed. A script in the page's head (DRAWN_NOTES_HEAD in
// abcourse/site/widget_host.py) notes them from the first moment, before this module has
// arrived; without it, this module notes those done after it has.
function noted() {
  if (!globalThis.abcDrawn) {
    globalThis.abcDrawn = { presses: [], toggles: [], printing: [] };
    document.addEventListener("click", notePress, true);
    document.addEventListener("click", noteToggle, true);
  }
  return globalThis.abcDrawn;
}

function notePress(event) {
  const button = event.target instanceof Element ? event.target.closest("button") : null;
  if (button?.closest(`[${DRAWN}]`)) globalThis.abcDrawn.presses.push(button);
}

// A fold the learner opens or closes: a click on its summary (Enter and Space on it click too).
// Not a "toggle" event, which a fold drawn open also fires as the page is parsed, and which
// printing fires as the head script opens the drawing's folds.
function noteToggle(event) {
  const summary = event.target instanceof Element ? event.target.closest("summary") : null;
  if (summary?.closest(`[${DRAWN}]`) && summary.parentElement)
    globalThis.abcDrawn.toggles.push(summary.parentElement);
}

// Notes what is done on drawings from now on, where the head script has not from the start.
export function watchDrawings() {
  noted();
}

// The noted things done on one drawing, taken off the list.
function takeNoted(list, drawing) {
  const mine = list.filter((node) => drawing.contains(node));
  list.splice(0, list.length, ...list.filter((node) => !drawing.contains(node)));
  return mine;
}

// The path of child positions from root down to node.
function pathTo(root, node) {
  const path = [];
  for (let at = node; at && at !== root; at = at.parentElement) {
    if (!at.parentElement) return null;
    path.unshift([...at.parentElement.children].indexOf(at));
  }
  return path;
}

// The element of the live view that stands where node stood in the drawing: the same path, the
// same tag and, for a form field, the same type and value. Null when the two differ (saved
// progress can change what a widget shows).
export function counterpart(drawing, live, node) {
  const path = pathTo(drawing, node);
  if (!path) return null;
  let at = live;
  for (const index of path) {
    at = at?.children[index];
    if (!at) return null;
  }
  if (at.localName !== node.localName) return null;
  if (node.localName === "input") {
    if (at.type !== node.type) return null;
    // a box or a choice is known by its value (the option's id), a text field by its place
    if ((node.type === "checkbox" || node.type === "radio") && at.value !== node.value) return null;
  }
  return at;
}

function fire(element, ...types) {
  for (const type of types) element.dispatchEvent(new Event(type, { bubbles: true }));
}

// A field the learner changed on the drawing, changed alike on the live view.
function carryField(field, live) {
  if (field.type === "checkbox" || field.type === "radio") {
    // a radio unchecked by its neighbour follows from the neighbour
    if (field.checked === field.defaultChecked || (field.type === "radio" && !field.checked))
      return;
    live.checked = field.checked;
    fire(live, "input", "change");
  } else if (field.localName === "select") {
    if ([...field.options].every((option) => option.selected === option.defaultSelected)) return;
    live.value = field.value;
    fire(live, "input", "change");
  } else if (field.value !== field.defaultValue) {
    live.value = field.value;
    fire(live, "input", "change");
  }
}

// What the learner did on the drawing, done again on the live view, which is now in its place.
export function carryOver(drawing, live, focused) {
  for (const field of drawing.querySelectorAll("input, select, textarea")) {
    const twin = counterpart(drawing, live, field);
    if (twin) carryField(field, twin);
  }
  const { presses, toggles } = noted();
  // a fold the learner opened or closed (the widget may open one itself: that one stays)
  for (const details of new Set(takeNoted(toggles, drawing))) {
    const twin = counterpart(drawing, live, details);
    if (twin && twin.open !== details.open) twin.open = details.open;
  }
  if (focused && drawing.contains(focused))
    counterpart(drawing, live, focused)?.focus({ preventScroll: true });
  for (const button of takeNoted(presses, drawing)) counterpart(drawing, live, button)?.click();
}

// The live view, rendered hidden beside the drawing, takes its place in one step.
export function swapIn(drawing, live) {
  const focused = document.activeElement;
  drawing.replaceWith(live);
  live.hidden = false;
  carryOver(drawing, live, focused);
}
