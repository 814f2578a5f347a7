// @ts-check
// The drawn figures inside a widget: SVG drawn by the course's Python package at build time (or
// when the notebook runs) and sent in the widget's data, so the static page and JupyterLab show
// the same drawing. The markup is parsed as SVG, never as HTML, and a string that is not a
// well-formed SVG drawing is left out.
import { h, uniqueId } from "./dom.js";

const REFERENCES = ["aria-labelledby", "aria-describedby"];

// Each drawing shown gets ids of its own (its title and description), so two copies of one
// drawing on a page, or a drawing shown again after a re-render, never share an id.
/**
 * @template {Element} T
 * @param {T} svg
 * @returns {T}
 */
function renameIds(svg) {
  const renamed = new Map();
  for (const element of svg.querySelectorAll("[id]")) {
    const fresh = uniqueId(element.id);
    renamed.set(element.id, fresh);
    element.id = fresh;
  }
  for (const name of REFERENCES) {
    const value = svg.getAttribute(name);
    if (value)
      svg.setAttribute(
        name,
        value
          .split(/\s+/)
          .map((id) => renamed.get(id) ?? id)
          .join(" "),
      );
  }
  return svg;
}

/**
 * @param {unknown} text
 * @returns {Element | null}
 */
export function svgFromString(text) {
  if (typeof text !== "string" || !text) return null;
  const parsed = new DOMParser().parseFromString(text, "image/svg+xml");
  const root = parsed.documentElement;
  if (!root || root.localName !== "svg" || parsed.getElementsByTagName("parsererror").length)
    return null;
  return renameIds(document.importNode(root, true));
}

// One labelled drawing.
/**
 * @param {string} label
 * @param {unknown} svgText
 * @returns {HTMLElement | null}
 */
export function figurePanel(label, svgText) {
  const svg = svgFromString(svgText);
  if (!svg) return null;
  return h("div", { class: "abc-figure-panel" }, h("p", { class: "abc-figure-label" }, label), svg);
}

// A fault beside the right form: the words say which is which, not a colour.
/**
 * @param {{label?: string, right?: string, wrong?: string} | null | undefined} pair
 * @returns {HTMLElement | null}
 */
export function faultPair(pair) {
  const right = figurePanel("✓ Right", pair?.right);
  const wrong = figurePanel(`✗ Not this: ${pair?.label ?? ""}`, pair?.wrong);
  if (!right || !wrong) return null;
  return h("div", { class: "abc-fault-pair abc-figure-panels" }, right, wrong);
}

// A toggle that plays a drawing's movement (an end drawing with svg[data-moves]) start -> end
// -> start inside ``target``, as the stylesheet's loop: nothing moves until it is pressed, so
// reduced motion is respected by default. The book's pages have the same control
// (abcourse/figures/static/abcourse-figures.js).
/**
 * @param {Element} target
 * @returns {HTMLButtonElement | null}
 */
export function playControl(target) {
  if (!target.querySelector("svg[data-moves]")) return null;
  const button = /** @type {HTMLButtonElement} */ (
    h(
      "button",
      { type: "button", class: "abc-figure-play", "aria-pressed": "false" },
      "Play the movement",
    )
  );
  button.addEventListener("click", () => {
    const playing = target.classList.toggle("abc-figure-playing");
    button.setAttribute("aria-pressed", String(playing));
  });
  return button;
}
