// @ts-check
// The plan's short solo check: three moves the chapters teach, tried once on a mat with no bench
// and no helper, each answered "no", "yes", "yes, easily" or "it hurt". The answers pick where
// each exercise starts (logic/starting_level.js) when there are no hold times. Built once; show()
// sets the radios from the saved record, so the plan can refresh around it.
import { CHECK_MESSAGES } from "../logic/session_card_messages.js";
import { CHECK_ANSWERS, checkHurt, PLAN_CHECK_KEY, SOLO_CHECKS } from "../logic/starting_level.js";
import { h, uniqueId } from "./dom.js";
import { saveRecord } from "./store.js";

const NOT_TRIED = "";

/** @param {{storage: any, notice: any}} options */
export function soloCheck({ storage, notice }) {
  /** @type {Record<string, string>} */
  let answers = {};
  const painNote = h("p", { class: "abc-plan-check-pain", role: "status" });
  const save = () =>
    saveRecord(storage, PLAN_CHECK_KEY, { answers: { ...answers } }, notice, "your solo check");
  const groups = SOLO_CHECKS.map((check) => {
    const name = uniqueId(`abc-plan-check-${check}`);
    const radios = [...CHECK_ANSWERS, NOT_TRIED].map((answer) =>
      h("input", {
        type: "radio",
        name,
        value: answer,
        id: `${name}-${answer || "none"}`,
        onchange: () => {
          if (answer === NOT_TRIED) delete answers[check];
          else answers[check] = answer;
          save();
        },
      }),
    );
    const fieldset = h(
      "fieldset",
      { class: "abc-plan-check-item", "data-check": check },
      h("legend", {}, CHECK_MESSAGES.questions[check]),
      radios.map((radio) =>
        h(
          "label",
          { for: radio.id },
          radio,
          " ",
          radio.value ? CHECK_MESSAGES.answers[radio.value] : CHECK_MESSAGES.notTried,
        ),
      ),
    );
    return { check, radios, fieldset };
  });
  const element = h(
    "details",
    { class: "abc-plan-check" },
    h("summary", {}, CHECK_MESSAGES.heading),
    h("p", { class: "abc-hint" }, CHECK_MESSAGES.intro),
    groups.map((group) => group.fieldset),
    painNote,
  );
  return {
    element,
    /**
     * @param {{answers?: Record<string, string>} | null} saved the saved record, or null
     */
    show(saved) {
      answers = { ...(saved?.answers ?? {}) };
      for (const group of groups) {
        const given = answers[group.check] ?? NOT_TRIED;
        for (const radio of group.radios) radio.checked = radio.value === given;
      }
      painNote.textContent = checkHurt(saved) ? CHECK_MESSAGES.pain : "";
    },
  };
}
