// @ts-check
// Hand-drawn SVG range charts for the self-tests: one row per measure, shaded bands, labelled
// reference lines and the learner's marker. Everything is drawn in currentColor, so the chart
// follows the page's light or dark text colour, and every mark carries a text label (meaning never
// rests on colour). The caller gives the text alternative and shows the numbers in a table too.
import { labelWidth, placeLabels, scaleTo, tickValues } from "../logic/chart_scale.js";
import { uniqueId } from "./dom.js";

const SVG_NS = "http://www.w3.org/2000/svg";
export const CHART_MAX_WIDTH = 640;
export const CHART_MIN_WIDTH = 300;
const PAD = 16;
const LINE = 15;

export function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== undefined && value !== null && value !== false)
      element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

// Splits text into lines of at most maxChars characters, at spaces.
export function wrapWords(text, maxChars) {
  const lines = [];
  for (const word of String(text).split(/\s+/)) {
    const last = lines.length ? lines[lines.length - 1] : null;
    if (last !== null && (last + " " + word).length <= maxChars)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

function svgText(x, y, content, attributes = {}) {
  return svg(
    "text",
    { x: x.toFixed(1), y: y.toFixed(1), "font-size": 13, fill: "currentColor", ...attributes },
    content,
  );
}

const TRACK_HEIGHT = 18;

function bandParts(chart, band, trackTop) {
  const from = chart.x(band.from);
  const width = Math.max(0, chart.x(band.to) - from);
  const common = {
    x: from.toFixed(1),
    y: trackTop,
    width: width.toFixed(1),
    height: TRACK_HEIGHT,
    class: `abc-band abc-band-${band.kind}`,
  };
  if (band.kind === "middle") {
    return [
      svg("rect", { ...common, fill: "currentColor", "fill-opacity": 0.14 }),
      svg("rect", { ...common, fill: `url(#${chart.hatch})` }),
    ];
  }
  if (band.kind === "filled")
    return [svg("rect", { ...common, fill: "currentColor", "fill-opacity": 0.55 })];
  return [];
}

// The learner's mark under the track, with its label; past the axis end it sits at the edge with an
// arrow.
function markParts(chart, mark, trackTop, below) {
  const mx = chart.x(mark.value);
  const labelText = mark.value > chart.max ? `${mark.label} →` : mark.label;
  const [placed] = placeLabels(
    [{ x: mx, text: labelText, width: labelWidth(labelText, 7.8) }],
    PAD,
    chart.width - PAD,
  );
  return [
    svg("path", {
      d: `M ${mx.toFixed(1)} ${below + 1} l 7 11 l -14 0 z`,
      fill: "currentColor",
      class: "abc-you-mark",
    }),
    svg("line", {
      x1: mx,
      x2: mx,
      y1: trackTop - 2,
      y2: below,
      stroke: "currentColor",
      "stroke-width": 3,
      class: "abc-you-line",
    }),
    svgText(placed.centre, below + 27, labelText, { "text-anchor": "middle", "font-weight": 700 }),
  ];
}

// One row from its top: its label, the reference labels above the track, the track with its
// bands and reference lines, and the mark (or the empty text) below. Returns {parts, bottom}.
function rowParts(chart, row, top) {
  const { x } = chart;
  const refLabels = placeLabels(
    (row.refs ?? []).map((ref) => ({ x: x(ref.value), text: ref.label })),
    PAD,
    chart.width - PAD,
  );
  const refLines = Math.max(1, ...refLabels.map((label) => label.line + 1));
  const labelBase = top + 18 + LINE;
  const trackTop = labelBase + (refLines - 1) * LINE + 6;
  const below = trackTop + TRACK_HEIGHT;
  const parts = [
    svgText(PAD, top + 14, row.label, { "font-weight": 700, "font-size": 14 }),
    svg("rect", {
      x: PAD,
      y: trackTop,
      width: chart.width - 2 * PAD,
      height: TRACK_HEIGHT,
      fill: "none",
      stroke: "currentColor",
      "stroke-opacity": 0.45,
    }),
    ...(row.bands ?? []).flatMap((band) => bandParts(chart, band, trackTop)),
  ];
  for (const label of refLabels) {
    const ref = row.refs[label.index];
    const lx = x(ref.value);
    parts.push(
      svg("line", {
        x1: lx,
        x2: lx,
        y1: labelBase + label.line * LINE + 3,
        y2: below,
        stroke: "currentColor",
        "stroke-width": 2,
        "stroke-dasharray": "4 3",
        class: "abc-ref",
      }),
    );
    parts.push(
      svgText(label.centre, labelBase + label.line * LINE, ref.label, { "text-anchor": "middle" }),
    );
  }
  if (row.mark) parts.push(...markParts(chart, row.mark, trackTop, below));
  else if (row.emptyText) {
    // under the track, where "you" would be, so it never sits on top of a band
    parts.push(
      svgText(PAD, below + 20, row.emptyText, { "font-style": "italic", "fill-opacity": 0.8 }),
    );
  }
  return { parts, bottom: below + 40 };
}

// The shared axis under the rows, with its label. Returns {parts, height}: the chart's height.
function axisParts(chart, axisY, formatTick, axisLabel) {
  const { width } = chart;
  const parts = [
    svg("line", {
      x1: PAD,
      x2: width - PAD,
      y1: axisY,
      y2: axisY,
      stroke: "currentColor",
      "stroke-opacity": 0.6,
    }),
  ];
  for (const tick of tickValues(chart.max, width < 480 ? 4 : 5)) {
    const tx = chart.x(tick);
    parts.push(
      svg("line", {
        x1: tx,
        x2: tx,
        y1: axisY,
        y2: axisY + 5,
        stroke: "currentColor",
        "stroke-opacity": 0.6,
      }),
    );
    const anchor = tick === 0 ? "start" : tx > width - PAD - 20 ? "end" : "middle";
    parts.push(
      svgText(tx, axisY + 19, formatTick(tick), { "text-anchor": anchor, "font-size": 12 }),
    );
  }
  let height = axisY + 24;
  if (axisLabel) {
    const lines = wrapWords(axisLabel, Math.floor((width - 2 * PAD) / 6.6));
    lines.forEach((line, index) => {
      parts.push(
        svgText(width / 2, axisY + 37 + index * LINE, line, {
          "text-anchor": "middle",
          "font-size": 12,
        }),
      );
    });
    height += 16 + (lines.length - 1) * LINE;
  }
  return { parts, height };
}

// The <defs> of a chart's striped fill: a pattern of diagonal lines, referred to by its id.
export function hatchDefs(id, opacity) {
  return svg(
    "defs",
    {},
    svg(
      "pattern",
      {
        id,
        width: 6,
        height: 6,
        patternUnits: "userSpaceOnUse",
        patternTransform: "rotate(45)",
      },
      svg("line", {
        x1: 0,
        y1: 0,
        x2: 0,
        y2: 6,
        stroke: "currentColor",
        "stroke-width": 1.5,
        "stroke-opacity": opacity,
      }),
    ),
  );
}

/**
 * A chart's own SVG element: sized to the page's column, named by its description (its title),
 * with the hatch pattern its striped parts use.
 * @param {{width: number, height: number, className: string, titlePrefix: string,
 *   description: string, hatch: string, hatchOpacity: number}} frame
 * @param {SVGElement[]} parts
 * @returns {SVGElement}
 */
export function chartSvg(
  { width, height, className, titlePrefix, description, hatch, hatchOpacity },
  parts,
) {
  const titleId = uniqueId(titlePrefix);
  return svg(
    "svg",
    {
      viewBox: `0 0 ${width} ${height}`,
      role: "img",
      "aria-labelledby": titleId,
      class: className,
      preserveAspectRatio: "xMinYMin meet",
      focusable: "false",
    },
    svg("title", { id: titleId }, description),
    hatchDefs(hatch, hatchOpacity),
    parts,
  );
}

// rows: [{label, bands: [{from, to, kind: "middle" | "outside" | "filled"}],
//         refs: [{value, label}], mark: {value, label} | null, emptyText}]
// max: the axis end; description: the text alternative (role="img" + <title>).
// width: the drawing's width in CSS pixels. Drawn at the width it is shown at, the text keeps its
// size on a phone instead of shrinking with the whole picture.
/**
 * @param {{rows: object[], max: number, description: string,
 *   formatTick?: (value: number) => string, axisLabel?: string, width?: number}} options
 */
export function rangeChart({
  rows,
  max,
  description,
  formatTick = String,
  axisLabel = "",
  width = CHART_MAX_WIDTH,
}) {
  const chart = {
    width,
    max,
    hatch: uniqueId("abc-hatch"),
    x: (value) => scaleTo(value, max, PAD, width - 2 * PAD),
  };
  const parts = [];
  let y = 8;
  for (const row of rows) {
    const drawn = rowParts(chart, row, y);
    parts.push(...drawn.parts);
    y = drawn.bottom;
  }
  const axis = axisParts(chart, y, formatTick, axisLabel);
  parts.push(...axis.parts);
  return chartSvg(
    {
      width,
      height: axis.height,
      className: "abc-chart",
      titlePrefix: "abc-chart-title",
      description,
      hatch: chart.hatch,
      hatchOpacity: 0.5,
    },
    parts,
  );
}

// The width a chart in `box` is drawn at: the box's own width, within the charts' limits (the
// full width before the box is laid out).
export function chartWidthOf(box) {
  const measured = Math.floor(box.clientWidth || 0);
  return measured
    ? Math.max(CHART_MIN_WIDTH, Math.min(CHART_MAX_WIDTH, measured))
    : CHART_MAX_WIDTH;
}

const chartDrawings = new WeakMap();

// Draws draw(width) into box at the box's width, and again whenever that width changes (a phone
// turned on its side, a window resized), so chart text stays readable at any size. The width is
// the one the ResizeObserver last saw: a box drawn for the first time is drawn at the widest,
// and the observer, called once the browser has laid the box out and before it paints that
// frame, draws it again at its own width. Reading the width of a box just made (clientWidth)
// would make the browser lay out the whole page there and then, while the page is still coming
// to life: on chapter 1, about 16 ms of the self-test's 20 ms.
export function drawChart(box, draw) {
  const known = chartDrawings.get(box);
  const width = known?.width ?? CHART_MAX_WIDTH;
  chartDrawings.set(box, { draw, width });
  box.replaceChildren(draw(width));
  if (known || typeof ResizeObserver !== "function") return;
  new ResizeObserver(() => {
    const current = chartDrawings.get(box);
    const next = chartWidthOf(box);
    if (Math.abs(next - current.width) < 16) return;
    current.width = next;
    box.replaceChildren(current.draw(next));
  }).observe(box);
}
