// @ts-check
// The play control of each exercise figure on a book page. A figure whose end drawing carries
// the movement (svg[data-moves]) gets a button that plays it start -> end -> start, as a loop
// the stylesheet draws; nothing moves until the learner presses it, so a learner who asks for
// reduced motion sees still drawings. The button is a toggle (aria-pressed) a keyboard and a
// screen reader can use; the widgets' own copy of it is playControl in ui/figure.js.
// A classic script (figure_directive.py says why): its names stay in this block (const, not a
// function declaration, which a classic script would lift to the page's global scope).
{
  const PLAYING = "abc-figure-playing";

  /** @param {Element} figure */
  const addPlayControl = (figure) => {
    if (!figure.querySelector("svg[data-moves]") || figure.querySelector(".abc-figure-play"))
      return;
    const button = document.createElement("button");
    button.type = "button";
    button.className = "abc-figure-play";
    button.textContent = "Play the movement";
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", () => {
      const playing = figure.classList.toggle(PLAYING);
      button.setAttribute("aria-pressed", String(playing));
    });
    figure.insertBefore(button, figure.querySelector("figcaption"));
  };

  for (const figure of document.querySelectorAll("figure.abc-figure")) addPlayControl(figure);
}
