// Folded sections print open: paper cannot be unfolded. Before printing, every closed <details>
// of the page's text (sphinx-design's dropdowns among them) opens; after printing, the ones this
// opened close again, so the reader finds the page as they left it. A widget's own <details> are
// left alone: each widget decides what it prints (the Your plan card fits one A4 page).
(() => {
  const opened = new Set();
  window.addEventListener("beforeprint", () => {
    for (const details of document.querySelectorAll("details:not([open])")) {
      if (details.closest(".abc-widget")) continue;
      details.open = true;
      opened.add(details);
    }
  });
  window.addEventListener("afterprint", () => {
    for (const details of opened) details.open = false;
    opened.clear();
  });
})();
