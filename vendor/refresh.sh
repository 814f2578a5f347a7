#!/usr/bin/env bash
# Refresh the vendored front-end files from the npm registry at the versions pinned in
# vendor/package.json (and package-lock.json), with their licences. Run from anywhere:
#   bash vendor/refresh.sh
# To move to a new version: change the pin in package.json, delete package-lock.json, run this,
# then rebuild the book and run the tests.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cp "$here/package.json" "$work/"
[ -f "$here/package-lock.json" ] && cp "$here/package-lock.json" "$work/"
if [ -f "$work/package-lock.json" ]; then
  (cd "$work" && npm ci --ignore-scripts --no-audit --no-fund --silent)
else
  (cd "$work" && npm install --ignore-scripts --no-audit --no-fund --silent)
  cp "$work/package-lock.json" "$here/"
fi
modules="$work/node_modules"
out="$here/files"
rm -rf "$out"
mkdir -p "$out/require" "$out/html-manager" "$out/anywidget"

cp "$modules/requirejs/require.js" "$out/require/"
# embed-amd.js plus the icon fonts it loads from __jupyter_widgets_assets_path__.
cp "$modules/@jupyter-widgets/html-manager/dist/embed-amd.js" "$out/html-manager/"
cp "$modules/@jupyter-widgets/html-manager/dist/embed.js.LICENSE.txt" "$out/html-manager/THIRD-PARTY-NOTICES.txt"
find "$modules/@jupyter-widgets/html-manager/dist" -maxdepth 1 \
  \( -name '*.woff2' -o -name '*.woff' -o -name '*.ttf' -o -name '*.eot' -o -name '*.svg' \) \
  -exec cp {} "$out/html-manager/" \;
cp "$modules/anywidget/dist/index.js" "$out/anywidget/"
cp "$modules/anywidget/LICENSE" "$out/anywidget/LICENSE"

# Packages without a LICENSE file of their own: record the licence their package.json declares,
# and the copyright header they ship.
node - "$modules" "$out" <<'NODE'
const fs = require("fs");
const path = require("path");
const [modules, out] = process.argv.slice(2);
const lines = ["# Vendored front-end files", "", "| folder | npm package | version | licence |", "| --- | --- | --- | --- |"];
for (const [folder, name] of [["require", "requirejs"], ["html-manager", "@jupyter-widgets/html-manager"], ["anywidget", "anywidget"]]) {
  const pkg = JSON.parse(fs.readFileSync(path.join(modules, name, "package.json"), "utf8"));
  lines.push(`| ${folder}/ | ${name} | ${pkg.version} | ${pkg.license} |`);
}
lines.push("", "requirejs: MIT, Copyright jQuery Foundation and other contributors (header of require/require.js).");
lines.push("@jupyter-widgets/html-manager: BSD-3-Clause, Copyright (c) Jupyter Development Team; bundled third-party notices in html-manager/THIRD-PARTY-NOTICES.txt.");
lines.push("anywidget: MIT, see anywidget/LICENSE.", "");
fs.writeFileSync(path.join(out, "LICENSES.md"), lines.join("\n"));
NODE
echo "vendored into $out:"
(cd "$out" && find . -type f | sort)
