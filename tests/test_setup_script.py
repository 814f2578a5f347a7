"""scripts/setup.sh refuses a Python the pinned requirements cannot install on, and says why."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SETUP = ROOT / "scripts" / "setup.sh"


def run_setup(python: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHON": python}
    return subprocess.run(
        ["bash", str(SETUP)], env=env, capture_output=True, text=True, timeout=60, cwd=ROOT
    )


def test_an_old_python_is_refused_with_its_version(tmp_path: Path) -> None:
    old_python = tmp_path / "python3.10"
    # Answers like Python 3.10 would: prints its version, fails the version check.
    old_python.write_text(
        '#!/bin/sh\nif [ "$1" = "--version" ]; then echo "Python 3.10.12"; exit 0; fi\n'
        "exec " + sys.executable + ' -c "import sys; sys.exit(1)"\n'
    )
    old_python.chmod(0o755)
    result = run_setup(str(old_python))
    assert result.returncode == 1
    assert "needs Python 3.11 or newer" in result.stderr
    assert "Python 3.10.12" in result.stderr


def test_a_missing_python_is_named() -> None:
    result = run_setup("/no/such/python3")
    assert result.returncode == 1
    assert "no Python interpreter '/no/such/python3'" in result.stderr
