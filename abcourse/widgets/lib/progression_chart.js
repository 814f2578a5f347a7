// The progression chart: one bar per week, solid for the weeks the learner did and striped with a
// dashed outline for the planned weeks, each bar labelled with its amount, and next-day pain
// written under each past week. Drawn in currentColor; the kind of bar is said in text too.
import { niceCeiling, tickValues } from "./chart_scale.js";
import { uniqueId } from "./dom.js";
import { CHART_MAX_WIDTH, svg, wrapWords } from "./svg_chart.js";

const PROGRESSION_PLOT_HEIGHT = 172;
const PROGRESSION_LINE = 14;
// Below this many pixels per week, the labels under the bars are cut to fit.
const PROGRESSION_ROOMY_SLOT = 40;

function progressionText(x, y, content, attributes = {}) {
  return svg("text", { x: x.toFixed(1), y: y.toFixed(1), "font-size": 12, fill: "currentColor", "text-anchor": "middle", ...attributes }, content);
}

// past: [{sessions, volume, pain}] (numbers or null); plan: [{week, volume}]; unit: {label}.
// width: the drawing's width in CSS pixels, so the text keeps its size on a narrow screen.
export function progressionChart({ past, plan, unit, description, width = CHART_MAX_WIDTH }) {
  const PROGRESSION_CHART_WIDTH = width;
  const legend = wrapWords("Solid bars: weeks you did. Striped bars: the plan. Under each week: next-day pain out of 10.", Math.floor((width - 16) / 6));
  const PROGRESSION_PLOT = { left: 48, right: 12, top: 28, bottom: 48 + legend.length * PROGRESSION_LINE };
  const PROGRESSION_CHART_HEIGHT = PROGRESSION_PLOT.top + PROGRESSION_PLOT_HEIGHT + PROGRESSION_PLOT.bottom;
  const bars = [
    ...past.map((week, index) => ({ week: index + 1, volume: week.volume, pain: week.pain, planned: false })),
    ...plan.map((week) => ({ week: week.week, volume: week.volume, pain: null, planned: true })),
  ];
  const max = niceCeiling(Math.max(1, ...bars.map((bar) => bar.volume ?? 0)) * 1.1);
  const plotWidth = PROGRESSION_CHART_WIDTH - PROGRESSION_PLOT.left - PROGRESSION_PLOT.right;
  const plotHeight = PROGRESSION_CHART_HEIGHT - PROGRESSION_PLOT.top - PROGRESSION_PLOT.bottom;
  const baseline = PROGRESSION_PLOT.top + plotHeight;
  const slot = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.min(40, slot * 0.6);
  const roomy = slot >= PROGRESSION_ROOMY_SLOT;
  const y = (value) => baseline - (Math.min(value, max) / max) * plotHeight;
  const hatch = uniqueId("abc-progression-hatch");
  const parts = [];
  for (const tick of tickValues(max, 4)) {
    const ty = y(tick);
    parts.push(svg("line", { x1: PROGRESSION_PLOT.left, x2: PROGRESSION_CHART_WIDTH - PROGRESSION_PLOT.right, y1: ty, y2: ty, stroke: "currentColor", "stroke-opacity": tick === 0 ? 0.6 : 0.15 }));
    parts.push(progressionText(PROGRESSION_PLOT.left - 6, ty + 4, String(tick), { "text-anchor": "end" }));
  }
  parts.push(progressionText(14, PROGRESSION_PLOT.top + plotHeight / 2, unit.label, { transform: `rotate(-90 14 ${PROGRESSION_PLOT.top + plotHeight / 2})` }));
  bars.forEach((bar, index) => {
    const centre = PROGRESSION_PLOT.left + slot * (index + 0.5);
    const x = centre - barWidth / 2;
    if (bar.volume === null || bar.volume === undefined) {
      parts.push(progressionText(centre, baseline - 6, "blank", { "font-style": "italic" }));
    } else {
      const top = y(bar.volume);
      const common = { x: x.toFixed(1), y: top.toFixed(1), width: barWidth.toFixed(1), height: Math.max(0, baseline - top).toFixed(1) };
      if (bar.planned) {
        parts.push(svg("rect", { ...common, fill: `url(#${hatch})`, stroke: "currentColor", "stroke-width": 1.5, "stroke-dasharray": "4 3", class: "abc-bar-plan" }));
      } else {
        parts.push(svg("rect", { ...common, fill: "currentColor", "fill-opacity": 0.55, class: "abc-bar-past" }));
      }
      parts.push(progressionText(centre, top - 5, String(bar.volume), { "font-weight": 700, "font-size": roomy ? 12 : 10 }));
    }
    parts.push(progressionText(centre, baseline + 16, `W${bar.week}`, { "font-size": roomy ? 12 : 11 }));
    const pain = bar.pain === null || bar.pain === undefined ? "–" : String(bar.pain);
    const under = bar.planned ? (roomy ? "plan" : "") : roomy ? `pain ${pain}` : pain;
    parts.push(progressionText(centre, baseline + 31, under, { "font-size": 11 }));
  });
  if (plan.length && past.length) {
    const divider = PROGRESSION_PLOT.left + slot * past.length;
    parts.push(svg("line", { x1: divider, x2: divider, y1: PROGRESSION_PLOT.top - 18, y2: baseline + 36, stroke: "currentColor", "stroke-width": 1.5, "stroke-dasharray": "2 3" }));
    parts.push(progressionText(divider - 6, PROGRESSION_PLOT.top - 10, "your weeks", { "text-anchor": "end" }));
    parts.push(progressionText(divider + 6, PROGRESSION_PLOT.top - 10, "the plan", { "text-anchor": "start" }));
  }
  legend.forEach((line, index) => {
    parts.push(progressionText(PROGRESSION_CHART_WIDTH / 2, baseline + 54 + index * PROGRESSION_LINE, line, { "font-size": 11 }));
  });
  const titleId = uniqueId("abc-progression-title");
  return svg("svg", {
    viewBox: `0 0 ${PROGRESSION_CHART_WIDTH} ${PROGRESSION_CHART_HEIGHT}`, role: "img", "aria-labelledby": titleId,
    class: "abc-chart abc-progression-chart", preserveAspectRatio: "xMinYMin meet", focusable: "false",
  },
  svg("title", { id: titleId }, description),
  svg("defs", {},
    svg("pattern", { id: hatch, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
      svg("line", { x1: 0, y1: 0, x2: 0, y2: 6, stroke: "currentColor", "stroke-width": 1.5, "stroke-opacity": 0.6 }))),
  parts);
}
