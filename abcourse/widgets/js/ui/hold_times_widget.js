// @ts-check
// The frame both hold-time widgets share (chapter 1's endurance test and chapter 3's ratios): the
// form, its result boxes, the notes and the reset button, in one order, following what the other
// chapter saves. Each widget gives only its words, its assessment and how it shows the result.
import { citeSources } from "../logic/text.js";
import { h, liveStatus, noticeArea, syncToKernel, widgetSection } from "./dom.js";
import { fold, unfoldForPrint } from "./disclosure.js";
import {
  clearTimesButton,
  followSavedTimes,
  holdTimesForm,
  invalidFieldsNote,
} from "./hold_times_form.js";
import { browserStorage } from "./store.js";

// A note from the norms file, with its source.
export function sourcedNote(norms, note) {
  return h(
    "p",
    {},
    note.text,
    note.source
      ? h("span", { class: "abc-source" }, ` (Source: ${citeSources(norms.sources, note.source)}.)`)
      : "",
  );
}

// How-to and "about" notes, folded under their summary line until the learner opens them (a phone
// shows the form first); Escape closes them, and they open for print.
export function aboutNotes(className, summary, ...children) {
  return fold(className, summary, {}, ...children);
}

// spec: {className, title, intro, sexHint, otherChapter, boxes: {name: class}, beforeForm, about,
// assess(state), show(result, state, {status, boxes}), kernelResult(result)}. Returns the function
// that stops following the other chapter.
export function renderHoldTimesWidget({ model, el }, spec) {
  const norms = model.get("norms");
  const storage = browserStorage();
  const notice = noticeArea();
  const status = liveStatus();
  const boxes = Object.fromEntries(
    Object.entries(spec.boxes).map(([name, className]) => [name, h("div", { class: className })]),
  );
  const fixNote = invalidFieldsNote();
  const onChange = (state) => {
    const result = spec.assess(state);
    fixNote.hidden = state.valid;
    spec.show(result, state, { status, boxes });
    // the chart, table and verdicts show once there is something to compare; before that the
    // status line says what to type
    for (const box of Object.values(boxes)) box.hidden = result.status === "no-data";
    syncToKernel(model, { times: state.times, sex: state.sex, result: spec.kernelResult(result) });
  };
  const form = holdTimesForm({ norms, storage, notice, onChange, sexHint: spec.sexHint });
  const section = widgetSection(
    spec.className,
    spec.title,
    h("p", { class: "abc-intro" }, spec.intro),
    notice.element,
    spec.beforeForm ?? null,
    form.element,
    fixNote,
    status,
    Object.values(boxes),
    spec.about,
    h(
      "div",
      { class: "abc-footer" },
      clearTimesButton({ form, storage, notice, otherChapter: spec.otherChapter }),
    ),
  );
  el.replaceChildren(section);
  form.refresh();
  notice.show(form.firstNotice);
  const stopFollowingPrint = unfoldForPrint(section);
  const stopFollowingTimes = followSavedTimes(form);
  return () => {
    stopFollowingPrint();
    stopFollowingTimes();
  };
}
