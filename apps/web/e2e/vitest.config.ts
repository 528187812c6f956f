import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** The browser tests: run by e2e/run.mjs (which builds the app first), one spec file at a time. */
export default defineConfig({
  root: fileURLToPath(new URL("..", import.meta.url)),
  test: {
    include: ["e2e/**/*.spec.ts"],
    environment: "node",
    globalSetup: ["e2e/global-setup.ts"],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    // The JSON report lets e2e/run.mjs check the outcome itself, not only Vitest's exit code.
    reporters: ["default", "json"],
    outputFile: { json: "test-results/e2e-report.json" },
  },
});
