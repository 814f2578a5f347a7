// ESLint for the course's JavaScript: the widgets, their logic, the widget host and the node
// units. At the repository root, where editors find it: node_modules/.bin/eslint abcourse tests/js
import js from "@eslint/js";
import globals from "globals";
import { fileURLToPath } from "node:url";

// patterns below are relative to the repository root, this file's folder
const root = fileURLToPath(new URL(".", import.meta.url));

export default [
  {
    basePath: root,
    ignores: ["vendor/**", "**/node_modules/**", "_build/**", ".venv/**"],
  },
  {
    basePath: root,
    files: ["abcourse/**/*.js", "abcourse/**/*.mjs", "tests/js/*.mjs"],
    ...js.configs.recommended,
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      ...js.configs.recommended.rules,
      // a function longer than a screen does more than one thing
      "max-lines-per-function": ["error", { max: 60, skipBlankLines: true, skipComments: true }],
      // Biome wraps code at 100 columns but leaves a long string or comment whole: split it
      "max-len": ["error", { code: 100 }],
      "no-unused-vars": "error",
      eqeqeq: "error",
      "no-implicit-globals": "error",
    },
  },
];
