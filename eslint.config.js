// Lint rules, including the import direction of ARCHITECTURE.md.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";

const noReact = {
  group: ["react", "react-dom", "@xyflow/react", "zustand", "react-i18next"],
  message: "This layer runs in Node too: no React here.",
};
const layer = (files, groups) => ({
  files,
  rules: { "no-restricted-imports": ["error", { patterns: groups }] },
});

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "data/**", "coverage/**", "bench/results/**", "docs/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "no-restricted-properties": [
        "error",
        { object: "it", property: "only" },
        { object: "describe", property: "only" },
        { object: "test", property: "only" },
      ],
    },
  },
  layer(
    ["src/doc/**"],
    [
      noReact,
      {
        group: [
          "**/format/**",
          "**/checks/**",
          "**/export/**",
          "**/store/**",
          "**/sync/**",
          "**/canvas/**",
          "**/features/**",
          "**/app/**",
        ],
        message: "doc is the bottom layer.",
      },
    ],
  ),
  layer(
    ["src/format/**", "src/checks/**", "src/export/**"],
    [
      noReact,
      {
        group: ["**/store/**", "**/sync/**", "**/canvas/**", "**/features/**", "**/app/**"],
        message: "format, checks and export only import doc (and each other).",
      },
    ],
  ),
  layer(
    ["src/store/**", "src/sync/**"],
    [{ group: ["**/canvas/**", "**/features/**", "**/app/**"], message: "store and sync sit below the views." }],
  ),
  layer(
    ["src/canvas/**", "src/features/**"],
    [{ group: ["**/app/**"], message: "views do not import the app shell." }],
  ),
  layer(
    ["server/**"],
    [
      noReact,
      {
        group: ["**/src/store/**", "**/src/sync/**", "**/src/canvas/**", "**/src/features/**", "**/src/app/**"],
        message: "The server runs doc, format, checks and export only.",
      },
    ],
  ),
  {
    files: ["**/*.mjs", "**/*.js"],
    languageOptions: {
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        Buffer: "readonly",
      },
    },
  },
);
