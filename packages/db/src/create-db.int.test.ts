import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "./create-db.ts";

const dir = mkdtempSync(join(tmpdir(), "nianbao-db-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("createDb on PGlite", () => {
  it("persists data in the data directory across restarts", async () => {
    const first = await createDb({ dataDir: dir });
    expect(first.engine).toBe("pglite");
    expect(first.location).toBe(join(dir, "pglite"));
    await first.db.insertInto("org_unit").values({ name: "武冈市", kind: "city", parent_id: null }).execute();
    await first.close();

    const second = await createDb({ dataDir: dir });
    const rows = await second.db.selectFrom("org_unit").select("name").execute();
    expect(rows).toEqual([{ name: "武冈市" }]);
    await second.close();
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("createDb on PostgreSQL", () => {
  it("opens PostgreSQL through pg when a URL is given", async () => {
    const d = await createDb({ databaseUrl: process.env.TEST_DATABASE_URL, migrate: false });
    expect(d.engine).toBe("postgres");
    const r = await d.db.selectNoFrom((eb) => eb.val(1).as("one")).executeTakeFirstOrThrow();
    expect(Number(r.one)).toBe(1);
    await d.close();
  });
});
