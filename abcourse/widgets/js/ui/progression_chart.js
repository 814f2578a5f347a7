// @ts-check
// The progression chart: one bar per week, solid for the weeks the learner did and striped with a
// dashed outline for the planned weeks, each bar labelled with its amount, and next-day pain
// written under each past week. Drawn in currentColor; the kind of bar is said in text too.
import { niceCeiling, tickValues } from "../logic/chart_scale.js";
import { uniqueId } from "./dom.js";
import { CHART_MAX_WIDTH, chartSvg, svg, wrapWords } from "./svg_chart.js";

const PLOT_HEIGHT = 172;
const LINE = 14;
// Below this many pixels per week, the labels under the bars are cut to fit.
const ROOMY_SLOT = 40;

function chartText(x, y, content, attributes = {}) {
  return svg(
    "text",
    {
      x: x.toFixed(1),
      y: y.toFixed(1),
      "font-size": 12,
      fill: "currentColor",
      "text-anchor": "middle",
      ...attributes,
    },
    content,
  );
}

// Where everything goes: the plot's edges, the axis end, one slot per bar.
function chartLayout(bars, width, legend) {
  const plot = { left: 48, right: 12, top: 28, bottom: 48 + legend.length * LINE };
  const height = plot.top + PLOT_HEIGHT + plot.bottom;
  const max = niceCeiling(Math.max(1, ...bars.map((bar) => bar.volume ?? 0)) * 1.1);
  const plotWidth = width - plot.left - plot.right;
  const plotHeight = height - plot.top - plot.bottom;
  const baseline = plot.top + plotHeight;
  const slot = plotWidth / Math.max(1, bars.length);
  return {
    width,
    height,
    plot,
    max,
    plotHeight,
    baseline,
    slot,
    barWidth: Math.min(40, slot * 0.6),
    roomy: slot >= ROOMY_SLOT,
    y: (value) => baseline - (Math.min(value, max) / max) * plotHeight,
    hatch: uniqueId("abc-progression-hatch"),
  };
}

function gridParts(layout, unit) {
  const { plot, plotHeight, width } = layout;
  const parts = [];
  for (const tick of tickValues(layout.max, 4)) {
    const ty = layout.y(tick);
    parts.push(
      svg("line", {
        x1: plot.left,
        x2: width - plot.right,
        y1: ty,
        y2: ty,
        stroke: "currentColor",
        "stroke-opacity": tick === 0 ? 0.6 : 0.15,
      }),
    );
    parts.push(chartText(plot.left - 6, ty + 4, String(tick), { "text-anchor": "end" }));
  }
  parts.push(
    chartText(14, plot.top + plotHeight / 2, unit.label, {
      transform: `rotate(-90 14 ${plot.top + plotHeight / 2})`,
    }),
  );
  return parts;
}

function barParts(layout, bar, index) {
  const { baseline, barWidth, roomy } = layout;
  const centre = layout.plot.left + layout.slot * (index + 0.5);
  const parts = [];
  if (bar.volume === null || bar.volume === undefined) {
    parts.push(chartText(centre, baseline - 6, "blank", { "font-style": "italic" }));
  } else {
    const top = layout.y(bar.volume);
    const common = {
      x: (centre - barWidth / 2).toFixed(1),
      y: top.toFixed(1),
      width: barWidth.toFixed(1),
      height: Math.max(0, baseline - top).toFixed(1),
    };
    if (bar.planned) {
      parts.push(
        svg("rect", {
          ...common,
          fill: `url(#${layout.hatch})`,
          stroke: "currentColor",
          "stroke-width": 1.5,
          "stroke-dasharray": "4 3",
          class: "abc-bar-plan",
        }),
      );
    } else {
      parts.push(
        svg("rect", {
          ...common,
          fill: "currentColor",
          "fill-opacity": 0.55,
          class: "abc-bar-past",
        }),
      );
    }
    parts.push(
      chartText(centre, top - 5, String(bar.volume), {
        "font-weight": 700,
        "font-size": roomy ? 12 : 10,
      }),
    );
  }
  parts.push(chartText(centre, baseline + 16, `W${bar.week}`, { "font-size": roomy ? 12 : 11 }));
  const pain = bar.pain === null || bar.pain === undefined ? "–" : String(bar.pain);
  const under = bar.planned ? (roomy ? "plan" : "") : roomy ? `pain ${pain}` : pain;
  parts.push(chartText(centre, baseline + 31, under, { "font-size": 11 }));
  return parts;
}

// The line between the weeks done and the plan.
function dividerParts(layout, pastWeeks) {
  const { plot, baseline } = layout;
  const divider = plot.left + layout.slot * pastWeeks;
  return [
    svg("line", {
      x1: divider,
      x2: divider,
      y1: plot.top - 18,
      y2: baseline + 36,
      stroke: "currentColor",
      "stroke-width": 1.5,
      "stroke-dasharray": "2 3",
    }),
    chartText(divider - 6, plot.top - 10, "your weeks", { "text-anchor": "end" }),
    chartText(divider + 6, plot.top - 10, "the plan", { "text-anchor": "start" }),
  ];
}

// past: [{sessions, volume, pain}] (numbers or null); plan: [{week, volume}]; unit: {label}.
// width: the drawing's width in CSS pixels, so the text keeps its size on a narrow screen.
export function progressionChart({ past, plan, unit, description, width = CHART_MAX_WIDTH }) {
  const legend = wrapWords(
    "Solid bars: weeks you did. Striped bars: the plan. Under each week: next-day pain out of 10.",
    Math.floor((width - 16) / 6),
  );
  const bars = [
    ...past.map((week, index) => ({
      week: index + 1,
      volume: week.volume,
      pain: week.pain,
      planned: false,
    })),
    ...plan.map((week) => ({ week: week.week, volume: week.volume, pain: null, planned: true })),
  ];
  const layout = chartLayout(bars, width, legend);
  const parts = [
    ...gridParts(layout, unit),
    ...bars.flatMap((bar, index) => barParts(layout, bar, index)),
    ...(plan.length && past.length ? dividerParts(layout, past.length) : []),
    ...legend.map((line, index) =>
      chartText(width / 2, layout.baseline + 54 + index * LINE, line, { "font-size": 11 }),
    ),
  ];
  return chartSvg(
    {
      width,
      height: layout.height,
      className: "abc-chart abc-progression-chart",
      titlePrefix: "abc-progression-title",
      description,
      hatch: layout.hatch,
      hatchOpacity: 0.6,
    },
    parts,
  );
}
