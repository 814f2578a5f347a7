"""The red-flag data file and its widget: every sign of the sources' lists is there at the level the
routing table gives it, the advice for each level says where to go, the notes define "new" and
"severe", a broken file gives an error that names the problem, and the widget's traits carry the
data in and the result out. The rules are tested as tables in tests/js/red_flags.test.mjs."""

from __future__ import annotations

import json
import re

import pytest
import yaml

from abcourse.data.red_flags import LEVEL_ORDER, load_red_flags, red_flag_signs
from abcourse.widgets import RedFlagChecker

from .support import BOOK, DATA, broken_file_error

RED_FLAGS = DATA / "red-flags.yml"
#: the guidance's levels, most serious first: what the course's file must give
LEVELS = ("call-999", "ae-now", "same-day", "soon", "routine")
CITATION = re.compile(r"^@\w+\{([^,]+),", re.MULTILINE)

# The NHS and pathway lists, routed as the course's table routes them: each sign as words that
# must all appear in the text of one sign (or rule) at that level. A sign moved, dropped or
# reworded so that it no longer says what the source says fails here.
ROUTED_SIGNS = {
    "call-999": {
        "chest pain with back pain": ["chest pain"],
        "a serious accident": ["serious accident", "car crash", "fall from a height"],
        "sudden tearing pain (the aorta)": ["sudden", "tearing", "chest", "upper back", "tummy"],
        "pain with feeling faint (a burst aneurysm)": ["faint", "sweaty", "pale"],
        "sepsis": ["confused", "slurring", "breathless", "blotchy"],
        "a possible fracture, with a nerve sign or unable to get up": ["thin bones", "get up"],
        "pregnancy with heavy bleeding": ["pregnant", "heavy bleeding", "constant"],
    },
    "ae-now": {
        "saddle numbness": ["new", "back passage", "genitals", "inner thighs", "wipe"],
        "bladder": ["new", "pee", "not normal for you"],
        "bowel": ["new", "bowels", "constipation alone"],
        "sexual function": ["new", "genitals", "erection", "ejaculating"],
        "both legs, not after leg day": ["both legs", "jelly", "not both legs aching"],
        "walking harder, fast": ["walking", "not just because it hurts", "hours or days"],
        "one leg weaker by the hour": ["one leg", "drags", "worse by the hour"],
        "cancer with a nerve sign": ["cancer", "nerve sign", "like a band"],
        "an infection risk with a nerve sign": ["temperature", "injecting drugs", "nerve sign"],
        "pregnancy warning signs": ["pregnant", "tightenings", "bleeding", "leaking fluid"],
        "a possible fracture": ["minor fall", "thin bones", "steroid tablets"],
    },
    "same-day": {
        "walking harder over weeks": ["crept on over weeks"],
        "one weak leg": ["one leg is weak", "drags"],
        "a temperature": ["high temperature", "hot and shivery"],
        "weight loss": ["lost weight without trying"],
        "a lump or changed shape": ["lump", "swelling", "changed shape"],
        "not eased by rest, worse at night": ["rest", "worse at night"],
        "worse on cough, sneeze or poo": ["cough", "sneeze", "poo"],
        "between the shoulder blades, not a worked muscle": ["shoulder blades", "not a muscle"],
        "injecting drugs": ["inject drugs"],
        "a recent infection or back procedure": ["bacterial infection", "epidural", "deep"],
        "cancer with pain that suggests spread": ["cancer", "middle or upper back", "tender"],
        "central pain eased only lying flat": ["middle of your spine", "lie flat"],
        "a bruise after a fall": ["bruise", "graze"],
        "kidney": ["under the ribs", "temperature", "in waves"],
        "redness": ["redness", "hot", "spreading"],
        "a weak immune system with warning signs": ["immune", "constant", "night"],
    },
    "soon": {
        "new back pain over 50 or under 20, no clear cause": ["50", "20", "no clear cause"],
        "numbness in one leg for a week": ["one leg", "not gone after a week"],
        "cancer, ordinary pain": ["cancer", "myeloma"],
        "a weakened immune system": ["immune", "chemotherapy", "steroid"],
        "aching bones in several places": ["bones", "several places", "not from exercise"],
    },
    "routine": {
        "pain down one leg, not weak": ["one leg", "not weak or numb"],
        "inflammatory back pain": ["before 45", "3 months", "3 or more"],
        "not improving after a few weeks": ["few weeks"],
        "stops daily activities": ["daily activities"],
        "worried": ["worried"],
        "severe or getting worse": ["severe", "getting worse"],
    },
}

CES_SIGNS = {"saddle-numbness", "bladder", "bowel", "sexual-function", "both-legs"}

# Words that would read as a diagnosis or as "wait and see" for a red flag.
NOT_ALLOWED = re.compile(
    r"watch and wait|wait and see|you have cauda"
    r"|you have (a |an )?(tumou?r|cancer|infection|fracture)"
    r"|this (is|means) (cauda|a tumou?r|cancer)|diagnos(e|is) (of|that|shows)",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def red_flags() -> dict:
    """The file as loaded, less the list the loader adds (``levelOrder``), so the tests that
    write a broken copy write what an author would."""
    loaded = load_red_flags(RED_FLAGS)
    assert loaded[LEVEL_ORDER] == list(loaded["levels"])
    return {key: value for key, value in loaded.items() if key != LEVEL_ORDER}


def texts_of(red_flags: dict, level: str) -> list[str]:
    items = [sign for _, sign in red_flag_signs(red_flags)] + red_flags["rules"]
    return [" ".join(item["text"].split()).lower() for item in items if item.get("level") == level]


def test_every_level_has_signs_or_rules(red_flags) -> None:
    for level in LEVELS:
        assert texts_of(red_flags, level), level


@pytest.mark.parametrize("level", LEVELS)
def test_every_sign_of_the_guidance_is_there_at_its_level(red_flags, level) -> None:
    texts = texts_of(red_flags, level)
    for sign, words in ROUTED_SIGNS[level].items():
        assert any(all(word.lower() in text for word in words) for text in texts), (
            f"no {level} sign or rule covers '{sign}' (looked for {words})"
        )


def test_serious_signs_have_words_to_say_and_ces_signs_are_marked(red_flags) -> None:
    for _, sign in red_flag_signs(red_flags):
        if sign.get("level") not in (None, "routine"):
            assert sign.get("say") or sign.get("script"), sign["id"]
    marked = {sign["id"] for _, sign in red_flag_signs(red_flags) if sign.get("ces")}
    assert marked == CES_SIGNS
    assert "cauda equina" in red_flags["cesScript"]
    # only the cauda equina signs bring the cauda equina words
    for _, sign in red_flag_signs(red_flags):
        if sign["id"] not in CES_SIGNS:
            assert "cauda equina" not in yaml.safe_dump(sign), sign["id"]


def test_the_advice_says_where_to_go_and_never_to_wait(red_flags) -> None:
    levels = red_flags["levels"]
    call = levels["call-999"]["advice"]
    for needed in ("Call 999", "ambulance", "112", "911", "local emergency number"):
        assert needed in call, needed
    ae = levels["ae-now"]["advice"]
    for needed in ("A&E", "now", "drive you", "call 999", "cannot get there safely"):
        assert needed in ae, needed
    for needed in ("today", "GP", "111"):
        assert needed in levels["same-day"]["advice"], needed
    assert "next few days" in levels["soon"]["advice"]
    for needed in ("few weeks", "daily activities", "worries you", "refer yourself"):
        assert needed in levels["routine"]["advice"], needed
    everything = yaml.safe_dump(red_flags)
    assert not NOT_ALLOWED.search(everything), NOT_ALLOWED.search(everything)
    assert "does not diagnose" in red_flags["disclaimer"]
    assert "2 weeks" not in everything and "two weeks" not in everything


def test_the_notes_define_new_and_severe_and_say_who_it_is_for(red_flags) -> None:
    recency = red_flags["recency"]["text"]
    for needed in ("began or changed", "getting worse", "not sure", "normal for you", "111"):
        assert needed in recency, needed
    severe = red_flags["severe"]["text"]
    for needed in ("all the time", "hard to think or talk", "cannot sleep", "get out of bed"):
        assert needed in severe, needed
    scope = red_flags["scope"]["text"]
    for needed in ("adults", "child", "teenager", "GP"):
        assert needed in scope, needed
    limits = red_flags["allClear"]["limits"]
    for needed in ("cannot see you", "does not list", "very unwell", "badly wrong"):
        assert needed in limits, needed


# ---- a broken file gives an error naming the file, the item and the field


def sign(document: dict, sign_id: str) -> dict:
    return next(item for _, item in red_flag_signs(document) if item["id"] == sign_id)


def rule(document: dict, rule_id: str) -> dict:
    return next(item for item in document["rules"] if item["id"] == rule_id)


SIGN = r"groups\[\d+\] \(id '[a-z-]+'\) > signs\[\d+\] \(id '{}'\)"


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: sign(d, "bladder").update(level="serious"),
            SIGN.format("bladder") + r" > level: \"serious\" is not one of",
        ),
        (
            lambda d: sign(d, "temperature").pop("source"),
            SIGN.format("temperature") + r": missing required field 'source'",
        ),
        (
            lambda d: sign(d, "chest-pain").pop("script"),
            SIGN.format("chest-pain") + r": a sign above 'routine' needs 'say' or 'script'",
        ),
        (
            lambda d: sign(d, "temperature").update(source="nosuchsource"),
            SIGN.format("temperature") + r" > source: source 'nosuchsource' is not listed",
        ),
        (
            lambda d: d["groups"][1]["signs"].append(dict(sign(d, "bowel"))),
            r"a second sign with id 'bowel'",
        ),
        (
            lambda d: d["levels"].pop("same-day"),
            r"signs\[\d+\] \(id '[a-z-]+'\) > level: \"same-day\" is not one of: call-999, ae-now",
        ),
        (
            lambda d: d["levels"]["ae-now"].update(advise="typo"),
            r"levels > ae-now: unknown field: 'advise'",
        ),
        (
            lambda d: [
                item.update(level="ae-now")
                for item in [*(x for _, x in red_flag_signs(d)), *d["rules"]]
                if item.get("level") == "call-999"
            ],
            r"no sign or rule has level 'call-999'",
        ),
        (
            lambda d: sign(d, "bowel").update(ces="yes"),
            SIGN.format("bowel") + r" > ces: should be of type boolean",
        ),
        (
            lambda d: sign(d, "temperature").update(ces=True),
            SIGN.format("temperature") + r": only an A&E or 999 sign can have 'ces: true'",
        ),
        (
            lambda d: sign(d, "cancer").pop("short"),
            SIGN.format("cancer") + r": missing required field 'short'",
        ),
        (
            lambda d: rule(d, "cancer-nerve").update(when=["any-cancer", "nerves"]),
            r"rules\[\d+\] \(id 'cancer-nerve'\) > when: 'nerves' is neither a sign nor a set",
        ),
        (
            lambda d: d["sets"]["nerve"].append("no-such-sign"),
            r"sets > nerve: no sign with id 'no-such-sign'",
        ),
        (
            lambda d: d.update(rules=[r for r in d["rules"] if "bone-risk" not in r["when"]]),
            SIGN.format("sudden-strain") + r": a sign with no level must be read by a rule",
        ),
        (
            lambda d: rule(d, "spondyloarthritis")["atLeast"].update(of="features"),
            r"rules\[\d+\] \(id 'spondyloarthritis'\) > atLeast > of: no set named 'features'",
        ),
        (
            lambda d: d.pop("allClear"),
            r"missing required field 'allClear'",
        ),
        (
            lambda d: d["allClear"].pop("limits"),
            r"allClear: missing required field 'limits'",
        ),
    ],
    ids=[
        "unknown-level",
        "no-source",
        "no-words-to-say",
        "unknown-source",
        "duplicate-id",
        "no-same-day-level",
        "misspelt-field",
        "no-999",
        "ces-not-boolean",
        "ces-on-same-day",
        "no-short",
        "rule-names-nothing",
        "set-names-nothing",
        "fact-read-by-no-rule",
        "at-least-of-nothing",
        "no-all-clear",
        "all-clear-without-limits",
    ],
)
def test_a_broken_file_gives_the_named_error(tmp_path, red_flags, change, expected) -> None:
    error = broken_file_error(load_red_flags, red_flags, change, tmp_path / "red-flags.yml")
    assert re.search(expected, str(error)), error


# ---- the widget


def test_widget_traits(monkeypatch) -> None:
    monkeypatch.chdir(BOOK)
    checker = RedFlagChecker.from_file()
    assert checker.redflags["groups"] == load_red_flags(RED_FLAGS)["groups"]
    assert checker.checked == []
    assert checker.result["status"] == "no-data"
    assert checker.level_of("bladder") == "ae-now"
    assert checker.level_of("chest-pain") == "call-999"
    assert checker.level_of("temperature") == "same-day"
    assert checker.level_of("worried") == "routine"
    assert checker.level_of("bone-risk") is None
    with pytest.raises(KeyError):
        checker.level_of("nope")
    state = checker.get_state()
    for name in ("redflags", "checked", "result", "_esm", "_css"):
        assert name in state, name
    # the browser hands its ticks and result back
    checker.set_state(
        {
            "checked": ["bladder"],
            "result": {"status": "urgent", "attention": 1, "level": "ae-now", "summary": "x"},
        }
    )
    assert checker.checked == ["bladder"]
    assert checker.result["level"] == "ae-now"


def test_widget_module_raises_the_alert_and_keeps_its_record() -> None:
    source = RedFlagChecker._esm
    assert 'role: "alert"' in source
    assert 'selfTestKey("redflags")' in source
    assert ".abc-redflag-alert" in RedFlagChecker._css


def test_the_widget_sends_the_levels_in_order_with_their_emergency_marks(monkeypatch) -> None:
    """The browser ranks levels in the order the widget sends them and raises the alert for the
    levels marked emergency: both come from red-flags.yml alone."""
    monkeypatch.chdir(BOOK)
    levels = RedFlagChecker.from_file().get_state()["redflags"]["levels"]
    assert tuple(levels) == LEVELS
    assert [level for level in levels if levels[level].get("emergency")] == ["call-999", "ae-now"]


def test_levels_out_of_order_are_refused(tmp_path, red_flags) -> None:
    def swap(document: dict) -> None:
        levels = document["levels"]
        document["levels"] = {"soon": levels.pop("soon"), **levels}

    error = broken_file_error(load_red_flags, red_flags, swap, tmp_path / "red-flags.yml")
    assert re.search(r"levels > \w[\w-]*: list the levels most serious first", str(error)), error


def test_a_sign_at_a_level_the_file_lacks_is_refused(tmp_path, red_flags) -> None:
    def retarget(document: dict) -> None:
        sign(document, "chest-pain")["level"] = "call-998"

    error = broken_file_error(load_red_flags, red_flags, retarget, tmp_path / "red-flags.yml")
    assert re.search(
        SIGN.format("chest-pain") + r" > level: \"call-998\" is not one of: call-999,", str(error)
    ), error


def test_widget_from_a_broken_file_names_it(tmp_path, red_flags) -> None:
    path = tmp_path / "red-flags.yml"
    no_text = lambda d: sign(d, "bladder").pop("text")  # noqa: E731 - one change, named
    error = broken_file_error(RedFlagChecker.from_file, red_flags, no_text, path)
    assert re.search(r"id 'bladder'\): missing required field 'text'", str(error)), error


def test_the_checkers_page_ranks_levels_by_the_file_not_the_alphabet(built_site, red_flags) -> None:
    """The page's widget state is written with sorted keys, so the levels' order travels as a
    list: most serious first, as in the file."""
    page = (built_site.html / "book" / "04-back-conditions.html").read_text(encoding="utf-8")
    found = re.search(r'"levelOrder":\s*(\[[^\]]*\])', page)
    assert found, "the checker's state carries no levelOrder"
    assert json.loads(found.group(1)) == list(red_flags["levels"])
    assert json.loads(found.group(1))[0] == "call-999"
