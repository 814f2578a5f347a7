// Progression and recovery check (chapter 5): the learner enters recent weeks of training and
// next-day pain; the rules of book/data/progression.yml flag a too-fast rise, too few rest days
// and too much pain, and a gradual plan for the next weeks is drawn beside the past weeks.
import { escapeCloses, h, noticeArea, scrollableTable, syncToKernel, uniqueId } from "./lib/dom.js";
import { assessProgression, checkProgressionRows, isValidProgressionRecord, progressionUnit, PROGRESSION_FIELDS } from "./lib/progression.js";
import { progressionChart } from "./lib/progression_chart.js";
import { drawChart } from "./lib/svg_chart.js";
import { browserStorage, readRecord, removeRecord, storageKey, writeRecord } from "./lib/store.js";

const PROGRESSION_KEY = storageKey("tool", "progression");
const SEVERITY_WORDS = { stop: "Too much", caution: "Watch", note: "Note" };
const ACTION_WORDS = { add: "add a little", hold: "hold", cut: "do less" };

function asText(value) {
  return value === null || value === undefined ? "" : String(value);
}

function render({ model, el }) {
  const rules = model.get("rules");
  const storage = browserStorage();
  const notice = noticeArea();
  const restored = readRecord(storage, PROGRESSION_KEY, (data) => isValidProgressionRecord(data, rules));
  notice.show(restored.notice);
  let unitId = progressionUnit(rules, restored.data?.unit).id;
  const blankRow = () => ({ sessions: "", volume: "", pain: "" });
  // Each row keeps what was last saved for it, so a mistyped field does not erase a saved number.
  let rows = (restored.data?.weeks ?? []).map((week) => ({
    sessions: asText(week.sessions), volume: asText(week.volume), pain: asText(week.pain), saved: { ...week },
  }));
  while (rows.length < rules.weeks.start) rows.push(blankRow());
  rows = rows.slice(0, rules.weeks.max);

  const titleId = uniqueId("abc-progression-title");
  const weeksArea = h("div", { class: "abc-progression-weeks" });
  const addButton = h("button", { type: "button", class: "abc-button abc-button-secondary", onclick: () => {
    rows.push(blankRow());
    update({ focusRow: rows.length - 1 });
  } }, "Add a week");
  const status = h("div", { class: "abc-summary", role: "status", "aria-live": "polite" });
  const details = h("div", { class: "abc-progression-result" });
  const chartBox = h("div", { class: "abc-progression-chart-box" });

  const unitName = `abc-progression-unit-${uniqueId("u")}`;
  const unitField = h("fieldset", { class: "abc-progression-unit" },
    h("legend", {}, "Count how much you did in"),
    rules.units.map((unit) => {
      const input = h("input", { type: "radio", name: unitName, value: unit.id, checked: unit.id === unitId, onchange: () => {
        unitId = unit.id;
        update();
      } });
      return h("label", { class: "abc-option" }, input, h("span", {}, `${unit.label} (${unit.hint})`));
    }));

  function weekRow(row, index, check) {
    const unit = progressionUnit(rules, unitId);
    const labels = { sessions: "Sessions", volume: `${unit.name.replace(/ per week$/, "")}`, pain: "Next-day pain (0 to 10)" };
    const hints = { sessions: "in the week", volume: `${unit.label} in the week`, pain: "0 = none, 10 = worst" };
    const fields = PROGRESSION_FIELDS.map((field) => {
      const inputId = uniqueId(`abc-progression-${field}`);
      const errorId = `${inputId}-error`;
      const message = check.errors[index][field];
      const input = h("input", {
        id: inputId, type: "text", inputmode: "decimal", class: "abc-number", value: row[field],
        "data-field": field, "aria-invalid": message ? "true" : "false",
        "aria-describedby": message ? errorId : undefined,
        oninput: () => {
          row[field] = input.value;
          update({ keepInputs: true });
        },
      });
      return h("div", { class: "abc-progression-field" },
        h("label", { for: inputId }, labels[field], " ", h("span", { class: "abc-unit" }, `(${hints[field]})`)),
        input,
        h("p", { id: errorId, class: "abc-field-error", hidden: !message }, message ?? ""));
    });
    const removeButton = rows.length > rules.weeks.min ? h("button", {
      type: "button", class: "abc-button abc-button-secondary abc-progression-remove",
      "aria-label": `Remove week ${index + 1}`,
      onclick: () => {
        rows.splice(index, 1);
        update({ focusRow: Math.min(index, rows.length - 1) });
      },
    }, "Remove") : null;
    const rowError = check.rowErrors[index];
    return h("fieldset", { class: "abc-progression-week", "data-week": index + 1 },
      h("legend", {}, `Week ${index + 1}${index === rows.length - 1 ? " (latest)" : ""}`),
      h("div", { class: "abc-progression-fields" }, fields),
      h("p", { class: "abc-field-error abc-row-error", hidden: !rowError }, rowError ?? ""),
      removeButton);
  }

  function sourceText(keys) {
    return keys.map((key) => rules.sources[key] ?? key).join("; ");
  }

  function showResult(check, result) {
    const unit = progressionUnit(rules, unitId);
    const fixNote = check.valid ? null : h("p", { class: "abc-invalid" }, "Some fields have a problem (see the messages above). Until you fix them, they are left out.");
    status.replaceChildren(h("p", { class: "abc-summary-headline" }, h("strong", {}, result.status === "attention" ? "Watch: " : result.status === "ok" ? "✓ " : ""), result.summary));
    if (result.status === "no-data" || result.status === "incomplete") {
      details.replaceChildren(fixNote ?? h("p", {}, "Fill in at least your last two weeks to see the check and a plan."));
      return;
    }
    const flags = result.flags.length
      ? h("ul", { class: "abc-progression-flags" }, result.flags.map((item) => h("li", { "data-flag": item.id },
        h("strong", {}, `${SEVERITY_WORDS[item.severity]}: `), item.message, item.recent ? "" : " (earlier week)")))
      : h("p", {}, "None of the rules below was broken in the weeks you entered.");
    const descriptionParts = check.weeks.map((week, index) => `week ${index + 1}: ${week.volume ?? "blank"} ${unit.label}, pain ${week.pain ?? "blank"}`);
    const planParts = result.plan.map((week) => `planned week ${week.week}: ${week.volume} ${unit.label}`);
    drawChart(chartBox, (width) => progressionChart({
      past: check.weeks, plan: result.plan, unit, width,
      description: `Bar chart of ${unit.label} per week. ${[...descriptionParts, ...planParts].join("; ")}.`,
    }));
    const table = h("table", { class: "abc-table" },
      h("caption", {}, "Your weeks and the plan, as numbers"),
      h("thead", {}, h("tr", {}, ["Week", "Sessions", unit.name, "Next-day pain", "What to do"].map((text) => h("th", { scope: "col" }, text)))),
      h("tbody", {},
        check.weeks.map((week, index) => h("tr", {}, h("th", { scope: "row" }, `Week ${index + 1}`),
          h("td", {}, asText(week.sessions) || "–"), h("td", {}, asText(week.volume) || "–"), h("td", {}, asText(week.pain) || "–"),
          h("td", {}, PROGRESSION_FIELDS.some((field) => week[field] !== null) ? "done" : "–"))),
        result.plan.map((week) => h("tr", { class: "abc-plan-row" }, h("th", { scope: "row" }, `Week ${week.week} (plan)`),
          h("td", {}, String(week.sessions)), h("td", {}, String(week.volume)), h("td", {}, "–"),
          h("td", {}, `${ACTION_WORDS[week.action]}: ${week.note}`)))));
    const planBlock = result.plan.length
      ? h("div", {}, h("h4", {}, "A gradual plan for the next weeks"),
        h("ol", { class: "abc-progression-plan", start: result.plan[0].week },
          result.plan.map((week) => h("li", {}, h("strong", {}, `Week ${week.week}: ${week.sessions} sessions, ${week.volume} ${unit.label} in all`), ` (${ACTION_WORDS[week.action]}). ${week.note}`))),
        h("p", {}, result.planNote))
      : h("p", {}, result.planNote);
    const ruleList = escapeCloses(h("details", { class: "abc-progression-rules" },
      h("summary", {}, "Where these rules come from, and how sure they are"),
      ["increase", "rest", "pain"].map((name) => {
        const rule = rules.rules[name];
        const keys = Array.isArray(rule.source) ? rule.source : [rule.source];
        return h("div", { class: "abc-rule", "data-rule": name }, h("h5", {}, rule.title), h("p", {}, rule.text),
          h("p", {}, h("strong", {}, "How sure: "), rule.uncertainty), h("p", { class: "abc-hint" }, `Sources: ${sourceText(keys)}.`));
      })));
    details.replaceChildren(fixNote ?? "", h("h4", {}, "What the check found"), flags, chartBox, scrollableTable(table), planBlock, ruleList, h("p", { class: "abc-hint" }, rules.disclaimer));
  }

  function update({ keepInputs = false, focusRow = null, save = true } = {}) {
    const check = checkProgressionRows(rows, rules, unitId);
    const result = assessProgression(check.weeks, rules, { unit: unitId });
    if (keepInputs && weeksArea.children.length === rows.length) {
      // Typing must not rebuild the inputs (it would lose the cursor): refresh the messages only.
      [...weeksArea.children].forEach((element, index) => {
        for (const field of PROGRESSION_FIELDS) {
          const input = element.querySelector(`input[data-field='${field}']`);
          const error = input.parentElement.querySelector(".abc-field-error");
          const message = check.errors[index][field];
          error.textContent = message ?? "";
          error.hidden = !message;
          input.setAttribute("aria-invalid", message ? "true" : "false");
          if (message) input.setAttribute("aria-describedby", error.id); else input.removeAttribute("aria-describedby");
        }
        const rowError = element.querySelector(".abc-row-error");
        rowError.textContent = check.rowErrors[index] ?? "";
        rowError.hidden = !check.rowErrors[index];
      });
    } else {
      weeksArea.replaceChildren(...rows.map((row, index) => weekRow(row, index, check)));
    }
    addButton.hidden = rows.length >= rules.weeks.max;
    showResult(check, result);
    const weeksToSave = check.weeks.map((week, index) => {
      const kept = {};
      for (const field of PROGRESSION_FIELDS) {
        kept[field] = check.errors[index][field] ? (rows[index].saved?.[field] ?? null) : week[field];
      }
      return kept;
    });
    const record = { weeks: weeksToSave, unit: unitId };
    if (save) {
      rows.forEach((row, index) => { row.saved = weeksToSave[index]; });
      if (!writeRecord(storage, PROGRESSION_KEY, record)) {
        notice.show("Your browser did not allow saving, so your weeks will be lost when you leave this page.");
      }
    }
    syncToKernel(model, { weeks: check.weeks, unit: unitId, result: { status: result.status, attention: result.attention, summary: result.summary, flags: result.flags, plan: result.plan } });
    if (focusRow !== null) weeksArea.children[focusRow]?.querySelector("input")?.focus();
  }

  const resetButton = h("button", { type: "button", class: "abc-button abc-button-secondary", onclick: () => {
    removeRecord(storage, PROGRESSION_KEY);
    rows = Array.from({ length: rules.weeks.start }, blankRow);
    weeksArea.replaceChildren();
    update({ focusRow: 0, save: false });
    notice.show("This check was reset.");
  } }, "Reset this check");

  el.replaceChildren(h("section", { class: "abc-widget abc-progression", "aria-labelledby": titleId },
    h("h3", { class: "abc-title", id: titleId }, "Progression and recovery check"),
    h("p", { class: "abc-intro" }, rules.intro),
    notice.element,
    unitField,
    weeksArea,
    h("div", { class: "abc-actions" }, addButton),
    status,
    details,
    h("div", { class: "abc-footer" }, resetButton)));
  update({ save: false });
  // Show a restore notice only once; the save in update() must not hide it.
  notice.show(restored.notice);
}

export default { render };
