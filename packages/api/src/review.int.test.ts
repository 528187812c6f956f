import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures } from "@nianbao/sections";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createCaller } from "./root.ts";
import { reasonOf, rejection as refused, seededApi } from "./test-support.ts";

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
type Api = ReturnType<typeof createCaller>;
let t: TestDatabase;
let editor: Api;
let reviewer: Api;
let admin: Api;
let viewer: Api;
let neighbour: Api;
let reportId: string;
let threadId: string;

beforeAll(async () => {
  t = await createTestDb();
  const s = await seededApi(t.db);
  editor = await s.as("jingzhupu");
  reviewer = await s.as("reviewer");
  admin = await s.as("admin");
  viewer = await s.as("viewer");
  neighbour = await s.as("dengyuantai");
  const orgId = (await editor.org.townships())[0]!.id;
  const yearId = (await editor.year.forOrg({ orgId })).find((y) => y.year === 2024)!.id;
  reportId = (await editor.report.open({ yearId, orgId })).id;
});
afterAll(() => t?.dispose());

const auditActions = async () =>
  (
    await t.db
      .selectFrom("audit_event")
      .select("action")
      .where("report_id", "=", reportId)
      .where("action", "like", "thread.%")
      .orderBy("at")
      .orderBy("id")
      .execute()
  ).map((r) => r.action);

describe(`review threads (${engine})`, () => {
  it("a reviewer opens a thread on one field; the field's path and label are kept; the clerk is notified", async () => {
    const before = (await editor.inbox.notifications()).unread;
    threadId = (
      await reviewer.review.start({
        reportId,
        sectionKey: "legal-study",
        fieldPath: "centralGroup.sessions",
        fieldLabel: "中心组学法次数",
        body: "学法次数与台账不一致，请核实",
      })
    ).id;
    const [thread] = await editor.review.threads({ reportId });
    expect(thread).toMatchObject({
      id: threadId,
      sectionKey: "legal-study",
      fieldPath: "centralGroup.sessions",
      fieldLabel: "中心组学法次数",
      status: "open",
    });
    expect(thread!.messages.map((m) => [m.author, m.body])).toEqual([
      ["武冈市司法局审核员", "学法次数与台账不一致，请核实"],
    ]);
    const notes = await editor.inbox.notifications();
    expect(notes.unread).toBe(before + 1);
    expect(notes.items[0]).toMatchObject({
      kind: "comment",
      reportId,
      sectionKey: "legal-study",
      threadId,
      params: { org: "荆竹铺镇", year: 2024, actor: "武冈市司法局审核员" },
    });
    // Nobody else hears of it: the reviewer wrote it, other townships are not concerned.
    expect((await reviewer.inbox.notifications()).items.filter((n) => n.threadId === threadId)).toEqual([]);
    expect((await neighbour.inbox.notifications()).items).toEqual([]);
  });

  it("refuses bad input naming the field, and threads from those who may not open them", async () => {
    const bad = await refused(
      reviewer.review.start({
        reportId,
        sectionKey: "legal-study",
        fieldPath: "centralGroup..x",
        fieldLabel: "x",
        body: "看看",
      }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
    expect(bad.message).toContain("fieldPath");
    expect(
      reasonOf(
        await refused(
          reviewer.review.start({
            reportId,
            sectionKey: null,
            fieldPath: "a.b",
            fieldLabel: "甲",
            body: "看看",
          }),
        ),
      ),
    ).toBe("invalid");
    expect(
      reasonOf(await refused(reviewer.review.start({ reportId, sectionKey: "no-such", body: "看看" }))),
    ).toBe("not_found");
    expect(
      (await refused(editor.review.start({ reportId, sectionKey: "legal-study", body: "自己提意见" }))).code,
    ).toBe("FORBIDDEN");
    expect((await refused(viewer.review.reply({ reportId, threadId, body: "查阅员不能回复" }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refused(neighbour.review.reply({ reportId, threadId, body: "别的乡镇" }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await refused(editor.review.resolve({ reportId, threadId }))).code).toBe("FORBIDDEN");
  });

  it("the clerk replies (the reviewer is told); the reviewer resolves; a resolved thread takes no reply until reopened", async () => {
    await editor.review.reply({ reportId, threadId, body: "已按台账改为4次" });
    const told = await reviewer.inbox.notifications();
    expect(told.items[0]).toMatchObject({
      kind: "comment",
      threadId,
      params: { actor: "荆竹铺镇填报员", excerpt: "已按台账改为4次" },
    });
    // The administrator reviews the city too, but is not a reviewer: not told.
    expect((await admin.inbox.notifications()).items.filter((n) => n.threadId === threadId)).toEqual([]);

    expect(await reviewer.review.resolve({ reportId, threadId })).toEqual({
      id: threadId,
      status: "resolved",
    });
    expect(reasonOf(await refused(reviewer.review.resolve({ reportId, threadId })))).toBe("wrong_state");
    expect(reasonOf(await refused(editor.review.reply({ reportId, threadId, body: "还有一点" })))).toBe(
      "wrong_state",
    );
    const [resolved] = await editor.review.threads({ reportId });
    expect(resolved).toMatchObject({ status: "resolved", resolvedBy: "武冈市司法局审核员" });
    expect(resolved!.messages).toHaveLength(2);

    await reviewer.review.reopen({ reportId, threadId });
    await editor.review.reply({ reportId, threadId, body: "补充：台账已上传" });
    await reviewer.review.resolve({ reportId, threadId });
    expect(await auditActions()).toEqual([
      "thread.open",
      "thread.reply",
      "thread.resolve",
      "thread.reopen",
      "thread.reply",
      "thread.resolve",
    ]);
    expect((await editor.review.threads({ reportId }))[0]!.messages.map((m) => m.body)).toEqual([
      "学法次数与台账不一致，请核实",
      "已按台账改为4次",
      "补充：台账已上传",
    ]);
  });

  it("marks notifications read, one or all, and only the person's own", async () => {
    const mine = await editor.inbox.notifications();
    expect(mine.unread).toBeGreaterThan(0);
    const first = mine.items[0]!.id;
    expect(reasonOf(await refused(reviewer.inbox.markRead({ ids: [first] })))).toBe("invalid");
    expect((await editor.inbox.markRead({ ids: [first] })).unread).toBe(mine.unread - 1);
    expect(await editor.inbox.markRead({})).toMatchObject({ unread: 0 });
    expect((await editor.inbox.notifications()).items.every((n) => n.readAt instanceof Date)).toBe(true);
  });
});

async function completeRequired() {
  const report = await editor.report.byId({ reportId });
  for (const part of report.outline) {
    for (const sec of part.sections) {
      if (!sec.required) continue;
      const s = await editor.section.get({ reportId, sectionKey: sec.key });
      const data =
        s.revision > 0
          ? s.data
          : (demoFixtures[sec.pluginId]?.demo2024 ?? demoFixtures[sec.pluginId]?.jingzhupu2023 ?? s.data);
      const warnings = s.revision > 0 ? s.checks.filter((c) => c.level === "warning").length : 0;
      await editor.section.save({
        reportId,
        sectionKey: sec.key,
        baseRevision: s.revision,
        data,
        complete: true,
        note: warnings ? "已核实" : undefined,
      });
    }
  }
}

describe(`workflow notifications and the inbox (${engine})`, () => {
  it("the clerk's inbox counts down to the deadline; the reviewer's lists what waits", async () => {
    const todo = await editor.inbox.todo();
    expect(todo.reviewer).toBeNull();
    expect(todo.admin).toBeNull();
    const mine = todo.clerk!.find((r) => r.reportId === reportId)!;
    // The demo's exception keeps the report open until 2099-12-31: that is the clerk's deadline.
    expect(mine).toMatchObject({ orgName: "荆竹铺镇", year: 2024, deadline: "2099-12-31", openThreads: 0 });
    expect(mine.daysLeft).toBe(Math.round((Date.parse("2099-12-31") - Date.parse(todo.today)) / 86_400_000));
    const waiting = (await reviewer.inbox.todo()).reviewer!;
    expect(waiting.map((w) => w.orgName)).toContain("湾头桥镇");
    expect(waiting.map((w) => w.reportId)).not.toContain(reportId);
  });

  it("submitting tells the city's reviewers (not the administrator or viewer) and the report waits in their inbox", async () => {
    await completeRequired();
    const before = (await reviewer.inbox.notifications()).unread;
    await editor.report.submit({ reportId });
    const notes = await reviewer.inbox.notifications();
    expect(notes.unread).toBe(before + 1);
    expect(notes.items[0]).toMatchObject({
      kind: "submitted",
      reportId,
      params: { org: "荆竹铺镇", actor: "荆竹铺镇填报员" },
    });
    expect((await viewer.inbox.notifications()).items).toEqual([]);
    expect((await admin.inbox.notifications()).items.filter((n) => n.kind === "submitted")).toEqual([]);
    expect((await reviewer.inbox.todo()).reviewer!.map((w) => w.reportId)).toContain(reportId);
  });

  it("a return lists the open threads; the clerk is told and sees which sections carry them", async () => {
    await reviewer.review.start({ reportId, sectionKey: "problems", body: "问题写得太笼统" });
    await reviewer.review.start({
      reportId,
      sectionKey: "legal-study",
      fieldPath: "training.sessions",
      fieldLabel: "法律知识培训场次",
      body: "培训场次偏少",
    });
    const returned = await reviewer.report.return({ reportId, reason: "请按意见修改后重新提交" });
    expect(returned.openThreads.map((o) => [o.heading ?? o.sectionKey, o.fieldLabel, o.body])).toEqual([
      [expect.any(String), null, "问题写得太笼统"],
      [expect.any(String), "法律知识培训场次", "培训场次偏少"],
      [null, null, "请按意见修改后重新提交"],
    ]);
    const note = (await editor.inbox.notifications()).items[0]!;
    expect(note).toMatchObject({ kind: "returned", reportId });
    expect(note.params.excerpt).toContain("请按意见修改后重新提交");
    const mine = (await editor.inbox.todo()).clerk!.find((r) => r.reportId === reportId)!;
    expect(mine).toMatchObject({ status: "returned", openThreads: 3 });
    expect(mine.sections.map((s) => s.sectionKey).sort()).toEqual(["legal-study", "problems", null].sort());
    const audit = await t.db
      .selectFrom("audit_event")
      .select("after")
      .where("report_id", "=", reportId)
      .where("action", "=", "report.return")
      .executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ openThreads: 2 });
  });

  it("approval resolves what is still open and tells the clerk", async () => {
    await editor.report.submit({ reportId });
    const approved = await reviewer.report.approve({ reportId, comment: "同意" });
    expect(approved).toEqual({ status: "approved", resolvedThreads: 3 });
    const threads = await editor.review.threads({ reportId });
    expect(threads.every((x) => x.status === "resolved")).toBe(true);
    expect(threads.at(-1)!.messages[0]).toMatchObject({ kind: "approve", body: "同意" });
    expect((await editor.inbox.notifications()).items[0]).toMatchObject({ kind: "approved", reportId });
    expect((await editor.inbox.todo()).clerk!.map((r) => r.reportId)).not.toContain(reportId);
  });

  it("the administrator's inbox names townships not started or late", async () => {
    // 2024's deadline (2025-03-01) has passed; the demo's exceptions keep every township open. Revoke two.
    const year = (
      await t.db.selectFrom("report_year").select("id").where("year", "=", 2024).executeTakeFirstOrThrow()
    ).id;
    const orgs = await t.db
      .selectFrom("org_unit")
      .select("id")
      .where("name", "in", ["文坪镇", "邓元泰镇"])
      .execute();
    await t.db
      .updateTable("deadline_exception")
      .set({ revoked_at: new Date() })
      .where("report_year_id", "=", year)
      .where(
        "org_unit_id",
        "in",
        orgs.map((o) => o.id),
      )
      .execute();
    const todo = (await admin.inbox.todo()).admin!;
    const late = todo.filter((x) => x.year === 2024 && x.late).map((x) => x.orgName);
    expect(late.sort()).toEqual(["文坪镇", "邓元泰镇"].sort());
    expect(todo.find((x) => x.orgName === "文坪镇" && x.year === 2024)).toMatchObject({
      deadline: "2025-03-01",
      notStarted: false,
    });
    expect(todo.find((x) => x.orgName === "邓元泰镇" && x.year === 2024)).toMatchObject({ notStarted: true });
    expect((await editor.inbox.todo()).admin).toBeNull();
  });
});
