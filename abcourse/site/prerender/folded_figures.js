// A drawing inside a closed fold, in markup drawn at build time, as its own words. Nothing in a
// closed fold is painted before the learner opens it, and by then the widget has come to life
// with its drawings (they travel in the widget's state, which the live view renders from), so
// drawing them into the page too only made it heavier: each widget's pictures went out twice.
// In its place the drawing's title and description, which a page read without scripts shows
// and the site search indexes. One element stands for one, so the place of every other element
// of the widget stays as the live view has it (hydrate.js finds a field's twin by its place);
// a control that plays a folded drawing is kept, hidden, for the same reason.

const FOLDED_DRAWING = "details:not([open]) svg[role='img']";
const FOLDED_PLAY = "details:not([open]) .abc-figure-play";

/** @param {Element} svg */
function wordsOf(svg) {
  const parts = [svg.querySelector("title"), svg.querySelector("desc")]
    .map((part) => (part?.textContent ?? "").trim())
    .filter(Boolean);
  return parts.map((part) => (/[.!?]$/.test(part) ? part : `${part}.`)).join(" ");
}

/**
 * Each drawing in a closed fold of `root` becomes a paragraph of its words.
 * @param {Element} root a widget's drawn view
 */
export function foldedFiguresAsWords(root) {
  const document = root.ownerDocument;
  for (const svg of root.querySelectorAll(FOLDED_DRAWING)) {
    const words = document.createElement("p");
    words.className = "abc-figure-words";
    words.textContent = wordsOf(svg);
    svg.replaceWith(words);
  }
  for (const button of root.querySelectorAll(FOLDED_PLAY)) button.setAttribute("hidden", "");
}
