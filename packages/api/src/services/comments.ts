import type { DB, Kysely } from "@nianbao/db";
import { templateSections } from "@nianbao/document";
import { diffValues } from "@nianbao/sdk";
import { diffText, figureLabels, textDoc } from "@nianbao/text";
import type { SectionLookup } from "../trpc.ts";
import { loadReportContext } from "./reports.ts";

/** What changed in a report between its submissions (the review threads are in threads.ts). */

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
