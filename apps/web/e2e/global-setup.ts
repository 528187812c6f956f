import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { seedDemo } from "@nianbao/api";
import { createTestDb } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import { buildServer } from "@nianbao/server";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const webDist = fileURLToPath(new URL("../dist", import.meta.url));

/**
 * Start the real server in-process on 127.0.0.1 with a random port, on a fresh database (in-memory PGlite,
 * or a new PostgreSQL database when TEST_DATABASE_URL is set) seeded with the demo; stop both afterwards.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(`${webDist}/index.html`))
    throw new Error(`The web app is not built (${webDist}): run the tests with \`pnpm e2e\`.`);
  const database = await createTestDb();
  // Sign-in is rate-limited per address; every spec signs in from 127.0.0.1, so the limit is raised here.
  const app = await buildServer({
    database,
    webDist,
    logLevel: process.env.E2E_SERVER_LOG ?? "warn",
    auth: { signInPerMinute: 1000 },
  });
  // The demo with its accounts (one per role), as `pnpm nianbao serve` creates it.
  await seedDemo(database.db, sections, demoFixtures, { auth: app.auth });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("the server did not get a TCP port");
  const baseUrl = `http://127.0.0.1:${address.port}`;
  project.provide("baseUrl", baseUrl);
  console.log(`e2e server: ${baseUrl} (${database.engine})`);
  return async () => {
    // Closing PGlite (Emscripten) resets process.exitCode to 0, which would hide Vitest's failure code.
    const exitCode = process.exitCode;
    await app.close();
    await database.dispose();
    process.exitCode = exitCode;
  };
}
