// @ts-check
// What the learner is told about saved progress, by any widget: a record that could not be read
// or saved, and a progress file that cannot be imported. store_keys.js and ui/store.js decide.

const NOT_THIS_COURSE = "This file is not a progress file from this course";

export const STORE_MESSAGES = {
  cannotRead: "Your browser did not let this page read saved progress.",
  /** @param {string} why what was wrong with the saved value */
  cleared: (why) =>
    `Saved progress here could not be used (${why}), so it was cleared. You can start again.`,
  damaged: "it was damaged",
  olderVersion: "it came from an older version of the course",
  notThisExercise: "it did not match this exercise",
  /** @param {string} what what will be lost, e.g. "your ticks" */
  notSaved: (what) =>
    `Your browser did not allow saving, so ${what} will be lost when you leave this page.`,

  // ---- importing a progress file
  notJson: `${NOT_THIS_COURSE}: it is not valid JSON.`,
  /** @param {string} format the format a progress file names */
  wrongFormat: (format) => `${NOT_THIS_COURSE}: "format" should be "${format}".`,
  /** @param {unknown} version the file's @param {number} reads the course's */
  wrongVersion: (version, reads) =>
    `This progress file has version ${JSON.stringify(version)}; ` +
    `this course reads version ${reads}.`,
  noRecords: 'This progress file has no "records" object.',
  /** @param {string} key */
  notThisCoursesEntry: (key) =>
    `This progress file holds an entry "${key}" that does not belong to this course.`,
  /** @param {string} key */
  unusedEntry: (key) =>
    `This progress file holds an entry "${key}" that no part of this course uses.`,
  /** @param {string} key */
  damagedEntry: (key) =>
    `The entry "${key}" in this progress file is damaged or in the wrong shape.`,
};
