// Loads the offline module (register.js) where a service worker can run: over http or https.
// A classic script, not a module, because a page opened straight from the disk (file://) cannot
// load a module script at all, and there this file does nothing and says nothing.
if ("serviceWorker" in navigator && /^https?:$/.test(location.protocol) && document.currentScript) {
  import(new URL("register.js", document.currentScript.src).href);
}
