import type { YearTemplate } from "@nianbao/document";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAuth, createAccount, loadSessionUser } from "./auth.ts";
import { createCaller } from "./root.ts";
import { openReport } from "./services/reports.ts";
import { recomputeMetrics } from "./services/recompute.ts";
import { saveSection } from "./services/sections.ts";

// Issue 17: the fields that keep what reports write — a stated 化解率 ("化解率96.2%"), a qualified count of
// disputes screened ("近200起"), problems found alone ("发现问题5项") — saved through the API, and data stored
// under the previous plugin versions (dispute-resolution v2, leadership v1) still opening, printing and
// counting as filed: the platform migrates on read by plugin_version.

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let t: TestDatabase;
let api: ReturnType<typeof createCaller>;
let yearId: string;
const org: Record<string, string> = {};
const reports: Record<string, string> = {};

const disputes = demoFixtures["dispute-resolution"]!.demo2024 as Record<string, any>;
const leadership = demoFixtures["leadership"]!.demo2024 as Record<string, any>;

const template: YearTemplate = {
  titlePattern: "{org}{year}年法治政府建设年度报告",
  issuerPattern: "{org}人民政府",
  showIssuerAboveTitle: false,
  addressee: null,
  parts: [
    {
      key: "work",
      title: "主要举措和成效",
      sections: [
        {
          key: "disputes",
          plugin: "dispute-resolution",
          pluginVersion: 2,
          heading: "依法化解矛盾纠纷",
          enabled: true,
          required: false,
          settings: {},
        },
        {
          key: "leadership",
          plugin: "leadership",
          pluginVersion: 1,
          heading: "加强组织领导",
          enabled: true,
          required: false,
          settings: {},
        },
      ],
    },
  ],
};

async function unit(name: string, kind: "county" | "township", parent: string | null) {
  org[name] = (
    await t.db
      .insertInto("org_unit")
      .values({ name, kind, parent_id: parent })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
}

const save = (name: string, sectionKey: string, data: unknown) =>
  saveSection(t.db, sections, {
    reportId: reports[name]!,
    sectionKey,
    baseRevision: 0,
    data,
    complete: false,
  });

/** Store a section row as an older plugin version wrote it (as if saved before the upgrade). */
async function storeOld(name: string, sectionKey: string, version: number, data: unknown) {
  await save(name, sectionKey, sectionKey === "disputes" ? disputes : leadership);
  await t.db
    .updateTable("report_section")
    .set({ plugin_version: version, data: JSON.stringify(data) })
    .where("report_id", "=", reports[name]!)
    .where("section_key", "=", sectionKey)
    .execute();
}

beforeAll(async () => {
  t = await createTestDb();
  await unit("某县", "county", null);
  for (const n of ["甲镇", "乙乡", "丙镇"]) await unit(n, "township", org["某县"]!);
  yearId = (
    await t.db
      .insertInto("report_year")
      .values({
        region_id: org["某县"]!,
        year: 2024,
        status: "published",
        deadline: "2099-03-01",
        template: JSON.stringify(template),
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  await t.db
    .insertInto("report_year_assignment")
    .values(["甲镇", "乙乡", "丙镇"].map((n) => ({ report_year_id: yearId, org_unit_id: org[n]! })))
    .execute();
  for (const n of ["甲镇", "乙乡", "丙镇"]) reports[n] = (await openReport(t.db, yearId, org[n]!)).id;

  // 甲镇: counts, as the demo enters them (47 of 48 resolved, 52 screened).
  await save("甲镇", "disputes", disputes);
  await save("甲镇", "leadership", leadership);
  // 乙乡: what its report states — 近200起 screened, 化解率96.2%, 发现问题5项 with no count rectified.
  await save("乙乡", "disputes", {
    ...disputes,
    screened: { value: 200, qualifier: "近" },
    mediated: { value: null, qualifier: "", unit: "起" },
    resolution: { numerator: null, denominator: null, percent: 96.2, percentQualifier: "" },
  });
  await save("乙乡", "leadership", {
    ...leadership,
    inspections: { value: 20, qualifier: "余" },
    problems: { found: 5, rectified: null },
  });
  // 丙镇: rows stored before the upgrade — dispute-resolution v2 (a plain count, a counted rate) and
  // leadership v1 (a plain count, the problems as a rate).
  await storeOld("丙镇", "disputes", 2, {
    ...disputes,
    screened: 30,
    mediated: { value: 40, qualifier: "余", unit: "件" },
    resolution: { numerator: 36, denominator: 42 },
  });
  await storeOld("丙镇", "leadership", 1, {
    ...leadership,
    inspections: 3,
    problems: { numerator: 4, denominator: 6 },
  });

  const auth = buildAuth(t.db, "stated-values-test-secret-0123456789abcdef");
  const id = await createAccount(auth, t.db, {
    username: "county",
    displayName: "county",
    password: "Ledger-lantern-orbit-51",
    role: "reviewer",
    orgUnitId: org["某县"]!,
  });
  api = createCaller({ db: t.db, sections, auth, user: await loadSessionUser(t.db, id) });
});
afterAll(() => t?.dispose());

const metric = (name: string, key: string) =>
  t.db
    .selectFrom("section_metric as m")
    .innerJoin("report_section as s", "s.id", "m.report_section_id")
    .select(["m.value", "m.numerator", "m.denominator", "m.lower_bound", "m.stated"])
    .where("s.report_id", "=", reports[name]!)
    .where("m.metric_key", "=", key)
    .executeTakeFirstOrThrow();

describe(`stated percentages and qualified counts through the API (${engine})`, () => {
  it("stores what a report states: a stated 化解率 flagged, 近200起, 20余次 a lower bound, problems found alone", async () => {
    const s = await api.section.get({ reportId: reports["乙乡"]!, sectionKey: "disputes" });
    expect(s.data).toMatchObject({
      screened: { value: 200, qualifier: "近" },
      resolution: { numerator: null, denominator: null, percent: 96.2 },
    });
    expect(await metric("乙乡", "resolutionRate")).toMatchObject({
      value: 96.2,
      numerator: null,
      denominator: null,
      stated: true,
    });
    expect(await metric("乙乡", "disputesScreened")).toMatchObject({ value: 200, lower_bound: false });
    expect(await metric("乙乡", "inspections")).toMatchObject({ value: 20, lower_bound: true });
    expect(await metric("乙乡", "problemsFound")).toMatchObject({ value: 5 });
    expect(await metric("乙乡", "rectificationRate")).toMatchObject({ value: null, numerator: null });
    const md = (await api.document.render({ reportId: reports["乙乡"]!, format: "md" })).content;
    expect(md).toContain("2024年全乡共排查各类矛盾纠纷近200起，化解率96.2%");
    expect(md).toContain("开展法治建设督查检查20余次，发现问题5项");
  });

  it("opens data stored under the previous versions migrated, prints it as filed, and leaves the row as stored", async () => {
    const d = await api.section.get({ reportId: reports["丙镇"]!, sectionKey: "disputes" });
    expect(d).toMatchObject({ filedVersion: 2 });
    expect(d.data).toMatchObject({
      screened: { value: 30, qualifier: "" },
      resolution: { numerator: 36, denominator: 42, percent: null, percentQualifier: "" },
    });
    const l = await api.section.get({ reportId: reports["丙镇"]!, sectionKey: "leadership" });
    expect(l).toMatchObject({ filedVersion: 1 });
    expect(l.data).toMatchObject({
      inspections: { value: 3, qualifier: "" },
      problems: { found: 6, rectified: 4 },
    });
    const md = (await api.document.render({ reportId: reports["丙镇"]!, format: "md" })).content;
    expect(md).toContain("2024年全镇共排查各类矛盾纠纷30件，受理42件，调处40余件，成功化解36件，化解率85.7%");
    expect(md).toContain("开展法治建设督查检查3次，发现问题6项，已整改4项");
    const row = await t.db
      .selectFrom("report_section")
      .select(["plugin_version", "data"])
      .where("report_id", "=", reports["丙镇"]!)
      .where("section_key", "=", "disputes")
      .executeTakeFirstOrThrow();
    expect(row.plugin_version).toBe(2);
    expect((row.data as Record<string, unknown>).screened).toBe(30);
  });

  it("recomputes the metrics of old rows through the migrations, and totals stated rates apart", async () => {
    const result = await recomputeMetrics(t.db, sections, { year: 2024 });
    expect(result.skipped).toBe(0);
    expect(await metric("丙镇", "disputesScreened")).toMatchObject({ value: 30, lower_bound: false });
    expect(await metric("丙镇", "resolutionRate")).toMatchObject({ numerator: 36, denominator: 42 });
    expect(await metric("丙镇", "rectificationRate")).toMatchObject({ numerator: 4, denominator: 6 });
    const m = await api.dashboard.metrics({ regionId: org["某县"]!, year: 2024 });
    // 47/48 (甲镇) + 36/42 (丙镇); 乙乡's stated 96.2% is counted apart.
    expect(m.total["dispute-resolution.resolutionRate"]).toMatchObject({
      numerator: 83,
      denominator: 90,
      statedOnly: 1,
    });
    expect(m.total["dispute-resolution.disputesScreened"]).toMatchObject({ value: 282 });
    expect(m.total["leadership.problemsFound"]).toMatchObject({ value: 16 });
  });
});
