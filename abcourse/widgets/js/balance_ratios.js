// @ts-check
// Balance ratios (chapter 3): the hold times saved in chapter 1 (or typed here; it is the same
// record) become ratios - flexor to extensor, side bridge to extensor and flexor, left to right -
// each drawn beside the published averages for men and women. Worded as a comparison with a
// group of mostly young adults, never as a diagnosis.
import { assessRatios } from "./logic/ratios.js";
import { citeSources } from "./logic/text.js";
import { h, scrollableTable } from "./ui/dom.js";
import { aboutNotes, renderHoldTimesWidget, sourcedNote } from "./ui/hold_times_widget.js";
import { drawChart, rangeChart } from "./ui/svg_chart.js";

const RATIO_GROUPS = { female: "women", male: "men" };
const RATIO_WORDS = {
  close: "close to a published average",
  between: "between the published averages",
  higher: "higher than the published figures",
  lower: "lower than the published figures",
};

function chartOf(result, near, width) {
  const values = result.ratios.flatMap((ratio) => [
    ratio.value ?? 0,
    ...ratio.references.map((reference) => reference.value * (1 + near)),
  ]);
  // at least 0 to 2 so 1 (equal holds) sits well inside; at most 4, so one extreme ratio does not
  // squash the others (a mark past the end is drawn at the edge with an arrow)
  const max = Math.min(4, Math.max(2, Math.ceil(Math.max(...values) * 1.1 * 2) / 2));
  const rows = result.ratios.map((ratio) => ({
    label: ratio.name,
    bands: ratio.references.map((reference) => ({
      from: reference.value * (1 - near),
      to: reference.value * (1 + near),
      kind: "middle",
    })),
    refs: ratio.references.map((reference) => ({
      value: reference.value,
      label: `${reference.label} ${reference.value.toFixed(2)}`,
    })),
    mark:
      ratio.value === null ? null : { value: ratio.value, label: `you: ${ratio.value.toFixed(2)}` },
    emptyText: "Not enough times entered",
  }));
  const parts = result.ratios.map((ratio) => {
    const figures = ratio.references
      .map((reference) => `${reference.label} ${reference.value.toFixed(2)}`)
      .join(", ");
    const yours =
      ratio.value === null
        ? "not worked out yet"
        : `yours ${ratio.value.toFixed(2)}, ${RATIO_WORDS[ratio.comparison]}`;
    return `${ratio.name}: ${yours}; published: ${figures}`;
  });
  return rangeChart({
    width,
    rows,
    max,
    description:
      `Chart of your ratios beside the published averages. Striped bands mark "close" (within a ` +
      `quarter of an average). ${parts.join(". ")}.`,
    formatTick: (value) => String(value),
    axisLabel: "Ratio (1 means the two holds were equally long)",
  });
}

function tableOf(result) {
  return h(
    "table",
    { class: "abc-table" },
    h("caption", {}, "Your ratios and the published averages, as numbers"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ["Ratio", "Yours", "Published averages", "Comparison"].map((text) =>
          h("th", { scope: "col" }, text),
        ),
      ),
    ),
    h(
      "tbody",
      {},
      result.ratios.map((ratio) =>
        h(
          "tr",
          { "data-ratio": ratio.id },
          h("th", { scope: "row" }, ratio.name),
          h("td", {}, ratio.value === null ? "–" : ratio.value.toFixed(2)),
          h(
            "td",
            {},
            ratio.references
              .map((reference) => `${reference.label}: ${reference.value.toFixed(2)}`)
              .join("; "),
          ),
          h("td", {}, ratio.comparison ? RATIO_WORDS[ratio.comparison] : "–"),
        ),
      ),
    ),
  );
}

function listOf(result, norms) {
  const items = norms.ratios.items.map((item, index) => {
    const ratio = result.ratios[index];
    const sources = citeSources(norms.sources, [
      ...new Set(item.references.map((reference) => reference.source)),
    ]);
    return h(
      "li",
      { "data-ratio": ratio.id },
      h("strong", {}, `${ratio.name}. `),
      ratio.sentence,
      item.note ? h("br") : null,
      item.note ? h("span", { class: "abc-hint" }, `${item.note} (Source: ${sources}.)`) : null,
    );
  });
  return h("ul", { class: "abc-ratios-sentences" }, items);
}

function resultShower(norms) {
  const near = norms.ratios.near ?? 0.25;
  return (result, state, { status, boxes }) => {
    const who =
      state.sex === "unspecified"
        ? "Compared with the published figures for men and for women."
        : `Compared with the published figures for ${RATIO_GROUPS[state.sex]} (and for whole ` +
          "groups).";
    status.replaceChildren(
      h(
        "p",
        { class: "abc-summary-headline" },
        result.status === "no-data"
          ? "No ratios yet. Enter at least two hold times (or do the test in chapter 1)."
          : result.summary,
      ),
      h("p", {}, who),
    );
    drawChart(boxes.chart, (width) => chartOf(result, near, width));
    boxes.list.replaceChildren(listOf(result, norms));
    boxes.table.replaceChildren(scrollableTable(tableOf(result)));
  };
}

/** @param {import("./types.js").RenderProps} props what anywidget hands the widget */
function render({ model, el }) {
  /** @type {import("./types.js").NormsFile} */
  const norms = model.get("norms");
  return renderHoldTimesWidget(
    { model, el },
    {
      className: "abc-ratios",
      title: "Your balance ratios",
      intro:
        "These ratios use the hold times from the self-test in chapter 1. If you saved times " +
        "there, they appear below. You can change them here too; both chapters share them.",
      sexHint:
        "The published side-bridge ratios differ for men and women. " +
        'Choose "Prefer not to say" to see both.',
      otherChapter: "chapter 1",
      boxes: { chart: "abc-ratios-chart", list: "abc-ratios-list", table: "abc-ratios-table" },
      about: aboutNotes(
        "abc-ratios-about",
        "What these comparisons can and cannot tell you",
        (norms.ratios.notes ?? []).map((note) => sourcedNote(norms, note)),
      ),
      assess: (state) => assessRatios(state.times, state.sex, norms),
      show: resultShower(norms),
      kernelResult: (result) => ({
        status: result.status,
        attention: result.attention,
        summary: result.summary,
        sex: result.sex,
        ratios: result.ratios.map((ratio) => ({
          id: ratio.id,
          value: ratio.value,
          comparison: ratio.comparison,
        })),
      }),
    },
  );
}

export default { render };
