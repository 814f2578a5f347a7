#!/usr/bin/env bash
# Build the course book: sets up .venv if needed, then runs the strict Jupyter Book build.
# Open _build/html/index.html in a browser when it finishes.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bash "$root/scripts/setup.sh"
cd "$root"
.venv/bin/jupyter-book build --all -W -n --keep-going .
echo
echo "Built. Open $root/_build/html/index.html in your browser,"
echo "or serve it: .venv/bin/python -m http.server --directory _build/html 8000 (then http://127.0.0.1:8000)."
