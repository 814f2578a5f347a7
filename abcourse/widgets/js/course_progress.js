// @ts-check
// Progress across the course, in the left sidebar of every page of the built book (on a phone,
// the sidebar's drawer): "2 of 5 chapters visited · 1 of 5 self-tests done" and a link to the next
// step. Opening a cause chapter saves it as visited (logic/visits.js), in the same versioned store
// as the widgets' records; the counting is logic/course_progress.js, the plan's own assessment of
// each self-test. The build bundles this module with the course's data and calls
// mountCourseProgress on load (abcourse/site/course_progress.py). A saved value that cannot be
// read counts as nothing and the line shows what is left: the sidebar never says something broke.
import { courseProgress } from "./logic/course_progress.js";
import { COURSE_PROGRESS_MESSAGES } from "./logic/course_messages.js";
import { isCurrentKey } from "./logic/store_keys.js";
import { isValidVisitRecord, VISITS_KEY, withVisit } from "./logic/visits.js";
import { h } from "./ui/dom.js";
import { allRecords, browserStorage, onRecordChange, readRecord, writeRecord } from "./ui/store.js";

/**
 * What the build writes into the module: the cause chapters (with their checklists, which the
 * form self-test reads), the closing plan chapter, and the self-tests' data files.
 * @typedef {object} CourseData
 * @property {import("./types.js").Cause[]} causes
 * @property {{chapter: string, title: string}} plan
 * @property {import("./types.js").PlanData} data
 */

/**
 * Saves `chapter` as visited; a damaged record is dropped and a new one started.
 * @param {import("./ui/store.js").StoreLike} storage
 * @param {string} chapter
 */
export function recordVisit(storage, chapter) {
  const { data } = readRecord(storage, VISITS_KEY, isValidVisitRecord);
  const record = withVisit(data, chapter);
  if (record !== data) writeRecord(storage, VISITS_KEY, record);
}

/**
 * @param {HTMLElement} box
 * @param {import("./logic/course_progress.js").CourseProgress} progress
 */
function show(box, progress) {
  const text = COURSE_PROGRESS_MESSAGES;
  box.replaceChildren(
    h("p", { class: "abc-course-progress-title" }, text.title),
    h(
      "p",
      { class: "abc-course-progress-counts" },
      // a count a line, in the narrow sidebar; the separator is kept for the text read aloud
      h("span", {}, text.chapters(progress.visited, progress.chapters)),
      h("span", { class: "abc-course-progress-separator" }, text.separator),
      h("span", {}, text.selfTests(progress.selfTestsDone, progress.selfTests)),
    ),
    h(
      "p",
      { class: "abc-course-progress-next" },
      h("a", { href: progress.next.href }, text.nextStep(progress.next.title)),
    ),
  );
  box.hidden = false;
}

/**
 * @param {CourseData} course
 * @param {Record<string, string>} hrefs each chapter's page, relative to this one
 * @returns {{causes: import("./types.js").Cause[], plan: {title: string, href: string}} | null}
 */
function linked(course, hrefs) {
  const causes = course.causes.map((cause) => ({ ...cause, href: hrefs[cause.chapter] }));
  const plan = { title: course.plan.title, href: hrefs[course.plan.chapter] };
  return causes.every((cause) => cause.href) && plan.href ? { causes, plan } : null;
}

/**
 * Fills the page's progress box (the sidebar's `[data-abc-course-progress]`, which names the
 * page's chapter and the chapters' links) and keeps it up to date as records are saved.
 * @param {CourseData} course
 * @param {{root?: ParentNode, storage?: import("./ui/store.js").StoreLike}} [options]
 * @returns {(() => void) | null} stops the updates; null when the page has no box
 */
export function mountCourseProgress(course, { root = document, storage = browserStorage() } = {}) {
  const box = /** @type {HTMLElement | null} */ (root.querySelector("[data-abc-course-progress]"));
  if (!box) return null;
  try {
    const chapters = linked(course, JSON.parse(box.dataset.hrefs ?? "{}"));
    if (!chapters) return null;
    const page = box.dataset.chapter ?? "";
    if (course.causes.some((cause) => cause.chapter === page)) recordVisit(storage, page);
    const refresh = () => {
      const records = allRecords(storage);
      show(box, courseProgress(chapters.causes, chapters.plan, records, course.data));
    };
    refresh();
    return onRecordChange(isCurrentKey, refresh);
  } catch {
    // progress is a help, not the course: with something unexpected the sidebar shows nothing
    box.hidden = true;
    return null;
  }
}
