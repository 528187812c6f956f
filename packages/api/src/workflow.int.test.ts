import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures } from "@nianbao/sections";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createCaller } from "./root.ts";
import { reasonOf, rejection as refused, seededApi } from "./test-support.ts";

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
type Api = ReturnType<typeof createCaller>;
let t: TestDatabase;
let editor: Api;
let other: Api;
let reviewer: Api;
let admin: Api;
let reportId: string;
let yearId: string;
let orgId: string;

beforeAll(async () => {
  t = await createTestDb();
  const s = await seededApi(t.db);
  editor = await s.as("jingzhupu");
  other = await s.as("jingzhupu");
  reviewer = await s.as("reviewer");
  admin = await s.as("admin");
  orgId = (await editor.org.townships())[0]!.id;
  yearId = (await editor.year.forOrg({ orgId })).find((y) => y.year === 2024)!.id;
  reportId = (await editor.report.open({ yearId, orgId })).id;
});
afterAll(() => t?.dispose());

describe(`editing never loses work (${engine})`, () => {
  it("two saves from the same revision: one wins, the other gets CONFLICT with the winner's content; both are kept", async () => {
    const base = await editor.section.get({ reportId, sectionKey: "legal-study" });
    const mine = { ...(base.data as object), centralGroup: { frequency: "每月", sessions: 12 } };
    const theirs = { ...(base.data as object), centralGroup: { frequency: "每季度", sessions: 7 } };
    const won = await other.section.save({
      reportId,
      sectionKey: "legal-study",
      baseRevision: base.revision,
      data: theirs,
    });
    expect(won.revision).toBe(base.revision + 1);
    const err = await refused(
      editor.section.save({ reportId, sectionKey: "legal-study", baseRevision: base.revision, data: mine }),
    );
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toContain("荆竹铺镇填报员");
    expect(
      (err.cause as unknown as { conflict: { revision: number; data: { centralGroup: unknown } } }).conflict,
    ).toMatchObject({
      revision: base.revision + 1,
      data: { centralGroup: { frequency: "每季度", sessions: 7 } },
    });
    const stored = await editor.section.get({ reportId, sectionKey: "legal-study" });
    expect(stored.data).toMatchObject({ centralGroup: { sessions: 7 } });

    const history = await editor.section.revisions({ reportId, sectionKey: "legal-study" });
    const sessions = (r: (typeof history)[number]) =>
      r.changes.find((c) => c.path === "centralGroup.sessions")?.after;
    expect(history.filter((r) => !r.refused).map(sessions)).toContain("7");
    const lost = history.find((r) => r.refused)!;
    expect(sessions(lost)).toBe("12");
    expect(lost.savedBy).toBe("荆竹铺镇填报员");

    // Restoring the refused content makes it a new revision: nothing is overwritten.
    const restored = await editor.section.restore({
      reportId,
      sectionKey: "legal-study",
      revisionId: lost.id,
      baseRevision: stored.revision,
    });
    expect(restored.revision).toBe(stored.revision + 1);
    expect((await editor.section.get({ reportId, sectionKey: "legal-study" })).data).toMatchObject({
      centralGroup: { sessions: 12 },
    });
  });

  it("stores narrative text with HTML as text, unchanged", async () => {
    const s = await editor.section.get({ reportId, sectionKey: "legal-study" });
    const evil = "<script>alert(1)</script><b>加粗</b>";
    const data = { ...(s.data as object), centralGroup: { frequency: "每月", sessions: 3 }, outcome: evil };
    await editor.section.save({ reportId, sectionKey: "legal-study", baseRevision: s.revision, data });
    expect((await editor.section.get({ reportId, sectionKey: "legal-study" })).data).toMatchObject({
      outcome: evil,
    });
    const html = await editor.document.render({ reportId, format: "html" });
    expect(html.content).not.toContain("<script>alert(1)</script>");
    expect(html.content).toContain("&lt;script&gt;");
  });
});

describe(`the township → reviewer workflow (${engine})`, () => {
  it("refuses to submit while a required section is incomplete, naming it", async () => {
    const err = await refused(editor.report.submit({ reportId }));
    expect(err.code).toBe("PRECONDITION_FAILED");
    expect(err.message).toMatch(/还有\d+个必填栏目未完成/);
  });

  it("marks optional sections 本年度不适用 with a reason, never required ones", async () => {
    expect(
      (
        await refused(
          editor.section.setApplicability({
            reportId,
            sectionKey: "legal-study",
            notApplicable: true,
            reason: "无",
          }),
        )
      ).message,
    ).toBe("必填栏目不能标记为本年度不适用");
    expect(
      (
        await refused(
          editor.section.setApplicability({
            reportId,
            sectionKey: "other",
            notApplicable: true,
            reason: " ",
          }),
        )
      ).message,
    ).toBe("请填写不适用的理由");
    await editor.section.setApplicability({
      reportId,
      sectionKey: "other",
      notApplicable: true,
      reason: "本年度无其他事项",
    });
    const s = await editor.section.get({ reportId, sectionKey: "other" });
    expect(s).toMatchObject({ status: "not_applicable", note: "本年度无其他事项", required: false });
  });

  it("submits once every required section is complete; then nobody edits; the reviewer returns with a reason", async () => {
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
    expect(await editor.report.submit({ reportId })).toEqual({ status: "submitted" });
    const submitted = await reviewer.report.byId({ reportId });
    expect(submitted.status).toBe("submitted");
    expect(submitted.submittedAt).toBeInstanceOf(Date);
    expect(submitted.canEdit).toBe(false);
    expect((await reviewer.report.list({ awaitingReview: true })).map((r) => r.reportId)).toContain(reportId);

    const s = await editor.section.get({ reportId, sectionKey: "legal-study" });
    expect(
      (
        await refused(
          editor.section.save({
            reportId,
            sectionKey: "legal-study",
            baseRevision: s.revision,
            data: s.data,
          }),
        )
      ).message,
    ).toBe("报告已提交，等待审核，不能修改");
    expect(
      (
        await refused(
          reviewer.section.save({
            reportId,
            sectionKey: "legal-study",
            baseRevision: s.revision,
            data: s.data,
          }),
        )
      ).code,
    ).toBe("FORBIDDEN");
    expect(reasonOf(await refused(editor.report.submit({ reportId })))).toBe("locked");

    await reviewer.review.start({
      reportId,
      sectionKey: "legal-study",
      body: "学法次数与台账不一致，请核实",
    });
    expect((await refused(reviewer.report.return({ reportId, reason: "  " }))).code).toBe("BAD_REQUEST");
    const returned = await reviewer.report.return({ reportId, reason: "请核实学法次数" });
    expect(returned.status).toBe("returned");
    expect(returned.openThreads.map((t) => [t.sectionKey, t.body])).toEqual([
      ["legal-study", "学法次数与台账不一致，请核实"],
      [null, "请核实学法次数"],
    ]);
    const threads = await editor.review.threads({ reportId });
    expect(threads.flatMap((t) => t.messages.map((c) => [t.sectionKey, c.kind, c.body]))).toEqual([
      ["legal-study", "comment", "学法次数与台账不一致，请核实"],
      [null, "return", "请核实学法次数"],
    ]);
    expect(threads[0]!.messages[0]!.author).toBe("武冈市司法局审核员");
  });

  it("the editor fixes and resubmits; the reviewer sees what changed, approves, and the report locks", async () => {
    const s = await editor.section.get({ reportId, sectionKey: "legal-study" });
    const fixed = { ...(s.data as object), centralGroup: { frequency: "每月", sessions: 4 } };
    await editor.section.save({
      reportId,
      sectionKey: "legal-study",
      baseRevision: s.revision,
      data: fixed,
      complete: true,
      note: s.checks.some((c) => c.level === "warning") ? "已核实" : undefined,
    });
    const pending = await editor.report.changes({ reportId });
    expect(pending.sections.map((x) => x.sectionKey)).toEqual(["legal-study"]);
    await editor.report.submit({ reportId });

    const changes = await reviewer.report.changes({ reportId });
    expect(changes.since).toBeInstanceOf(Date);
    expect(changes.sections).toHaveLength(1);
    expect(changes.sections[0]!.changes).toEqual([
      { path: "centralGroup.sessions", before: "3", after: "4" },
    ]);

    expect((await refused(editor.report.approve({ reportId }))).code).toBe("FORBIDDEN");
    expect(await reviewer.report.approve({ reportId })).toEqual({ status: "approved", resolvedThreads: 2 });
    const approved = await editor.report.byId({ reportId });
    expect(approved.status).toBe("approved");
    expect(approved.approvedAt).toBeInstanceOf(Date);
    expect(approved.lockedReason).toBe("报告已审核通过并锁定，不能修改");

    const again = await editor.section.get({ reportId, sectionKey: "legal-study" });
    expect(
      reasonOf(
        await refused(
          editor.section.save({
            reportId,
            sectionKey: "legal-study",
            baseRevision: again.revision,
            data: again.data,
          }),
        ),
      ),
    ).toBe("locked");
    expect(
      reasonOf(
        await refused(
          editor.section.setApplicability({ reportId, sectionKey: "other", notApplicable: false }),
        ),
      ),
    ).toBe("locked");
    expect((await refused(reviewer.report.return({ reportId, reason: "再看看" }))).code).toBe(
      "PRECONDITION_FAILED",
    );
    expect((await refused(reviewer.report.approve({ reportId }))).code).toBe("PRECONDITION_FAILED");

    const log = (await admin.audit.list({ reportId, action: "report", pageSize: 100 })).rows;
    const actions = log.map((e) => e.action);
    expect(actions).toEqual([
      "report.approve",
      "report.submit",
      "report.return",
      "report.submit",
      "report.create",
    ]);
    // Readable: the action's name, the status's words and the reason, never raw JSON.
    expect(log.find((e) => e.action === "report.return")).toMatchObject({
      actor: "武冈市司法局审核员",
      actionLabel: "退回报告",
      changes: [
        { path: "status", label: "状态", before: "已提交", after: "已退回" },
        { path: "reason", label: "理由", before: null, after: "请核实学法次数" },
        { path: "openThreads", label: "待处理意见", before: null, after: "1条" },
      ],
    });
    const en = (await admin.audit.list({ reportId, action: "report.return", locale: "en" })).rows;
    expect(en.map((e) => [e.actionLabel, e.changes[0]])).toEqual([
      ["Report returned", { path: "status", label: "Status", before: "submitted", after: "returned" }],
    ]);
  });

  it("after the deadline editing locks unless an administrator opens an exception for the township, with a reason", async () => {
    const report2023 = (await editor.report.list({ awaitingReview: false })).find((r) => r.year === 2023)!;
    const rid = report2023.reportId!;
    const y2023 = report2023.yearId;
    // The demo's exceptions are revoked: the 2023 deadline (2024-03-01) has passed.
    await t.db
      .updateTable("deadline_exception")
      .set({ revoked_at: new Date() })
      .where("report_year_id", "=", y2023)
      .execute();
    const s = await editor.section.get({ reportId: rid, sectionKey: "legal-study" });
    const err = await refused(
      editor.section.save({
        reportId: rid,
        sectionKey: "legal-study",
        baseRevision: s.revision,
        data: s.data,
      }),
    );
    expect(reasonOf(err)).toBe("locked");
    expect(err.message).toBe("已过报送截止日期（2024-03-01），如需修改请联系管理员开放例外");
    expect((await editor.report.byId({ reportId: rid })).canEdit).toBe(false);

    expect(
      (await refused(reviewer.exception.open({ yearId: y2023, orgId, reason: "补报", until: "2099-01-01" })))
        .code,
    ).toBe("FORBIDDEN");
    expect(
      (await refused(admin.exception.open({ yearId: y2023, orgId, reason: " ", until: "2099-01-01" }))).code,
    ).toBe("BAD_REQUEST");
    const ex = await admin.exception.open({
      yearId: y2023,
      orgId,
      reason: "镇政府换届，延期补报",
      until: "2099-01-01",
    });
    expect((await editor.report.byId({ reportId: rid })).exception).toEqual({
      reason: "镇政府换届，延期补报",
      until: "2099-01-01",
    });
    const saved = await editor.section.save({
      reportId: rid,
      sectionKey: "legal-study",
      baseRevision: s.revision,
      data: s.data,
    });
    expect(saved.revision).toBe(s.revision + 1);

    await admin.exception.revoke({ id: ex.id });
    expect(
      reasonOf(
        await refused(
          editor.section.save({
            reportId: rid,
            sectionKey: "legal-study",
            baseRevision: saved.revision,
            data: s.data,
          }),
        ),
      ),
    ).toBe("locked");
    const log = (await admin.audit.list({ action: "deadline", pageSize: 100 })).rows;
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(["deadline.exception.open", "deadline.exception.revoke"]),
    );
  });
});
