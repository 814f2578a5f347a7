// @ts-check
// Progression and recovery check (chapter 5): the learner enters recent weeks of training and
// next-day pain; the rules of book/data/progression.yml flag a too-fast rise, too few rest days
// and too much pain, and a gradual plan for the next weeks is drawn beside the past weeks.
import {
  assessProgression,
  checkProgressionRows,
  isValidProgressionRecord,
  progressionUnit,
  PROGRESSION_FIELDS,
  rowsFromLog,
} from "./logic/progression.js";
import { FILL_MESSAGES } from "./logic/progression_messages.js";
import {
  isValidSessionLog,
  localDay,
  loggedWeeks,
  readSessionLog,
  SESSION_LOG_KEY,
} from "./logic/session_log.js";
import { selfTestKey } from "./logic/store_keys.js";
import { asText, citeSources } from "./logic/text.js";
import {
  escapeCloses,
  h,
  liveStatus,
  noticeArea,
  scrollableTable,
  secondaryButton,
  syncToKernel,
  uniqueId,
  widgetSection,
} from "./ui/dom.js";
import { progressionChart } from "./ui/progression_chart.js";
import { browserStorage, readRecord, removeRecord, restoreRecord, saveRecord } from "./ui/store.js";
import { drawChart } from "./ui/svg_chart.js";

const PROGRESSION_KEY = selfTestKey("progression");
const SEVERITY_WORDS = { stop: "Too much", caution: "Watch", note: "Note" };
const ACTION_WORDS = { add: "add a little", hold: "hold", cut: "do less" };

function blankRow() {
  return { sessions: "", volume: "", pain: "" };
}

// Each row keeps what was last saved for it, so a mistyped field does not erase a saved number.
function rowsFrom(saved, rules) {
  const rows = (saved?.weeks ?? []).map((week) => ({
    sessions: asText(week.sessions),
    volume: asText(week.volume),
    pain: asText(week.pain),
    saved: { ...week },
  }));
  while (rows.length < rules.weeks.start) rows.push(blankRow());
  return rows.slice(0, rules.weeks.max);
}

function unitField(view) {
  const unitName = `abc-progression-unit-${uniqueId("u")}`;
  return h(
    "fieldset",
    { class: "abc-progression-unit" },
    h("legend", {}, "Count how much you did in"),
    view.rules.units.map((unit) => {
      const input = h("input", {
        type: "radio",
        name: unitName,
        value: unit.id,
        checked: unit.id === view.unitId,
        onchange: () => {
          view.unitId = unit.id;
          view.update();
        },
      });
      return h(
        "label",
        { class: "abc-option" },
        input,
        h("span", {}, `${unit.label} (${unit.hint})`),
      );
    }),
  );
}

function weekField(view, row, field, message) {
  const unit = progressionUnit(view.rules, view.unitId);
  const labels = {
    sessions: "Sessions",
    volume: `${unit.name.replace(/ per week$/, "")}`,
    pain: "Next-day pain (0 to 10)",
  };
  const hints = {
    sessions: "in the week",
    volume: `${unit.label} in the week`,
    pain: "0 = none, 10 = worst",
  };
  const inputId = uniqueId(`abc-progression-${field}`);
  const errorId = `${inputId}-error`;
  const input = h("input", {
    id: inputId,
    type: "text",
    inputmode: "decimal",
    class: "abc-number",
    value: row[field],
    "data-field": field,
    "aria-invalid": message ? "true" : "false",
    "aria-describedby": message ? errorId : undefined,
    oninput: () => {
      row[field] = input.value;
      view.update({ keepInputs: true });
    },
  });
  return h(
    "div",
    { class: "abc-progression-field" },
    h(
      "label",
      { for: inputId },
      labels[field],
      " ",
      h("span", { class: "abc-unit" }, `(${hints[field]})`),
    ),
    input,
    h("p", { id: errorId, class: "abc-field-error", hidden: !message }, message ?? ""),
  );
}

function weekRow(view, row, index, check) {
  const { rows, rules } = view;
  const removeButton =
    rows.length > rules.weeks.min
      ? h(
          "button",
          {
            type: "button",
            class: "abc-button abc-button-secondary abc-progression-remove",
            "aria-label": `Remove week ${index + 1}`,
            onclick: () => {
              rows.splice(index, 1);
              view.update({ focusRow: Math.min(index, rows.length - 1) });
            },
          },
          "Remove",
        )
      : null;
  const rowError = check.rowErrors[index];
  return h(
    "fieldset",
    { class: "abc-progression-week", "data-week": index + 1 },
    h("legend", {}, `Week ${index + 1}${index === rows.length - 1 ? " (latest)" : ""}`),
    h(
      "div",
      { class: "abc-progression-fields" },
      PROGRESSION_FIELDS.map((field) => weekField(view, row, field, check.errors[index][field])),
    ),
    h("p", { class: "abc-field-error abc-row-error", hidden: !rowError }, rowError ?? ""),
    removeButton,
  );
}

// Typing must not rebuild the inputs (it would lose the cursor): refresh the messages only.
function showMessages(weeksArea, check) {
  [...weeksArea.children].forEach((element, index) => {
    for (const field of PROGRESSION_FIELDS) {
      const input = element.querySelector(`input[data-field='${field}']`);
      const error = input.parentElement.querySelector(".abc-field-error");
      const message = check.errors[index][field];
      error.textContent = message ?? "";
      error.hidden = !message;
      input.setAttribute("aria-invalid", message ? "true" : "false");
      if (message) input.setAttribute("aria-describedby", error.id);
      else input.removeAttribute("aria-describedby");
    }
    const rowError = element.querySelector(".abc-row-error");
    rowError.textContent = check.rowErrors[index] ?? "";
    rowError.hidden = !check.rowErrors[index];
  });
}

function flagList(result) {
  if (!result.flags.length)
    return h("p", {}, "None of the rules below was broken in the weeks you entered.");
  return h(
    "ul",
    { class: "abc-progression-flags" },
    result.flags.map((item) =>
      h(
        "li",
        { "data-flag": item.id },
        h("strong", {}, `${SEVERITY_WORDS[item.severity]}: `),
        item.message,
        item.recent ? "" : " (earlier week)",
      ),
    ),
  );
}

function drawWeeksChart(chartBox, check, result, unit) {
  const descriptionParts = check.weeks.map(
    (week, index) =>
      `week ${index + 1}: ${week.volume ?? "blank"} ${unit.label}, pain ${week.pain ?? "blank"}`,
  );
  const planParts = result.plan.map(
    (week) => `planned week ${week.week}: ${week.volume} ${unit.label}`,
  );
  drawChart(chartBox, (width) =>
    progressionChart({
      past: check.weeks,
      plan: result.plan,
      unit,
      width,
      description:
        `Bar chart of ${unit.label} per week. ` +
        `${[...descriptionParts, ...planParts].join("; ")}.`,
    }),
  );
}

function weeksTable(check, result, unit) {
  return h(
    "table",
    { class: "abc-table" },
    h("caption", {}, "Your weeks and the plan, as numbers"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ["Week", "Sessions", unit.name, "Next-day pain", "What to do"].map((text) =>
          h("th", { scope: "col" }, text),
        ),
      ),
    ),
    h(
      "tbody",
      {},
      check.weeks.map((week, index) =>
        h(
          "tr",
          {},
          h("th", { scope: "row" }, `Week ${index + 1}`),
          h("td", {}, asText(week.sessions) || "–"),
          h("td", {}, asText(week.volume) || "–"),
          h("td", {}, asText(week.pain) || "–"),
          h("td", {}, PROGRESSION_FIELDS.some((field) => week[field] !== null) ? "done" : "–"),
        ),
      ),
      result.plan.map((week) =>
        h(
          "tr",
          { class: "abc-plan-row" },
          h("th", { scope: "row" }, `Week ${week.week} (plan)`),
          h("td", {}, String(week.sessions)),
          h("td", {}, String(week.volume)),
          h("td", {}, "–"),
          h("td", {}, `${ACTION_WORDS[week.action]}: ${week.note}`),
        ),
      ),
    ),
  );
}

function planBlock(result, unit) {
  if (!result.plan.length) return h("p", {}, result.planNote);
  return h(
    "div",
    {},
    h("h4", {}, "A gradual plan for the next weeks"),
    h(
      "ol",
      { class: "abc-progression-plan", start: result.plan[0].week },
      result.plan.map((week) =>
        h(
          "li",
          {},
          h(
            "strong",
            {},
            `Week ${week.week}: ${week.sessions} sessions, ${week.volume} ${unit.label} in all`,
          ),
          ` (${ACTION_WORDS[week.action]}). ${week.note}`,
        ),
      ),
    ),
    h("p", {}, result.planNote),
  );
}

function ruleList(rules) {
  return escapeCloses(
    h(
      "details",
      { class: "abc-progression-rules" },
      h("summary", {}, "Where these rules come from, and how sure they are"),
      ["increase", "rest", "pain"].map((name) => {
        const rule = rules.rules[name];
        return h(
          "div",
          { class: "abc-rule", "data-rule": name },
          h("h5", {}, rule.title),
          h("p", {}, rule.text),
          h("p", {}, h("strong", {}, "How sure: "), rule.uncertainty),
          h("p", { class: "abc-hint" }, `Sources: ${citeSources(rules.sources, rule.source)}.`),
        );
      }),
    ),
  );
}

function showResult(view, check, result) {
  const unit = progressionUnit(view.rules, view.unitId);
  const fixNote = check.valid
    ? null
    : h(
        "p",
        { class: "abc-invalid" },
        "Some fields have a problem (see the messages above). Until you fix them, they are left " +
          "out.",
      );
  view.status.replaceChildren(
    h(
      "p",
      { class: "abc-summary-headline" },
      h(
        "strong",
        {},
        result.status === "attention" ? "Watch: " : result.status === "ok" ? "✓ " : "",
      ),
      result.summary,
    ),
  );
  if (result.status === "no-data" || result.status === "incomplete") {
    view.details.replaceChildren(
      fixNote ?? h("p", {}, "Fill in at least your last two weeks to see the check and a plan."),
    );
    return;
  }
  drawWeeksChart(view.chartBox, check, result, unit);
  view.details.replaceChildren(
    fixNote ?? "",
    h("h4", {}, "What the check found"),
    flagList(result),
    view.chartBox,
    scrollableTable(weeksTable(check, result, unit)),
    planBlock(result, unit),
    ruleList(view.rules),
    h("p", { class: "abc-hint" }, view.rules.disclaimer),
  );
}

// What is saved: each valid field, and for a mistyped one what was saved for it before.
function weeksToSave(check, rows) {
  return check.weeks.map((week, index) => {
    const kept = {};
    for (const field of PROGRESSION_FIELDS) {
      kept[field] = check.errors[index][field] ? (rows[index].saved?.[field] ?? null) : week[field];
    }
    return kept;
  });
}

function save(view, check) {
  const weeks = weeksToSave(check, view.rows);
  view.rows.forEach((row, index) => {
    row.saved = weeks[index];
  });
  saveRecord(
    view.storage,
    PROGRESSION_KEY,
    { weeks, unit: view.unitId },
    view.notice,
    "your weeks",
  );
}

function update(view, { keepInputs = false, focusRow = null, save: persist = true } = {}) {
  const { rows, rules, weeksArea } = view;
  const check = checkProgressionRows(rows, rules, view.unitId);
  const result = assessProgression(check.weeks, rules, { unit: view.unitId });
  if (keepInputs && weeksArea.children.length === rows.length) showMessages(weeksArea, check);
  else weeksArea.replaceChildren(...rows.map((row, index) => weekRow(view, row, index, check)));
  view.addButton.hidden = rows.length >= rules.weeks.max;
  showResult(view, check, result);
  if (persist) save(view, check);
  syncToKernel(view.model, {
    weeks: check.weeks,
    unit: view.unitId,
    result: {
      status: result.status,
      attention: result.attention,
      summary: result.summary,
      flags: result.flags,
      plan: result.plan,
    },
  });
  if (focusRow !== null) weeksArea.children[focusRow]?.querySelector("input")?.focus();
}

// The learner's saved weeks and unit; with none saved, the unit the notebook asked for.
function progressionView(model) {
  /** @type {import("./types.js").ProgressionRules} */
  const rules = model.get("rules");
  const storage = browserStorage();
  const notice = noticeArea();
  const saved = restoreRecord(
    storage,
    PROGRESSION_KEY,
    (data) => isValidProgressionRecord(data, rules),
    notice,
  );
  const view = {
    model,
    rules,
    storage,
    notice,
    unitId: progressionUnit(rules, saved?.unit ?? model.get("unit")).id,
    rows: rowsFrom(saved, rules),
    weeksArea: h("div", { class: "abc-progression-weeks" }),
    status: liveStatus(),
    details: h("div", { class: "abc-progression-result" }),
    chartBox: h("div", { class: "abc-progression-chart-box" }),
  };
  view.update = (options) => update(view, options);
  view.addButton = secondaryButton("Add a week", () => {
    view.rows.push(blankRow());
    view.update({ focusRow: view.rows.length - 1 });
  });
  return view;
}

// The session log's good entries and how many were damaged. Reading never clears the log: the
// workout mode owns it.
function sessionLog(storage) {
  const { data, notice } = readRecord(storage, SESSION_LOG_KEY, isValidSessionLog, {
    clear: false,
  });
  const { log, dropped } = readSessionLog(data);
  return { log, dropped: notice ? 1 : dropped };
}

// With a session log on this device, the check offers to fill the weeks in from it (the learner
// can still change every number).
function logFill(view) {
  const first = sessionLog(view.storage);
  if (!first.log.sessions.length && !first.dropped) return null;
  const message = h("p", { class: "abc-progression-fill-message", role: "status" });
  const button = secondaryButton(FILL_MESSAGES.button, () => {
    const { log, dropped } = sessionLog(view.storage);
    const logged = loggedWeeks(log, localDay(Date.now()), view.rules.weeks.max);
    view.notice.show(dropped ? FILL_MESSAGES.dropped(dropped) : "");
    if (!logged.length) {
      message.textContent = FILL_MESSAGES.empty;
      return;
    }
    const filled = rowsFromLog(logged, view.rules, dropped);
    view.rows = filled.rows;
    while (view.rows.length < view.rules.weeks.min) view.rows.push(blankRow());
    view.unitId = progressionUnit(view.rules, filled.unit).id;
    const radio = button
      .closest(".abc-progression")
      ?.querySelector(`.abc-progression-unit input[value='${view.unitId}']`);
    if (radio instanceof HTMLInputElement) radio.checked = true;
    view.update();
    message.textContent = filled.message;
  });
  button.classList.add("abc-progression-fill-button");
  return h("div", { class: "abc-progression-fill" }, button, message);
}

function resetButton(view) {
  return secondaryButton("Reset this check", () => {
    removeRecord(view.storage, PROGRESSION_KEY);
    view.rows = rowsFrom(null, view.rules);
    view.update({ focusRow: 0, save: false });
    view.notice.show("This check was reset.");
  });
}

function layout(view) {
  return widgetSection(
    "abc-progression",
    "Progression and recovery check",
    h("p", { class: "abc-intro" }, view.rules.intro),
    view.notice.element,
    logFill(view),
    unitField(view),
    view.weeksArea,
    h("div", { class: "abc-actions" }, view.addButton),
    view.status,
    view.details,
    h("div", { class: "abc-footer" }, resetButton(view)),
  );
}

/** @param {import("./types.js").RenderProps} props what anywidget hands the widget */
function render({ model, el }) {
  const view = progressionView(model);
  el.replaceChildren(layout(view));
  view.update({ save: false });
}

export default { render };
