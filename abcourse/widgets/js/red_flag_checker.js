// @ts-check
// Red-flag checker: signs in groups, each group one question. The learner ticks the signs they
// have, or "I have none of these". A sign or a rule that sends the learner to A&E or 999 at once
// shows its advice in an alert right under the group where they ticked, brought into view and
// announced once; other results show under "What to do"; the all-clear comes only when every group
// is answered. It never names a diagnosis. On a phone the groups fold: each is a <details> whose
// summary names the group and its answer ("not answered yet", "none of these", "2 signs ticked"),
// the first unanswered group open and the next opening once one is answered.
import { RED_FLAG_MESSAGES as SAY } from "./logic/red_flag_messages.js";
import {
  groupAnswers,
  isEmergencyLevel,
  isValidRedFlagRecord,
  nextUnanswered,
  redFlagGroups,
  redFlagSigns,
  splitSevere,
  triage,
} from "./logic/red_flags.js";
import { selfTestKey } from "./logic/store_keys.js";
import { asList, citeSources } from "./logic/text.js";
import {
  h,
  liveStatus,
  noticeArea,
  secondaryButton,
  syncToKernel,
  uniqueId,
  widgetSection,
} from "./ui/dom.js";
import { fold, linksOpenFolds, unfoldForPrint } from "./ui/disclosure.js";
import { redFlagAdvice, redFlagEmergencyPointer } from "./ui/red_flag_advice.js";
import { browserStorage, removeRecord, restoreRecord, saveRecord } from "./ui/store.js";

const REDFLAG_KEY = selfTestKey("redflags");

// null until the learner first answers something: the plan then reads "not used yet"
function currentRecord(view) {
  if (!view.checked) return null;
  return {
    checked: view.signs.map((sign) => sign.id).filter((id) => view.checked.has(id)),
    none: redFlagGroups(view.data).filter((group) => view.noneOf.has(group)),
  };
}

function answered(view, group) {
  saveRecord(view.storage, REDFLAG_KEY, currentRecord(view), view.notice, "your answers");
  const wasAnswered = view.answeredGroups.has(group);
  update(view, group);
  // a group just answered opens the next one still to answer; nothing closes under the finger
  if (!wasAnswered && view.answeredGroups.has(group)) {
    const next = nextUnanswered(groupAnswers(view.data, currentRecord(view)), group);
    if (next) view.groupFolds.get(next).open = true;
  }
}

// Each group's summary line says how it is answered, in words (not colour alone).
function showGroupStates(view, answers) {
  view.answeredGroups = new Set();
  for (const answer of answers) {
    const state = view.groupStates.get(answer.id);
    state.textContent = SAY.groupState(answer);
    state.dataset.state = answer.ticked ? "ticked" : answer.none ? "none" : "unanswered";
    if (answer.answered) view.answeredGroups.add(answer.id);
  }
}

// The first group still to answer opens; the others stay folded with their state on show.
function openFirstUnanswered(view) {
  const first = nextUnanswered(groupAnswers(view.data, currentRecord(view)));
  for (const [id, details] of view.groupFolds) details.open = id === first;
}

function showToggles(view) {
  for (const toggle of view.toggles)
    toggle.input.checked = Boolean(view.checked?.has(toggle.sign.id));
  for (const [group, input] of view.noneToggles) {
    // "none of these" cannot stand beside a ticked sign of the same group
    const hasTick = view.toggles.some(
      (toggle) => toggle.sign.group === group && toggle.input.checked,
    );
    input.checked = view.noneOf.has(group) && !hasTick;
    input.disabled = hasTick;
  }
}

// The emergency alert sits under the group the learner has just answered, where their eyes are.
// It is filled (and so announced) only when what it says changes, and scrolled into view then.
function showEmergency(view, result, group) {
  const advice = redFlagAdvice(view.data, result, { heading: "p" });
  const text = advice.map((element) => element.textContent).join(" ");
  const groupFold = view.groupFolds.get(group);
  if (groupFold && groupFold.nextElementSibling !== view.alertBox) groupFold.after(view.alertBox);
  if (text === view.alertText) return;
  view.alertText = text;
  view.alertBox.replaceChildren(...advice);
  if (group) view.alertBox.scrollIntoView?.({ block: "nearest" });
}

function update(view, group = null) {
  const { data } = view;
  const record = currentRecord(view);
  const result = triage(data, record);
  showToggles(view);
  showGroupStates(view, groupAnswers(data, record));
  if (isEmergencyLevel(data, result.level)) {
    showEmergency(view, result, group);
    view.advice.replaceChildren();
    view.pointer.replaceChildren(redFlagEmergencyPointer(result));
  } else {
    view.alertText = "";
    view.alertBox.replaceChildren();
    view.pointer.replaceChildren();
    view.advice.replaceChildren(...redFlagAdvice(data, result));
  }
  view.advice.dataset.level = result.level;
  syncToKernel(view.model, {
    checked: record?.checked ?? [],
    result: {
      status: result.status,
      attention: result.attention,
      level: result.level,
      summary: result.summary,
      say: result.say,
      checked: record?.checked ?? [],
      none: record?.none ?? [],
    },
  });
}

// The sign's text, its first "severe" a link to the definition above the groups.
function signText(view, text) {
  const parts = splitSevere(text);
  if (!parts) return text;
  return [parts[0], h("a", { href: `#${view.severeId}` }, parts[1]), parts[2]];
}

function signToggle(view, sign) {
  const input = h("input", {
    type: "checkbox",
    value: sign.id,
    "data-sign-id": sign.id,
    onchange: () => {
      view.checked ??= new Set();
      if (input.checked) {
        view.checked.add(sign.id);
        view.noneOf.delete(sign.group);
      } else {
        view.checked.delete(sign.id);
      }
      answered(view, sign.group);
    },
  });
  view.toggles.push({ sign, input });
  return h(
    "li",
    { class: "abc-cue" },
    h("label", {}, input, h("span", {}, signText(view, sign.text))),
  );
}

// The group's sources, each named once, folded under the list: every sign keeps its citation
// (a tap away, and open in print) without a source line after each one on a phone.
function groupSources(view, signs) {
  const keys = [...new Set(signs.flatMap((sign) => asList(sign.source)))];
  return fold(
    "abc-redflag-sources",
    "Sources for these signs",
    {},
    h("p", { class: "abc-source" }, `${citeSources(view.data.sources, keys)}.`),
  );
}

function noneToggle(view, group) {
  const input = h("input", {
    type: "checkbox",
    "data-none-of": group,
    onchange: () => {
      view.checked ??= new Set();
      if (input.checked) view.noneOf.add(group);
      else view.noneOf.delete(group);
      answered(view, group);
    },
  });
  view.noneToggles.set(group, input);
  return h(
    "li",
    { class: "abc-cue abc-redflag-none" },
    h("label", {}, input, h("span", {}, "I have none of these")),
  );
}

// Each group's signs are one question, with "I have none of these" as its last answer, folded
// under a summary line that names the group (which also names the question) and its answer.
function groupFold(view, group) {
  const nameId = uniqueId(`abc-redflags-${group.id}`);
  const signs = view.signs.filter((sign) => sign.group === group.id);
  const state = h("span", { class: "abc-redflag-group-state" });
  view.groupStates.set(group.id, state);
  const details = fold(
    "abc-redflag-group",
    [h("span", { class: "abc-redflag-group-name", id: nameId }, group.heading), " ", state],
    {},
    h(
      "fieldset",
      { class: "abc-redflag-fieldset", "aria-labelledby": nameId },
      group.hint ? h("p", { class: "abc-hint" }, group.hint) : null,
      h(
        "ul",
        { class: "abc-cues" },
        signs.map((sign) => signToggle(view, sign)),
        noneToggle(view, group.id),
      ),
    ),
    groupSources(view, signs),
  );
  details.dataset.group = group.id;
  view.groupFolds.set(group.id, details);
  return details;
}

function resetButton(view) {
  return secondaryButton("Clear my answers", () => {
    view.checked = null;
    view.noneOf.clear();
    removeRecord(view.storage, REDFLAG_KEY);
    update(view);
    openFirstUnanswered(view);
    view.notice.show("Your answers were cleared.");
    view.toggles[0]?.input.focus();
  });
}

function note(view, label, item, id) {
  return h(
    "p",
    { class: "abc-redflag-note", id },
    h("strong", {}, label),
    item.text,
    h("span", { class: "abc-source" }, ` (source: ${citeSources(view.data.sources, item.source)})`),
  );
}

function redFlagView(model) {
  /** @type {import("./types.js").RedFlagsFile} */
  const data = model.get("redflags");
  const view = {
    model,
    data,
    signs: redFlagSigns(data),
    storage: browserStorage(),
    notice: noticeArea(),
    toggles: [],
    noneToggles: new Map(),
    // each group's <details> and the state on its summary line, by group id
    groupFolds: new Map(),
    groupStates: new Map(),
    answeredGroups: new Set(),
    severeId: uniqueId("abc-redflag-severe"),
    alertText: "",
    // The alert region is in the page (empty, not hidden) from the start, so that filling it is
    // announced at once by screen readers.
    alertBox: h("div", { class: "abc-redflag-alert", role: "alert" }),
    pointer: h("div", { class: "abc-redflag-pointer" }),
    advice: liveStatus("abc-redflag-advice"),
  };
  const saved = restoreRecord(
    view.storage,
    REDFLAG_KEY,
    (record) => isValidRedFlagRecord(data, record),
    view.notice,
  );
  view.checked = saved ? new Set(saved.checked) : null;
  view.noneOf = new Set(saved?.none ?? []);
  return view;
}

/** @param {import("./types.js").RenderProps} props what anywidget hands the widget */
function render({ model, el }) {
  const view = redFlagView(model);
  const { data } = view;
  const groups = data.groups.map((group) => groupFold(view, group));
  const section = widgetSection(
    "abc-redflags",
    "Red-flag checker",
    h("p", { class: "abc-intro" }, data.intro),
    h("p", { class: "abc-disclaimer" }, data.disclaimer),
    // what "new" and "severe" mean and who the checker is for: one tap away, and a sign's
    // "severe" link opens it
    fold(
      "abc-redflag-notes",
      "What “new” and “severe” mean, and checking for a child",
      {},
      note(view, "New: ", data.recency),
      note(view, "“Severe”: ", data.severe, view.severeId),
      note(view, "For adults: ", data.scope),
    ),
    view.notice.element,
    groups,
    view.alertBox,
    h("h4", { class: "abc-redflag-result-heading" }, "What to do"),
    view.pointer,
    view.advice,
    h("div", { class: "abc-footer" }, resetButton(view)),
  );
  linksOpenFolds(section);
  const stopFollowingPrint = unfoldForPrint(section);
  el.replaceChildren(section);
  const saved = triage(data, currentRecord(view));
  if (isEmergencyLevel(data, saved.level)) {
    // back with an emergency answered before: its alert under the group of the sign that set it
    // off, and every group folded so the alert is near the top (a group opens to change a tick)
    view.groupFolds.get(saved.reasons[0]?.group)?.after(view.alertBox);
    update(view);
  } else {
    update(view);
    openFirstUnanswered(view);
  }
  return stopFollowingPrint;
}

export default { render };
