import js from "@eslint/js";
import tseslint from "typescript-eslint";

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
    },
  },
  {
    // Tests poke at untyped JSON responses and deliberately malformed input.
    files: ["**/*.test.ts", "**/*.test.tsx", "e2e/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
);

/**
 * Section plugins import only the SDK (plus zod, React and Mantine as peers): the architecture rule of
 * design.md, enforced here so that a plugin cannot reach into the core.
 */
export const plugin = tseslint.config(...base, {
  files: ["src/**/*.{ts,tsx}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            regex: "^@nianbao/(?!sdk(/|$))",
            message: "A section plugin imports only @nianbao/sdk (and zod, react, @mantine/*).",
          },
          { regex: "^(node:|fs$|path$|process$|pg$|kysely)", message: "A section plugin is pure: no Node APIs, no database." },
        ],
      },
    ],
  },
});

export default base;
