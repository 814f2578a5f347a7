import assert from "node:assert/strict";
import { test } from "node:test";

import { parseHTML } from "linkedom";

import { renumberIds } from "../../abcourse/site/prerender/ids.js";
import { counterpart } from "../../abcourse/site/static/widget-host/hydrate.js";

function parse(markup) {
  const { document } = parseHTML(`<!doctype html><html><body>${markup}</body></html>`);
  return [...document.body.children];
}

test("ids become abc-pre-N in page order, and every reference follows", () => {
  const roots = parse(`
    <div><label for="q-lx9-1">A</label><input id="q-lx9-1" name="g-lx9-2" type="radio">
      <p id="hint-lx9-3" aria-describedby="q-lx9-1 outside">x</p>
      <svg aria-labelledby="t-lx9-4"><title id="t-lx9-4">T</title>
        <rect fill="url(#hatch-lx9-5)"/><pattern id="hatch-lx9-5"/></svg>
      <a href="#hint-lx9-3">to the hint</a></div>
    <div><input id="q-lx9-6" name="g-lx9-2" type="radio">
      <input name="g-lx9-7" type="radio"></div>`);
  renumberIds(roots);
  const [first, second] = roots;
  assert.equal(first.querySelector("label").getAttribute("for"), "abc-pre-1");
  assert.equal(first.querySelector("input").id, "abc-pre-1");
  assert.equal(first.querySelector("p").id, "abc-pre-2");
  // a reference to an id outside the drawings is left as it is
  assert.equal(first.querySelector("p").getAttribute("aria-describedby"), "abc-pre-1 outside");
  assert.equal(first.querySelector("svg").getAttribute("aria-labelledby"), "abc-pre-3");
  assert.equal(first.querySelector("rect").getAttribute("fill"), "url(#abc-pre-4)");
  assert.equal(first.querySelector("a").getAttribute("href"), "#abc-pre-2");
  assert.equal(second.querySelector("input").id, "abc-pre-5");
  // a radio group keeps together across the page, and two groups stay apart
  const names = [...first.querySelectorAll("input"), ...second.querySelectorAll("input")].map(
    (input) => input.getAttribute("name"),
  );
  assert.deepEqual(names, ["abc-pre-group-1", "abc-pre-group-1", "abc-pre-group-2"]);
});

test("the live view's element that stands where one stood in the drawing", () => {
  const [drawing, live] = parse(`
    <div><fieldset><label><input type="radio" value="a"></label>
      <label><input type="radio" value="b"></label></fieldset><button>Check</button></div>
    <div><fieldset><label><input type="radio" value="a"></label>
      <label><input type="radio" value="c"></label></fieldset><button>Check</button></div>`);
  const [a, b] = drawing.querySelectorAll("input");
  assert.equal(counterpart(drawing, live, a), live.querySelectorAll("input")[0]);
  // a choice is known by its value: where the live view shows another, nothing is carried over
  assert.equal(counterpart(drawing, live, b), null);
  assert.equal(counterpart(drawing, live, drawing.querySelector("button")), live.lastElementChild);
  const elsewhere = parse("<p>x</p>")[0];
  assert.equal(counterpart(drawing, live, elsewhere), null);
});
