// @ts-check
// Core-endurance self-test (chapter 1): the learner types four hold times; each is drawn against
// the published adult average and its middle band (one standard deviation either side), never as
// pass or fail. The times are saved in the record chapter 3's balance ratios also read and edit.
import { assessEndurance, describeDuration, formatNumber } from "./logic/endurance.js";
import { h, scrollableTable } from "./ui/dom.js";
import { figurePanel } from "./ui/figure.js";
import { aboutNotes, renderHoldTimesWidget, sourcedNote } from "./ui/hold_times_widget.js";
import { drawChart, rangeChart } from "./ui/svg_chart.js";

// How to set up each hold test: its set-up and the position to hold, drawn.
function setupFigures(figures) {
  if (!figures?.length) return null;
  return aboutNotes(
    "abc-setup-figures",
    "How to set up each test",
    h(
      "p",
      { class: "abc-hint" },
      "The back-extensor hold needs a sturdy bench and a helper to hold your legs.",
    ),
    figures.map((figure) =>
      h(
        "div",
        { class: "abc-setup-figure", "data-test": figure.id },
        h("h4", {}, figure.name),
        h(
          "div",
          { class: "abc-figure-panels" },
          figurePanel(figure.startLabel, figure.start),
          figurePanel(figure.endLabel, figure.end),
        ),
        figure.source ? h("p", { class: "abc-source" }, `Set-up as in ${figure.source}.`) : null,
      ),
    ),
  );
}

function chartOf(result, width) {
  const highest = Math.max(
    ...result.results.map((row) => row.high),
    ...result.results.map((row) => row.seconds ?? 0),
  );
  // a round end a little past the widest band or the longest time, in whole minutes
  const max = Math.ceil((highest * 1.05) / 60) * 60;
  const rows = result.results.map((row) => ({
    label: row.name,
    bands: [{ from: row.low, to: row.high, kind: "middle" }],
    refs: [{ value: row.mean, label: `average ${formatNumber(row.mean)} s` }],
    mark:
      row.seconds === null
        ? null
        : { value: row.seconds, label: `you: ${describeDuration(row.seconds)}` },
    emptyText: "No time entered",
  }));
  const parts = result.results.map((row) => {
    const yours =
      row.seconds === null
        ? "no time entered"
        : `you ${describeDuration(row.seconds)}, ${row.bandLabel}`;
    return (
      `${row.name}: ${yours}; average ${formatNumber(row.mean)} s, ` +
      `middle band ${formatNumber(row.low)} to ${formatNumber(row.high)} s`
    );
  });
  return rangeChart({
    width,
    rows,
    max,
    description:
      "Chart of your hold times against the published adult averages. The shaded, striped band " +
      `is the middle band. ${parts.join(". ")}.`,
    formatTick: (value) => `${value} s`,
    axisLabel: "Hold time in seconds (striped band: the middle band of the published adults)",
  });
}

function tableOf(result) {
  return h(
    "table",
    { class: "abc-table" },
    h("caption", {}, "Your hold times and the published norms, as numbers"),
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ["Test", "Your time", "Published average (SD)", "Middle band", "Where your time falls"].map(
          (text) => h("th", { scope: "col" }, text),
        ),
      ),
    ),
    h(
      "tbody",
      {},
      result.results.map((row) =>
        h(
          "tr",
          { "data-test": row.id },
          h("th", { scope: "row" }, row.name),
          h("td", {}, row.seconds === null ? "–" : describeDuration(row.seconds)),
          h("td", {}, `${formatNumber(row.mean)} s (${formatNumber(row.sd)} s)`),
          h("td", {}, `${formatNumber(row.low)} to ${formatNumber(row.high)} s`),
          h("td", {}, row.bandLabel ?? "–"),
        ),
      ),
    ),
  );
}

function showResult(result, state, { status, boxes }) {
  const head =
    result.status === "no-data"
      ? "No hold times yet. Type the time of each test you did; you can skip a test."
      : result.summary;
  status.replaceChildren(h("p", { class: "abc-summary-headline" }, head));
  drawChart(boxes.chart, (width) => chartOf(result, width));
  boxes.table.replaceChildren(scrollableTable(tableOf(result)));
}

function about(norms) {
  const testNotes = norms.tests
    .filter((test) => test.notes?.length)
    .map((test) =>
      h(
        "div",
        { class: "abc-endurance-test-notes" },
        h("h5", {}, test.name),
        test.notes.map((note) => sourcedNote(norms, note)),
      ),
    );
  return aboutNotes(
    "abc-endurance-about",
    "Who you are compared with, and what it means",
    (norms.population ?? []).map((note) => sourcedNote(norms, note)),
    testNotes,
  );
}

/** @param {import("./types.js").RenderProps} props what anywidget hands the widget */
function render({ model, el }) {
  /** @type {import("./types.js").NormsFile} */
  const norms = model.get("norms");
  return renderHoldTimesWidget(
    { model, el },
    {
      className: "abc-endurance",
      title: "Your core-endurance self-test",
      // the one line left open above the form: what to do, and the safety limit
      intro:
        "Do not try these tests if you have back pain right now. Type how long you held each " +
        "test; your times stay in this browser, and chapter 3 uses them too.",
      sexHint:
        "The averages on this page are for men and women together. Chapter 3 uses your answer " +
        "to pick which published ratios to show.",
      otherChapter: "chapter 3",
      beforeForm: setupFigures(model.get("figures")),
      boxes: { chart: "abc-endurance-chart", table: "abc-endurance-table" },
      about: about(norms),
      assess: (state) => assessEndurance(state.times, norms),
      show: showResult,
      kernelResult: (result) => ({
        status: result.status,
        attention: result.attention,
        summary: result.summary,
        results: result.results.map((row) => ({
          id: row.id,
          seconds: row.seconds,
          band: row.band,
          z: row.z,
        })),
      }),
    },
  );
}

export default { render };
