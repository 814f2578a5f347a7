#!/usr/bin/env bash
# Run every test: lint, the JavaScript units (node --test), then pytest (content schema, widgets,
# notebooks under nbval, the strict build, and the browser tests on the built book and in JupyterLab).
# Sets up .venv and a Chromium first where they are missing. Extra arguments go to pytest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh" --browser
cd "$root"

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .

echo "== node --test (widget logic)"
# The JS units are written for node:test as Node.js 20 ships it; older releases' runner differs.
if ! node -e 'process.exit(Number(process.versions.node.split(".")[0]) >= 20 ? 0 : 1)' 2>/dev/null; then
  echo "test: the JavaScript units need Node.js 20 or newer on the PATH (found: $(node --version 2>/dev/null || echo none))." >&2
  exit 1
fi
node --test tests/js/

echo "== npm ci (tools the browser tests inject: axe-core, pinned in tests/a11y)"
if [ ! -f tests/a11y/node_modules/axe-core/axe.min.js ] \
   || [ tests/a11y/package-lock.json -nt tests/a11y/node_modules/.package-lock.json ]; then
  npm ci --prefix tests/a11y --no-audit --no-fund
fi

echo "== pytest"
.venv/bin/python -m pytest "$@"
