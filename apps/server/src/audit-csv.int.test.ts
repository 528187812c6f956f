import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedDemo } from "@nianbao/api";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./app.ts";

let t: TestDatabase;
let app: FastifyInstance;
let base: string;
const webDist = mkdtempSync(join(tmpdir(), "nianbao-web-"));
writeFileSync(join(webDist, "index.html"), "<!doctype html><title>年报</title><div id=root></div>");

async function signIn(username: string) {
  const res = await fetch(`${base}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: base },
    body: JSON.stringify({ username, password: "nianbao-demo" }),
  });
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

beforeAll(async () => {
  t = await createTestDb();
  app = await buildServer({ database: t, webDist, logLevel: "silent" });
  await seedDemo(t.db, sections, demoFixtures, { auth: app.auth });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const addr = app.server.address();
  base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
});
afterAll(async () => {
  await app?.close();
  await t?.dispose();
  rmSync(webDist, { recursive: true, force: true });
});

describe("GET /api/exports/audit-log", () => {
  it("gives administrators the filtered log as CSV with a BOM; refuses others and bad filters", async () => {
    const url = (q = "") => `${base}/api/exports/audit-log${q}`;
    expect((await fetch(url())).status).toBe(401);
    const clerk = await signIn("jingzhupu");
    expect((await fetch(url(), { headers: { cookie: clerk } })).status).toBe(403);
    const admin = await signIn("admin");
    const bad = await fetch(url("?from=2024-13-01"), { headers: { cookie: admin } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain("日期格式");

    const res = await fetch(url("?action=section"), { headers: { cookie: admin } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(decodeURIComponent(res.headers.get("content-disposition")!)).toContain("操作日志.csv");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe("时间,操作人,操作,单位,年度,栏目,修改内容");
    // The seed filled the demo reports: only section events, readable (the section's heading, the status's words).
    const events = lines.filter((l) => l && !l.startsWith("时间"));
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((l) => l.includes("栏目"))).toBe(true);
    expect(events.some((l) => l.includes("状态：未填写 → 填报中") && l.includes("武冈市") === false)).toBe(
      true,
    );

    const en = await fetch(url("?action=section&locale=en"), { headers: { cookie: admin } });
    expect(
      Buffer.from(await en.arrayBuffer())
        .subarray(3)
        .toString("utf8")
        .split("\r\n")[0],
    ).toBe("When,Who,Action,Unit,Year,Section,Changes");
  });
});
