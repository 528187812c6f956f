import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { sections } from "@nianbao/sections";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSessionUser } from "./auth.ts";
import { createCaller } from "./root.ts";
import { audit } from "./services/audit.ts";
import { insertThread } from "./services/threads.ts";
import { reasonOf, rejection, seededApi } from "./test-support.ts";

// Accounts hardened (issue 14): identity changes by administrators only and audited, history keeping the name
// people had when they acted, one's own sessions, least privilege for report.open and draft years.

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let t: TestDatabase;
let s: Awaited<ReturnType<typeof seededApi>>;
let orgId: string;
let yearId: string;

beforeAll(async () => {
  t = await createTestDb();
  s = await seededApi(t.db);
  const editor = await s.as("jingzhupu");
  orgId = (await editor.org.townships())[0]!.id;
  yearId = (await editor.year.forOrg({ orgId })).find((y) => y.year === 2024)!.id;
});
afterAll(() => t?.dispose());

/** Sign in through better-auth (a real session row) and a caller bound to that session. */
async function signedIn(username: string, password = "nianbao-demo", userAgent = "Mozilla/5.0 Chrome/131.0") {
  const r = await s.auth.api.signInUsername({
    body: { username, password },
    headers: new Headers({ "user-agent": userAgent }),
    returnHeaders: true,
  });
  const cookie = r.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const session = (await s.auth.api.getSession({ headers: new Headers({ cookie }) }))!;
  const user = (await loadSessionUser(t.db, session.user.id))!;
  return {
    cookie,
    sessionId: session.session.id,
    caller: createCaller({ db: t.db, sections, auth: s.auth, user, sessionId: session.session.id }),
  };
}
const alive = async (cookie: string) => !!(await s.auth.api.getSession({ headers: new Headers({ cookie }) }));
const userId = async (username: string) =>
  (await t.db.selectFrom("app_user").select("id").where("username", "=", username).executeTakeFirstOrThrow())
    .id;

describe(`identity changes (${engine})`, () => {
  it("an administrator renames an account: audited, and history, comments and the audit log keep the old name", async () => {
    const editor = await s.as("jingzhupu");
    const report = await editor.report.open({ yearId, orgId });
    const base = await editor.section.get({ reportId: report.id, sectionKey: "legal-study" });
    const data = { ...(base.data as object), centralGroup: { frequency: "每月", sessions: 11 } };
    await editor.section.save({
      reportId: report.id,
      sectionKey: "legal-study",
      baseRevision: base.revision,
      data,
    });
    // A review message as the reviewer (review.start needs a submitted report; the name is what is tested).
    const reviewerId = await userId("reviewer");
    await t.db.transaction().execute(async (trx) => {
      const threadId = await insertThread(trx, {
        reportId: report.id,
        sectionKey: null,
        kind: "comment",
        body: "请补充数据",
        userId: reviewerId,
      });
      await audit(trx, {
        actorId: reviewerId,
        action: "thread.open",
        targetType: "thread",
        targetId: threadId,
        orgUnitId: orgId,
        reportId: report.id,
        after: { body: "请补充数据" },
      });
    });
    const admin = await s.as("admin");
    const clerk = await userId("jingzhupu");
    await admin.account.rename({ userId: clerk, displayName: "武冈市管理员" });
    await admin.account.rename({ userId: await userId("reviewer"), displayName: "改名后的审核员" });
    const revisions = await editor.section.revisions({ reportId: report.id, sectionKey: "legal-study" });
    expect(revisions[0]!.savedBy).toBe("荆竹铺镇填报员");
    const threads = await editor.review.threads({ reportId: report.id });
    expect(threads.flatMap((th) => th.messages).find((m) => m.body === "请补充数据")!.author).toBe(
      "武冈市司法局审核员",
    );
    const log = (await admin.audit.list({ pageSize: 50 })).rows;
    const byReviewer = await t.db
      .selectFrom("audit_event")
      .select("id")
      .where("actor_id", "=", await userId("reviewer"))
      .execute();
    expect(byReviewer.length).toBeGreaterThan(0);
    for (const e of byReviewer) expect(log.find((x) => x.id === e.id)?.actor).toBe("武冈市司法局审核员");
    const rename = await t.db
      .selectFrom("audit_event")
      .select(["id", "before", "after"])
      .where("action", "=", "account.rename")
      .where("target_id", "=", clerk)
      .executeTakeFirstOrThrow();
    expect(rename).toMatchObject({
      before: { displayName: "荆竹铺镇填报员" },
      after: { displayName: "武冈市管理员" },
    });
    expect(log.find((e) => e.id === rename.id)).toMatchObject({ action: "account.rename" });
    await admin.account.rename({ userId: clerk, displayName: "荆竹铺镇填报员" });
  });

  it("changes username and role only within the administrator's scope, never their own role", async () => {
    const admin = await s.as("admin");
    const viewer = await userId("viewer");
    await admin.account.setUsername({ userId: viewer, username: "Viewer2" });
    expect((await admin.account.list()).find((a) => a.id === viewer)!.username).toBe("viewer2");
    expect(reasonOf(await rejection(admin.account.setUsername({ userId: viewer, username: "admin" })))).toBe(
      "conflict",
    );
    await admin.account.setUsername({ userId: viewer, username: "viewer" });
    await admin.account.setRole({ userId: viewer, role: "reviewer", orgUnitId: orgId });
    expect((await admin.account.list()).find((a) => a.id === viewer)).toMatchObject({
      role: "reviewer",
      orgName: "荆竹铺镇",
    });
    expect(
      reasonOf(
        await rejection(
          admin.account.setRole({
            userId: viewer,
            role: "editor",
            orgUnitId: (await admin.org.administered()).find((o) => o.name === "武冈市")!.id,
          }),
        ),
      ),
    ).toBe("invalid");
    expect(
      reasonOf(
        await rejection(
          admin.account.setRole({ userId: await userId("admin"), role: "viewer", orgUnitId: orgId }),
        ),
      ),
    ).toBe("invalid");
    await admin.account.setRole({
      userId: viewer,
      role: "viewer",
      orgUnitId: (await admin.org.administered()).find((o) => o.name === "武冈市")!.id,
    });
    const actions = (await admin.audit.list({ pageSize: 50 })).rows.map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["account.change_username", "account.set_role"]));
  });

  it("refuses a weak password from an administrator with the policy's reason, naming the field", async () => {
    const admin = await s.as("admin");
    const e = await rejection(
      admin.account.resetPassword({ userId: await userId("viewer"), password: "viewer12345" }),
    );
    expect(e.message).toBe("密码不能包含用户名");
    const c = await rejection(
      admin.account.create({
        username: "weakling",
        displayName: "弱密码",
        password: "12345678",
        role: "viewer",
        orgUnitId: orgId,
      }),
    );
    expect(c.message).toBe("密码至少 10 个字符");
    expect((c.cause as unknown as { fieldErrors: unknown }).fieldErrors).toEqual([
      { path: "password", message: "密码至少 10 个字符" },
    ]);
  });
});

describe(`sessions (${engine})`, () => {
  it("a person lists their sessions, ends one, and signs out everywhere else", async () => {
    const a = await signedIn("dengyuantai", "nianbao-demo", "Mozilla/5.0 (Windows NT 10.0) Chrome/131.0");
    const b = await signedIn("dengyuantai");
    const c = await signedIn("dengyuantai");
    const list = await a.caller.session.list();
    expect(list.length).toBe(3);
    expect(list.filter((x) => x.current).map((x) => x.id)).toEqual([a.sessionId]);
    expect(await a.caller.session.end({ sessionId: b.sessionId })).toEqual({ ended: 1 });
    expect(await alive(b.cookie)).toBe(false);
    // Another person's session id ends nothing.
    const other = await signedIn("shuiximen");
    expect(await a.caller.session.end({ sessionId: other.sessionId })).toEqual({ ended: 0 });
    expect(await alive(other.cookie)).toBe(true);
    expect(await a.caller.session.end({})).toEqual({ ended: 1 });
    expect([await alive(a.cookie), await alive(c.cookie)]).toEqual([true, false]);
  });

  it("changing one's password ends every other session; an administrator's reset ends all and forces a change", async () => {
    const a = await signedIn("shuiximen");
    const b = await signedIn("shuiximen");
    expect(
      reasonOf(
        await rejection(
          a.caller.session.changePassword({
            currentPassword: "wrong-one-123",
            newPassword: "Lantern-orbit-river-77",
          }),
        ),
      ),
    ).toBe("invalid");
    expect(
      (
        await rejection(
          a.caller.session.changePassword({ currentPassword: "nianbao-demo", newPassword: "shuiximen-2024" }),
        )
      ).message,
    ).toBe("密码不能包含用户名");
    const r = await a.caller.session.changePassword({
      currentPassword: "nianbao-demo",
      newPassword: "Lantern-orbit-river-77",
    });
    expect(r.endedSessions).toBeGreaterThanOrEqual(1);
    expect([await alive(a.cookie), await alive(b.cookie)]).toEqual([true, false]);
    const admin = await s.as("admin");
    const id = await userId("shuiximen");
    expect((await admin.account.sessions({ userId: id })).length).toBe(1);
    await admin.account.resetPassword({ userId: id, password: "Reset-by-admin-kite-9" });
    expect(await alive(a.cookie)).toBe(false);
    const again = await signedIn("shuiximen", "Reset-by-admin-kite-9");
    expect(reasonOf(await rejection(again.caller.report.list()))).toBe("forbidden");
    expect((await admin.account.endSessions({ userId: id })).ended).toBe(1);
    expect(await alive(again.cookie)).toBe(false);
    // An administrator of another county cannot see them.
    expect(reasonOf(await rejection((await s.as("jingzhupu")).account.sessions({ userId: id })))).toBe(
      "forbidden",
    );
  });
});

describe(`least privilege (${engine})`, () => {
  it("report.open for the township's editors and administrators only", async () => {
    const dengyuantai = (await (await s.as("dengyuantai")).org.townships())[0]!.id;
    for (const who of ["viewer", "reviewer"]) {
      const e = await rejection((await s.as(who)).report.open({ yearId, orgId: dengyuantai }));
      expect(e.code, who).toBe("FORBIDDEN");
    }
    expect((await (await s.as("dengyuantai")).report.open({ yearId, orgId: dengyuantai })).id).toBeTruthy();
  });

  it("a draft year is seen by its administrators only", async () => {
    const admin = await s.as("admin");
    const region = (await admin.org.administered()).find((o) => o.name === "武冈市")!.id;
    const now = new Date();
    await t.db
      .insertInto("report_year")
      .values({
        year: 2031,
        region_id: region,
        status: "draft",
        template: JSON.stringify({}),
        deadline: null,
        published_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    expect((await admin.year.list()).map((y) => y.year)).toContain(2031);
    for (const who of ["viewer", "reviewer", "jingzhupu"])
      expect(
        (await (await s.as(who)).year.list()).map((y) => y.year),
        who,
      ).not.toContain(2031);
  });
});
