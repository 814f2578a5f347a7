"""The one loader of every data file: each kind is known by its file name, a file that cannot be
read is named, the cache follows the file, and the command-line check reports each file."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from abcourse.data.__main__ import main
from abcourse.data.claims import CLAIMS
from abcourse.data.content import CONTENT
from abcourse.data.course import COURSE
from abcourse.data.files import ContentError, DataKind, load
from abcourse.data.kinds import kind_for
from abcourse.data.red_flags import RED_FLAG_COVERAGE, RED_FLAGS
from abcourse.data.search_terms import SEARCH_TERMS
from abcourse.data.self_tests import NORMS, PROGRESSION
from abcourse.data.stop_rules import STOP_RULES

from .support import DATA, write_yaml

#: each kind with the course's file of that kind
KINDS = {
    "01-weak-core.yml": CONTENT,
    "course.yml": COURSE,
    "norms.yml": NORMS,
    "progression.yml": PROGRESSION,
    "red-flags.yml": RED_FLAGS,
    "red-flag-coverage.yml": RED_FLAG_COVERAGE,
    "stop-rules.yml": STOP_RULES,
    "claims.yml": CLAIMS,
    "search-terms.yml": SEARCH_TERMS,
}
DATA_FILES = sorted(path.name for path in DATA.glob("*.yml"))


@pytest.mark.parametrize("name", DATA_FILES)
def test_every_data_file_has_a_kind_and_loads(name: str) -> None:
    kind = kind_for(DATA / name)
    assert kind is KINDS.get(name, CONTENT)
    assert load(DATA / name, kind)


def test_a_file_of_no_known_kind_is_named() -> None:
    with pytest.raises(ContentError, match=r"notes\.yml: not a course data file \(expected"):
        kind_for("book/data/notes.yml")


@pytest.mark.parametrize(("name", "kind"), KINDS.items(), ids=list(KINDS))
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("key: [unclosed\n", r": line \d+, column \d+: is not valid YAML"),
        ("", ": file is empty"),
        (None, ": file not found"),
    ],
    ids=["bad-yaml", "empty", "missing"],
)
def test_a_file_that_cannot_be_read_is_named(
    tmp_path, name: str, kind: DataKind, text: str | None, message: str
) -> None:
    path = tmp_path / name
    if text is not None:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError, match=f"^{path}{message}"):
        load(path, kind)


def test_a_changed_file_is_read_again(tmp_path) -> None:
    path = write_yaml(tmp_path, {"quizzes": []}, "01-test.yml")
    assert load(path, CONTENT) == {"quizzes": []}
    write_yaml(tmp_path, {"checklists": []}, "01-test.yml")
    later = path.stat().st_mtime_ns + 1_000_000_000
    os.utime(path, ns=(later, later))
    assert load(path, CONTENT) == {"checklists": []}


def test_command_line_check_reports_each_file(tmp_path, capsys) -> None:
    good = write_yaml(tmp_path, {"quizzes": []}, "01-good.yml")
    bad = write_yaml(tmp_path, {"quizzes": [{"id": "x"}]}, "02-bad.yml")
    assert main([str(good), str(bad), str(tmp_path / "notes.yml")]) == 1
    captured = capsys.readouterr()
    assert f"{good}: ok" in captured.out
    assert f"{bad}: quizzes[0] (id 'x'): missing required field" in captured.err
    assert "notes.yml: not a course data file" in captured.err
    assert main([]) == 2


def test_the_command_line_check_passes_every_data_file_without_a_warning() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "abcourse.data", *(str(DATA / name) for name in DATA_FILES)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parent,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [f"{DATA / name}: ok" for name in DATA_FILES]
    assert "Warning" not in result.stderr, result.stderr
