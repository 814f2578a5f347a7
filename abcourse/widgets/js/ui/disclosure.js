// @ts-check
// Folded sections: native <details> with a summary line, so a keyboard (Enter or Space on the
// summary) and a screen reader ("collapsed", "expanded") reach them with nothing added. What is
// folded opens for print and folds back after, and a link to something folded opens its fold.
import { escapeCloses, h } from "./dom.js";

/**
 * A section that starts closed (or open, when asked) under its summary line; Escape closes it.
 * @param {string} className
 * @param {unknown} summary the summary line: text or elements
 * @param {{open?: boolean}} options
 * @param {...unknown} children
 * @returns {HTMLDetailsElement}
 */
export function fold(className, summary, { open = false } = {}, ...children) {
  return escapeCloses(
    h(
      "details",
      { class: `abc-fold ${className}`, open },
      h("summary", { class: "abc-fold-summary" }, summary),
      ...children,
    ),
  );
}

/**
 * Opens every closed <details> in root before the page prints, and closes again after printing
 * those it opened, so a printed page holds what the screen folds away.
 * @param {HTMLElement} root
 * @returns {() => void} stops following print
 */
export function unfoldForPrint(root) {
  /** @type {HTMLDetailsElement[]} */
  let opened = [];
  const before = () => {
    opened = [...root.querySelectorAll("details")].filter((details) => !details.open);
    for (const details of opened) details.open = true;
  };
  const after = () => {
    for (const details of opened) details.open = false;
    opened = [];
  };
  window.addEventListener("beforeprint", before);
  window.addEventListener("afterprint", after);
  return () => {
    window.removeEventListener("beforeprint", before);
    window.removeEventListener("afterprint", after);
  };
}

/**
 * A link in root to an element of root (href="#id") opens the folds around its target first, so
 * following it shows the target rather than a closed summary.
 * @param {HTMLElement} root
 */
export function linksOpenFolds(root) {
  root.addEventListener("click", (event) => {
    const link = /** @type {HTMLElement} */ (event.target)?.closest?.("a[href^='#']");
    if (!link) return;
    const target = root.querySelector(`[id="${link.getAttribute("href").slice(1)}"]`);
    for (let node = target?.parentElement; node && node !== root; node = node.parentElement)
      if (node instanceof HTMLDetailsElement) node.open = true;
  });
}
