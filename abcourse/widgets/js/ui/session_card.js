// @ts-check
// The plan's session card: on which days, in what order, how much of each exercise (sets × reps
// or holds, each side, rest) from the start the learner's results picked and why, how long the
// session takes, the walk on the other days, and what to stop or swap this week. Below it, the
// four weeks of each exercise as a short list. The card is built once; update() refills its
// text, so the day controls keep their focus while the plan refreshes around them.
import {
  DAY_COUNTS,
  PLAN_DAYS_KEY,
  planDaysOf,
  sessionDays,
  walkDays,
} from "../logic/plan_days.js";
import { sessionFor, sessionMinutes } from "../logic/session.js";
import {
  CARD_MESSAGES,
  DAY_FULL_NAMES,
  figuresText,
  LEVEL_WORDS,
  startReason,
} from "../logic/session_card_messages.js";
import { fold } from "./disclosure.js";
import { h, uniqueId } from "./dom.js";
import { svgFromString } from "./figure.js";
import { snippetNodes } from "./snippet.js";
import { saveRecord } from "./store.js";

/** @param {import("../types.js").SessionItem} item */
function itemFigures(item) {
  return figuresText({
    sets: item.sets,
    reps: item.reps ?? undefined,
    seconds: item.seconds ?? undefined,
    minutes: item.minutes ?? undefined,
    unit: item.unit,
    eachSide: item.eachSide,
    where: item.where,
  });
}

// The two day controls: how many session days, and the first. Each change is saved at once.
function daysChoice(storage, notice) {
  const name = uniqueId("abc-plan-day-count");
  const selectId = uniqueId("abc-plan-start-day");
  let current = planDaysOf(null);
  const save = (next) => {
    current = next;
    saveRecord(storage, PLAN_DAYS_KEY, next, notice, "your session days");
  };
  const radios = DAY_COUNTS.map((count) =>
    h("input", {
      type: "radio",
      name,
      value: String(count),
      id: `${name}-${count}`,
      onchange: () => save({ ...current, count }),
    }),
  );
  const select = h(
    "select",
    { id: selectId, onchange: () => save({ ...current, start: Number(select.value) }) },
    DAY_FULL_NAMES.map((day, index) => h("option", { value: String(index) }, day)),
  );
  const element = h(
    "details",
    { class: "abc-plan-days" },
    h("summary", {}, CARD_MESSAGES.changeDays),
    h("p", { class: "abc-hint" }, CARD_MESSAGES.dayOff),
    h(
      "fieldset",
      { class: "abc-plan-day-count" },
      h("legend", {}, CARD_MESSAGES.howMany),
      radios.map((radio, index) =>
        h("label", { for: radio.id }, radio, " ", CARD_MESSAGES.daysOption(DAY_COUNTS[index])),
      ),
    ),
    h(
      "label",
      { for: selectId, class: "abc-plan-start-day" },
      `${CARD_MESSAGES.startDay} `,
      select,
    ),
  );
  return {
    element,
    /** @param {unknown} saved the saved record, or null */
    show(saved) {
      current = planDaysOf(saved);
      for (const radio of radios) radio.checked = Number(radio.value) === current.count;
      select.value = String(current.start);
      return current;
    },
  };
}

/**
 * @param {import("../types.js").SessionItem} item
 * @param {{level: string} & Record<string, any> | undefined} start
 * @param {number[]} walkOn
 */
function sessionEntry(item, start, walkOn) {
  const walk = item.kind === "walk";
  const rest = walk ? "" : ` · ${CARD_MESSAGES.rest(item.restSeconds)}`;
  return h(
    "li",
    {
      "data-exercise": item.exerciseId,
      "data-level": start?.level,
      class: walk ? "abc-plan-item abc-plan-walk" : "abc-plan-item",
    },
    item.figure ? h("div", { class: "abc-plan-figure" }, svgFromString(item.figure)) : null,
    h(
      "div",
      { class: "abc-plan-item-text" },
      h("strong", {}, item.name),
      start && !walk
        ? [" ", h("span", { class: "abc-plan-level" }, LEVEL_WORDS[start.level])]
        : null,
      h("br"),
      h(
        "span",
        { class: "abc-plan-dose" },
        walk ? CARD_MESSAGES.walkDays(walkOn) : "",
        `${itemFigures(item)}${rest}`,
      ),
      start && !walk
        ? h("span", { class: "abc-hint abc-plan-why" }, startReason(/** @type {any} */ (start)))
        : null,
    ),
  );
}

// Each exercise's four weeks on a line of its own, with its chapter and how to make it easier or
// harder on the day.
function weeksList(exercises) {
  return h(
    "ul",
    { class: "abc-plan-weeklist" },
    exercises.map((exercise) =>
      h(
        "li",
        { "data-exercise": exercise.id },
        h("strong", {}, exercise.name),
        " ",
        h(
          "span",
          { class: "abc-hint" },
          "(",
          h("a", { href: exercise.href }, exercise.causeTitle),
          ")",
        ),
        h(
          "ol",
          { class: "abc-plan-week-steps" },
          exercise.progression.map((line) => h("li", {}, line)),
        ),
        h(
          "p",
          { class: "abc-hint abc-plan-variants" },
          `Easier on the day: ${exercise.easier} Harder: ${exercise.harder}`,
        ),
      ),
    ),
  );
}

/**
 * The card, built once. update({exercises, causes, week, savedDays}) fills it for the plan's
 * exercises (each with its start, starting_level.js startedExercise), in the plan's order.
 * @param {{storage: any, notice: any, stopList: any[]}} options
 */
export function sessionCard({ storage, notice, stopList }) {
  const headingId = uniqueId("abc-plan-session");
  const heading = h("h4", { id: headingId });
  const when = h("p", { class: "abc-plan-when" });
  const days = daysChoice(storage, notice);
  const list = h("ol", { class: "abc-plan-exercises abc-plan-session-list" });
  const weeks = h("div", { class: "abc-plan-weeks-list" });
  const element = h(
    "section",
    { class: "abc-plan-session", "aria-labelledby": headingId },
    heading,
    when,
    days.element,
    list,
    h("p", { class: "abc-hint abc-plan-levels-note" }, CARD_MESSAGES.levelsNote),
    h("h5", { class: "abc-plan-stop-heading" }, CARD_MESSAGES.stopHeading),
    h("div", { class: "abc-plan-stop" }, snippetNodes(stopList)),
  );
  // The four weeks, exercise by exercise, fold under one line: this week's card above is what a
  // learner needs on the day. They print open with the card (unfoldForPrint in your_plan.js).
  const weeksSection = fold(
    "abc-plan-weeks-section",
    CARD_MESSAGES.weeksHeading,
    {},
    h("p", { class: "abc-hint" }, CARD_MESSAGES.weeksIntro),
    weeks,
  );
  return {
    element,
    weeksSection,
    /**
     * @param {{exercises: any[], causes: any[], week: number, savedDays: unknown}} state
     * @returns {import("../types.js").SessionItem[]} the session it shows
     */
    update({ exercises, causes, week, savedDays }) {
      const chosen = days.show(savedDays);
      // the walk is for the other days, so it comes last
      const walks = exercises.filter((exercise) => exercise.pattern === "walking");
      const ordered = [...exercises.filter((exercise) => !walks.includes(exercise)), ...walks];
      const items = sessionFor(ordered, week, causes);
      const walkOn = walkDays(chosen);
      heading.textContent = CARD_MESSAGES.heading(week);
      when.textContent = CARD_MESSAGES.when(sessionDays(chosen), sessionMinutes(items));
      list.replaceChildren(
        ...items.map((item, index) => sessionEntry(item, ordered[index].start, walkOn)),
      );
      weeks.replaceChildren(weeksList(ordered));
      return items;
    },
  };
}
