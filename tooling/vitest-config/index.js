import { defineConfig } from "vitest/config";

/**
 * The shared Vitest preset. `pnpm test` runs unit and integration tests (`*.test.ts(x)`);
 * `pnpm test:int` runs only integration tests (`*.int.test.ts`) — CI runs those a second time
 * against PostgreSQL with TEST_DATABASE_URL set.
 */
export function vitestPreset(overrides = {}) {
  const onlyInt = process.env.VITEST_ONLY_INT === "1";
  return defineConfig({
    test: {
      include: onlyInt ? ["src/**/*.int.test.ts"] : ["src/**/*.test.{ts,tsx}", "test/**/*.test.{ts,tsx}"],
      environment: "node",
      testTimeout: 30_000,
      // A demo seed in beforeAll takes seconds on an idle machine and a minute on a loaded shared one.
      hookTimeout: 180_000,
      passWithNoTests: false,
      ...overrides,
    },
  });
}
