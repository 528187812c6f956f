import type { YearTemplate } from "@nianbao/document";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { sections } from "@nianbao/sections";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAuth, createAccount, loadSessionUser } from "./auth.ts";
import { createCaller } from "./root.ts";
import { metricsGrid } from "./services/exports.ts";
import { openReport } from "./services/reports.ts";
import { saveSection } from "./services/sections.ts";

// Stated rates: a township that knows its court-appearance rate only as a percentage (甲街道: "90%以上") is shown
// with that percentage, and left out of the total rate (which sums the counted numerators and denominators of
// 甲镇 2/2 and 乙乡 3/4 = 5/6) with a note that one township gave only a percentage — for a county reading its
// townships' stored metrics, and for the city reading the county's rollup (metric_rollup.stated).

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let t: TestDatabase;
let api: ReturnType<typeof createCaller>;
const org: Record<string, string> = {};

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
          key: "litigation",
          plugin: "reconsideration-litigation",
          pluginVersion: 1,
          heading: "行政复议与行政应诉",
          enabled: true,
          required: false,
          settings: {},
        },
      ],
    },
  ],
};

const data = (appearance: Record<string, unknown>, cases: number) => ({
  opening: "",
  asOf: { month: null, day: null },
  reconsideration: { received: 1, concluded: 1, corrected: 0 },
  litigation: {
    cases,
    concluded: cases,
    lost: 0,
    appearance: { numerator: null, denominator: null, percent: null, percentQualifier: "", ...appearance },
  },
  measures: [],
  more: "",
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

beforeAll(async () => {
  t = await createTestDb();
  await unit("某市", "city", null);
  await unit("某县", "county", org["某市"]!);
  await unit("甲镇", "township", org["某县"]!);
  await unit("乙乡", "township", org["某县"]!);
  await unit("甲街道", "street", org["某县"]!);
  const names = ["甲镇", "乙乡", "甲街道"];
  const { id: yearId } = await t.db
    .insertInto("report_year")
    .values({
      region_id: org["某县"]!,
      year: 2024,
      status: "published",
      deadline: "2099-03-01",
      template: JSON.stringify(template),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto("report_year_assignment")
    .values(names.map((n) => ({ report_year_id: yearId, org_unit_id: org[n]! })))
    .execute();
  const save = async (name: string, d: unknown) => {
    const report = await openReport(t.db, yearId, org[name]!);
    await saveSection(t.db, sections, {
      reportId: report.id,
      sectionKey: "litigation",
      baseRevision: 0,
      data: d,
      complete: false,
    });
  };
  await save("甲镇", data({ numerator: 2, denominator: 2 }, 2));
  await save("乙乡", data({ numerator: 3, denominator: 4 }, 3));
  await save("甲街道", data({ percent: 90, percentQualifier: "以上" }, 5));
  const auth = buildAuth(t.db, "stated-rates-test-secret-0123456789abcdef");
  const id = await createAccount(auth, t.db, {
    username: "city",
    displayName: "city",
    password: "Ledger-lantern-orbit-51",
    role: "reviewer",
    orgUnitId: org["某市"]!,
  });
  api = createCaller({ db: t.db, sections, auth, user: await loadSessionUser(t.db, id) });
});
afterAll(() => t?.dispose());

const key = "reconsideration-litigation.appearanceRate";

describe(`stated rates on the dashboard (${engine})`, () => {
  it("stores the stated percentage flagged, without counts", async () => {
    const row = await t.db
      .selectFrom("section_metric")
      .selectAll()
      .where("metric_key", "=", "appearanceRate")
      .where("stated", "=", true)
      .executeTakeFirstOrThrow();
    expect([row.value, row.numerator, row.denominator, row.lower_bound]).toEqual([90, null, null, true]);
  });

  it("shows a township's stated percentage and keeps it out of the county's total rate", async () => {
    const m = await api.dashboard.metrics({ regionId: org["某县"]!, year: 2024 });
    const cell = (name: string) => m.rows.find((r) => r.org.name === name)!.cells[key]!;
    expect(cell("甲街道")).toMatchObject({
      value: 90,
      numerator: null,
      denominator: null,
      stated: true,
      lowerBound: true,
    });
    expect(cell("乙乡")).toMatchObject({ numerator: 3, denominator: 4, value: 75 });
    expect(m.total[key]).toMatchObject({ numerator: 5, denominator: 6, statedOnly: 1, reporting: 3 });
    expect(m.total[key]!.value).toBeCloseTo(83.33, 1);
    // The spreadsheet: the stated percentage as the township's figure, marked; the total's counted rate, and
    // how many gave only a percentage.
    const grid = metricsGrid(m);
    const col = (title: string) => grid[1]!.indexOf(title);
    const row = (name: string) => grid.find((r) => r[0] === name)!;
    expect(row("甲街道")[col("负责人出庭应诉率（%）")]).toBe(90);
    expect(row("甲街道")[col("负责人出庭应诉率（分母）")]).toBeNull();
    expect(row("甲街道")[col("负责人出庭应诉率（仅填报百分比）")]).toBe("是");
    expect(row("合计")[col("负责人出庭应诉率（%）")]).toBe(83.3);
    expect(row("合计")[col("负责人出庭应诉率（仅填报百分比）")]).toBe(1);
    expect(row("乙乡")[col("负责人出庭应诉率（仅填报百分比）")]).toBeNull();
  });

  it("carries the count of stated percentages through the county's rollup to the city", async () => {
    const rollup = await t.db
      .selectFrom("metric_rollup")
      .selectAll()
      .where("metric_key", "=", "appearanceRate")
      .executeTakeFirstOrThrow();
    expect([rollup.num, rollup.den, rollup.stated, rollup.n]).toEqual([5, 6, 1, 3]);
    const city = await api.dashboard.metrics({ regionId: org["某市"]!, year: 2024 });
    expect(city.rows.find((r) => r.org.name === "某县")!.cells[key]).toMatchObject({
      numerator: 5,
      denominator: 6,
      statedOnly: 1,
    });
    expect(city.total[key]).toMatchObject({ numerator: 5, denominator: 6, statedOnly: 1 });
  });
});
