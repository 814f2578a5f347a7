#!/usr/bin/env bash
# Run every test: lint (ruff, ESLint), JavaScript formatting (Biome), the JavaScript units
# (node --test), then pytest (content schema, widgets, notebooks under nbval, the strict build,
# and the browser tests on the built book and in JupyterLab).
# Sets up .venv and a Chromium first where they are missing. Extra arguments go to pytest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh" --browser
cd "$root"

echo "== ruff"
.venv/bin/ruff check .
.venv/bin/ruff format --check .

echo "== eslint"
node_modules/.bin/eslint abcourse tests/js

echo "== biome (JavaScript formatting, biome.json)"
node_modules/.bin/biome format .

echo "== tsc (type checks: the widgets' logic strict, tsconfig.json; their DOM and entries, tsconfig.ui.json)"
node_modules/.bin/tsc --noEmit -p .
node_modules/.bin/tsc --noEmit -p tsconfig.ui.json

echo "== node --test (widget logic)"
node --test tests/js/

echo "== pytest"
.venv/bin/python -m pytest "$@"
