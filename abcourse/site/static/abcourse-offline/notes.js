// @ts-check
// The notes about the course's offline copy, at the foot of the screen (offline.css): a line of
// text and its buttons, in one live region, so a screen reader says each note as it comes.
import { MESSAGES } from "./messages.js";

/** @returns {HTMLElement} the live region the notes go in, made once */
function notesRegion() {
  const found = document.querySelector(".abc-offline-notes");
  if (found instanceof HTMLElement) return found;
  const region = document.createElement("div");
  region.className = "abc-offline-notes";
  region.setAttribute("role", "status");
  region.setAttribute("aria-label", MESSAGES.region);
  document.body.append(region);
  return region;
}

/**
 * Show a note with its buttons; a button closes the note, then does what it says.
 * @param {string} kind
 * @param {string} text
 * @param {{label: string, primary?: boolean, act?: () => void}[]} actions
 */
export function showNote(kind, text, actions) {
  const note = document.createElement("div");
  note.className = "abc-offline-note";
  note.dataset.kind = kind;
  const message = document.createElement("p");
  message.textContent = text;
  const row = document.createElement("div");
  row.className = "abc-offline-actions";
  for (const action of actions) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = action.label;
    if (action.primary) button.classList.add("abc-offline-primary");
    button.addEventListener("click", () => {
      note.remove();
      action.act?.();
    });
    row.append(button);
  }
  note.append(message, row);
  notesRegion().append(note);
}
