/**
 * Issue 13: every state-changing procedure writes an audit event (in the transaction of its change). The
 * table below is the list "procedure → the audit event it writes" (docs: the note of h13-guard); the test
 * walks the router's procedures and fails when a mutation is in neither the table nor the list of
 * mutations that change nothing (with the reason), or when the table names a procedure that is gone.
 */
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "./root.ts";
import { AUDIT_ACTIONS } from "./services/audit-words.ts";
import { seededApi } from "./test-support.ts";

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";

/** Procedure path → the audit action(s) it writes. */
const AUDITED: Record<string, readonly string[]> = {
  "account.create": ["account.create"],
  "account.resetPassword": ["account.reset_password"],
  "account.setDisabled": ["account.disable", "account.enable"],
  "account.rename": ["account.rename"],
  "account.setUsername": ["account.change_username"],
  "account.setRole": ["account.set_role"],
  "account.endSessions": ["account.end_sessions"],
  "session.changePassword": ["account.change_password"],
  "session.end": ["account.end_sessions"],
  "import.accept": ["report.import"],
  "exception.open": ["deadline.exception.open"],
  "exception.revoke": ["deadline.exception.revoke"],
  "yearAdmin.create": ["year.create"],
  "yearAdmin.saveDraft": ["year.save_draft", "year.deadline"],
  "yearAdmin.publish": ["year.publish"],
  "yearAdmin.revise": ["year.revise", "year.deadline"],
  "yearAdmin.import": ["year.import"],
  "report.open": ["report.create"],
  "report.submit": ["report.submit"],
  "report.return": ["report.return"],
  "report.approve": ["report.approve"],
  "report.reopen": ["report.reopen"],
  "review.start": ["thread.open"],
  "review.reply": ["thread.reply"],
  "review.resolve": ["thread.resolve"],
  "review.reopen": ["thread.reopen"],
  // Every save is a revision (who, when, the data); the audit log gets the changes of status.
  "section.save": ["section.complete", "section.draft"],
  "section.restore": ["section.restore"],
  "section.toOwnWords": ["section.to_own_words"],
  "section.toGenerated": ["section.to_generated"],
  "section.setApplicability": ["section.not_applicable", "section.applicable"],
  "section.prefill": ["section.prefill"],
  "frame.save": ["report.frame"],
  "frame.setSignedOn": ["report.signed-on"],
  "outline.add": ["report.outline.add"],
  "outline.retitle": ["report.outline.retitle"],
  "outline.remove": ["report.outline.remove"],
  "publication.review": ["report.secrecy-review"],
  "publication.publish": ["report.publish"],
  "publication.unpublish": ["report.unpublish"],
};

/** A plugin's mutation (plugins.<id>.<name>) goes through the section write path as `plugin.<id>.<name>`. */
const PLUGIN_MUTATION = /^plugins\.([^.]+)\.([^.]+)$/;

/** Mutations that change no state, each with the reason. */
const NOT_STATE_CHANGING: Record<string, string> = {
  // A mutation only because the document to read is sent in the body (it can be megabytes): writes nothing.
  "import.preview": "reads an uploaded document and answers the proposed import; stores nothing",
  "inbox.markRead":
    "marks the person's own notifications read: their inbox, not a report, a year or an account",
};

function mutations(): string[] {
  const procedures = (
    appRouter as unknown as { _def: { procedures: Record<string, { _def: { type: string } }> } }
  )._def.procedures;
  return Object.entries(procedures)
    .filter(([, p]) => p._def.type === "mutation")
    .map(([path]) => path)
    .sort();
}

describe("every state-changing procedure is audited", () => {
  it("every mutation of the router is in the table of audited actions or says why it changes nothing", () => {
    const all = mutations();
    expect(all.length).toBeGreaterThan(20);
    const missing = all.filter(
      (p) => !(p in AUDITED) && !PLUGIN_MUTATION.test(p) && !(p in NOT_STATE_CHANGING),
    );
    expect(missing, `mutations without an audit event in the table: ${missing.join(", ")}`).toEqual([]);
    for (const reason of Object.values(NOT_STATE_CHANGING)) expect(reason.length).toBeGreaterThan(10);
  });

  it("every audited action has a readable name in both languages for the audit log", () => {
    const unnamed = [...new Set(Object.values(AUDITED).flat())].filter((a) => !AUDIT_ACTIONS[a]).sort();
    expect(unnamed, `audit actions without a name in audit-words.ts: ${unnamed.join(", ")}`).toEqual([]);
  });

  it("the table names only procedures that exist, as mutations", () => {
    const all = new Set(mutations());
    const stale = [...Object.keys(AUDITED), ...Object.keys(NOT_STATE_CHANGING)].filter((p) => !all.has(p));
    expect(stale).toEqual([]);
  });
});

describe(`report.open and the own-words switches write their events (${engine})`, () => {
  let t: TestDatabase;
  let s: Awaited<ReturnType<typeof seededApi>>;
  beforeAll(async () => {
    t = await createTestDb();
    s = await seededApi(t.db);
  });
  afterAll(() => t?.dispose());

  const events = (action: string, reportId?: string) => {
    let q = t.db
      .selectFrom("audit_event")
      .select(["action", "actor_id", "report_id"])
      .where("action", "=", action);
    if (reportId) q = q.where("report_id", "=", reportId);
    return q.execute();
  };

  it("opening a report for the first time records report.create (once), opening it again records nothing", async () => {
    const admin = await s.as("admin");
    const orgs = await admin.org.townships();
    // A township assigned to 2024 whose report nobody has opened yet.
    let target: { yearId: string; orgId: string } | null = null;
    for (const o of orgs) {
      const y = (await admin.year.forOrg({ orgId: o.id })).find((x) => x.year === 2024);
      if (!y) continue;
      const has = await t.db
        .selectFrom("report")
        .select("id")
        .where("report_year_id", "=", y.id)
        .where("org_unit_id", "=", o.id)
        .executeTakeFirst();
      if (!has) {
        target = { yearId: y.id, orgId: o.id };
        break;
      }
    }
    expect(target, "a township of 2024 without a report").not.toBeNull();
    const before = (await events("report.create")).length;
    const r = await admin.report.open(target!);
    await admin.report.open(target!);
    const mine = await events("report.create", r.id);
    expect(mine).toHaveLength(1);
    const adminId = (
      await t.db.selectFrom("app_user").select("id").where("username", "=", "admin").executeTakeFirstOrThrow()
    ).id;
    expect(mine[0]!.actor_id).toBe(adminId);
    expect((await events("report.create")).length).toBe(before + 1);
  });

  it("renaming (an administrator's account.rename; a person's own /update-user is closed) records account.rename with the new name", async () => {
    const admin = await s.as("admin");
    const viewerId = (
      await t.db
        .selectFrom("app_user")
        .select("id")
        .where("username", "=", "viewer")
        .executeTakeFirstOrThrow()
    ).id;
    await admin.account.rename({ userId: viewerId, displayName: "改名后的查看人员" });
    const rows = await t.db
      .selectFrom("audit_event")
      .select(["target_id", "before", "after"])
      .where("action", "=", "account.rename")
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.target_id).toBe(viewerId);
    expect(JSON.stringify(rows[0]!.after)).toContain("改名后的查看人员");
    expect(JSON.stringify(rows[0]!.before)).toContain("武冈市查阅员");
  });

  it("switching a section to own words and back records section.to_own_words and section.to_generated", async () => {
    const editor = await s.as("jingzhupu");
    const orgId = (await editor.org.townships())[0]!.id;
    const yearId = (await editor.year.forOrg({ orgId })).find((y) => y.year === 2024)!.id;
    const reportId = (await editor.report.open({ yearId, orgId })).id;
    const sectionKey = "legal-study";
    const current = await editor.section.get({ reportId, sectionKey });
    const own = await editor.section.toOwnWords({ reportId, sectionKey, baseRevision: current.revision });
    await editor.section.toGenerated({ reportId, sectionKey, baseRevision: own.revision });
    expect(await events("section.to_own_words", reportId)).toHaveLength(1);
    expect(await events("section.to_generated", reportId)).toHaveLength(1);
  });
});
