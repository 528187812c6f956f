import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findReportByNames, seedDemo } from "@nianbao/api";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import type { FastifyInstance } from "fastify";
import { strFromU8, unzipSync } from "fflate";
import readXlsxFile from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./app.ts";
import { contentDisposition } from "./downloads.ts";
import { lazyPdfRenderer } from "./pdf.ts";

let t: TestDatabase;
let app: FastifyInstance;
let base: string;
const webDist = mkdtempSync(join(tmpdir(), "nianbao-web-"));
writeFileSync(join(webDist, "index.html"), "<!doctype html><title>年报</title><div id=root></div>");

let cookie = "";
/** 武冈市's reviewer (reads the dashboard of the city). */
let reviewerCookie = "";
let otherCookie = "";

async function trpc(
  path: string,
  input: unknown,
  method: "GET" | "POST" = "GET",
  headers: Record<string, string> = {},
) {
  const url =
    method === "GET"
      ? `${base}/trpc/${path}?input=${encodeURIComponent(JSON.stringify(input))}`
      : `${base}/trpc/${path}`;
  const h = { cookie, ...headers };
  const res = await fetch(
    url,
    method === "POST"
      ? { method, headers: { "content-type": "application/json", ...h }, body: JSON.stringify(input) }
      : { headers: h },
  );
  return { status: res.status, body: (await res.json()) as any };
}

async function signIn(at: string, username: string, password = "nianbao-demo") {
  const res = await fetch(`${at}/api/auth/sign-in/username`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: at },
    body: JSON.stringify({ username, password }),
  });
  return {
    status: res.status,
    cookie: res.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; "),
    setCookie: res.headers.getSetCookie(),
  };
}

beforeAll(async () => {
  t = await createTestDb();
  app = await buildServer({ database: t, webDist, logLevel: "silent", auth: { signInPerMinute: 5 } });
  await seedDemo(t.db, sections, demoFixtures, { auth: app.auth });
  await app.listen({ host: "127.0.0.1", port: 0 });
  const addr = app.server.address();
  base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
  cookie = (await signIn(base, "jingzhupu")).cookie;
  otherCookie = (await signIn(base, "dengyuantai")).cookie;
  reviewerCookie = (await signIn(base, "reviewer")).cookie;
});
afterAll(async () => {
  await app?.close();
  await t?.dispose();
  rmSync(webDist, { recursive: true, force: true });
});

describe("HTTP server", () => {
  it("answers /healthz with the engine", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok", engine: t.engine });
  });

  it("signs in with a username and password: an httpOnly SameSite=Lax session cookie; wrong passwords are refused", async () => {
    const ok = await signIn(base, "reviewer");
    expect(ok.status).toBe(200);
    expect(ok.setCookie.join("\n")).toMatch(/HttpOnly/i);
    expect(ok.setCookie.join("\n")).toMatch(/SameSite=Lax/i);
    const me = await trpc("session.me", undefined, "GET", { cookie: ok.cookie });
    expect(me.body.result.data).toMatchObject({
      username: "reviewer",
      assignments: [{ role: "reviewer", orgName: "武冈市" }],
    });
    expect((await signIn(base, "reviewer", "wrong-password")).status).toBe(401);
    const anonymous = await trpc("org.townships", undefined, "GET", { cookie: "" });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error.message).toBe("请先登录");
  });

  it("refuses state-changing requests from another site, and oversized payloads with a clear message", async () => {
    const cross = await trpc("report.submit", { reportId: "00000000-0000-4000-8000-000000000000" }, "POST", {
      origin: "https://evil.example",
    });
    expect(cross.status).toBe(403);
    const fetchMeta = await trpc(
      "report.submit",
      { reportId: "00000000-0000-4000-8000-000000000000" },
      "POST",
      { "sec-fetch-site": "cross-site" },
    );
    expect(fetchMeta.status).toBe(403);
    const crossSignIn = await fetch(`${base}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ username: "admin", password: "nianbao-demo" }),
    });
    expect(crossSignIn.status).toBe(403);
    const big = await trpc(
      "section.save",
      { reportId: "x", sectionKey: "legal-study", baseRevision: 0, data: "x".repeat(5 * 1024 * 1024) },
      "POST",
    );
    expect(big.status).toBe(413);
    expect(big.body.error).toContain("提交的内容过大");
  });

  it("rate-limits sign-in attempts", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++) statuses.push((await signIn(base, "viewer", "wrong-password")).status);
    expect(statuses).toContain(429);
  });

  it("serves tRPC under /trpc", async () => {
    const { status, body } = await trpc("org.townships", undefined);
    expect(status).toBe(200);
    expect(body.result.data.map((o: { name: string }) => o.name)).toContain("荆竹铺镇");
  });

  it("refuses invalid section data sent straight to the API with field errors and a readable message", async () => {
    const orgs = (await trpc("org.townships", undefined)).body.result.data;
    const org = orgs.find((o: { name: string }) => o.name === "荆竹铺镇");
    const years = (await trpc("year.forOrg", { orgId: org.id })).body.result.data;
    const year = years.find((y: { year: number }) => y.year === 2023);
    const report = (await trpc("report.open", { yearId: year.id, orgId: org.id }, "POST")).body.result.data;
    const section = (await trpc("section.get", { reportId: report.id, sectionKey: "legal-study" })).body
      .result.data;

    const data = { ...section.data, centralGroup: { frequency: "每周", sessions: "四" } };
    const { status, body } = await trpc(
      "section.save",
      { reportId: report.id, sectionKey: "legal-study", baseRevision: section.revision, data },
      "POST",
    );
    expect(status).toBe(400);
    // The message names the fields, in Chinese (zod's messages included).
    expect(body.error.message).toMatch(/^栏目内容未通过校验（data\.centralGroup\.(frequency|sessions)：/);
    expect(body.error.message).not.toMatch(/Invalid|expected/);
    expect(body.error.data.code).toBe("BAD_REQUEST");
    expect(body.error.data.reason).toBe("invalid");
    expect(body.error.data.fieldErrors.map((f: { path: string }) => f.path).sort()).toEqual([
      "data.centralGroup.frequency",
      "data.centralGroup.sessions",
    ]);
    expect(body.error.data.stack).toBeUndefined();

    const malformed = await trpc("section.save", { reportId: "x", sectionKey: "legal-study" }, "POST");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toBe("输入有误：“报告”编号格式不正确");
    // The access rule reads the report id first: a malformed id is refused before anything else is looked at.
    expect(malformed.body.error.data.fieldErrors).toEqual([{ path: "reportId", message: "编号格式不正确" }]);

    const stale = await trpc(
      "section.save",
      {
        reportId: report.id,
        sectionKey: "legal-study",
        baseRevision: section.revision - 1,
        data: section.data,
      },
      "POST",
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.data.code).toBe("CONFLICT");
    expect(stale.body.error.data.reason).toBe("conflict");
  });

  it("serves the web app and falls back to index.html for client routes, but not for /trpc", async () => {
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("<title>年报</title>");
    const deep = await fetch(`${base}/reports/abc/legal-study`);
    expect(deep.status).toBe(200);
    expect(deep.headers.get("content-type")).toContain("text/html");
    const missing = await fetch(`${base}/trpc/no.such`);
    expect(missing.status).toBe(404);
  });

  it("explains how to build when the web app is missing", async () => {
    const bare = await buildServer({ database: t, webDist: join(webDist, "nope"), logLevel: "silent" });
    const res = await bare.inject({ method: "GET", url: "/" });
    expect(res.statusCode).toBe(503);
    expect(res.body).toContain("npm start");
    await bare.close();
  });

  it("downloads the dashboard's spreadsheets through /api/exports/dashboard", async () => {
    const { body: filters } = await trpc("dashboard.filters", undefined, "GET", { cookie: reviewerCookie });
    const city = filters.result.data.regions.find((r: { name: string }) => r.name === "武冈市");
    const url = (q: string) => `${base}/api/exports/dashboard?${q}`;
    const asReviewer = { headers: { cookie: reviewerCookie } };
    // Nobody signed in: 401; a township's editor may not read the city's figures: 403.
    expect((await fetch(url(`kind=metrics&format=csv&regionId=${city.id}&year=2024`))).status).toBe(401);
    expect(
      (await fetch(url(`kind=metrics&format=csv&regionId=${city.id}&year=2024`), { headers: { cookie } }))
        .status,
    ).toBe(403);
    const res = await fetch(url(`kind=metrics&format=xlsx&regionId=${city.id}&year=2024`), asReviewer);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("spreadsheetml");
    expect(decodeURIComponent(res.headers.get("content-disposition")!)).toContain(
      "武冈市-2024-数据汇总.xlsx",
    );
    const [sheet] = await readXlsxFile(Buffer.from(await res.arrayBuffer()));
    expect(sheet!.data[1]![0]).toBe("单位");
    expect(sheet!.data.map((r) => r[0])).toContain("荆竹铺镇");
    expect(sheet!.data.at(-2)![0]).toBe("合计");

    const csv = await fetch(
      url(`kind=completeness&format=csv&regionId=${city.id}&year=2023&locale=en`),
      asReviewer,
    );
    expect(csv.status).toBe(200);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // a BOM, so that Excel reads UTF-8
    expect(bytes.subarray(3).toString("utf8").split("\r\n")[0]).toBe(
      "Unit,Expected,Started,Submitted,Approved,On time,On-time rate (%)",
    );

    expect(
      (await fetch(url(`kind=metrics&format=pdf&regionId=${city.id}&year=2024`), asReviewer)).status,
    ).toBe(400);
    expect(
      (
        await fetch(
          url("kind=metrics&format=csv&regionId=00000000-0000-4000-8000-000000000000&year=2024"),
          asReviewer,
        )
      ).status,
    ).toBe(404);
  });
});

describe("report downloads", () => {
  it("names files in UTF-8 (RFC 5987) with an ASCII fallback", () => {
    expect(contentDisposition("荆竹铺镇2023年法治政府建设年度报告.docx")).toBe(
      `attachment; filename="2023.docx"; filename*=UTF-8''${encodeURIComponent("荆竹铺镇2023年法治政府建设年度报告.docx")}`,
    );
    expect(contentDisposition("报告.pdf", "inline")).toBe(
      `inline; filename="report.pdf"; filename*=UTF-8''${encodeURIComponent("报告.pdf")}`,
    );
  });

  it("downloads the report as DOCX, Markdown and HTML with the name people give it", async () => {
    const reportId = await findReportByNames(t.db, 2023, "荆竹铺镇");
    // Downloads need a session that may read the report.
    expect((await fetch(`${base}/api/reports/${reportId}/document.docx`)).status).toBe(401);
    expect(
      (await fetch(`${base}/api/reports/${reportId}/document.docx`, { headers: { cookie: otherCookie } }))
        .status,
    ).toBe(403);
    const docx = await fetch(`${base}/api/reports/${reportId}/document.docx`, { headers: { cookie } });
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(docx.headers.get("content-disposition")).toContain(
      `filename*=UTF-8''${encodeURIComponent("荆竹铺镇2023年法治政府建设年度报告.docx")}`,
    );
    const xml = strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))["word/document.xml"]!);
    expect(xml).toContain("（一）强化法治思维和依法行政能力方面");

    const md = await fetch(`${base}/api/reports/${reportId}/document.md`, { headers: { cookie } });
    expect(md.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(await md.text()).toContain("# 2023年荆竹铺镇法治政府建设年度报告");
    const html = await fetch(`${base}/api/reports/${reportId}/document.html?inline=1`, {
      headers: { cookie },
    });
    expect(html.headers.get("content-disposition")).toMatch(/^inline; /);
    expect(await html.text()).toContain("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }");
  });

  it("answers a bad format 400, an unknown report 404, and a PDF without Chromium 503 naming what to install", async () => {
    const reportId = await findReportByNames(t.db, 2023, "荆竹铺镇");
    const bad = await fetch(`${base}/api/reports/${reportId}/document.odt`, { headers: { cookie } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toContain("格式应为 docx、pdf、md 或 html");
    const unknown = await fetch(`${base}/api/reports/00000000-0000-4000-8000-000000000000/document.docx`, {
      headers: { cookie },
    });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: string }).error).toBe("找不到该报告");

    const noChromium = await buildServer({
      database: t,
      webDist,
      logLevel: "silent",
      pdf: lazyPdfRenderer("/nonexistent/chromium"),
    });
    const res = await noChromium.inject({
      method: "GET",
      url: `/api/reports/${reportId}/document.pdf`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(503);
    expect(res.json<{ error: string }>().error).toContain("apt-get install -y chromium fonts-noto-cjk");
    await noChromium.close();
  });
});
