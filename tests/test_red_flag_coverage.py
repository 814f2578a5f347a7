"""The red-flag coverage table, book/data/red-flag-coverage.yml: every red-flag family of the
sources the course follows is covered by a sign or rule of book/data/red-flags.yml, every sign
and rule belongs to a family and has a source, and the signs and rules of one family (the same
thing said in two places) sit at one level. Each check is also fed a broken table, so it is seen
to fail."""

from __future__ import annotations

import copy
from typing import Any

import pytest
import yaml
from pybtex.database import parse_file

from abcourse.data.red_flags import load_red_flags, red_flag_signs

from .support import BOOK, DATA

COVERAGE = DATA / "red-flag-coverage.yml"


def red_flag_items(red_flags: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every sign and rule by id."""
    items = {sign["id"]: sign for _, sign in red_flag_signs(red_flags)}
    items.update({rule["id"]: rule for rule in red_flags["rules"]})
    return items


def source_keys(item: dict[str, Any]) -> list[str]:
    source = item.get("source", [])
    return [source] if isinstance(source, str) else list(source)


def coverage_problems(
    coverage: dict[str, Any], red_flags: dict[str, Any], keys: set[str]
) -> list[str]:
    """What is wrong between the coverage table, the red-flags file and the bibliography."""
    items = red_flag_items(red_flags)
    problems: list[str] = []
    covered: set[str] = set()
    for family in coverage["families"]:
        name = family["family"]
        if not family.get("covered"):
            problems.append(f"'{name}': no sign or rule covers it")
            continue
        for key in source_keys(family):
            if key not in keys:
                problems.append(f"'{name}': source '{key}' is not in references.bib")
        unknown = [item for item in family["covered"] if item not in items]
        problems += [f"'{name}': no sign or rule '{item}'" for item in unknown]
        levels = {items[item].get("level") for item in family["covered"] if item in items}
        if len(levels) > 1:
            problems.append(
                f"'{name}': its signs sit at different levels ({sorted(map(str, levels))})"
            )
        covered.update(family["covered"])
    for item_id, item in items.items():
        # a fact with no level counts only through a rule, which is what the family names
        if item.get("level") and item_id not in covered:
            problems.append(f"'{item_id}' is in no family of the sources")
        if not source_keys(item) or any(key not in keys for key in source_keys(item)):
            problems.append(f"'{item_id}' has no source in references.bib")
    return problems


@pytest.fixture(scope="module")
def coverage() -> dict[str, Any]:
    return yaml.safe_load(COVERAGE.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def red_flags() -> dict[str, Any]:
    return load_red_flags(DATA / "red-flags.yml")


@pytest.fixture(scope="module")
def keys() -> set[str]:
    return set(parse_file(str(BOOK / "references.bib"), bib_format="bibtex").entries)


def test_every_family_is_covered_and_every_sign_belongs_to_one(coverage, red_flags, keys) -> None:
    assert coverage_problems(coverage, red_flags, keys) == []


def test_the_table_holds_the_families_of_every_source_the_course_follows(coverage) -> None:
    cited = {key for family in coverage["families"] for key in source_keys(family)}
    for source in (
        "gcare2024redflags",  # the primary-care pathway
        "nice2008cg75",  # metastatic spinal cord compression
        "hawkins2023",  # NG234, its 2023 update
        "nice2017ng65",  # spondyloarthritis
        "backes2024ces",  # the cauda equina card
        "norfolkwaveney2024",  # the cauda equina pathway's lay list
        "downie2013",  # fracture and cancer red flags
    ):
        assert source in cited, source


def first_family_with(coverage: dict[str, Any], item_id: str) -> dict[str, Any]:
    return next(family for family in coverage["families"] if item_id in family["covered"])


BROKEN = [
    (lambda c, r: first_family_with(c, "bladder").update(covered=[]), "no sign or rule covers"),
    (
        lambda c, r: first_family_with(c, "bladder")["covered"].append("no-such-sign"),
        "no sign or rule 'no-such-sign'",
    ),
    (
        lambda c, r: first_family_with(c, "bladder")["covered"].append("temperature"),
        "sit at different levels",
    ),
    (
        lambda c, r: c.update(
            families=[f for f in c["families"] if "chest-pain" not in f["covered"]]
        ),
        "'chest-pain' is in no family",
    ),
    (
        lambda c, r: next(s for _, s in red_flag_signs(r) if s["id"] == "bowel").update(
            source="nosuchkey"
        ),
        "'bowel' has no source",
    ),
    (
        lambda c, r: first_family_with(c, "kidney").update(source=["nosuchkey"]),
        "source 'nosuchkey' is not in references.bib",
    ),
]


@pytest.mark.parametrize(
    ("change", "expected"),
    BROKEN,
    ids=[
        "empty-family",
        "unknown-id",
        "one-thing-two-levels",
        "sign-in-no-family",
        "sign-without-source",
        "family-source-unknown",
    ],
)
def test_each_check_fails_on_a_broken_table(coverage, red_flags, keys, change, expected) -> None:
    broken_coverage, broken_flags = copy.deepcopy(coverage), copy.deepcopy(red_flags)
    change(broken_coverage, broken_flags)
    problems = coverage_problems(broken_coverage, broken_flags, keys)
    assert any(expected in problem for problem in problems), problems
