// The ids of markup drawn at build time, renumbered: the widgets make each id from a counter and
// the clock (uniqueId in widgets/js/ui/dom.js), which would change the page on every build. Each
// id becomes abc-pre-N, in page order, and every reference to it follows (a label's for, the
// ARIA relations, a link to #id, an SVG url(#id)). A radio group's name is renumbered the same
// way. The live views the host makes later keep the widgets' own ids, so none can clash.

const ID_LISTS = [
  "for",
  "headers",
  "list",
  "aria-labelledby",
  "aria-describedby",
  "aria-controls",
  "aria-owns",
  "aria-details",
  "aria-errormessage",
  "aria-activedescendant",
  "aria-flowto",
];
const URL_REFERENCE = /url\(#([^)]+)\)/g;

function* elementsOf(roots) {
  for (const root of roots) {
    yield root;
    yield* root.querySelectorAll("*");
  }
}

function renamer(prefix) {
  const names = new Map();
  return {
    rename(value) {
      if (!names.has(value)) names.set(value, `${prefix}${names.size + 1}`);
      return names.get(value);
    },
    known: (value) => names.get(value) ?? value,
  };
}

function followReferences(element, ids) {
  for (const { name, value } of [...element.attributes]) {
    let next = value;
    if (ID_LISTS.includes(name))
      next = value
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => ids.known(id))
        .join(" ");
    else if ((name === "href" || name === "xlink:href") && value.startsWith("#"))
      next = `#${ids.known(value.slice(1))}`;
    else if (value.includes("url(#"))
      next = value.replace(URL_REFERENCE, (_, id) => `url(#${ids.known(id)})`);
    if (next !== value) element.setAttribute(name, next);
  }
}

/** @param {Element[]} roots the drawn widgets of one page, in page order */
export function renumberIds(roots) {
  const ids = renamer("abc-pre-");
  const groups = renamer("abc-pre-group-");
  const elements = [...elementsOf(roots)];
  for (const element of elements) if (element.id) element.id = ids.rename(element.id);
  for (const element of elements) {
    followReferences(element, ids);
    if (element.localName === "input" && element.getAttribute("name"))
      element.setAttribute("name", groups.rename(element.getAttribute("name")));
  }
}
