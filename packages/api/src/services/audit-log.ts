/**
 * The audit log as administrators read it: filtered (who, what, which year / report / section, from–to
 * date) and paged in SQL, each event's before/after as readable changes (the SDK's describeDataChanges over
 * the audit's own fields), and the same rows as CSV.
 */
import type { DB, Kysely } from "@nianbao/db";
import { sql } from "@nianbao/db";
import { templateSections, type YearTemplate } from "@nianbao/document";
import { describeDataChanges, t, type Locale, type ReadableChange } from "@nianbao/sdk";
import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_WORDS, auditFields } from "./audit-words.ts";
import { toCsv, type Grid } from "./exports.ts";

const day = z.iso.date({ error: "日期格式应为 yyyy-mm-dd" });

/** The filters of the audit log (every one optional) and the page. */
export const auditLogFilter = z.object({
  actorId: z.uuid({ error: "操作人编号格式不正确" }).optional(),
  /** An action ("report.submit") or every action of a kind ("section"). */
  action: z
    .string()
    .regex(/^[a-z_]+(\.[a-z_]+)*$/, { error: "操作类型格式不正确" })
    .max(64)
    .optional(),
  yearId: z.uuid({ error: "年度编号格式不正确" }).optional(),
  /** A unit (township or region) the events were filed under. */
  orgId: z.uuid({ error: "单位编号格式不正确" }).optional(),
  reportId: z.uuid({ error: "报告编号格式不正确" }).optional(),
  sectionKey: z.string().min(1).max(64).optional(),
  /** First and last day (China time, inclusive). */
  from: day.optional(),
  to: day.optional(),
  locale: z.enum(["zh-CN", "en"]).default("zh-CN"),
});
export type AuditLogFilter = z.input<typeof auditLogFilter>;

export const auditLogInput = auditLogFilter
  .extend({
    page: z
      .number({ error: "页码须为数字" })
      .int()
      .min(1, { error: "页码从 1 开始" })
      .max(100_000)
      .default(1),
    pageSize: z
      .number({ error: "每页条数须为数字" })
      .int()
      .min(10, { error: "每页至少 10 条" })
      .max(200, { error: "每页最多 200 条" })
      .default(50),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { error: "开始日期不能晚于结束日期", path: ["to"] });

/** Midnight of a day in China (UTC+8), where the townships are. */
const chinaDay = (d: string, plusDays = 0) =>
  new Date(Date.parse(`${d}T00:00:00+08:00`) + plusDays * 86_400_000);

function filtered(db: Kysely<DB>, scope: string[], f: z.output<typeof auditLogFilter>) {
  let q = db
    .selectFrom("audit_event as e")
    .leftJoin("report as r", "r.id", "e.report_id")
    .leftJoin("report_year as y", (j) =>
      j.on(
        sql<boolean>`y.id = coalesce(r.report_year_id, case when e.target_type = 'report_year' then e.target_id::uuid end)`,
      ),
    )
    .where("e.org_unit_id", "in", scope);
  if (f.actorId) q = q.where("e.actor_id", "=", f.actorId);
  // A known action matches itself; a kind ("report") every action of it.
  if (f.action)
    q = AUDIT_ACTIONS[f.action]
      ? q.where("e.action", "=", f.action)
      : q.where("e.action", "like", `${f.action}.%`);
  if (f.yearId) q = q.where("y.id", "=", f.yearId);
  if (f.orgId) q = q.where("e.org_unit_id", "=", f.orgId);
  if (f.reportId) q = q.where("e.report_id", "=", f.reportId);
  if (f.sectionKey) q = q.where("e.target_type", "=", "section").where("e.target_id", "=", f.sectionKey);
  if (f.from) q = q.where("e.at", ">=", chinaDay(f.from));
  if (f.to) q = q.where("e.at", "<", chinaDay(f.to, 1));
  return q;
}

export interface AuditLogRow {
  id: string;
  at: Date;
  actor: string | null;
  action: string;
  actionLabel: string;
  orgName: string | null;
  year: number | null;
  reportId: string | null;
  sectionKey: string | null;
  /** The section's heading in its year's outline (null for events of no section). */
  section: string | null;
  changes: ReadableChange[];
}

/** One page of the audit log of `scope` (the administrator's org units), newest first, and the total. */
export async function queryAuditLog(
  db: Kysely<DB>,
  scope: string[],
  input: z.output<typeof auditLogInput>,
): Promise<{ total: number; page: number; pageSize: number; rows: AuditLogRow[] }> {
  const { page, pageSize } = input;
  if (scope.length === 0) return { total: 0, page, pageSize, rows: [] };
  const [{ total }] = (await filtered(db, scope, input)
    .select((eb) => eb.fn.countAll<string>().as("total"))
    .execute()) as [{ total: string | number }];
  const rows = await filtered(db, scope, input)
    .leftJoin("app_user as u", "u.id", "e.actor_id")
    .leftJoin("org_unit as o", "o.id", "e.org_unit_id")
    .select([
      "e.id",
      "e.at",
      "e.action",
      "e.target_type as targetType",
      "e.target_id as targetId",
      "e.report_id as reportId",
      "e.before",
      "e.after",
      // The name as it was when they acted (stored with the event), not as it is now.
      (eb) => eb.fn.coalesce("e.actor_name", "u.display_name").as("actor"),
      "o.name as orgName",
      "y.year",
      "y.template",
    ])
    .orderBy("e.at", "desc")
    .orderBy("e.id", "desc")
    .limit(pageSize)
    .offset((page - 1) * pageSize)
    .execute();
  const locale = input.locale;
  const headings = new Map<unknown, Map<string, string>>();
  const headingOf = (template: unknown, key: string) => {
    if (!template) return null;
    if (!headings.has(template)) {
      const m = new Map<string, string>();
      for (const s of templateSections(template as YearTemplate)) if (s.heading) m.set(s.key, s.heading);
      headings.set(template, m);
    }
    return headings.get(template)!.get(key) ?? null;
  };
  return {
    total: Number(total),
    page,
    pageSize,
    rows: rows.map((r) => {
      const sectionKey = r.targetType === "section" ? r.targetId : null;
      return {
        id: r.id,
        at: r.at,
        actor: r.actor,
        action: r.action,
        actionLabel: AUDIT_ACTIONS[r.action] ? t(AUDIT_ACTIONS[r.action], locale) : r.action,
        orgName: r.orgName,
        year: r.year ?? null,
        reportId: r.reportId,
        sectionKey,
        section: sectionKey ? (headingOf(r.template, sectionKey) ?? sectionKey) : null,
        changes: describeDataChanges(r.before ?? {}, r.after ?? {}, auditFields(r.targetType), locale),
      };
    }),
  };
}

/** The people and years the filters offer: everyone who acted in the scope, every year with events. */
export async function auditLogChoices(db: Kysely<DB>, scope: string[]) {
  if (scope.length === 0) return { actors: [], years: [], orgs: [] };
  const actors = await db
    .selectFrom("audit_event as e")
    .innerJoin("app_user as u", "u.id", "e.actor_id")
    .select(["u.id", "u.display_name as name"])
    .where("e.org_unit_id", "in", scope)
    .distinct()
    .orderBy("u.display_name")
    .execute();
  const years = await db
    .selectFrom("report_year")
    .select(["id", "year"])
    .where("region_id", "in", scope)
    .orderBy("year", "desc")
    .execute();
  const orgs = await db
    .selectFrom("org_unit")
    .select(["id", "name"])
    .where("id", "in", scope)
    .orderBy("name")
    .execute();
  return { actors, years, orgs };
}

/** The rows as a grid for CSV: when, who, what, unit, year, section, each change on its own line. */
export function auditLogGrid(rows: AuditLogRow[], locale: Locale = "zh-CN"): Grid {
  const w = (k: keyof typeof AUDIT_WORDS) => t(AUDIT_WORDS[k], locale);
  const when = (d: Date) =>
    new Date(d.getTime() + 8 * 3_600_000).toISOString().replace("T", " ").slice(0, 19);
  return [
    [w("at"), w("actor"), w("action"), w("org"), w("year"), w("section"), w("changes")],
    ...rows.map((r) => [
      when(new Date(r.at)),
      r.actor ?? "",
      r.actionLabel,
      r.orgName ?? "",
      r.year,
      r.section ?? "",
      r.changes.map((c) => `${c.label}：${c.before ?? "—"} → ${c.after ?? "—"}`).join("\n"),
    ]),
  ];
}

/** The most events one CSV holds (a filter narrows it further). */
export const AUDIT_CSV_MAX = 10_000;

/** The filtered log as a CSV file (UTF-8 with a BOM, so Excel opens the Chinese), at most AUDIT_CSV_MAX events. */
export async function auditLogCsv(db: Kysely<DB>, scope: string[], filter: z.output<typeof auditLogFilter>) {
  const { rows } = await queryAuditLog(db, scope, { ...filter, page: 1, pageSize: AUDIT_CSV_MAX });
  const name = filter.locale === "en" ? "audit-log" : "操作日志";
  return {
    filename: `${name}.csv`,
    contentType: "text/csv; charset=utf-8",
    body: Buffer.from(toCsv(auditLogGrid(rows, filter.locale)), "utf8"),
  };
}
