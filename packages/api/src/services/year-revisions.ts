import type { DB, Kysely } from "@nianbao/db";
import {
  diffTemplates,
  validateTemplate,
  yearTemplateSchema,
  type TemplateChange,
  type YearTemplate,
} from "@nianbao/document";
import { conflict, invalid, notFound, wrongState } from "../errors.ts";
import type { SectionLookup } from "../trpc.ts";
import { inTransaction } from "./write-path.ts";
import {
  auditDeadline,
  auditYear,
  filledCounts,
  parseTemplate,
  publishChecks,
  regionTownships,
  setAssignment,
  validOrRefuse,
  yearRow,
  type YearSettingsInput,
} from "./years.ts";

/** Revisions of a published year: what a revision would change, publishing it, and each frozen revision. */

async function revisionChanges(
  db: Kysely<DB>,
  y: { id: string; region_id: string; template: unknown; deadline: string | null },
  input: YearSettingsInput,
  next: YearTemplate,
) {
  const filled = await filledCounts(db, y.id);
  const changes = diffTemplates(yearTemplateSchema.parse(y.template), next, (k) => filled.get(k) ?? 0);
  if (input.deadline !== y.deadline) {
    changes.push({
      kind: "front",
      sectionKey: null,
      text: `截止日期由${y.deadline ?? "未设置"}改为${input.deadline ?? "未设置"}`,
    });
  }
  const before = new Set(
    (
      await db
        .selectFrom("report_year_assignment")
        .select("org_unit_id")
        .where("report_year_id", "=", y.id)
        .execute()
    ).map((a) => a.org_unit_id),
  );
  const after = new Set(input.orgIds);
  const names = new Map((await regionTownships(db, y.region_id)).map((t) => [t.id, t.name]));
  const added = [...after].filter((x) => !before.has(x)).map((x) => names.get(x) ?? x);
  const removed = [...before].filter((x) => !after.has(x)).map((x) => names.get(x) ?? x);
  if (added.length)
    changes.push({ kind: "front", sectionKey: null, text: `新增报送乡镇：${added.join("、")}` });
  if (removed.length)
    changes.push({
      kind: "front",
      sectionKey: null,
      text: `不再要求报送：${removed.join("、")}（已填数据保留）`,
    });
  return changes;
}

/** What a revision of a published year would change, before it is published. */
export async function previewRevision(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: YearSettingsInput & { yearId: string },
) {
  const y = await yearRow(db, input.yearId);
  const template = parseTemplate(input.template);
  return {
    issues: validateTemplate(template, sections),
    changes: y.status === "draft" ? [] : await revisionChanges(db, y, input, template),
  };
}

/**
 * Publish a new revision of a published year. The previous revision stays frozen in report_year_revision;
 * no township data is touched: a removed section's data stays stored (hidden, restored by enabling it
 * again), an added section starts empty. The summary says so, with the number of townships affected.
 */
export async function reviseYear(
  db: Kysely<DB>,
  sections: SectionLookup,
  input: YearSettingsInput & { yearId: string; baseRevision: number; userId?: string | null },
) {
  const y = await yearRow(db, input.yearId);
  if (y.status === "draft") throw wrongState("该年度尚未发布，直接保存草稿即可");
  if (y.template_revision !== input.baseRevision) {
    throw conflict(`模板已被他人修订（当前为第${y.template_revision}版），请重新载入后再修改`);
  }
  const template = validOrRefuse(input.template, sections, "模板未通过校验，不能发布修订");
  publishChecks({ ...input, template });
  const changes = await revisionChanges(db, y, input, template);
  if (changes.length === 0) throw invalid("模板没有任何变化，无需发布修订");
  const revision = y.template_revision + 1;
  await inTransaction(db, async (trx) => {
    // The year's reports first, in one order (the write path locks a report before anything else): a new
    // deadline, outline or required section applies to every save and submission that commits after it.
    await trx
      .selectFrom("report")
      .select("id")
      .where("report_year_id", "=", y.id)
      .orderBy("id")
      .forUpdate()
      .execute();
    const updated = await trx
      .updateTable("report_year")
      .set({
        template: JSON.stringify(template),
        deadline: input.deadline,
        template_revision: revision,
        updated_at: new Date(),
      })
      .where("id", "=", y.id)
      .where("template_revision", "=", input.baseRevision)
      .returning("id")
      .executeTakeFirst();
    if (!updated) throw conflict("模板已被他人修订，请重新载入后再修改");
    await setAssignment(trx, y.id, y.region_id, input.orgIds);
    await trx
      .insertInto("report_year_revision")
      .values({
        report_year_id: y.id,
        revision,
        template: JSON.stringify(template),
        deadline: input.deadline,
        summary: JSON.stringify(changes),
        published_by: input.userId ?? null,
      })
      .execute();
    await auditYear(trx, y, input.userId, "year.revise", {
      before: { revision: input.baseRevision },
      after: { revision, changes: changes.map((c) => c.text) },
    });
    await auditDeadline(trx, y, input.deadline, input.userId);
  });
  return { revision, summary: changes };
}

/** A frozen revision of a year's template. */
export async function yearRevision(db: Kysely<DB>, yearId: string, revision: number) {
  const r = await db
    .selectFrom("report_year_revision")
    .selectAll()
    .where("report_year_id", "=", yearId)
    .where("revision", "=", revision)
    .executeTakeFirst();
  if (!r) throw notFound(`该年度没有第${revision}版模板`);
  return {
    revision: r.revision,
    template: yearTemplateSchema.parse(r.template),
    deadline: r.deadline,
    summary: r.summary as TemplateChange[],
    publishedAt: r.published_at,
  };
}
