// One widget view on a static page, as anywidget runs it in JupyterLab: render may return a
// cleanup function (a widget stops listening for saved progress there), and each view gets its
// own AbortSignal. Both fire once, when the view is taken away.

// Renders the view; resolves to the function that takes it away.
export async function mountView(widget, { model, el, experimental }) {
  const controller = new AbortController();
  const cleanup = await widget.render?.({ model, el, signal: controller.signal, experimental });
  let mounted = true;
  return () => {
    if (!mounted) return;
    mounted = false;
    controller.abort();
    if (typeof cleanup === "function") cleanup();
  };
}

// Calls unmount once el has left the page: when its parent's children change without it. A
// static page seldom removes a widget; a script of the theme or the reader's own may.
export function unmountWhenRemoved(el, unmount) {
  const parent = el.parentNode;
  if (!parent || typeof MutationObserver !== "function") return;
  const observer = new MutationObserver(() => {
    if (el.isConnected) return;
    observer.disconnect();
    unmount();
  });
  observer.observe(parent, { childList: true });
}
