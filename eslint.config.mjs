// Lint: eslint-plugin-office-addins (React flavour) plus a few project rules.
import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";
import globals from "globals";

// The plugin's config lists .ts but not .tsx files; widen its file patterns so the pane is linted too.
const officeReact = officeAddins.configs.react.map((c) =>
  c.files ? { ...c, files: c.files.map((f) => f.replace("ts,cts,mts}", "ts,tsx,cts,mts}")) } : c,
);

export default [
  {
    ignores: [
      "dist/**",
      "lib/**",
      "node_modules/**",
      "demo-output/**",
      "test-output/**",
      "coverage/**",
      "bin/**",
      "*.config.js",
      "*.config.mjs",
    ],
  },
  ...officeReact,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
    rules: {
      "react/react-in-jsx-scope": "off",
      "react/prop-types": "off",
      "no-undef": "off",
      "no-redeclare": "off",
      "no-dupe-class-members": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
  {
    // Browser tests pass callbacks that run inside the page.
    files: ["test/e2e/**"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The simulator's own tests read unloaded properties on purpose: that is what they test.
    files: ["test/unit/excel/sim*.test.ts", "test/sim-excel/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
];
