import js from "@eslint/js";
import tseslint from "typescript-eslint";

/**
 * The core reaches a plugin only through the registry (@nianbao/sections): importing a plugin package
 * anywhere else would wire a section in past the registry (and past its conformance and version checks).
 */
export const CORE_IMPORT_RULE = {
  regex: "^@nianbao/section-",
  message:
    "Reach section plugins only through the registry (@nianbao/sections), never by importing a plugin package.",
};

/** A source string in an esquery attribute regex: "/" escaped. */
const q = (regex) => regex.replaceAll("/", "\\/");

/**
 * `import("…")` and `require("…")` reach a module as surely as `import … from`: the same boundaries hold for
 * them (no-restricted-imports sees only static imports). `refused` is a regex of the sources refused.
 */
const dynamicRules = (refused, message) => [
  { selector: `ImportExpression[source.value=/${q(refused)}/]`, message },
  { selector: `CallExpression[callee.name='require'][arguments.0.value=/${q(refused)}/]`, message },
];

/** The shared ESLint preset for every package. */
export const base = tseslint.config(
  { ignores: ["dist/**", "node_modules/**", ".turbo/**", "test-results/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "off",
      "no-restricted-imports": ["error", { patterns: [CORE_IMPORT_RULE] }],
      "no-restricted-syntax": ["error", ...dynamicRules(CORE_IMPORT_RULE.regex, CORE_IMPORT_RULE.message)],
    },
  },
  {
    // Tests poke at untyped JSON responses and deliberately malformed input.
    files: ["**/*.test.ts", "**/*.test.tsx", "e2e/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // A test may exercise one plugin directly (e.g. the document composer with the legal-study plugin).
    files: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-imports": "off", "no-restricted-syntax": "off" },
  },
);

/** packages/sections: the registry, the one place that imports plugin packages. */
export const registry = tseslint.config(...base, {
  rules: { "no-restricted-imports": "off", "no-restricted-syntax": "off" },
});

/** What a plugin's source may import: the SDK, zod, React and Mantine, and its own files. */
const PLUGIN_ALLOWED = "@nianbao/sdk(/|$)|zod(/|$)|react(/|$)|react-dom(/|$)|@mantine/|\\./|\\.\\./";

const PLUGIN_MESSAGE =
  "A section plugin imports only @nianbao/sdk, zod, react and @mantine/* (no other plugins, no core packages, no Node APIs, no other libraries): ask for what you need in the SDK.";

/**
 * A plugin's dynamic imports and requires: only what a static import may reach (its lazy form, the SDK…), from
 * a literal source; `require` never (plugins are ES modules), an import of a computed source never.
 */
const pluginDynamicRules = (extraAllowed = "") => [
  ...dynamicRules(`^(?!(${PLUGIN_ALLOWED}${extraAllowed}))`, PLUGIN_MESSAGE),
  ...dynamicRules(
    "^(\\.\\./)+(\\.\\.(/|$)|plugins/|packages/|apps/|tooling/)",
    "A section plugin imports only its own files: a relative import may not leave the plugin.",
  ),
  {
    selector: "ImportExpression[source.type!='Literal']",
    message: "A section plugin imports only fixed modules: import() takes a string literal.",
  },
  {
    selector: "CallExpression[callee.name='require']",
    message: "A section plugin is an ES module: no require().",
  },
];

const pluginPatterns = (extraAllowed = "") => [
  {
    regex: `^(?!(${PLUGIN_ALLOWED}${extraAllowed}))`,
    message: PLUGIN_MESSAGE,
  },
  {
    regex: "^(\\.\\./)+(\\.\\.(/|$)|plugins/|packages/|apps/|tooling/)",
    message: "A section plugin imports only its own files: a relative import may not leave the plugin.",
  },
];

/**
 * Section plugins import only the SDK (plus zod, React and Mantine as peers): the architecture rule of
 * design.md, enforced here so that a plugin cannot reach into the core or into another plugin.
 */
export const plugin = tseslint.config(
  ...base,
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: pluginPatterns() }],
      "no-restricted-syntax": ["error", ...pluginDynamicRules()],
    },
  },
  {
    // A plugin's tests also use the test runner and the DOM testing library.
    files: ["src/**/*.test.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: pluginPatterns("|vitest(/|$)|@testing-library/") }],
      "no-restricted-syntax": ["error", ...pluginDynamicRules("|vitest(/|$)|@testing-library/")],
    },
  },
);

export default base;
