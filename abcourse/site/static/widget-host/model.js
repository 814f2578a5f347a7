// The model a widget module is given on a static page: the state embedded at build time, held in
// memory. It keeps anywidget's model contract (get, set, on, off, save_changes, send), so the same
// module runs here and in JupyterLab. With no kernel behind the page, save_changes and send have
// nowhere to go; they do nothing rather than fail, since a widget calls them after every answer.

export class StaticModel {
  #state;
  #listeners = new Map();

  constructor(state) {
    this.#state = { ...state };
  }

  get(name) {
    return this.#state[name];
  }

  // Listeners get what Backbone hands them in JupyterLab: the model, then the new value.
  set(name, value) {
    const previous = this.#state[name];
    this.#state[name] = value;
    if (Object.is(previous, value)) return;
    this.#emit(`change:${name}`, this, value);
    this.#emit("change", this);
  }

  // Like Backbone, one call may name several events separated by spaces.
  on(events, callback) {
    if (typeof callback !== "function") return;
    for (const event of eventNames(events)) {
      if (!this.#listeners.has(event)) this.#listeners.set(event, new Set());
      this.#listeners.get(event).add(callback);
    }
  }

  // off() drops every listener, off(event) every listener of that event, off(null, callback)
  // that callback wherever it listens.
  off(events, callback) {
    const names =
      events === null || events === undefined ? [...this.#listeners.keys()] : eventNames(events);
    for (const event of names) {
      if (callback === null || callback === undefined) this.#listeners.delete(event);
      else this.#listeners.get(event)?.delete(callback);
    }
  }

  save_changes() {}

  send() {}

  #emit(event, ...args) {
    // a copy, so a listener that removes itself does not skip the next one
    for (const callback of [...(this.#listeners.get(event) ?? [])]) callback(...args);
  }
}

function eventNames(events) {
  return String(events).split(/\s+/).filter(Boolean);
}
