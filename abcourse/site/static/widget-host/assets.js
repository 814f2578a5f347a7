// Each widget module is imported once and each stylesheet added once, however many widgets on the
// page share them. anywidget embeds a module or stylesheet either as its source text or as a URL;
// the course's build moves its own into files of the site, named by a page-relative URL, so that
// every page shares one cached copy.

const modules = new Map();
const stylesheets = new Set();

// A URL as anywidget writes it (http or https) or as the build writes it (./ or ../); source
// text never starts that way and always holds a space or a line break. The build decides the same
// way (is_url in abcourse/site/widget_host.py): both are held to tests/widget_state_cases.json.
export function isUrl(value) {
  return /^(https?:\/\/|\.\.?\/)\S*$/.test(value);
}

// A model of the embedded state that is an anywidget the host can import and render (as
// is_anywidget in abcourse/site/widget_host.py decides when it gives the page this host).
export function isAnywidget(entry) {
  return entry?.model_module === "anywidget" && typeof entry.state?._esm === "string";
}

function resolve(url) {
  return new URL(url, document.baseURI).href;
}

// The page registers the modules of its widgets before this host runs: a module script for each
// imports it and puts it in this map under its full URL (module_scripts in
// abcourse/site/widget_host.py). Taken from there, a widget renders in the same task as the host
// runs; a dynamic import() resolved in Chromium only after the page's deferred scripts had run. A
// module that failed to load is not in the map: its import() fails here, for its widgets alone.
function registered(url) {
  return globalThis.abcWidgetModules?.get(url);
}

async function importSource(esm) {
  if (isUrl(esm)) return registered(resolve(esm)) ?? import(resolve(esm));
  const url = URL.createObjectURL(new Blob([esm], { type: "text/javascript" }));
  try {
    return await import(url);
  } finally {
    URL.revokeObjectURL(url);
  }
}

// anywidget's forms: a default export that is the widget or a function returning it, or (before
// anywidget 0.9) a bare `render` export. The build's drawing of widgets in Node reads them alike.
export async function widgetDefinition(module) {
  if (module.default === undefined && typeof module.render === "function")
    return { render: module.render };
  const definition = typeof module.default === "function" ? await module.default() : module.default;
  if (!definition || typeof definition !== "object")
    throw new Error("the widget module has no default export");
  return definition;
}

export function loadWidget(esm) {
  if (!modules.has(esm)) modules.set(esm, importSource(esm).then(widgetDefinition));
  return modules.get(esm);
}

function linkedAlready(href) {
  return [...document.querySelectorAll("link[rel='stylesheet']")].some(
    (link) => link.href.split("?")[0] === href,
  );
}

// The build links the course's stylesheet in the page head, so it applies before the first paint;
// a stylesheet added here is one the build left embedded.
export function addStylesheet(css) {
  if (!css || stylesheets.has(css)) return;
  stylesheets.add(css);
  if (isUrl(css)) {
    const href = resolve(css);
    if (!linkedAlready(href))
      document.head.append(
        Object.assign(document.createElement("link"), { rel: "stylesheet", href }),
      );
    return;
  }
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
}
