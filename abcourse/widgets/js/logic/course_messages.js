// @ts-check
// The words of the sidebar's progress across the course (ui: js/course_progress.js).

/**
 * @param {number} count
 * @param {number} total
 * @returns {string}
 */
const ofTotal = (count, total) => `${count} of ${total}`;

export const COURSE_PROGRESS_MESSAGES = {
  title: "Your progress",
  /**
   * @param {number} visited
   * @param {number} chapters
   */
  chapters: (visited, chapters) =>
    `${ofTotal(visited, chapters)} ${chapters === 1 ? "chapter" : "chapters"} visited`,
  /**
   * @param {number} done
   * @param {number} selfTests
   */
  selfTests: (done, selfTests) =>
    `${ofTotal(done, selfTests)} ${selfTests === 1 ? "self-test" : "self-tests"} done`,
  separator: " · ",
  /** @param {string} title */
  nextStep: (title) => `Next step: ${title}`,
};
