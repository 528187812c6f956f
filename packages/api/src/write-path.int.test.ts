import { createDb, sql, type Database, type DB, type Kysely } from "@nianbao/db";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DomainError } from "./errors.ts";
import { createCaller } from "./root.ts";
import { reasonOf, rejection, seededApi } from "./test-support.ts";

// Regression tests of issue 13's write side: 不适用 before any data (1), racing submit / save / 不适用 /
// approve (3), races answered as conflicts (4), metrics after 恢复 (5), audit events in the change's
// transaction and for administrative actions (6), a complete section's edit kept as a draft (9).

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
type Api = ReturnType<typeof createCaller>;
let t: TestDatabase;
let db: Kysely<DB>;
let s: Awaited<ReturnType<typeof seededApi>>;
let editor: Api;
let admin: Api;
let yearId: string;
let orgId: string;
let reportId: string;

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  s = await seededApi(db);
  editor = await s.as("jingzhupu");
  admin = await s.as("admin");
  orgId = (await editor.org.townships())[0]!.id;
  yearId = (await editor.year.forOrg({ orgId })).find((y) => y.year === 2024)!.id;
  reportId = (await editor.report.open({ yearId, orgId })).id;
  // The official outline has one optional section (其他, no metrics): a revision makes 下一年度安排 and one
  // section with metrics optional too, as a county may.
  const y = await admin.yearAdmin.byId({ yearId });
  const withMetrics = y.template.parts
    .flatMap((p) => p.sections)
    .find(
      (x) =>
        x.key !== "legal-study" &&
        Object.keys(sections.get(x.plugin)?.metrics ?? {}).length > 0 &&
        demoFixtures[x.plugin]?.demo2024 !== undefined,
    )!;
  const template = {
    ...y.template,
    parts: y.template.parts.map((p) => ({
      ...p,
      sections: p.sections.map((x) =>
        x.key === "plans" || x.key === withMetrics.key ? { ...x, required: false } : x,
      ),
    })),
  };
  await admin.yearAdmin.revise({
    yearId,
    baseRevision: y.templateRevision,
    template,
    deadline: y.deadline,
    orgIds: y.orgIds,
  });
});
afterAll(() => t?.dispose());

async function sectionRow(key: string) {
  return db
    .selectFrom("report_section")
    .select(["id", "plugin_id", "plugin_version", "data", "status", "revision"])
    .where("report_id", "=", reportId)
    .where("section_key", "=", key)
    .executeTakeFirst();
}
async function metricCount(sectionId: string): Promise<number> {
  const r = await db
    .selectFrom("section_metric")
    .select((eb) => eb.fn.countAll<string>().as("n"))
    .where("report_section_id", "=", sectionId)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}
async function actions(): Promise<string[]> {
  return (await db.selectFrom("audit_event").select("action").orderBy("at").execute()).map((e) => e.action);
}

/** An optional section of the report whose plugin has metrics and a demo fixture. */
async function optionalWithMetrics() {
  const report = await editor.report.byId({ reportId });
  for (const sec of report.outline.flatMap((p) => p.sections)) {
    const plugin = sections.get(sec.pluginId);
    const fixture = demoFixtures[sec.pluginId]?.demo2024 ?? demoFixtures[sec.pluginId]?.jingzhupu2023;
    if (!sec.required && plugin && Object.keys(plugin.metrics).length > 0 && fixture !== undefined)
      return { key: sec.key, fixture, plugin };
  }
  return null;
}

describe(`不适用 and 恢复 keep a section well-formed (${engine})`, () => {
  it("不适用 before any data stores the plugin's version and defaults; every document still composes (problem 1)", async () => {
    await editor.section.setApplicability({
      reportId,
      sectionKey: "other",
      notApplicable: true,
      reason: "本年度无其他事项",
    });
    const row = await sectionRow("other");
    const plugin = sections.get(row!.plugin_id)!;
    expect(row).toMatchObject({ status: "not_applicable", plugin_version: plugin.version, revision: 1 });
    expect(row!.data).toEqual(JSON.parse(JSON.stringify(plugin.defaults)));
    for (const format of ["md", "html"] as const) {
      expect((await editor.document.render({ reportId, format })).content.length).toBeGreaterThan(0);
    }
    // 恢复填写: a draft of the same (default) data, one revision later.
    expect(
      await editor.section.setApplicability({ reportId, sectionKey: "other", notApplicable: false }),
    ).toEqual({ status: "draft", revision: 2 });
  });

  it("恢复填写 repairs a row stored by earlier versions with plugin version 0 (problem 1)", async () => {
    const row = (await sectionRow("other"))!;
    await db
      .updateTable("report_section")
      .set({ plugin_version: 0, data: "{}", status: "not_applicable", note: "旧版本写入" })
      .where("id", "=", row.id)
      .execute();
    await editor.section.setApplicability({ reportId, sectionKey: "other", notApplicable: false });
    const repaired = (await sectionRow("other"))!;
    const plugin = sections.get(repaired.plugin_id)!;
    expect(repaired).toMatchObject({
      status: "draft",
      plugin_version: plugin.version,
      revision: row.revision + 1,
    });
    expect(repaired.data).toEqual(JSON.parse(JSON.stringify(plugin.defaults)));
    expect((await editor.section.get({ reportId, sectionKey: "other" })).filedVersion).toBe(plugin.version);
    expect((await editor.document.render({ reportId, format: "md" })).content.length).toBeGreaterThan(0);
  });

  it("不适用 removes a section's metrics from the year's totals and 恢复 brings them back at once (problem 5)", async () => {
    const target = await optionalWithMetrics();
    expect(target, "the demo outline has an optional section with metrics").not.toBeNull();
    const { key, fixture } = target!;
    const before = await editor.section.get({ reportId, sectionKey: key });
    await editor.section.save({ reportId, sectionKey: key, baseRevision: before.revision, data: fixture });
    const row = (await sectionRow(key))!;
    const stored = await metricCount(row.id);
    expect(stored).toBeGreaterThan(0);
    const rollup = () =>
      db
        .selectFrom("metric_rollup")
        .select(["metric_key", "sum", "num", "den", "n"])
        .where("report_year_id", "=", yearId)
        .where("plugin_id", "=", row.plugin_id)
        .orderBy("metric_key")
        .execute();
    const totals = await rollup();

    await editor.section.setApplicability({
      reportId,
      sectionKey: key,
      notApplicable: true,
      reason: "本年度不涉及",
    });
    expect(await metricCount(row.id)).toBe(0);
    await editor.section.setApplicability({ reportId, sectionKey: key, notApplicable: false });
    expect(await metricCount(row.id)).toBe(stored);
    expect(await rollup()).toEqual(totals);
  });
});

describe(`a clerk's edit is never refused for its checks (${engine})`, () => {
  it("a complete section whose edit raises a new warning is saved as a draft with a notice (problem 9)", async () => {
    const fixture = demoFixtures["legal-study"]!.demo2024 ?? demoFixtures["legal-study"]!.jingzhupu2023;
    const s0 = await editor.section.get({ reportId, sectionKey: "legal-study" });
    const done = await editor.section.save({
      reportId,
      sectionKey: "legal-study",
      baseRevision: s0.revision,
      data: fixture,
      complete: true,
      note: "已核实",
    });
    expect(done.status).toBe("complete");
    const edited = { ...(fixture as object), centralGroup: { frequency: "每月", sessions: 0 } };
    const kept = await editor.section.save({
      reportId,
      sectionKey: "legal-study",
      baseRevision: done.revision,
      data: edited,
      complete: true,
      note: null,
    });
    expect(kept).toMatchObject({
      status: "draft",
      revision: done.revision + 1,
      notice: { reason: "note_required" },
    });
    expect(kept.notice!.message).toContain("中心组学法次数未达到本年度目标");
    expect(kept.notice!.fieldErrors.map((f) => f.path)).toContain("data.centralGroup.sessions");
    const stored = await editor.section.get({ reportId, sectionKey: "legal-study" });
    expect(stored).toMatchObject({ status: "draft", data: { centralGroup: { sessions: 0 } } });
    const log = await db
      .selectFrom("audit_event")
      .select(["action", "after"])
      .where("report_id", "=", reportId)
      .orderBy("at", "desc")
      .executeTakeFirstOrThrow();
    expect(log).toMatchObject({ action: "section.draft", after: { notice: "note_required" } });
  });
});

describe(`races end in a clear conflict, never a 500 (${engine})`, () => {
  it("a first save racing 不适用 on one section: one wins, the other is a CONFLICT (problem 4)", async () => {
    // The plans section: optional here, never saved in the demo.
    const key = "plans";
    expect(await sectionRow(key), "plans starts empty in the demo").toBeUndefined();
    const data = (await editor.section.get({ reportId, sectionKey: key })).data;
    const results = await Promise.allSettled([
      editor.section.save({ reportId, sectionKey: key, baseRevision: 0, data }),
      editor.section.setApplicability({
        reportId,
        sectionKey: key,
        notApplicable: true,
        reason: "不涉及",
        baseRevision: 0,
      }),
      editor.section.save({ reportId, sectionKey: key, baseRevision: 0, data }),
    ]);
    const refused = results
      .filter((r): r is PromiseRejectedResult => r.status === "rejected")
      .map((r) => r.reason as TRPCError);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refused.map((e) => e.code)).toEqual(["CONFLICT", "CONFLICT"]);
    expect((await sectionRow(key))!.revision).toBe(1);
  });

  it("two administrators creating one username at once: one account, the other a conflict naming the username (problem 4)", async () => {
    const results = await Promise.allSettled(
      [0, 1, 2].map(() =>
        admin.account.create({
          username: "Racer.One",
          displayName: "并发测试",
          password: "Kite-river-lantern-61",
          role: "viewer",
          orgUnitId: orgId,
        }),
      ),
    );
    const refused = results
      .filter((r): r is PromiseRejectedResult => r.status === "rejected")
      .map((r) => r.reason as TRPCError);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(refused).toHaveLength(2);
    for (const e of refused) {
      expect(e.code).toBe("CONFLICT");
      expect(e.message).toBe("用户名“racer.one”已被使用");
      expect((e.cause as DomainError).fieldErrors).toEqual([
        { path: "username", message: "用户名“racer.one”已被使用" },
      ]);
    }
    const rows = await db.selectFrom("app_user").select("id").where("username", "=", "racer.one").execute();
    expect(rows).toHaveLength(1);
    expect(
      (
        await db
          .selectFrom("audit_event")
          .select("target_id")
          .where("action", "=", "account.create")
          .execute()
      ).map((r) => r.target_id),
    ).toContain(rows[0]!.id);
  });
});

describe(`the audit event commits with its change (${engine})`, () => {
  it("when the audit write fails, the change it records is rolled back, and the client sees no SQL (problem 6)", async () => {
    await sql`create function nianbao_test_refuse_audit() returns trigger language plpgsql as $$
      begin
        if new.action = 'section.not_applicable' then raise exception 'audit refused by test'; end if;
        return new;
      end $$`.execute(db);
    await sql`create trigger nianbao_test_refuse_audit before insert on audit_event for each row execute function nianbao_test_refuse_audit()`.execute(
      db,
    );
    try {
      const before = await sectionRow("other");
      const err = await rejection(
        editor.section.setApplicability({
          reportId,
          sectionKey: "other",
          notApplicable: true,
          reason: "测试",
        }),
      );
      expect(err.code).toBe("INTERNAL_SERVER_ERROR");
      expect(err.message).not.toContain("audit refused");
      expect(err.message).toMatch(/服务器内部错误/);
      expect(await sectionRow("other")).toEqual(before);
    } finally {
      await sql`drop trigger nianbao_test_refuse_audit on audit_event`.execute(db);
      await sql`drop function nianbao_test_refuse_audit()`.execute(db);
    }
  });

  it("administrative actions are audited: years, deadlines, exceptions, accounts", async () => {
    const regionId = (await admin.yearAdmin.regions())[0]!.id;
    const { id: newYear } = await admin.yearAdmin.create({
      regionId,
      year: 2031,
      from: { kind: "preset", preset: "official" },
    });
    const y = await admin.yearAdmin.byId({ yearId: newYear });
    await admin.yearAdmin.saveDraft({
      yearId: newYear,
      template: y.template,
      deadline: "2032-03-01",
      orgIds: y.orgIds,
    });
    await admin.yearAdmin.publish({ yearId: newYear });
    await admin.yearAdmin.revise({
      yearId: newYear,
      baseRevision: 1,
      template: y.template,
      deadline: "2032-03-15",
      orgIds: y.orgIds,
    });
    const file = await admin.yearAdmin.export({ yearId: newYear });
    await admin.yearAdmin.import({ regionId, file, year: 2032 });
    const ex = await admin.exception.open({ yearId: newYear, orgId, reason: "补报", until: "2099-01-01" });
    await admin.exception.revoke({ id: ex.id });
    const { id: userId } = await admin.account.create({
      username: "audited",
      displayName: "审计测试",
      password: "Kite-river-lantern-62",
      role: "viewer",
      orgUnitId: orgId,
    });
    await admin.account.resetPassword({ userId, password: "Kite-river-lantern-63" });
    // A person changing their own password (our procedure; better-auth's route is closed) is audited too.
    await (
      await s.as("audited")
    ).session.changePassword({
      currentPassword: "Kite-river-lantern-63",
      newPassword: "Kite-river-lantern-64",
    });
    await admin.account.setDisabled({ userId, disabled: true });
    expect(await actions()).toEqual(
      expect.arrayContaining([
        "year.create",
        "year.save_draft",
        "year.deadline",
        "year.publish",
        "year.revise",
        "year.import",
        "deadline.exception.open",
        "deadline.exception.revoke",
        "account.create",
        "account.reset_password",
        "account.change_password",
        "account.disable",
      ]),
    );
    // Filed under the account's unit, so the administrator's audit log shows them.
    expect((await admin.audit.list({ pageSize: 200 })).rows.map((e) => e.action)).toEqual(
      expect.arrayContaining([
        "account.create",
        "account.reset_password",
        "account.change_password",
        "account.disable",
        "year.deadline",
        "deadline.exception.revoke",
      ]),
    );
    const moved = await db
      .selectFrom("audit_event")
      .select(["before", "after", "org_unit_id"])
      .where("action", "=", "year.deadline")
      .where("target_id", "=", newYear)
      .orderBy("at")
      .execute();
    expect(moved.map((m) => [m.before, m.after])).toEqual([
      [{ deadline: null }, { year: 2031, deadline: "2032-03-01" }],
      [{ deadline: "2032-03-01" }, { year: 2031, deadline: "2032-03-15" }],
    ]);
    expect(moved[0]!.org_unit_id).toBe(regionId);
  });
});

/** Every required section of the report complete (data from the demo fixture when empty). */
async function completeRequired(api: Api) {
  const report = await api.report.byId({ reportId });
  const required = report.outline.flatMap((p) => p.sections).filter((x) => x.required);
  for (const sec of required) {
    const cur = await api.section.get({ reportId, sectionKey: sec.key });
    if (cur.status === "complete") continue;
    const data =
      cur.revision > 0
        ? cur.data
        : (demoFixtures[sec.pluginId]?.demo2024 ?? demoFixtures[sec.pluginId]?.jingzhupu2023 ?? cur.data);
    await api.section.save({
      reportId,
      sectionKey: sec.key,
      baseRevision: cur.revision,
      data,
      complete: true,
      note: "已核实",
    });
  }
  return required.map((r) => r.key);
}

describe(`submit, approve, save and 不适用 racing over several connections (${engine})`, () => {
  let pool: Database | null = null;
  afterAll(() => pool?.close());

  it("no submitted or approved report holds an incomplete required section, and no revision is written after its submission (problem 3)", async () => {
    // On PostgreSQL the racers use their own pool of connections (as several app servers would).
    pool = t.url ? await createDb({ databaseUrl: t.url, migrate: false, poolSize: 12 }) : null;
    const raceDb = pool?.db ?? db;
    const as = async (username: string) => createCaller({ ...(await s.context(username)), db: raceDb });
    const [ed1, ed2, rev1, rev2] = await Promise.all([
      as("jingzhupu"),
      as("jingzhupu"),
      as("reviewer"),
      as("reviewer"),
    ]);
    const rounds = t.url ? 8 : 3;
    const codes = new Map<string, number>();
    let submittedRounds = 0;
    for (let round = 0; round < rounds; round++) {
      const status = (await editor.report.byId({ reportId })).status;
      if (status === "submitted" || status === "approved")
        await admin.report.reopen({ reportId, reason: `第${round}轮重新开放` });
      const required = await completeRequired(editor);
      // One required section back to a draft; the racers complete it, draft another, mark 不适用, submit, approve.
      const [a, b] = [required[round % required.length]!, required[(round + 1) % required.length]!];
      const sa = await editor.section.get({ reportId, sectionKey: a });
      await editor.section.save({
        reportId,
        sectionKey: a,
        baseRevision: sa.revision,
        data: sa.data,
        complete: false,
      });
      const ra = await editor.section.get({ reportId, sectionKey: a });
      const rb = await editor.section.get({ reportId, sectionKey: b });
      const other = await editor.section.get({ reportId, sectionKey: "other" });
      const calls: Array<Promise<unknown>> = [
        ed1.report.submit({ reportId }),
        ed2.section.save({
          reportId,
          sectionKey: a,
          baseRevision: ra.revision,
          data: ra.data,
          complete: true,
          note: "已核实",
        }),
        ed1.report.submit({ reportId }),
        rev1.report.approve({ reportId }),
        ed2.section.save({
          reportId,
          sectionKey: b,
          baseRevision: rb.revision,
          data: rb.data,
          complete: round % 2 === 0 ? false : true,
          note: "已核实",
        }),
        ed1.section.setApplicability({
          reportId,
          sectionKey: "other",
          notApplicable: other.status !== "not_applicable",
          reason: "不涉及",
        }),
        ed2.report.submit({ reportId }),
        rev2.report.approve({ reportId }),
        ed1.section.save({
          reportId,
          sectionKey: b,
          baseRevision: rb.revision,
          data: rb.data,
          complete: true,
          note: "已核实",
        }),
      ];
      const results = await Promise.allSettled(calls);
      for (const r of results) {
        if (r.status === "fulfilled") continue;
        const e = r.reason as TRPCError;
        codes.set(`${e.code}:${reasonOf(e)}`, (codes.get(`${e.code}:${reasonOf(e)}`) ?? 0) + 1);
        expect(["CONFLICT", "PRECONDITION_FAILED"], `${e.code}: ${e.message}`).toContain(e.code);
      }

      const report = await db
        .selectFrom("report")
        .selectAll()
        .where("id", "=", reportId)
        .executeTakeFirstOrThrow();
      if (report.status !== "submitted" && report.status !== "approved") continue;
      submittedRounds += 1;
      const stored = await db
        .selectFrom("report_section")
        .select(["section_key", "status", "revision"])
        .where("report_id", "=", reportId)
        .execute();
      const byKey = new Map(stored.map((x) => [x.section_key, x]));
      expect(
        required.filter((k) => byKey.get(k)?.status !== "complete"),
        `round ${round}: ${report.status} with incomplete required sections`,
      ).toEqual([]);
      const submission = await db
        .selectFrom("report_submission")
        .select(["revisions", "submitted_at"])
        .where("report_id", "=", reportId)
        .orderBy("submitted_at", "desc")
        .executeTakeFirstOrThrow();
      expect(
        Object.fromEntries(stored.map((x) => [x.section_key, x.revision])),
        `round ${round}: a revision written after the submission`,
      ).toEqual(submission.revisions);
      const late = await db
        .selectFrom("section_revision as r")
        .innerJoin("report_section as rs", "rs.id", "r.report_section_id")
        .select(["rs.section_key", "r.revision"])
        .where("rs.report_id", "=", reportId)
        .where("r.refused", "=", false)
        .where("r.saved_at", ">", submission.submitted_at)
        .execute();
      expect(late, `round ${round}: revisions saved after the submission`).toEqual([]);
    }
    console.log(
      `race (${engine}): ${rounds} rounds, ${submittedRounds} ended submitted or approved; refusals ${JSON.stringify(Object.fromEntries(codes))}`,
    );
  });
});
