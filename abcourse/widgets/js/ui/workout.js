// @ts-check
// The workout mode on the page: a big "Start today's session" button that opens the session in
// place, one exercise at a time, with its figure, its three most important cues, a countdown or a
// rep count, a rest countdown and a next-exercise prompt; pause, skip, and "Stop: it hurts". One
// interval redraws from Date.now(); the state machine (logic/workout.js) works everything out
// from timestamps, so a throttled timer or a locked screen costs nothing and nothing needs to
// pause when the page is hidden. The end (or a stop) is saved to the session log.
import { sessionMinutes } from "../logic/session.js";
import {
  appendSession,
  isValidSessionLog,
  readSessionLog,
  SESSION_LOG_KEY,
} from "../logic/session_log.js";
import { createWorkout } from "../logic/workout.js";
import {
  announcement,
  bigLabel,
  clock,
  nextLine,
  progressLine,
  WORKOUT_MESSAGES as SAY,
  workLine,
} from "../logic/workout_messages.js";
import { h, noticeArea, uniqueId } from "./dom.js";
import { playControl, svgFromString } from "./figure.js";
import { stopAdviceBox, stopChoices } from "./stop_panel.js";
import { readRecord, saveRecord } from "./store.js";
import { beeper, screenWakeLock, vibrate } from "./workout_signals.js";

// How often the screen is redrawn; the times themselves come from timestamps.
const REDRAW_MS = 200;

function stepElements() {
  const big = h("span", { class: "abc-workout-big" });
  const label = h("span", { class: "abc-workout-big-label" });
  return {
    progress: h("p", { class: "abc-workout-progress" }),
    heading: h("h5", { class: "abc-workout-name", tabindex: "-1" }),
    figure: h("div", { class: "abc-workout-figure" }),
    what: h("p", { class: "abc-workout-what" }),
    big,
    label,
    // read on request, never announced as it runs: the live region speaks once a step
    timer: h(
      "p",
      { class: "abc-workout-timer", role: "timer", "aria-live": "off", "aria-atomic": "true" },
      big,
      " ",
      label,
    ),
    paused: h("p", { class: "abc-workout-paused", hidden: true }, SAY.paused),
    cues: h("ul", { class: "abc-workout-cues" }),
    next: h("p", { class: "abc-workout-next" }),
  };
}

function controlElements(ctx) {
  const button = (className, onclick) =>
    h("button", { type: "button", class: `abc-button ${className}`, onclick });
  return {
    pause: button("abc-button-secondary abc-workout-pause", () => act(ctx, "togglePause")),
    done: button("abc-workout-done", () => act(ctx, "done")),
    skip: button("abc-button-secondary abc-workout-skip", () => act(ctx, "skip")),
    stop: button("abc-button-secondary abc-workout-stop-button", () => openStop(ctx)),
  };
}

// Space pauses or resumes and Enter marks a set done (or starts the next exercise), unless a
// button or field has focus: then the key does what it always does there.
function onKey(ctx, event) {
  if (event.target.closest?.("button, input, a, select, textarea, summary")) return;
  if (event.key === " " || event.key === "Spacebar") {
    event.preventDefault();
    act(ctx, "togglePause");
  } else if (event.key === "Enter") {
    event.preventDefault();
    act(ctx, "done");
  }
}

function stepArea(ctx) {
  const { els, controls } = ctx;
  const area = h(
    "div",
    { class: "abc-workout-step" },
    els.progress,
    els.heading,
    h("div", { class: "abc-workout-body" }, els.figure, h("div", {}, els.what, els.timer)),
    els.paused,
    els.next,
    h("div", { class: "abc-actions abc-workout-controls" }, ...Object.values(controls)),
    h("p", { class: "abc-hint abc-workout-keys" }, SAY.keys),
    h("p", { class: "abc-workout-cues-title" }, h("strong", {}, SAY.cuesTitle)),
    els.cues,
  );
  area.addEventListener("keydown", (event) => onKey(ctx, event));
  return area;
}

function figureOf(item) {
  const svg = svgFromString(item?.figure);
  return svg ? [svg] : [];
}

function whatLine(step, item) {
  if (step.kind === "rest") return SAY.restLine;
  if (step.kind === "next") return item.text || workLine(item);
  const where = item.where ? `, ${item.where}` : "";
  const side = step.side ? ` (${step.side} side)` : "";
  return `${workLine(item)}${where}${side}.`;
}

// Everything that changes once a step: called when a step begins, never once a second.
function drawStep(ctx, view) {
  const { els } = ctx;
  const { step, item } = view;
  els.progress.textContent =
    step.kind === "next"
      ? `Exercise ${view.progress.exercise} of ${view.progress.exercises}`
      : progressLine(view.progress);
  els.heading.textContent = step.kind === "rest" ? SAY.rest : item.name;
  if (ctx.figureFor !== view.progress.exercise) {
    els.figure.classList.remove("abc-figure-playing");
    els.figure.replaceChildren(...figureOf(item));
    const play = playControl(els.figure);
    if (play) els.figure.append(play);
    els.cues.replaceChildren(...item.cues.map((cue) => h("li", {}, cue)));
    ctx.figureFor = view.progress.exercise;
  }
  els.what.textContent = whatLine(step, item);
  els.label.textContent = step.kind === "next" ? "" : bigLabel(step, item);
  els.timer.hidden = step.kind === "next";
  els.next.textContent = nextLine(view.next, view.nextItem);
  ctx.live.textContent = announcement(view);
}

function drawClock(ctx, view) {
  const { step, item } = view;
  let text = "";
  if (view.remaining !== null) text = clock(view.remaining);
  else if (step.kind === "work") text = String(item.reps ?? "");
  if (ctx.els.big.textContent !== text) ctx.els.big.textContent = text;
}

function drawControls(ctx, view) {
  const { controls, els } = ctx;
  const paused = view.status === "paused";
  const waits = view.step.seconds === null;
  controls.pause.textContent = paused ? SAY.resume : SAY.pause;
  controls.done.hidden = !waits;
  controls.done.textContent = view.step.kind === "next" ? SAY.startNext : SAY.done;
  controls.skip.textContent = SAY.skip[view.step.kind];
  controls.done.disabled = paused;
  controls.skip.disabled = paused;
  controls.stop.textContent = SAY.stop;
  els.paused.hidden = !paused;
}

// Focus stays where the learner put it, unless that control is gone for this step.
function keepFocus(ctx) {
  const active = /** @type {HTMLElement | null} */ (document.activeElement);
  const lost =
    !active ||
    active === document.body ||
    (ctx.root.contains(active) && (active.closest("[hidden]") || active.matches(":disabled")));
  if (lost) ctx.els.heading.focus();
}

function signal(ctx, view) {
  if (view.timedEnds <= ctx.timedEnds) return;
  ctx.timedEnds = view.timedEnds;
  if (ctx.options.sound.checked) ctx.beeper.beep();
  if (ctx.options.vibrate.checked) vibrate();
}

function draw(ctx, view) {
  if (view.status === "finished") {
    signal(ctx, view);
    endSession(ctx, null);
    return;
  }
  if (view.status === "stopped" || !view.step) return;
  signal(ctx, view);
  if (view.index !== ctx.shownIndex) {
    ctx.shownIndex = view.index;
    drawStep(ctx, view);
  }
  drawClock(ctx, view);
  drawControls(ctx, view);
  keepFocus(ctx);
}

function act(ctx, action) {
  if (!ctx.workout) return;
  const view = ctx.workout[action](Date.now());
  if (action === "togglePause") {
    if (view.status === "paused") ctx.lock.release();
    else ctx.lock.acquire();
  }
  draw(ctx, view);
}

function tick(ctx) {
  // taken off the page (the plan put away): keep the screen's lock only while it shows
  if (!ctx.root.isConnected) {
    ctx.lock.release();
    return;
  }
  act(ctx, "tick");
}

// Adds the session to the log; a damaged entry already there is dropped with a notice.
function saveSession(ctx, session) {
  const { storage } = ctx.settings;
  const { data } = readRecord(storage, SESSION_LOG_KEY, isValidSessionLog);
  const { log, dropped } = readSessionLog(data);
  if (dropped) ctx.notice.show(SAY.droppedEntries(dropped));
  return saveRecord(
    storage,
    SESSION_LOG_KEY,
    appendSession(log, session),
    ctx.notice,
    SAY.notSaved,
  );
}

function summary(ctx, session, adviceBox, saved) {
  const heading = h(
    "h5",
    { class: "abc-workout-summary-title", tabindex: "-1" },
    session.stopped ? SAY.stoppedTitle : SAY.finishedTitle,
  );
  const items = ctx.settings.items;
  const element = h(
    "div",
    { class: "abc-workout-summary" },
    heading,
    adviceBox,
    h(
      "ul",
      { class: "abc-workout-sets" },
      session.items.map((entry, index) =>
        h(
          "li",
          { "data-exercise": entry.exerciseId },
          SAY.setsDone(items[index].name, entry.setsDone, entry.setsPlanned),
        ),
      ),
    ),
    saved ? h("p", { class: "abc-workout-saved" }, SAY.saved) : null,
    h(
      "button",
      { type: "button", class: "abc-button abc-workout-close", onclick: () => closeView(ctx) },
      SAY.close,
    ),
  );
  return { element, heading };
}

function endSession(ctx, ruleId) {
  const now = Date.now();
  if (ruleId) ctx.workout.stopHurts(now, ruleId);
  const session = ctx.workout.finish(now);
  ctx.workout = null;
  clearInterval(ctx.interval);
  ctx.lock.release();
  const saved = saveSession(ctx, session);
  const advice = ruleId
    ? stopAdviceBox(ctx.settings.stopRules, ctx.settings.redflags, ruleId)
    : null;
  const done = summary(ctx, session, advice?.element ?? null, saved);
  ctx.stepArea.hidden = true;
  ctx.panel.replaceChildren(done.element);
  ctx.panel.hidden = false;
  ctx.live.textContent = advice ? "" : SAY.finishedTitle;
  ctx.root.dataset.state = "done";
  (advice?.heading ?? done.heading).focus();
}

function backToSession(ctx) {
  ctx.panel.hidden = true;
  ctx.panel.replaceChildren();
  ctx.stepArea.hidden = false;
  if (ctx.pausedForStop) act(ctx, "togglePause");
  ctx.pausedForStop = false;
  ctx.els.heading.focus();
}

// A choice that does not stop (mild discomfort): its advice, and the way back.
function carryOnAdvice(ctx, box) {
  const carryOn = h(
    "button",
    { type: "button", class: "abc-button abc-workout-carry-on", onclick: () => backToSession(ctx) },
    SAY.carryOn,
  );
  ctx.panel.replaceChildren(box.element, h("div", { class: "abc-actions" }, carryOn));
  box.heading.focus();
}

function openStop(ctx) {
  if (!ctx.workout) return;
  const view = ctx.workout.tick(Date.now());
  ctx.pausedForStop = view.status === "running";
  if (ctx.pausedForStop) act(ctx, "togglePause");
  const choose = (ruleId) => {
    const box = stopAdviceBox(ctx.settings.stopRules, ctx.settings.redflags, ruleId);
    if (box && !box.stops) carryOnAdvice(ctx, box);
    else endSession(ctx, ruleId);
  };
  const choices = stopChoices(ctx.settings.stopRules, choose, () => backToSession(ctx));
  ctx.stepArea.hidden = true;
  ctx.panel.replaceChildren(choices.element);
  ctx.panel.hidden = false;
  choices.heading.focus();
}

function startSession(ctx) {
  const { items, week } = ctx.settings;
  ctx.workout = createWorkout(items, { week });
  ctx.shownIndex = -1;
  ctx.figureFor = null;
  ctx.timedEnds = 0;
  ctx.root.dataset.state = "running";
  ctx.launch.hidden = true;
  ctx.panel.hidden = true;
  ctx.stepArea.hidden = false;
  ctx.view.hidden = false;
  ctx.lock.acquire();
  act(ctx, "start");
  ctx.els.heading.focus();
  ctx.interval = setInterval(() => tick(ctx), REDRAW_MS);
}

function closeView(ctx) {
  ctx.view.hidden = true;
  ctx.panel.replaceChildren();
  ctx.launch.hidden = false;
  ctx.root.dataset.state = "idle";
  ctx.startButton.focus();
}

// A notice (the log not saved, a damaged entry dropped) joins the page only when there is one, so
// the plan's own notice stays the only one until then.
function lateNotice(ctx) {
  const area = noticeArea();
  return {
    element: area.element,
    show(text) {
      area.show(text);
      if (text && !area.element.isConnected) ctx.launch.before(area.element);
    },
  };
}

function toggle(label, onChange) {
  const id = uniqueId("abc-workout-option");
  const input = h("input", { type: "checkbox", id, onchange: onChange });
  return { input, field: h("div", { class: "abc-option" }, input, h("label", { for: id }, label)) };
}

function launchArea(ctx) {
  const { items } = ctx.settings;
  const minutes = sessionMinutes(items, { walks: true });
  ctx.startButton = h(
    "button",
    { type: "button", class: "abc-button abc-workout-start", onclick: () => startSession(ctx) },
    SAY.start,
  );
  return h(
    "div",
    { class: "abc-workout-launch" },
    h("p", {}, SAY.intro),
    h(
      "div",
      { class: "abc-workout-start-row" },
      ctx.startButton,
      h("span", { class: "abc-workout-length" }, SAY.length(minutes)),
    ),
  );
}

function optionsArea(ctx) {
  const sound = toggle(SAY.sound, () => {
    if (sound.input.checked) ctx.beeper.prepare();
  });
  const buzz = toggle(SAY.vibrate, () => {});
  ctx.options = { sound: sound.input, vibrate: buzz.input };
  return h("div", { class: "abc-workout-options" }, sound.field, buzz.field);
}

/**
 * The workout mode for one session: the start button, and the session in place once started.
 * @param {object} settings
 * @param {import("../types.js").SessionItem[]} settings.items the session (logic/session.js)
 * @param {number} [settings.week] the plan's week the session belongs to
 * @param {any} [settings.stopRules] book/data/stop-rules.yml
 * @param {any} [settings.redflags] book/data/red-flags.yml
 * @param {import("./store.js").StoreLike} settings.storage
 * @returns {HTMLElement}
 */
export function workoutLauncher(settings) {
  const ctx = /** @type {any} */ ({ settings: { week: 1, ...settings } });
  ctx.els = stepElements();
  ctx.controls = controlElements(ctx);
  ctx.notice = lateNotice(ctx);
  ctx.live = h("p", { class: "abc-workout-live", role: "status", "aria-live": "polite" });
  ctx.lock = screenWakeLock();
  ctx.beeper = beeper();
  ctx.stepArea = stepArea(ctx);
  ctx.panel = h("div", { class: "abc-workout-panel", hidden: true });
  ctx.view = h("div", { class: "abc-workout-view", hidden: true }, ctx.stepArea, ctx.panel);
  ctx.launch = launchArea(ctx);
  const titleId = uniqueId("abc-workout-title");
  ctx.root = h(
    "div",
    { class: "abc-workout", "aria-labelledby": titleId, role: "region", "data-state": "idle" },
    h("h4", { id: titleId }, SAY.title(ctx.settings.week)),
    ctx.launch,
    ctx.view,
    optionsArea(ctx),
    ctx.live,
  );
  return ctx.root;
}

/**
 * A place for the workout mode that survives the page being drawn again: while a session or its
 * summary is on screen the same element comes back; otherwise a fresh one for the session given.
 * @returns {(settings: Parameters<typeof workoutLauncher>[0]) => HTMLElement | null}
 */
export function workoutSlot() {
  let element = null;
  let key = "";
  return (settings) => {
    const next = JSON.stringify([settings.week ?? 1, settings.items]);
    if (element && (element.dataset.state !== "idle" || key === next)) return element;
    key = next;
    element = settings.items.length ? workoutLauncher(settings) : null;
    return element;
  };
}
