// @ts-check
// Starts the offline module (register.js) where a service worker can run: over http or https.
// A classic script, not a module, because a page opened straight from the disk (file://) cannot
// load a module script at all, and there this file does nothing and says nothing.
const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol) && script) {
  // this file is _static/abcourse-offline/start.js; the worker is at the site's root
  const worker = new URL("../../sw.js", script.src);
  const module = new URL("register.js", script.src).href;
  // after the page has loaded: saving the course waits for the page the learner asked for
  const begin = () => import(module).then((register) => register.start(worker));
  if (document.readyState === "complete") begin();
  else window.addEventListener("load", begin, { once: true });
}
