"""axe-core in the browser tests: the pinned copy from npm (package.json at the repository root),
injected into a page. scripts/test.sh installs it with `npm ci`; the built book never serves it.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from playwright.sync_api import Page

AXE_FILE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
#: WCAG 2.0, 2.1 and 2.2, levels A and AA
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@cache
def axe_source() -> str:
    if not AXE_FILE.is_file():
        raise FileNotFoundError(
            f"axe-core is not installed ({AXE_FILE} is missing). Run "
            "'npm ci' at the repository root or 'bash scripts/test.sh', which installs it."
        )
    return AXE_FILE.read_text(encoding="utf-8")


def run_axe(page: Page, disabled_rules: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """The page's axe violations for the WCAG A and AA tags, each with its nodes' selectors.

    disabled_rules maps a rule id to the reason it cannot apply (only for a vendored file the
    course cannot change); it is never used to hide the course's own failures.
    """
    if not page.evaluate("Boolean(window.axe)"):
        page.add_script_tag(content=axe_source())
    rules = {rule: {"enabled": False} for rule in (disabled_rules or {})}
    return page.evaluate(
        """async ([tags, rules]) => {
            const result = await axe.run(document, {runOnly: {type: "tag", values: tags}, rules});
            return result.violations.map((v) => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map((n) => ({
                    target: n.target.join(" "), summary: n.failureSummary,
                })),
            }));
        }""",
        [WCAG_TAGS, rules],
    )


def describe(violations: list[dict[str, Any]]) -> str:
    """One line a failing node, for an assertion message."""
    lines = []
    for violation in violations:
        for node in violation["nodes"]:
            summary = (node["summary"] or "").replace("\n", " ")[:200]
            lines.append(f"{violation['id']} ({violation['impact']}): {node['target']}: {summary}")
    return "\n".join(lines)
