import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { sql } from "@nianbao/db";
import { demoFixtures, sections } from "@nianbao/sections";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openReport } from "./services/reports.ts";
import { saveSection } from "./services/sections.ts";
import { submitReport } from "./services/workflow.ts";

// The database keeps each report year's rollups (metric_rollup, year_progress, year_section_progress) by
// statement triggers, taking the year's lock for each recount. Here many saves and submissions of one year
// run at once (on PostgreSQL truly concurrently, over several connections); afterwards the rollups must be
// exactly what a recount from scratch gives, and none of the transactions may have deadlocked.

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
const dispute = demoFixtures["dispute-resolution"]!.demo2024 as Record<string, any>;
const TOWNSHIPS = 8;

let t: TestDatabase;
let yearId: string;
let userId: string;
const reports: string[] = [];

const disputes = (mediated: number, resolved: number, screened: number) => ({
  ...dispute,
  mediated: { value: mediated, qualifier: "", unit: "起" },
  resolution: { numerator: resolved, denominator: screened },
  screened: { value: screened, qualifier: "" },
});

beforeAll(async () => {
  t = await createTestDb();
  const county = (
    await t.db
      .insertInto("org_unit")
      .values({ name: "并发县", kind: "county", parent_id: null })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
  const towns: string[] = [];
  for (let i = 1; i <= TOWNSHIPS; i++) {
    towns.push(
      (
        await t.db
          .insertInto("org_unit")
          .values({ name: `${i}号镇`, kind: "township", parent_id: county })
          .returning("id")
          .executeTakeFirstOrThrow()
      ).id,
    );
  }
  const template = {
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
            settings: {},
          },
        ],
      },
    ],
  };
  yearId = (
    await t.db
      .insertInto("report_year")
      .values({
        region_id: county,
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
    .values(towns.map((org_unit_id) => ({ report_year_id: yearId, org_unit_id })))
    .execute();
  for (const town of towns) reports.push((await openReport(t.db, yearId, town)).id);
  const now = new Date();
  userId = (
    await t.db
      .insertInto("app_user")
      .values({
        username: "clerk",
        display_name: "填报员",
        display_username: null,
        email: "clerk@example.invalid",
        image: null,
        created_at: now,
        updated_at: now,
      })
      .returning("id")
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t?.dispose());

/** The year's rollups as plain rows, in a stable order. */
async function rollups() {
  const metrics = await t.db
    .selectFrom("metric_rollup")
    .select(["plugin_id", "metric_key", "sum", "num", "den", "n", "lb"])
    .where("report_year_id", "=", yearId)
    .orderBy("plugin_id")
    .orderBy("metric_key")
    .execute();
  const progress = await t.db
    .selectFrom("year_progress")
    .selectAll()
    .where("report_year_id", "=", yearId)
    .execute();
  const sectionProgress = await t.db
    .selectFrom("year_section_progress")
    .selectAll()
    .where("report_year_id", "=", yearId)
    .orderBy("section_key")
    .execute();
  return { metrics, progress, sectionProgress };
}

describe(`rollups under concurrent writes (${engine})`, () => {
  it("stay exact when every township of a year saves and submits at once", async () => {
    const revisions = reports.map(() => 0);
    // Three rounds: every township saves at once; in the last round half of them complete and submit.
    for (let round = 1; round <= 3; round++) {
      const results = await Promise.allSettled(
        reports.map(async (reportId, i) => {
          const complete = round === 3 && i % 2 === 0;
          const saved = await saveSection(t.db, sections, {
            reportId,
            sectionKey: "disputes",
            baseRevision: revisions[i]!,
            data: disputes(10 * round + i, i, 10),
            complete,
            note: "测试",
          });
          revisions[i] = saved.revision;
          if (complete) await submitReport(t.db, reportId, userId);
        }),
      );
      expect(
        results
          .filter((r) => r.status === "rejected")
          .map((r) => String((r as PromiseRejectedResult).reason)),
      ).toEqual([]);
    }

    const kept = await rollups();
    const mediated = kept.metrics.find((m) => m.metric_key === "disputesMediated")!;
    // Round 3 saved 30 + i for township i.
    expect(Number(mediated.sum)).toBe(
      Array.from({ length: TOWNSHIPS }, (_, i) => 30 + i).reduce((a, b) => a + b, 0),
    );
    expect(mediated.n).toBe(TOWNSHIPS);
    const rate = kept.metrics.find((m) => m.metric_key === "resolutionRate")!;
    expect([Number(rate.num), Number(rate.den)]).toEqual([
      Array.from({ length: TOWNSHIPS }, (_, i) => i).reduce((a, b) => a + b, 0),
      10 * TOWNSHIPS,
    ]);
    expect(kept.progress).toEqual([
      {
        report_year_id: yearId,
        expected: TOWNSHIPS,
        started: TOWNSHIPS,
        submitted: TOWNSHIPS / 2,
        approved: 0,
        on_time: TOWNSHIPS / 2,
      },
    ]);
    expect(kept.sectionProgress).toEqual([
      { report_year_id: yearId, section_key: "disputes", started: TOWNSHIPS, complete: TOWNSHIPS / 2 },
    ]);

    // A recount from scratch finds nothing to change.
    await sql`select refresh_all_rollups(2024)`.execute(t.db);
    expect(await rollups()).toEqual(kept);
  });
});
