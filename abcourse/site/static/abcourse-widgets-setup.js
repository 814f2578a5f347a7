// Runs after require.js and before the ipywidgets html-manager, on pages that embed widgets.
// It points RequireJS at the site's own copy of anywidget and tells the html-manager where its
// icon fonts are, both relative to this file, so they resolve at any page depth and no request
// leaves the site (the html-manager would otherwise fall back to a CDN).
(function () {
  var staticRoot = new URL("./", document.currentScript.src);
  var htmlManager = new URL("html-manager/", staticRoot).href;
  window.__jupyter_widgets_assets_path__ = htmlManager;
  window.require.config({
    paths: {
      anywidget: new URL("anywidget/index", staticRoot).href,
      // The html-manager looks for its icon fonts beside the URL of its own AMD module ids;
      // map them onto the vendored folder that holds the fonts.
      "@jupyter-widgets/html-manager": htmlManager + "embed-amd",
      "@jupyter-widgets/html-manager/dist": htmlManager.replace(/\/$/, ""),
    },
  });
})();
