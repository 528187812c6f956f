import type { DB, Kysely } from "@nianbao/db";
import { templateSections } from "@nianbao/document";
import { diffValues } from "@nianbao/sdk";
import { diffText, figureLabels, textDoc } from "@nianbao/text";
import type { SectionLookup } from "../trpc.ts";
import { notFound } from "../errors.ts";
import { actorName, audit } from "./audit.ts";
import { loadReportContext } from "./reports.ts";

/** Review comments on a report, and what changed between its submissions. */

export async function listComments(db: Kysely<DB>, reportId: string) {
  return db
    .selectFrom("review_comment as c")
    .leftJoin("app_user as u", "u.id", "c.author_id")
    .select([
      "c.id",
      "c.section_key as sectionKey",
      "c.kind",
      "c.body",
      "c.created_at as createdAt",
      (eb) => eb.fn.coalesce("c.author_name", "u.display_name").as("author"),
    ])
    .where("c.report_id", "=", reportId)
    .orderBy("c.created_at", "asc")
    .execute();
}

export async function addComment(
  db: Kysely<DB>,
  input: { reportId: string; sectionKey: string | null; body: string; userId: string },
) {
  const rc = await loadReportContext(db, input.reportId);
  if (input.sectionKey && !templateSections(rc.template).some((s) => s.key === input.sectionKey)) {
    throw notFound(`本年度报告没有“${input.sectionKey}”栏目`);
  }
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto("review_comment")
      .values({
        report_id: input.reportId,
        section_key: input.sectionKey,
        kind: "comment",
        body: input.body.trim(),
        author_id: input.userId,
        author_name: actorName(trx, input.userId),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await audit(trx, {
      actorId: input.userId,
      action: "comment.add",
      targetType: "comment",
      targetId: row.id,
      orgUnitId: rc.report.org_unit_id,
      reportId: input.reportId,
      after: { sectionKey: input.sectionKey, body: input.body.trim() },
    });
    return { id: row.id };
  });
}

/** The own words' changes between two revisions (figures by the plugin's labels). */
function textChanges(
  before: { text: unknown; pluginId: string } | undefined,
  after: { text: unknown; pluginId: string } | undefined,
  plugins: SectionLookup | undefined,
) {
  const plugin = plugins?.get(after?.pluginId ?? before?.pluginId ?? "");
  const doc = (raw: unknown) => (raw === null || raw === undefined ? null : textDoc(raw));
  return diffText(doc(before?.text), doc(after?.text), plugin ? figureLabels(plugin) : undefined);
}

/**
 * What changed since the previous submission: for every section whose revision differs between the last two
 * submissions (or, while being edited again, between the last submission and now), the field-level diff and
 * the own words' paragraph by paragraph.
 */
export async function changesSinceSubmission(db: Kysely<DB>, reportId: string, plugins?: SectionLookup) {
  const rc = await loadReportContext(db, reportId);
  const subs = await db
    .selectFrom("report_submission")
    .select(["revisions", "submitted_at"])
    .where("report_id", "=", reportId)
    .orderBy("submitted_at", "desc")
    .limit(2)
    .execute();
  const current = await db
    .selectFrom("report_section")
    .select(["section_key", "revision"])
    .where("report_id", "=", reportId)
    .execute();
  const now = Object.fromEntries(current.map((r) => [r.section_key, r.revision])) as Record<string, number>;
  let base: Record<string, number>;
  let target: Record<string, number>;
  let since: Date;
  if (rc.report.status === "submitted" || rc.report.status === "approved") {
    if (subs.length < 2) return { since: null, sections: [] };
    base = subs[1]!.revisions as Record<string, number>;
    target = subs[0]!.revisions as Record<string, number>;
    since = subs[1]!.submitted_at;
  } else {
    if (subs.length < 1) return { since: null, sections: [] };
    base = subs[0]!.revisions as Record<string, number>;
    target = now;
    since = subs[0]!.submitted_at;
  }
  const keys = [...new Set([...Object.keys(base), ...Object.keys(target)])].filter(
    (k) => base[k] !== target[k],
  );
  const sections = [];
  for (const key of keys) {
    const revs = await db
      .selectFrom("section_revision as r")
      .innerJoin("report_section as s", "s.id", "r.report_section_id")
      .select(["r.revision", "r.data", "r.text", "r.status", "s.plugin_id as pluginId"])
      .where("s.report_id", "=", reportId)
      .where("s.section_key", "=", key)
      .where("r.refused", "=", false)
      .where("r.revision", "in", [base[key] ?? -1, target[key] ?? -1])
      .execute();
    const before = revs.find((r) => r.revision === base[key]);
    const after = revs.find((r) => r.revision === target[key]);
    sections.push({
      sectionKey: key,
      fromRevision: base[key] ?? 0,
      toRevision: target[key] ?? 0,
      changes: [...diffValues(before?.data, after?.data), ...textChanges(before, after, plugins)],
      /** For readable changes (labels and printed values, see the SDK's describeDataChanges). */
      pluginId: after?.pluginId ?? before?.pluginId ?? null,
      before: before?.data ?? null,
      after: after?.data ?? null,
      textChanges: textChanges(before, after, plugins),
    });
  }
  const headings = new Map(templateSections(rc.template).map((s) => [s.key, s.heading]));
  return {
    since,
    sections: sections.map((s) => ({ ...s, heading: headings.get(s.sectionKey) ?? s.sectionKey })),
  };
}
