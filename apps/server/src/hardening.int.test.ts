import { createAccount, seedDemo } from "@nianbao/api";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildServer } from "./app.ts";
import { SIGN_IN_REFUSED } from "./auth-route.ts";
import type { PdfRenderer } from "./pdf.ts";

// The door to better-auth as an attacker meets it: closed self-service routes, one answer for every failed
// sign-in, throttling that cannot lock the owner out, no session token in bodies, and the security headers.

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let t: TestDatabase;
/** A PDF writer that finishes when told to (Chromium's speed is not what is tested here). */
const waiting: Array<() => void> = [];
const slowPdf: PdfRenderer = {
  concurrency: 1,
  render: () =>
    new Promise<Uint8Array>((resolve) => waiting.push(() => resolve(new Uint8Array([37, 80, 68, 70])))),
  close: async () => undefined,
};
let app: FastifyInstance;

function post(url: string, body: unknown, opts: { cookie?: string; address?: string } = {}) {
  return app.inject({
    method: "POST",
    url,
    remoteAddress: opts.address ?? "127.0.0.1",
    headers: {
      "content-type": "application/json",
      host: "localhost",
      origin: "http://localhost",
      ...(opts.cookie ? { cookie: opts.cookie } : {}),
    },
    payload: JSON.stringify(body),
  });
}
const signIn = (username: string, password: string, address?: string) =>
  post("/api/auth/sign-in/username", { username, password }, { address });
const cookieOf = (res: { headers: Record<string, unknown> }) =>
  ([] as string[])
    .concat((res.headers["set-cookie"] as string | string[]) ?? [])
    .map((c) => c.split(";")[0])
    .join("; ");

beforeAll(async () => {
  t = await createTestDb();
  app = await buildServer({
    database: t,
    logLevel: "silent",
    secureHeaders: { hsts: true },
    pdf: slowPdf,
    pdfLimits: { maxQueued: 3, perUser: 2, retryAfter: 7 },
  });
  await seedDemo(t.db, sections, demoFixtures, { auth: app.auth });
  const org = await t.db
    .selectFrom("org_unit")
    .select("id")
    .where("name", "=", "荆竹铺镇")
    .executeTakeFirstOrThrow();
  const id = await createAccount(app.auth, t.db, {
    username: "retired",
    displayName: "已停用",
    password: "Bygone-kite-river-31",
    role: "viewer",
    orgUnitId: org.id,
  });
  await t.db.updateTable("app_user").set({ disabled: true }).where("id", "=", id).execute();
});
afterAll(async () => {
  await app?.close();
  await t?.dispose();
});

describe(`sign-in and better-auth's routes (${engine})`, () => {
  it("closes every self-service identity route and username probing, signed in or not", async () => {
    const ok = await signIn("viewer", "nianbao-demo");
    const cookie = cookieOf(ok);
    for (const [path, body] of [
      ["/api/auth/update-user", { name: "武冈市管理员" }],
      ["/api/auth/change-email", { newEmail: "x@example.com" }],
      ["/api/auth/change-password", { currentPassword: "nianbao-demo", newPassword: "Another-kite-river-5" }],
      ["/api/auth/is-username-available", { username: "admin" }],
      ["/api/auth/sign-up/email", { email: "a@b.c", password: "Another-kite-river-5", name: "x" }],
      ["/api/auth/revoke-sessions", {}],
    ] as const) {
      expect((await post(path, body, { cookie })).statusCode, path).toBe(404);
      expect((await post(path, body)).statusCode, path).toBe(404);
    }
    const me = await t.db
      .selectFrom("app_user")
      .select("display_name")
      .where("username", "=", "viewer")
      .executeTakeFirstOrThrow();
    expect(me.display_name).toBe("武冈市查阅员");
  });

  it("sends no session token in a body: only the HttpOnly cookie carries it", async () => {
    const ok = await signIn("reviewer", "nianbao-demo");
    expect(ok.statusCode).toBe(200);
    expect(ok.body).not.toMatch(/token/i);
    expect(ok.json().user.username).toBe("reviewer");
    const session = await app.inject({
      method: "GET",
      url: "/api/auth/get-session",
      headers: { cookie: cookieOf(ok) },
    });
    expect(session.statusCode).toBe(200);
    expect(session.json().session.userId).toBeTruthy();
    expect(session.body).not.toMatch(/"token"/);
  });

  it("answers a wrong password, an unknown user and a disabled account alike, in similar time", async () => {
    const cases = [
      ["admin", "wrong-password-1"],
      ["nobody_here", "wrong-password-1"],
      ["no such-name!", "wrong-password-1"],
      ["retired", "Bygone-kite-river-31"],
      ["retired", "wrong-password-1"],
    ] as const;
    await signIn("admin", "warm-up-password", "10.0.0.9");
    const times: number[] = [];
    for (const [i, [u, p]] of cases.entries()) {
      const started = performance.now();
      const res = await signIn(u, p, `10.0.0.${i + 10}`);
      times.push(performance.now() - started);
      expect(res.statusCode, `${u}/${p}`).toBe(401);
      expect(res.json(), `${u}/${p}`).toEqual(SIGN_IN_REFUSED);
      expect(res.headers["set-cookie"]).toBeUndefined();
    }
    console.log("sign-in refusal times (ms)", times.map(Math.round));
    // Each does one scrypt hash or verification (~50–100 ms); none answers at once.
    expect(Math.min(...times)).toBeGreaterThan(Math.max(...times) / 5);
  });

  it("slows one account from one address down, but a correct password from a known address still works", async () => {
    // The owner has signed in from their office before.
    expect((await signIn("jingzhupu", "nianbao-demo", "10.1.1.1")).statusCode).toBe(200);
    const statuses: number[] = [];
    // Someone guesses from many addresses (25 failures over the account: past its allowance of 20).
    for (let i = 0; i < 25; i++)
      statuses.push((await signIn("jingzhupu", `guess-${i}`, `10.2.0.${i % 5}`)).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses).toContain(429);
    const throttled = await signIn("jingzhupu", "guess-x", "10.2.0.9");
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers["retry-after"])).toBeGreaterThan(0);
    // Even the right password from a new address waits while the account is under attack …
    expect((await signIn("jingzhupu", "nianbao-demo", "10.3.3.3")).statusCode).toBe(429);
    // … but the owner at their usual address signs in.
    expect((await signIn("jingzhupu", "nianbao-demo", "10.1.1.1")).statusCode).toBe(200);
  });

  it("one guesser behind a shared address slows only their own guesses, not colleagues with the right password", async () => {
    const nat = "10.9.9.9";
    expect((await signIn("dengyuantai", "nianbao-demo", nat)).statusCode).toBe(200);
    for (let i = 0; i < 8; i++) await signIn("shuiximen", `guess-${i}`, nat);
    expect((await signIn("shuiximen", "guess-9", nat)).statusCode).toBe(429);
    expect((await signIn("dengyuantai", "nianbao-demo", nat)).statusCode).toBe(200);
    expect((await signIn("shuiximen", "nianbao-demo", "10.9.9.10")).statusCode).toBe(200);
    const rows = await t.db
      .selectFrom("sign_in_throttle")
      .select(["key", "failures"])
      .where("key", "=", `pair:shuiximen|${nat}`)
      .execute();
    expect(rows[0]!.failures).toBe(6); // 5 free, the 6th starts the back-off; waiting answers are not counted
  });
});

describe(`security headers (${engine})`, () => {
  it("sets a Content-Security-Policy, frame protection, nosniff, a referrer policy and HSTS when asked", async () => {
    const res = await app.inject({ method: "GET", url: "/healthz" });
    const csp = String(res.headers["content-security-policy"]);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(res.headers["x-content-type-options"]).toBe("nosniff");
    expect(res.headers["x-frame-options"]).toBe("DENY");
    expect(res.headers["referrer-policy"]).toBe("same-origin");
    expect(res.headers["strict-transport-security"]).toMatch(/max-age=31536000/);
  });

  it("sends no HSTS over plain HTTP (SECURE_COOKIES unset)", async () => {
    const plain = await buildServer({ database: t, logLevel: "silent" });
    try {
      const res = await plain.inject({ method: "GET", url: "/healthz" });
      expect(res.headers["strict-transport-security"]).toBeUndefined();
      expect(res.headers["content-security-policy"]).toBeTruthy();
    } finally {
      await plain.close();
    }
  });
});

describe(`PDF rendering through a bounded queue (${engine})`, () => {
  it("answers 429 with Retry-After past the per-person and the overall bounds, and serves again once done", async () => {
    const reportOf = async (org: string) => {
      const r = await t.db
        .selectFrom("report as r")
        .innerJoin("org_unit as o", "o.id", "r.org_unit_id")
        .select("r.id")
        .where("o.name", "=", org)
        .executeTakeFirstOrThrow();
      return r.id;
    };
    const reportId = await reportOf("荆竹铺镇");
    const as = async (username: string, address: string) =>
      cookieOf(await signIn(username, "nianbao-demo", address));
    const reviewer = await as("reviewer", "10.5.0.1");
    const admin = await as("admin", "10.5.0.2");
    const get = (cookie: string) =>
      app.inject({ method: "GET", url: `/api/reports/${reportId}/document.pdf`, headers: { cookie } });
    const first = [get(reviewer), get(reviewer)];
    await new Promise((r) => setTimeout(r, 300));
    const third = await get(reviewer);
    expect(third.statusCode).toBe(429);
    expect(third.headers["retry-after"]).toBe("7");
    expect(third.json()).toMatchObject({ reason: "busy" });
    expect(third.json().error).toMatch(/PDF/);
    const other = get(admin);
    await new Promise((r) => setTimeout(r, 300));
    const overall = await get(admin);
    expect(overall.statusCode).toBe(429);
    while (waiting.length < 3) await new Promise((r) => setTimeout(r, 50));
    for (const done of waiting.splice(0)) done();
    expect((await Promise.all([...first, other])).map((r) => r.statusCode)).toEqual([200, 200, 200]);
    const again = get(reviewer);
    while (waiting.length < 1) await new Promise((r) => setTimeout(r, 50));
    waiting.shift()!();
    expect((await again).statusCode).toBe(200);
  });
});
