import type { DB, Kysely } from "@nianbao/db";
import { readTownshipOutline, type TownshipOutline } from "@nianbao/document";
import { randomUUID } from "node:crypto";
import { invalid, notFound, wrongState } from "../errors.ts";
import type { SectionLookup } from "../trpc.ts";
import { audit } from "./audit.ts";
import type { ReportContext } from "./reports.ts";
import { inReportTransaction } from "./write-path.ts";

/**
 * A township's own outline within the county's rules (report.outline): add a section of its own under a
 * part whose template allows it, retitle a section where the part allows it, remove a section it added.
 * Each change is one write-path transaction (the report locked, editability checked) with its audit event.
 * An added section uses the general `custom` plugin (paragraphs and key figures, or own words); data saved
 * under a removed section stays stored (listed as hidden), like a section the county disables.
 */

/** The plugin a township's own section is written with. */
export const OWN_SECTION_PLUGIN = "custom";
const MAX_OWN = 30;

async function writeOutline(
  db: Kysely<DB>,
  rc: ReportContext,
  outline: TownshipOutline,
  action: string,
  details: Record<string, unknown>,
  userId: string,
) {
  await db
    .updateTable("report")
    .set({ outline: JSON.stringify(outline), updated_at: new Date() })
    .where("id", "=", rc.report.id)
    .execute();
  await audit(db, {
    actorId: userId,
    action,
    targetType: "report",
    targetId: rc.report.id,
    orgUnitId: rc.report.org_unit_id,
    reportId: rc.report.id,
    before: readTownshipOutline(rc.report.outline),
    after: { ...outline, ...details },
  });
  return outline;
}

function countyPart(rc: ReportContext, partKey: string) {
  const part = rc.yearTemplate.parts.find((p) => p.key === partKey);
  if (!part)
    throw invalid("本年度提纲中没有这一部分", [{ path: "partKey", message: "本年度提纲中没有这一部分" }]);
  return part;
}

export async function addOwnSection(
  db: Kysely<DB>,
  sections: SectionLookup,
  reportId: string,
  input: { partKey: string; after: string | null; heading: string },
  userId: string,
) {
  return inReportTransaction(db, reportId, { editable: true }, async (trx, rc) => {
    const part = countyPart(rc, input.partKey);
    if (!part.townshipMayAdd) throw wrongState(`本年度模板不允许乡镇在“${part.title ?? "开头"}”下自设栏目`);
    const effective = rc.template.parts.find((p) => p.key === input.partKey)!;
    if (input.after !== null && !effective.sections.some((s) => s.key === input.after)) {
      throw invalid("要插入位置的栏目不在这一部分中", [
        { path: "after", message: "要插入位置的栏目不在这一部分中" },
      ]);
    }
    const outline = readTownshipOutline(rc.report.outline);
    if (outline.added.length >= MAX_OWN)
      throw invalid(`自设栏目最多${MAX_OWN}个`, [{ path: "heading", message: `自设栏目最多${MAX_OWN}个` }]);
    const plugin = sections.get(OWN_SECTION_PLUGIN);
    if (!plugin) throw notFound("通用栏目插件未安装，不能自设栏目");
    const key = `own-${randomUUID().slice(0, 8)}`;
    outline.added.push({
      key,
      partKey: input.partKey,
      after: input.after,
      heading: input.heading,
      plugin: plugin.id,
      pluginVersion: plugin.version,
    });
    await writeOutline(trx, rc, outline, "report.outline.add", { key }, userId);
    return { key };
  });
}

/** Retitle a section (null: back to the county's heading). */
export async function retitleSection(
  db: Kysely<DB>,
  reportId: string,
  input: { sectionKey: string; heading: string | null },
  userId: string,
) {
  return inReportTransaction(db, reportId, { editable: true }, async (trx, rc) => {
    const outline = readTownshipOutline(rc.report.outline);
    const own = outline.added.find((a) => a.key === input.sectionKey);
    if (own) {
      if (input.heading === null) throw invalid("请填写标题", [{ path: "heading", message: "请填写标题" }]);
      own.heading = input.heading;
    } else {
      const part = rc.yearTemplate.parts.find((p) => p.sections.some((s) => s.key === input.sectionKey));
      const section = part?.sections.find((s) => s.key === input.sectionKey);
      if (!part || !section) throw invalid("没有这个栏目", [{ path: "sectionKey", message: "没有这个栏目" }]);
      if (!part.townshipMayRetitle)
        throw wrongState(`本年度模板不允许乡镇修改“${part.title ?? "开头"}”下的栏目标题`);
      if (section.heading === null)
        throw invalid("这个栏目没有标题", [{ path: "sectionKey", message: "这个栏目没有标题" }]);
      if (input.heading === null || input.heading === section.heading)
        delete outline.retitled[input.sectionKey];
      else outline.retitled[input.sectionKey] = input.heading;
    }
    await writeOutline(trx, rc, outline, "report.outline.retitle", { sectionKey: input.sectionKey }, userId);
    return { heading: input.heading };
  });
}

export async function removeOwnSection(db: Kysely<DB>, reportId: string, sectionKey: string, userId: string) {
  return inReportTransaction(db, reportId, { editable: true }, async (trx, rc) => {
    const outline = readTownshipOutline(rc.report.outline);
    if (!outline.added.some((a) => a.key === sectionKey))
      throw invalid("只能删除本乡镇自设的栏目", [
        { path: "sectionKey", message: "只能删除本乡镇自设的栏目" },
      ]);
    // Sections added after it move to its place.
    const removed = outline.added.find((a) => a.key === sectionKey)!;
    const next = {
      ...outline,
      added: outline.added
        .filter((a) => a.key !== sectionKey)
        .map((a) => (a.after === sectionKey ? { ...a, after: removed.after } : a)),
    };
    await writeOutline(trx, rc, next, "report.outline.remove", { sectionKey }, userId);
    return { removed: sectionKey };
  });
}
