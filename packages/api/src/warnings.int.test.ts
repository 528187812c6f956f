import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createCaller } from "./root.ts";
import { seededApi } from "./test-support.ts";

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
type Api = ReturnType<typeof createCaller>;
let t: TestDatabase;
let editor: Api;
let reviewer: Api;
let reportId: string;

beforeAll(async () => {
  t = await createTestDb();
  const s = await seededApi(t.db);
  editor = await s.as("jingzhupu");
  reviewer = await s.as("reviewer");
  const orgId = (await editor.org.townships())[0]!.id;
  const yearId = (await editor.year.forOrg({ orgId })).find((y) => y.year === 2024)!.id;
  reportId = (await editor.report.open({ yearId, orgId })).id;
  // A 乡 in the same city, and one in another county (never flagged).
  const city = await t.db
    .selectFrom("org_unit")
    .select("id")
    .where("name", "=", "武冈市")
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto("org_unit")
    .values({ name: "双牌乡", kind: "township", parent_id: city.id })
    .execute();
  const other = await t.db
    .insertInto("org_unit")
    .values({ name: "外县", kind: "county", parent_id: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto("org_unit")
    .values({ name: "远方乡", kind: "township", parent_id: other.id })
    .execute();
});
afterAll(() => t?.dispose());

async function save(sectionKey: string, data: unknown) {
  const s = await editor.section.get({ reportId, sectionKey });
  return editor.section.save({ reportId, sectionKey, baseRevision: s.revision, data });
}

describe(`review warnings (${engine})`, () => {
  it("flags another township of the same city named in a section's text: 镇, 乡, 街道", async () => {
    const s = await editor.section.get({ reportId, sectionKey: "problems" });
    await save("problems", {
      ...(s.data as object),
      intro: "荆竹铺镇学习借鉴水西门街道、双牌乡和远方乡的经验，与邓元泰司法所联合开展工作，主要问题是：",
    });
    const warnings = (await reviewer.review.warnings({ reportId })).filter(
      (w) => w.kind === "other-township",
    );
    expect(
      warnings.map((w) => `${w.sectionKey}:${w.kind === "other-township" ? w.name : ""}`).sort(),
    ).toEqual(["problems:邓元泰镇", "problems:水西门街道", "problems:双牌乡"].sort());
    expect(warnings[0]!.heading).toBe("存在的不足和原因");
    const shuangpai = warnings.find((w) => w.kind === "other-township" && w.name === "双牌乡")!;
    expect(shuangpai.kind === "other-township" && shuangpai.excerpt).toContain("双牌乡");
    expect(shuangpai.message).toContain("双牌乡");
    // The clerk sees the same before submitting.
    expect(await editor.review.warnings({ reportId })).toEqual(await reviewer.review.warnings({ reportId }));
  });

  it("flags non-zero counts equal to last year's, and stops once the figure changes", async () => {
    const previous = await editor.section.previous({ reportId, sectionKey: "legal-study" });
    expect(previous?.year).toBe(2023);
    const last = previous!.data as { centralGroup: { sessions: number } };
    await save("legal-study", last);
    const unchanged = (await editor.review.warnings({ reportId })).filter((w) => w.kind === "unchanged");
    const study = unchanged.find((w) => w.metricKey === "studySessions");
    expect(study).toMatchObject({
      sectionKey: "legal-study",
      label: "中心组学法次数",
      value: last.centralGroup.sessions,
      unit: "次",
      lastYear: 2023,
      fieldPath: "centralGroup.sessions",
    });
    expect(unchanged.every((w) => w.kind === "unchanged" && w.value !== 0)).toBe(true);

    await save("legal-study", {
      ...last,
      centralGroup: { ...last.centralGroup, sessions: last.centralGroup.sessions + 1 },
    });
    const after = (await editor.review.warnings({ reportId })).filter((w) => w.kind === "unchanged");
    expect(after.map((w) => w.kind === "unchanged" && w.metricKey)).not.toContain("studySessions");
    expect(after.length).toBe(unchanged.length - 1);
  });

  it("a count of zero both years is no warning", async () => {
    const s = await editor.section.get({ reportId, sectionKey: "legal-study" });
    const data = s.data as { centralGroup: { sessions: number } };
    await save("legal-study", { ...data, centralGroup: { ...data.centralGroup, sessions: 0 } });
    await t.db
      .updateTable("section_metric")
      .set({ value: 0 })
      .where("metric_key", "=", "studySessions")
      .where(
        "report_id",
        "in",
        t.db
          .selectFrom("report as r")
          .innerJoin("report_year as y", "y.id", "r.report_year_id")
          .select("r.id")
          .where("y.year", "=", 2023),
      )
      .execute();
    const unchanged = (await editor.review.warnings({ reportId })).filter((w) => w.kind === "unchanged");
    expect(unchanged.map((w) => w.kind === "unchanged" && w.metricKey)).not.toContain("studySessions");
  });
});
