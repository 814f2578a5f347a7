// @ts-check
// Tiny DOM helpers shared by the widgets. Text goes in as text nodes, never as HTML.

let uniqueCounter = 0;

/**
 * @param {string} prefix
 * @returns {string}
 */
export function uniqueId(prefix) {
  uniqueCounter += 1;
  return `${prefix}-${Date.now().toString(36)}-${uniqueCounter}`;
}

/**
 * An element with its attributes (a class, ARIA, handlers as on<event>, properties such as
 * hidden) and children (nodes, or text; null, undefined and false are left out; lists flattened).
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Record<string, any>} [attributes] `any`: strings, booleans, handlers and properties alike
 * @param {...unknown} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") element.className = value;
    else if (name.startsWith("on") && typeof value === "function")
      element.addEventListener(name.slice(2), value);
    // a property of the element (hidden, checked, ...): `any`, as the name is any of them
    else if (name in element && typeof value !== "string")
      /** @type {any} */ (element)[name] = value;
    else element.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/**
 * A button for a secondary action (reset, clear, add a row, cancel), drawn alike in every widget.
 * @param {string} label
 * @param {(event: MouseEvent) => void} onClick
 * @returns {HTMLButtonElement}
 */
export function secondaryButton(label, onClick) {
  return h(
    "button",
    { type: "button", class: "abc-button abc-button-secondary", onclick: onClick },
    label,
  );
}

// The roles a results table keeps when a narrow widget shows it as cards: with its display
// changed, a browser may stop treating a <table> as a table, so each part says what it is.
const TABLE_ROLES = [
  ["table", "table"],
  ["thead, tbody, tfoot", "rowgroup"],
  ["tr", "row"],
  ["th[scope='col']", "columnheader"],
  ["th[scope='row']", "rowheader"],
  ["td", "cell"],
];

// Characters above which a card puts a cell's text under its label, not beside it.
const LONG_CELL = 32;

// Each cell names its column (data-label, from the header row), which a card shows as its label,
// and each part of the table keeps its role. The header row is read once, so a label can never
// differ from its column's header.
/**
 * @param {HTMLTableElement} table
 * @returns {HTMLTableElement}
 */
export function labelCells(table) {
  for (const [selector, role] of TABLE_ROLES) {
    if (table.matches(selector)) table.setAttribute("role", role);
    for (const part of table.querySelectorAll(selector)) part.setAttribute("role", role);
  }
  const caption = table.querySelector("caption");
  if (caption) {
    caption.id ||= uniqueId("abc-caption");
    table.setAttribute("aria-labelledby", caption.id);
  }
  const headers = [...table.querySelectorAll("thead tr:first-child th")].map(
    (header) => header.textContent ?? "",
  );
  const rows = [...table.querySelectorAll("tbody tr")].map((row) => [...row.children]);
  // a column that holds a sentence shows it under its label in every card, not squeezed beside it
  const long = headers.map((_, index) =>
    rows.some((cells) => (cells[index]?.textContent ?? "").length > LONG_CELL),
  );
  for (const cells of rows) {
    cells.forEach((cell, index) => {
      if (headers[index]) cell.setAttribute("data-label", headers[index]);
      cell.classList.toggle("abc-cell-long", Boolean(long[index]));
    });
  }
  return table;
}

// A results table: its cells labelled for the cards a narrow widget shows (course.css), in a box
// that scrolls sideways where a wide table still meets a narrow column, instead of widening the
// page. The box can take keyboard focus (to scroll it) and is named after the table's caption.
/**
 * @param {HTMLTableElement} table
 * @returns {HTMLElement}
 */
export function scrollableTable(table) {
  labelCells(table);
  const caption = table.querySelector("caption")?.textContent ?? "Table";
  return h(
    "div",
    { class: "abc-table-scroll", role: "region", tabindex: "0", "aria-label": caption },
    table,
  );
}

// Notices (a dropped saved value, a refused save) go in a polite live region at the widget's top.
/**
 * @typedef {{element: HTMLElement, show: (text: string) => void}} NoticeArea
 */

/** @returns {NoticeArea} */
export function noticeArea() {
  const area = h("p", { class: "abc-notice", role: "status", hidden: true });
  return {
    element: area,
    show(text) {
      area.textContent = text;
      area.hidden = !text;
    },
  };
}

// Send a value back to Python when a kernel is there; in the static book there is no comm.
/**
 * @param {import("../types.js").WidgetModel} model
 * @param {Record<string, unknown>} values trait name -> value
 */
export function syncToKernel(model, values) {
  try {
    for (const [name, value] of Object.entries(values)) model.set(name, value);
    model.save_changes();
  } catch {
    /* no kernel: the browser copy in localStorage is the record */
  }
}

// Escape closes an open <details> from anywhere inside it and puts focus back on its summary, so
// a keyboard user closes what they opened the way they close any other panel.
/**
 * @param {HTMLDetailsElement} details
 * @returns {HTMLDetailsElement}
 */
export function escapeCloses(details) {
  details.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !details.open) return;
    details.open = false;
    details.querySelector("summary")?.focus();
    event.stopPropagation();
  });
  return details;
}

// The polite live region a widget's result goes in, read out when it changes.
/**
 * @param {string} [className]
 * @returns {HTMLElement}
 */
export function liveStatus(className = "abc-summary") {
  return h("div", { class: className, role: "status", "aria-live": "polite" });
}

// A widget's outer section, named by its title.
/**
 * @param {string} className
 * @param {string} title
 * @param {...unknown} children
 * @returns {HTMLElement}
 */
export function widgetSection(className, title, ...children) {
  const titleId = uniqueId(`${className}-title`);
  return h(
    "section",
    { class: `abc-widget ${className}`, "aria-labelledby": titleId },
    h("h3", { class: "abc-title", id: titleId }, title),
    ...children,
  );
}
