// Reads one of the book's data files (book/data/*.yml) for the unit tests, so they always check
// the figures and rules the book itself uses. Node has no YAML parser of its own: the course's
// Python (which has PyYAML) turns the file into JSON.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

function python(script, name) {
  const venv = join(REPO, ".venv", "bin", "python");
  const interpreter = process.env.PYTHON ?? (existsSync(venv) ? venv : "python3");
  // this checkout's package, whichever checkout the interpreter was installed from
  const env = {
    ...process.env,
    PYTHONPATH: [REPO, process.env.PYTHONPATH].filter(Boolean).join(":"),
  };
  return JSON.parse(
    execFileSync(interpreter, ["-c", script, join(REPO, "book", "data", name)], {
      encoding: "utf-8",
      env,
    }),
  );
}

export function loadDataFile(name) {
  return python(
    "import json, sys, yaml\n" +
      "json.dump(yaml.safe_load(open(sys.argv[1], encoding='utf-8')), sys.stdout)",
    name,
  );
}

// A chapter's content file as the widgets get it: checked, with what the course makes from it
// (each exercise's printed weeks, `progression`, written from its `weeks`).
export function loadContentFile(name) {
  return python(
    "import json, sys\nfrom abcourse.data.content import load_content\n" +
      "json.dump(load_content(sys.argv[1]), sys.stdout)",
    name,
  );
}
