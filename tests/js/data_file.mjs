// Reads one of the book's data files (book/data/*.yml) for the unit tests, so they always check
// the figures and rules the book itself uses. Node has no YAML parser of its own: the course's
// Python (which has PyYAML) turns the file into JSON.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export function loadDataFile(name) {
  const venv = join(REPO, ".venv", "bin", "python");
  const python = process.env.PYTHON ?? (existsSync(venv) ? venv : "python3");
  const script =
    "import json, sys, yaml; json.dump(yaml.safe_load(open(sys.argv[1], encoding='utf-8')), sys.stdout)";
  return JSON.parse(
    execFileSync(python, ["-c", script, join(REPO, "book", "data", name)], { encoding: "utf-8" }),
  );
}
