// @ts-check
// The course's shared text (book/snippets/, sent as blocks by abcourse/data/snippets.py) as DOM:
// the same words the pages that include a snippet print, with its links and citations.
import { h } from "./dom.js";

/** @param {{text?: string, href?: string, cite?: string}[]} parts */
function inline(parts) {
  return parts.flatMap((part) => {
    if (part.cite) return ["[", h("a", { href: part.href, class: "abc-cite" }, part.cite), "]"];
    if (part.href) return h("a", { href: part.href }, part.text);
    return part.text;
  });
}

/**
 * @param {{kind: string, parts?: any[], items?: any[][]}[]} blocks
 * @param {{headingTag?: "p" | "h5"}} [options] a snippet's bold line as a small heading or a
 *   bold paragraph
 * @returns {HTMLElement[]}
 */
export function snippetNodes(blocks, { headingTag = "p" } = {}) {
  return (blocks ?? []).map((block) => {
    if (block.kind === "list")
      return h(
        "ul",
        {},
        (block.items ?? []).map((item) => h("li", {}, inline(item))),
      );
    if (block.kind === "heading")
      return h(headingTag, { class: "abc-snippet-heading" }, h("strong", {}, inline(block.parts)));
    return h("p", {}, inline(block.parts ?? []));
  });
}
