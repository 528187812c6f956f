import type { YearTemplate } from "@nianbao/document";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import readXlsxFile from "read-excel-file/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAuth, createAccount, loadSessionUser } from "./auth.ts";
import { createCaller } from "./root.ts";
import { exportDashboard, metricsGrid } from "./services/exports.ts";
import { recomputeMetrics } from "./services/recompute.ts";
import { openReport } from "./services/reports.ts";
import { saveSection } from "./services/sections.ts";
import { rejection } from "./test-support.ts";

// A small dataset whose totals are computed by hand below:
//   甲市 (city) > 乙县 (county) > A镇, B镇, C镇, D街道;  甲市 > 丙县 > E镇.
//   2024: dispute-resolution enabled (target 化解率 90%, coverage 100% by default); legal-study disabled
//   (A saved it while it was enabled). 2023 (乙县 only): A and B report disputes.

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
const dispute = demoFixtures["dispute-resolution"]!.demo2024 as Record<string, any>;
const study = demoFixtures["legal-study"]!.jingzhupu2023 as Record<string, any>;

let t: TestDatabase;
let api: ReturnType<typeof createCaller>;
const org: Record<string, string> = {};
const reports: Record<string, string> = {};

function template(studyEnabled: boolean): YearTemplate {
  return {
    titlePattern: "{org}{year}年法治政府建设年度报告",
    issuerPattern: "{org}人民政府",
    showIssuerAboveTitle: false,
    addressee: null,
    parts: [
      {
        key: "work",
        title: "工作开展情况",
        sections: [
          {
            key: "disputes",
            plugin: "dispute-resolution",
            pluginVersion: 1,
            heading: "化解矛盾纠纷",
            enabled: true,
            required: true,
            settings: { targetResolutionRate: 90 },
          },
          {
            key: "study",
            plugin: "legal-study",
            pluginVersion: 1,
            heading: "学法用法",
            enabled: studyEnabled,
            required: true,
            settings: {},
          },
        ],
      },
    ],
  };
}

const disputes = (
  mediated: number | null,
  qualifier: string,
  resolution: [number | null, number | null],
  villages: [number, number],
  committees: number | null,
) => ({
  ...dispute,
  mediationCommittees: committees,
  mediated: { value: mediated, qualifier, unit: "起" },
  resolution: { numerator: resolution[0], denominator: resolution[1] },
  screened: { value: resolution[1], qualifier: "" },
  advisers: { ...dispute.advisers, villages: { numerator: villages[0], denominator: villages[1] } },
});

async function unit(name: string, kind: "city" | "county" | "township" | "street", parent: string | null) {
  org[name] = (
    await t.db
      .insertInto("org_unit")
      .values({ name, kind, parent_id: parent })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
}

async function year(regionName: string, y: number, deadline: string, assigned: string[]) {
  const { id } = await t.db
    .insertInto("report_year")
    .values({
      region_id: org[regionName]!,
      year: y,
      status: "published",
      deadline,
      template: JSON.stringify(template(true)),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto("report_year_assignment")
    .values(assigned.map((n) => ({ report_year_id: id, org_unit_id: org[n]! })))
    .execute();
  return id;
}

/** A tRPC caller signed in as a new account holding `role` over the named org unit. */
async function callerFor(
  username: string,
  role: "admin" | "reviewer" | "viewer" | "editor",
  orgName: string,
) {
  const auth = buildAuth(t.db, "dashboard-test-secret-0123456789abcdef");
  const id = await createAccount(auth, t.db, {
    username,
    displayName: username,
    password: "Ledger-lantern-orbit-51",
    role,
    orgUnitId: org[orgName]!,
  });
  return createCaller({ db: t.db, sections, auth, user: await loadSessionUser(t.db, id) });
}

async function save(reportKey: string, sectionKey: string, data: unknown, complete = false) {
  await saveSection(t.db, sections, {
    reportId: reports[reportKey]!,
    sectionKey,
    baseRevision: 0,
    data,
    complete,
  });
}

beforeAll(async () => {
  t = await createTestDb();
  await unit("甲市", "city", null);
  await unit("乙县", "county", org["甲市"]!);
  await unit("丙县", "county", org["甲市"]!);
  for (const n of ["A镇", "B镇", "C镇"]) await unit(n, "township", org["乙县"]!);
  await unit("D街道", "street", org["乙县"]!);
  await unit("E镇", "township", org["丙县"]!);

  const y2024 = await year("乙县", 2024, "2025-03-01", ["A镇", "B镇", "C镇", "D街道"]);
  const y2024c = await year("丙县", 2024, "2025-03-01", ["E镇"]);
  const y2023 = await year("乙县", 2023, "2024-03-01", ["A镇", "B镇"]);
  // The deadlines have passed: exceptions let the townships' data be entered now (the workflow's rule).
  const open = (yearId: string, names: string[]) =>
    t.db
      .insertInto("deadline_exception")
      .values(
        names.map((n) => ({
          report_year_id: yearId,
          org_unit_id: org[n]!,
          reason: "测试数据",
          until: "2099-12-31",
          created_by: null,
        })),
      )
      .execute();
  await open(y2024, ["A镇", "B镇", "C镇", "D街道"]);
  await open(y2024c, ["E镇"]);
  await open(y2023, ["A镇", "B镇"]);
  api = await callerFor("city_reviewer", "reviewer", "甲市");
  for (const n of ["A镇", "B镇", "C镇"]) reports[`${n}2024`] = (await openReport(t.db, y2024, org[n]!)).id;
  reports.E2024 = (await openReport(t.db, y2024c, org["E镇"]!)).id;
  for (const n of ["A镇", "B镇"]) reports[`${n}2023`] = (await openReport(t.db, y2023, org[n]!)).id;

  await save("A镇2024", "disputes", disputes(37, "余", [47, 48], [17, 17], 18), true);
  await save("A镇2024", "study", study);
  await save("B镇2024", "disputes", disputes(20, "", [0, 0], [10, 12], 5));
  await save("C镇2024", "disputes", disputes(null, "", [null, null], [0, 0], null));
  await save("E2024", "disputes", disputes(100, "", [9, 10], [4, 4], 2));
  await save("A镇2023", "disputes", disputes(30, "", [20, 25], [17, 17], 18));
  await save("B镇2023", "disputes", disputes(5, "", [1, 2], [10, 12], 5));

  // legal-study is switched off for 2024 after A saved it: its numbers must not show.
  await t.db
    .updateTable("report_year")
    .set({ template: JSON.stringify(template(false)) })
    .where("year", "=", 2024)
    .execute();
  // The workflow's columns, set directly: A on time, B on the last evening (China time), C half an hour late.
  const set = (key: string, status: "submitted" | "approved", at: string) =>
    t.db.updateTable("report").set({ status, submitted_at: at }).where("id", "=", reports[key]!).execute();
  await set("A镇2024", "submitted", "2025-02-28T10:00:00+08:00");
  await set("B镇2024", "approved", "2025-03-01T23:30:00+08:00");
  await set("C镇2024", "submitted", "2025-03-02T00:30:00+08:00");
});
afterAll(() => t?.dispose());

const k = (key: string) => `dispute-resolution.${key}`;

describe(`dashboard aggregates (${engine})`, () => {
  it("counts expected, started, submitted, approved and on-time reports per township, per section and overall", async () => {
    const c = await api.dashboard.completeness({ regionId: org["乙县"]!, year: 2024 });
    expect(c.overall).toEqual({ expected: 4, started: 3, submitted: 3, approved: 1, onTime: 2 });
    expect(c.deadline).toBe("2025-03-01");
    expect(c.rows.map((r) => [r.org.name, r.status, r.submitted, r.onTime])).toEqual([
      ["A镇", "submitted", 1, 1],
      ["B镇", "approved", 1, 1],
      ["C镇", "submitted", 1, 0],
      ["D街道", null, 0, 0],
    ]);
    expect(c.rows[3]!.reportId).toBeNull();
    expect(c.rows[0]!.reportId).toBe(reports["A镇2024"]);
    // The disabled section is not listed; the enabled one was started by 3 and completed by 1.
    expect(c.sections).toEqual([
      {
        key: "disputes",
        plugin: "dispute-resolution",
        heading: "化解矛盾纠纷",
        expected: 4,
        started: 3,
        complete: 1,
      },
    ]);

    const city = await api.dashboard.completeness({ regionId: org["甲市"]!, year: 2024 });
    expect(city.overall).toEqual({ expected: 5, started: 4, submitted: 3, approved: 1, onTime: 2 });
    expect(city.rows.map((r) => [r.org.name, r.expected, r.reportId])).toEqual([
      ["丙县", 1, null],
      ["乙县", 4, null],
    ]);
  });

  it("aggregates metrics per township and in total the way each metric declares", async () => {
    const m = await api.dashboard.metrics({ regionId: org["乙县"]!, year: 2024 });
    expect(m.groups.map((g) => g.pluginId)).toEqual(["dispute-resolution"]);
    expect(m.groups[0]!.metrics.find((c) => c.key === "resolutionRate")!.target).toBe(90);
    expect(m.groups[0]!.metrics.find((c) => c.key === "adviserCoverage")!.target).toBe(100);
    expect(m.rows.map((r) => r.org.name)).toEqual(["A镇", "B镇", "C镇", "D街道"]);

    // counts sum; a total with a lower bound (37余) is a lower bound
    expect(m.total[k("disputesMediated")]).toMatchObject({ value: 57, lowerBound: true, reporting: 2 });
    expect(m.total[k("mediationCommittees")]).toMatchObject({ value: 23, lowerBound: false });
    // rates sum numerators and denominators; B's 0/0 adds nothing; C entered nothing
    expect(m.total[k("resolutionRate")]).toMatchObject({ numerator: 47, denominator: 48, miss: false });
    expect(m.total[k("resolutionRate")]!.value).toBeCloseTo((47 / 48) * 100, 6);
    expect(m.total[k("adviserCoverage")]).toMatchObject({ numerator: 27, denominator: 29, miss: true });
    const b = m.rows[1]!.cells;
    expect(b[k("resolutionRate")]).toMatchObject({ value: null, numerator: 0, denominator: 0, miss: false });
    expect(b[k("adviserCoverage")]!.miss).toBe(true);
    expect(m.rows[0]!.cells[k("adviserCoverage")]!.miss).toBe(false);
    // a township that did not report: a row with empty cells and no report
    expect(m.rows[3]).toMatchObject({ reportId: null });
    expect(m.rows[3]!.cells[k("disputesMediated")]).toMatchObject({ value: null, reporting: 0 });
    // the disabled section shows no columns although A stored its metrics
    expect(Object.keys(m.total).some((key) => key.startsWith("legal-study."))).toBe(false);

    const city = await api.dashboard.metrics({ regionId: org["甲市"]!, year: 2024 });
    expect(city.rows.map((r) => [r.org.name, r.cells[k("disputesMediated")]!.value])).toEqual([
      ["丙县", 100],
      ["乙县", 57],
    ]);
    expect(city.total[k("disputesMediated")]).toMatchObject({ value: 157, lowerBound: true });
    expect(city.total[k("resolutionRate")]).toMatchObject({ numerator: 56, denominator: 58 });
  });

  it("compares years for a county and for a township, flagging a large jump", async () => {
    const trend = await api.dashboard.trend({ orgId: org["乙县"]!, years: [2023, 2024] });
    expect(trend.points.map((p) => [p.year, p.cells[k("disputesMediated")]!.value])).toEqual([
      [2023, 35],
      [2024, 57],
    ]);
    expect(trend.points[0]!.cells[k("resolutionRate")]).toMatchObject({ numerator: 21, denominator: 27 });
    expect(trend.likeForLike).toBe(true);
    expect(trend.points.map((p) => p.cells[k("disputesMediated")]!.reporting)).toEqual([2, 2]);

    // Like for like: C镇 reports a figure in 2024 only; the county's 2024 table counts it, the comparison
    // with 2023 does not.
    const status = (s: "draft" | "submitted") =>
      t.db.updateTable("report").set({ status: s }).where("id", "=", reports["C镇2024"]!).execute();
    await status("draft");
    const c = await t.db
      .selectFrom("report_section")
      .select("revision")
      .where("report_id", "=", reports["C镇2024"]!)
      .where("section_key", "=", "disputes")
      .executeTakeFirstOrThrow();
    await saveSection(t.db, sections, {
      reportId: reports["C镇2024"]!,
      sectionKey: "disputes",
      baseRevision: c.revision,
      data: disputes(10, "", [null, null], [0, 0], null),
      complete: false,
    });
    expect(
      (await api.dashboard.metrics({ regionId: org["乙县"]!, year: 2024 })).total[k("disputesMediated")]!
        .value,
    ).toBe(67);
    const compared = await api.dashboard.trend({ orgId: org["乙县"]!, years: [2023, 2024] });
    expect(
      compared.points.map((p) => [
        p.cells[k("disputesMediated")]!.value,
        p.cells[k("disputesMediated")]!.reporting,
      ]),
    ).toEqual([
      [35, 2],
      [57, 2],
    ]);
    await saveSection(t.db, sections, {
      reportId: reports["C镇2024"]!,
      sectionKey: "disputes",
      baseRevision: c.revision + 1,
      data: disputes(null, "", [null, null], [0, 0], null),
      complete: false,
    });
    await status("submitted");

    const a = await api.dashboard.township({ orgId: org["A镇"]!, year: 2024 });
    const line = (key: string, v: typeof a) => v.lines.find((l) => l.column.key === key)!;
    expect(a.parent?.name).toBe("乙县");
    expect(a.reportId).toBe(reports["A镇2024"]);
    expect(line("disputesMediated", a)).toMatchObject({
      current: { value: 37, lowerBound: true },
      previous: { value: 30 },
      region: { value: 57 },
      jump: false,
    });
    const b = await api.dashboard.township({ orgId: org["B镇"]!, year: 2024 });
    expect(line("disputesMediated", b)).toMatchObject({
      current: { value: 20 },
      previous: { value: 5 },
      jump: true,
    });
  });

  it("exports the table as CSV and XLSX that read back with the same figures", async () => {
    const grid = metricsGrid(await api.dashboard.metrics({ regionId: org["乙县"]!, year: 2024 }));
    const header = grid[1]!;
    const col = (label: string) => header.findIndex((h) => typeof h === "string" && h.startsWith(label));
    const total = grid.find((r) => r[0] === "合计")!;
    expect(header[col("调处矛盾纠纷")]).toBe("调处矛盾纠纷（起）");
    expect(total[col("调处矛盾纠纷")]).toBe(57);
    expect(header[col("调处矛盾纠纷") + 1]).toBe("调处矛盾纠纷（为下限（余/超/达））");
    expect(total[col("调处矛盾纠纷") + 1]).toBe("是");
    expect(total.slice(col("村法律顾问覆盖率"), col("村法律顾问覆盖率") + 3)).toEqual([93.1, 27, 29]);
    // 0/0 leaves the percentage empty (never 0% or 100%) and keeps the counts
    const b = grid.find((r) => r[0] === "B镇")!;
    expect(b[col("矛盾纠纷化解率")]).toBeNull();
    expect(b[col("矛盾纠纷化解率") + 2]).toBe(0);

    const metricsXlsx = await exportDashboard(t.db, sections, {
      kind: "metrics",
      format: "xlsx",
      regionId: org["乙县"]!,
      year: 2024,
    });
    const [metricsSheet] = await readXlsxFile(metricsXlsx.body);
    const xTotal = metricsSheet!.data.find((r) => r[0] === "合计")!;
    expect(xTotal[col("调处矛盾纠纷")]).toBe(57);
    expect(xTotal[col("村法律顾问覆盖率") + 1]).toBe(27);

    const csv = await exportDashboard(t.db, sections, {
      kind: "metrics",
      format: "csv",
      regionId: org["乙县"]!,
      year: 2024,
    });
    expect(csv.filename).toBe("乙县-2024-数据汇总.csv");
    expect(csv.body.toString("utf8")).toContain("合计,");

    const xlsx = await exportDashboard(t.db, sections, {
      kind: "completeness",
      format: "xlsx",
      regionId: org["乙县"]!,
      year: 2024,
    });
    const [sheet] = await readXlsxFile(xlsx.body);
    expect(sheet!.sheet).toBe("报送情况");
    expect(sheet!.data[0]).toEqual(["单位", "应报", "已开始", "已提交", "已通过", "按时提交", "按时率（%）"]);
    expect(sheet!.data.at(-1)).toEqual(["合计", 4, 3, 3, 1, 2, 50]);
  });

  it("recomputes stored metrics from the sections' data", async () => {
    await t.db
      .updateTable("section_metric")
      .set({ value: 999 })
      .where("report_id", "=", reports["A镇2024"]!)
      .where("metric_key", "=", "disputesMediated")
      .execute();
    await t.db.deleteFrom("section_metric").where("report_id", "=", reports["B镇2024"]!).execute();
    await t.db.deleteFrom("metric_rollup").execute();
    const result = await recomputeMetrics(t.db, sections, { year: 2024, batchSize: 2 });
    expect(result).toMatchObject({ sections: 5, skipped: 0 });
    const m = await api.dashboard.metrics({ regionId: org["乙县"]!, year: 2024 });
    expect(m.total[k("disputesMediated")]).toMatchObject({ value: 57, lowerBound: true });
    expect(m.total[k("adviserCoverage")]).toMatchObject({ numerator: 27, denominator: 29 });
    // the city view reads the rebuilt rollups of its counties' years
    const city = await api.dashboard.metrics({ regionId: org["甲市"]!, year: 2024 });
    expect(city.total[k("disputesMediated")]).toMatchObject({ value: 157, lowerBound: true });
    expect(city.total[k("resolutionRate")]).toMatchObject({ numerator: 56, denominator: 58 });
  });
});

describe(`dashboard access (${engine})`, () => {
  it("shows a region only to those who may read it", async () => {
    const other = await callerFor("bingxian_admin", "admin", "丙县");
    expect((await rejection(other.dashboard.completeness({ regionId: org["乙县"]!, year: 2024 }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await rejection(other.dashboard.metrics({ regionId: org["甲市"]!, year: 2024 }))).code).toBe(
      "FORBIDDEN",
    );
    expect(
      (await other.dashboard.completeness({ regionId: org["丙县"]!, year: 2024 })).overall.expected,
    ).toBe(1);
    expect((await other.dashboard.filters()).regions.map((r) => r.name)).toEqual(["丙县"]);

    const editor = await callerFor("a_editor", "editor", "A镇");
    expect(
      (await rejection(editor.dashboard.completeness({ regionId: org["乙县"]!, year: 2024 }))).code,
    ).toBe("FORBIDDEN");
    expect((await rejection(editor.dashboard.township({ orgId: org["B镇"]!, year: 2024 }))).code).toBe(
      "FORBIDDEN",
    );
    expect((await editor.dashboard.township({ orgId: org["A镇"]!, year: 2024 })).org.name).toBe("A镇");
    expect((await editor.dashboard.filters()).regions).toEqual([]);
  });
});
