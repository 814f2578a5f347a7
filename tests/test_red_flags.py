"""The red-flag data file and its widget: every sign of the emergency list is there with a source,
the advice for each level says where to go, a broken file gives an error that names the problem,
and the widget's traits carry the data in and the result out."""

from __future__ import annotations

import re

import pytest
import yaml

from abcourse import RedFlagChecker
from abcourse.tooldata import load_red_flags

from .support import BOOK, DATA, broken_file_error

RED_FLAGS = DATA / "red-flags.yml"
CITATION = re.compile(r"^@\w+\{([^,]+),", re.MULTILINE)

# The "call 999 / go to A&E" list of the NHS and the cauda equina pathways (Norfolk and Waveney,
# Back, CSP): each sign as words that must all appear in one emergency symptom's text.
EMERGENCY_SIGNS = {
    "numbness around the genitals, anus, buttocks or inner thighs": [
        "genitals",
        "anus",
        "buttocks",
        "inner thighs",
    ],
    "altered feeling when wiping": ["wipe"],
    "new difficulty peeing or loss of bladder control": ["new", "peeing", "control"],
    "not knowing when the bladder is full": ["bladder is full"],
    "new bowel incontinence or loss of bowel sensation": ["new", "bowel control", "bowel is full"],
    "new erectile or ejaculation problems": ["new", "erection", "ejaculate"],
    "loss of genital sensation": ["less feeling", "genitals"],
    "pain, numbness or weakness in both legs": ["both legs", "numbness", "weakness", "pain"],
    "worsening leg weakness or jelly legs": ["weaker", "jelly"],
    "severe or worsening weakness in one leg, a foot that drags": ["one leg", "severe", "drags"],
    "new difficulty walking": ["new difficulty walking"],
    "back pain after a serious accident or fall": ["serious accident", "fall"],
    "minor trauma in older people, osteoporosis or long-term steroids": [
        "minor fall",
        "older",
        "osteoporosis",
        "steroid",
    ],
    "chest pain with back pain": ["chest pain"],
}

# A doctor today (GP, NHS 111): the NHS list, and the NHS primary-care pathway's signs of a cancer,
# an infection or a nerve problem that the learner can notice.
URGENT_SIGNS = {
    "fever, chills or sweats": ["fever", "chills", "sweats"],
    "unexplained weight loss": ["lost weight"],
    "lump or changed back shape": ["lump", "changed shape"],
    "not eased by rest or worse at night": ["rest", "night"],
    "worse with cough, sneeze or bowel movement": ["cough", "sneeze", "poo"],
    "between the shoulder blades": ["shoulder blades"],
    "a history of cancer": ["cancer"],
    "weakness in one leg, or numbness that is not going away": [
        "weakness in one leg",
        "pins and needles",
        "not gone away",
    ],
    "unsteady when walking": ["unsteady", "walk"],
    "a weakened immune system": ["immune", "steroid", "chemotherapy"],
    "injecting drugs": ["inject drugs"],
}

# A GP in the next few days: weak flags on their own.
SOON_SIGNS = {
    "new back pain over 50 or under 20": ["new", "50", "20"],
    "redness or swelling": ["redness", "swelling"],
}

ROUTINE_SIGNS = {
    "one leg, below the knee, not weak, not worse": [
        "one leg",
        "below the knee",
        "not weak",
        "not getting worse",
    ],
    "not improving after a few weeks": ["few weeks"],
    "stops daily activities": ["daily activities"],
    "worried": ["worried"],
}

CES_SIGNS = {
    "saddle-numbness",
    "bladder",
    "bowel",
    "sexual-function",
    "both-legs",
    "legs-weakening",
}

# Words that would read as a diagnosis or as "wait and see" for a red flag.
NOT_ALLOWED = re.compile(
    r"watch and wait|wait and see|you have cauda"
    r"|you have (a |an )?(tumou?r|cancer|infection|fracture)"
    r"|this (is|means) (cauda|a tumou?r|cancer)|diagnos(e|is) (of|that|shows)",
    re.IGNORECASE,
)


@pytest.fixture(scope="module")
def red_flags() -> dict:
    return load_red_flags(RED_FLAGS)


def texts_of(red_flags: dict, level: str) -> list[str]:
    return [s["text"].lower() for s in red_flags["symptoms"] if s["level"] == level]


def test_every_level_has_signs(red_flags) -> None:
    assert {s["level"] for s in red_flags["symptoms"]} == {"emergency", "urgent", "soon", "routine"}


@pytest.mark.parametrize(
    ("level", "signs"),
    [
        ("emergency", EMERGENCY_SIGNS),
        ("urgent", URGENT_SIGNS),
        ("soon", SOON_SIGNS),
        ("routine", ROUTINE_SIGNS),
    ],
    ids=["emergency", "urgent", "soon", "routine"],
)
def test_every_sign_of_the_guidance_is_there_at_its_level(red_flags, level, signs) -> None:
    texts = texts_of(red_flags, level)
    for sign, words in signs.items():
        assert any(all(word in text for word in words) for text in texts), (
            f"no {level} symptom covers '{sign}' (looked for {words})"
        )


def test_serious_signs_have_words_to_say_and_ces_signs_are_marked(red_flags) -> None:
    for symptom in red_flags["symptoms"]:
        if symptom["level"] != "routine":
            assert symptom.get("say"), symptom["id"]
    marked = {s["id"] for s in red_flags["symptoms"] if s.get("ces")}
    assert marked == CES_SIGNS
    assert all(s["level"] == "emergency" for s in red_flags["symptoms"] if s.get("ces"))


def test_the_advice_says_where_to_go_and_never_to_wait(red_flags) -> None:
    levels = red_flags["levels"]
    emergency = " ".join(levels["emergency"][field] for field in ("advice", "where", "say"))
    for needed in ("999", "112", "911", "local emergency number", "emergency department", "A&E"):
        assert needed in emergency, needed
    assert "cauda equina syndrome" in emergency
    urgent = " ".join(levels["urgent"][field] for field in ("advice", "where"))
    for needed in ("today", "GP", "111", "urgent care"):
        assert needed in urgent, needed
    routine = " ".join(levels["routine"][field] for field in ("advice", "where"))
    for needed in ("few weeks", "keeping active", "daily activities", "worried"):
        assert needed in routine, needed
    everything = yaml.safe_dump(red_flags)
    assert not NOT_ALLOWED.search(everything), NOT_ALLOWED.search(everything)
    assert "does not diagnose" in red_flags["disclaimer"]


# ---- a broken file gives an error naming the file, the item and the field


def symptom(document: dict, symptom_id: str) -> dict:
    return next(s for s in document["symptoms"] if s["id"] == symptom_id)


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda d: symptom(d, "bladder").update(level="serious"),
            r"symptoms\[\d+\] \(id 'bladder'\) > level: \"serious\" is not one of",
        ),
        (
            lambda d: symptom(d, "fever").pop("source"),
            r"symptoms\[\d+\] \(id 'fever'\): missing required field 'source'",
        ),
        (
            lambda d: symptom(d, "chest-pain").pop("say"),
            r"symptoms\[\d+\] \(id 'chest-pain'\): missing required field 'say'",
        ),
        (
            lambda d: symptom(d, "fever").update(source="nosuchsource"),
            r"symptoms\[\d+\] \(id 'fever'\) > source: source 'nosuchsource' is not listed",
        ),
        (
            lambda d: d["symptoms"].append(dict(symptom(d, "bowel"))),
            r"symptoms\[\d+\] \(id 'bowel'\): duplicate id 'bowel'",
        ),
        (
            lambda d: d["levels"].pop("urgent"),
            r"levels: missing required field 'urgent'",
        ),
        (
            lambda d: d["levels"]["emergency"].update(advise="typo"),
            r"levels > emergency: unknown field: 'advise'",
        ),
        (
            lambda d: d.update(symptoms=[s for s in d["symptoms"] if s["level"] != "emergency"]),
            r"symptoms: no symptom has level 'emergency'",
        ),
        (
            lambda d: symptom(d, "bowel").update(ces="yes"),
            r"symptoms\[\d+\] \(id 'bowel'\) > ces: should be of type boolean",
        ),
        (
            lambda d: symptom(d, "fever").update(ces=True),
            r"symptoms\[\d+\] \(id 'fever'\) > ces: only an emergency sign",
        ),
        (
            lambda d: symptom(d, "cancer-history").pop("short"),
            r"symptoms\[\d+\] \(id 'cancer-history'\): missing required field 'short'",
        ),
        (
            lambda d: symptom(d, "age-onset").pop("say"),
            r"symptoms\[\d+\] \(id 'age-onset'\): missing required field 'say'",
        ),
        (
            lambda d: d.pop("allClear"),
            r"missing required field 'allClear'",
        ),
        (
            lambda d: d["levels"].pop("soon"),
            r"levels: missing required field 'soon'",
        ),
    ],
    ids=[
        "unknown-level",
        "no-source",
        "no-say",
        "unknown-source",
        "duplicate-id",
        "no-urgent-level",
        "misspelt-field",
        "no-emergency",
        "ces-not-boolean",
        "ces-on-urgent",
        "no-short",
        "no-say-on-soon",
        "no-all-clear",
        "no-soon-level",
    ],
)
def test_a_broken_file_gives_the_named_error(tmp_path, red_flags, change, expected) -> None:
    error = broken_file_error(load_red_flags, red_flags, change, tmp_path / "red-flags.yml")
    assert re.search(expected, str(error)), error


# ---- the widget


def test_widget_traits(monkeypatch) -> None:
    monkeypatch.chdir(BOOK)
    checker = RedFlagChecker.from_file()
    assert checker.redflags["symptoms"] == load_red_flags(RED_FLAGS)["symptoms"]
    assert checker.checked == []
    assert checker.result["status"] == "no-data"
    assert checker.level_of("bladder") == "emergency"
    assert checker.level_of("fever") == "urgent"
    assert checker.level_of("worried") == "routine"
    with pytest.raises(KeyError):
        checker.level_of("nope")
    state = checker.get_state()
    for name in ("redflags", "checked", "result", "_esm", "_css"):
        assert name in state, name
    # the browser hands its ticks and result back
    checker.set_state(
        {
            "checked": ["bladder"],
            "result": {"status": "urgent", "attention": 1, "level": "emergency", "summary": "x"},
        }
    )
    assert checker.checked == ["bladder"]
    assert checker.result["level"] == "emergency"


def test_widget_module_raises_the_alert_and_keeps_its_record() -> None:
    source = RedFlagChecker._esm
    assert 'role: "alert"' in source
    assert 'toolKey("redflags")' in source
    assert ".abc-redflag-alert" in RedFlagChecker._css


def test_widget_from_a_broken_file_names_it(tmp_path, red_flags) -> None:
    path = tmp_path / "red-flags.yml"
    no_text = lambda d: symptom(d, "bladder").pop("text")  # noqa: E731 - one change, named
    error = broken_file_error(RedFlagChecker.from_file, red_flags, no_text, path)
    assert re.search(r"id 'bladder'\): missing required field 'text'", str(error)), error
