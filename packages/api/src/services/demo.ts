import type { DB, Kysely, Role } from "@nianbao/db";
import {
  officialOutline,
  referenceOutline2023,
  templateSections,
  type YearTemplate,
} from "@nianbao/document";
import { runChecks } from "@nianbao/sdk";
import { demoOwnWords } from "./demo-own-words.ts";
import { createAccount, type Auth } from "../auth.ts";
import type { SectionLookup } from "../trpc.ts";
import { openReport } from "./reports.ts";
import { saveSection } from "./sections.ts";

export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  org: string;
}

export interface SeedResult {
  created: boolean;
  sectionsFilled: number;
  /** The demo accounts (one per role, plus editors of two more townships), when `auth` was given. */
  accounts: DemoAccount[];
}

/** Demo accounts: printed at every start of a demo installation. Never created outside the demo. */
export const DEMO_PASSWORD = "nianbao-demo";
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: "admin", password: DEMO_PASSWORD, displayName: "武冈市管理员", role: "admin", org: "武冈市" },
  {
    username: "reviewer",
    password: DEMO_PASSWORD,
    displayName: "武冈市司法局审核员",
    role: "reviewer",
    org: "武冈市",
  },
  {
    username: "jingzhupu",
    password: DEMO_PASSWORD,
    displayName: "荆竹铺镇填报员",
    role: "editor",
    org: "荆竹铺镇",
  },
  {
    username: "dengyuantai",
    password: DEMO_PASSWORD,
    displayName: "邓元泰镇填报员",
    role: "editor",
    org: "邓元泰镇",
  },
  {
    username: "shuiximen",
    password: DEMO_PASSWORD,
    displayName: "水西门街道填报员",
    role: "editor",
    org: "水西门街道",
  },
  { username: "viewer", password: DEMO_PASSWORD, displayName: "武冈市查阅员", role: "viewer", org: "武冈市" },
];

const CITY = "武冈市";
const DEMO_TOWNSHIP = "荆竹铺镇";
const TOWNSHIPS: Array<{ name: string; kind: "township" | "street" }> = [
  { name: "荆竹铺镇", kind: "township" },
  { name: "邓元泰镇", kind: "township" },
  { name: "湾头桥镇", kind: "township" },
  { name: "文坪镇", kind: "township" },
  { name: "稠树塘镇", kind: "township" },
  { name: "水西门街道", kind: "street" },
];

/**
 * More townships with numbers, so that the dashboard has something to compare: each fills the sections
 * that have a fixture with the demo township's figures scaled by a factor per year (no year: not filled),
 * and has a workflow status with its submission time. 邓元泰镇 stays empty (a browser test fills it in).
 * 水西门街道 writes its 2024 report in its own words (demo-own-words.ts).
 */
const OTHERS: Array<{
  name: string;
  years: Record<number, { factor: number; status: "draft" | "submitted" | "approved"; submittedAt?: string }>;
}> = [
  {
    name: "湾头桥镇",
    years: {
      2023: { factor: 0.8, status: "approved", submittedAt: "2024-02-20T10:00:00+08:00" },
      2024: { factor: 1.1, status: "submitted", submittedAt: "2025-02-25T16:00:00+08:00" },
    },
  },
  {
    name: "文坪镇",
    years: {
      2023: { factor: 1.3, status: "approved", submittedAt: "2024-02-28T09:30:00+08:00" },
      2024: { factor: 1.2, status: "draft" },
    },
  },
  {
    name: "稠树塘镇",
    years: {
      2023: { factor: 0.6, status: "submitted", submittedAt: "2024-03-05T11:00:00+08:00" },
      2024: { factor: 1.9, status: "approved", submittedAt: "2025-02-27T15:00:00+08:00" },
    },
  },
  { name: "水西门街道", years: { 2024: { factor: 0.7, status: "draft" } } },
];

/**
 * A fixture with every number scaled by `factor` (rounded; a rate's numerator stays within its denominator).
 * Knows nothing of any plugin's fields: it walks the JSON.
 */
export function scaleFigures(value: unknown, factor: number): unknown {
  if (typeof value === "number") return Math.round(value * factor);
  if (Array.isArray(value)) return value.map((v) => scaleFigures(v, factor));
  if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    // A stated percentage (no counts) and an as-of date are not quantities: they stay as they are.
    if (typeof o.percent === "number" && o.denominator === null) return o;
    if ("month" in o && "day" in o && Object.keys(o).length === 2) return o;
    if (typeof o.numerator === "number" && typeof o.denominator === "number") {
      const denominator = Math.round(o.denominator * factor);
      return { ...o, denominator, numerator: Math.min(denominator, Math.round(o.numerator * factor)) };
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, scaleFigures(v, factor)]));
  }
  return value;
}

/** Pin every section to the installed plugin's version (a section whose plugin comes later stays at 1). */
function pinVersions(template: YearTemplate, sections: SectionLookup): YearTemplate {
  return {
    ...template,
    parts: template.parts.map((p) => ({
      ...p,
      sections: p.sections.map((s) => ({
        ...s,
        pluginVersion: sections.get(s.plugin)?.version ?? s.pluginVersion,
      })),
    })),
  };
}

async function findOrCreateOrg(
  db: Kysely<DB>,
  name: string,
  kind: "city" | "township" | "street",
  parentId: string | null,
) {
  const q = db.selectFrom("org_unit").select("id").where("name", "=", name);
  const existing = await (
    parentId ? q.where("parent_id", "=", parentId) : q.where("parent_id", "is", null)
  ).executeTakeFirst();
  if (existing) return existing.id;
  return (
    await db
      .insertInto("org_unit")
      .values({ name, kind, parent_id: parentId })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
}

async function findOrCreateYear(
  db: Kysely<DB>,
  regionId: string,
  year: number,
  template: YearTemplate,
  deadline: string,
  orgIds: string[],
) {
  const existing = await db
    .selectFrom("report_year")
    .select("id")
    .where("region_id", "=", regionId)
    .where("year", "=", year)
    .executeTakeFirst();
  if (existing) return { id: existing.id, created: false };
  const { id } = await db
    .insertInto("report_year")
    .values({
      region_id: regionId,
      year,
      status: "published",
      deadline,
      template: JSON.stringify(template),
      published_at: new Date(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await db
    .insertInto("report_year_assignment")
    .values(orgIds.map((org_unit_id) => ({ report_year_id: id, org_unit_id })))
    .execute();
  // Published years keep their frozen revision 1 like any year an administrator publishes.
  await db
    .insertInto("report_year_revision")
    .values({
      report_year_id: id,
      revision: 1,
      template: JSON.stringify(template),
      deadline,
      summary: JSON.stringify([{ kind: "front", sectionKey: null, text: "首次发布（演示数据）" }]),
    })
    .execute();
  return { id, created: true };
}

/**
 * The demo: 武冈市 with 荆竹铺镇 and five more townships; a 2023 year on the reference report's outline with
 * 荆竹铺镇's report holding the reference report's content (from each plugin's `jingzhupu2023` fixture), and
 * a 2024 year on the official five-part outline, partly filled. Idempotent: running it again changes nothing.
 */
export async function seedDemo(
  db: Kysely<DB>,
  sections: SectionLookup,
  fixtures: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
  options: { auth?: Auth } = {},
): Promise<SeedResult> {
  const cityId = await findOrCreateOrg(db, CITY, "city", null);
  const orgIds: Record<string, string> = {};
  for (const t of TOWNSHIPS) orgIds[t.name] = await findOrCreateOrg(db, t.name, t.kind, cityId);
  const all = Object.values(orgIds);

  const years = [
    {
      year: 2023,
      template: pinVersions(referenceOutline2023, sections),
      deadline: "2024-03-01",
      fixture: "jingzhupu2023",
      skip: [] as string[],
    },
    // 2024 is partly filled: plans and other matters are left for the township to write.
    {
      year: 2024,
      template: pinVersions(officialOutline, sections),
      deadline: "2025-03-01",
      fixture: "demo2024",
      skip: ["plans", "other"],
    },
  ];

  let created = false;
  let sectionsFilled = 0;
  for (const y of years) {
    const result = await findOrCreateYear(db, cityId, y.year, y.template, y.deadline, all);
    if (!result.created) continue;
    created = true;
    // The demo's deadlines have passed: an exception keeps every demo township's report open for editing.
    await db
      .insertInto("deadline_exception")
      .values(
        all.map((org_unit_id) => ({
          report_year_id: result.id,
          org_unit_id,
          reason: "演示数据：截止日期已过，开放填报以便试用",
          until: "2099-12-31",
          created_by: null,
        })),
      )
      .execute();
    const report = await openReport(db, result.id, orgIds[DEMO_TOWNSHIP]!);
    for (const part of y.template.parts) {
      for (const s of part.sections) {
        const data = fixtures[s.plugin]?.[y.fixture];
        if (!sections.get(s.plugin) || data === undefined || y.skip.includes(s.key)) continue;
        await saveSection(db, sections, {
          reportId: report.id,
          sectionKey: s.key,
          baseRevision: 0,
          data,
          complete: false,
        });
        sectionsFilled += 1;
      }
    }
    for (const other of OTHERS) {
      const plan = other.years[y.year];
      if (!plan) continue;
      const r = await openReport(db, result.id, orgIds[other.name]!);
      for (const s of templateSections(y.template)) {
        const plugin = sections.get(s.plugin);
        const data = fixtures[s.plugin]?.[y.fixture];
        if (
          !plugin ||
          data === undefined ||
          y.skip.includes(s.key) ||
          Object.keys(plugin.metrics).length === 0
        )
          continue;
        const parsed = plugin.schema.safeParse(scaleFigures(data, plan.factor));
        // A scaled figure outside the plugin's bounds: the township leaves the section for later.
        if (!parsed.success) continue;
        const complete =
          plan.status !== "draft" &&
          runChecks(plugin, parsed.data, s.settings).every((c) => c.level !== "error");
        const text = demoOwnWords(other.name, y.year, s.key);
        await saveSection(db, sections, {
          reportId: r.id,
          sectionKey: s.key,
          baseRevision: 0,
          data: parsed.data,
          ...(text ? { text } : {}),
          complete,
          note: complete ? "演示数据" : undefined,
        });
        sectionsFilled += 1;
      }
      if (plan.status !== "draft") {
        await db
          .updateTable("report")
          .set({
            status: plan.status,
            submitted_at: plan.submittedAt ?? null,
            approved_at: plan.status === "approved" ? (plan.submittedAt ?? null) : null,
          })
          .where("id", "=", r.id)
          .execute();
        // As the workflow records a submission: which revision of each section was submitted.
        const revisions = await db
          .selectFrom("report_section")
          .select(["section_key", "revision"])
          .where("report_id", "=", r.id)
          .execute();
        await db
          .insertInto("report_submission")
          .values({
            report_id: r.id,
            submitted_at: plan.submittedAt ?? new Date(),
            submitted_by: null,
            revisions: JSON.stringify(Object.fromEntries(revisions.map((x) => [x.section_key, x.revision]))),
          })
          .execute();
      }
    }
  }
  const accounts: DemoAccount[] = [];
  if (options.auth) {
    const orgByName: Record<string, string> = { ...orgIds, [CITY]: cityId };
    for (const a of DEMO_ACCOUNTS) {
      const exists = await db
        .selectFrom("app_user")
        .select("id")
        .where("username", "=", a.username)
        .executeTakeFirst();
      if (!exists)
        await createAccount(
          options.auth,
          db,
          {
            username: a.username,
            displayName: a.displayName,
            password: a.password,
            role: a.role,
            orgUnitId: orgByName[a.org]!,
          },
          undefined,
          { trusted: true },
        );
      accounts.push(a);
    }
  }
  return { created, sectionsFilled, accounts };
}

/** The demo accounts present in this database (for the start log). */
export async function demoAccountsPresent(db: Kysely<DB>): Promise<DemoAccount[]> {
  const rows = await db
    .selectFrom("app_user")
    .select("username")
    .where(
      "username",
      "in",
      DEMO_ACCOUNTS.map((a) => a.username),
    )
    .execute();
  const present = new Set(rows.map((r) => r.username));
  return DEMO_ACCOUNTS.filter((a) => present.has(a.username));
}
