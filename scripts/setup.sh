#!/usr/bin/env bash
# Prepare a fresh machine: a virtual environment in .venv with the pinned requirements, the
# pinned npm packages in node_modules, and,
# when asked (--browser), a Chromium for the browser tests. Safe to run again: it only adds
# what is missing. Sourced by build.sh and test.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

python="${PYTHON:-python3}"
if ! command -v "$python" >/dev/null 2>&1; then
  echo "setup: no Python interpreter '$python'. Install Python 3.11 or newer, or set PYTHON to one." >&2
  exit 1
fi
# The pinned requirements (matplotlib 3.11, ipykernel 7) publish nothing for Python 3.10 or older.
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "setup: the course needs Python 3.11 or newer; '$python' is $("$python" --version 2>&1)." >&2
  echo "       Name another interpreter, e.g. PYTHON=python3.12 bash scripts/test.sh" >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $($python --version)"
  "$python" -m venv .venv
fi
stamp=.venv/.requirements-installed
if [ ! -f "$stamp" ] || [ requirements.txt -nt "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: installing requirements.txt into .venv"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -r requirements.txt
  touch "$stamp"
fi

# Node.js 20 or newer, and the npm packages pinned in package-lock.json: the build runs some of
# them (see package.json), the tests run the rest. Installed again only when the lock file changes.
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' 2>/dev/null; then
  echo "setup: the course needs Node.js 20 or newer on the PATH (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi
npm_stamp=node_modules/.installed
if [ ! -f "$npm_stamp" ] || [ package-lock.json -nt "$npm_stamp" ]; then
  echo "setup: installing the npm packages pinned in package-lock.json"
  npm ci --ignore-scripts --no-audit --no-fund --silent
  touch "$npm_stamp"
fi

if [ "${1:-}" = "--browser" ]; then
  # Playwright cannot download its own browser here; use one named by ABCOURSE_CHROMIUM,
  # Playwright's managed browser, or the system Chromium (installed below where missing).
  if [ -z "${ABCOURSE_CHROMIUM:-}" ] && ! command -v chromium >/dev/null 2>&1 \
     && ! ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "setup: installing Debian's chromium for the browser tests"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
    else
      echo "setup: no Chromium found. Install one (Debian/Ubuntu: sudo apt-get install chromium)," >&2
      echo "       or set ABCOURSE_CHROMIUM to a Chromium or Chrome executable." >&2
      exit 1
    fi
  fi
fi
