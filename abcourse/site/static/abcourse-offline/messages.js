// @ts-check
// What the course says about its offline copy, in one place: the notes that
// static/abcourse-offline/register.js shows at the foot of a page.

export const MESSAGES = {
  /** once, when the course has been saved on the device for the first time */
  ready: "The course is ready to use offline: it now opens on this device with no connection.",
  readyClose: "OK",
  /** once, when a new build of the site is saved and waits for the learner */
  update: "A new version of the course is ready — reload to use it. Your progress is kept.",
  reload: "Reload",
  later: "Not now",
  /** the notes' region, for a screen reader */
  region: "Course updates",
};
