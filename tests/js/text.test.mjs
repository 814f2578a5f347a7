// The small text helpers the widgets share: sources as lists, cited sources, values as text.
import assert from "node:assert/strict";
import { test } from "node:test";

import { asList, asText, citeSources } from "../../abcourse/widgets/js/logic/text.js";

test("a source is one key or a list; text of a missing value is empty", () => {
  assert.deepEqual(
    [asList("a"), asList(["a", "b"]), asList(null), asList(undefined)],
    [["a"], ["a", "b"], [], []],
  );
  assert.equal(citeSources({ a: "A (2020)" }, ["a", "b"]), "A (2020); b");
  assert.equal(citeSources(undefined, "a"), "a");
  assert.deepEqual(
    [asText(null), asText(undefined), asText(0), asText(12.5)],
    ["", "", "0", "12.5"],
  );
});
