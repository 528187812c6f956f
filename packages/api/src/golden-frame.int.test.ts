/**
 * Golden test of issue 16: a synthetic 乡 report (双牌乡) and a synthetic 街道 report (迎春街道) in the
 * official five-part outline of the demo's 2024 year — each with sections the township added itself, joint
 * issuers, a 文号, a stated-percentage rate and qualified counts — render in every format with their own
 * level words (no stray 镇), and their metrics add to the demo's townships' on the dashboard. The content is
 * written here (and taken from the plugins' 乡/街道 fixtures), in the shapes real reports take: not copied
 * from the reference report.
 */
import { createAccount } from "./auth.ts";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import { chineseNumeral, formatQuantity, STRAY_TOWN, type Qualifier } from "@nianbao/sdk";
import { toDocx } from "@nianbao/document/docx";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeStoredReport, writeDocument } from "./services/documents.ts";
import { openReport } from "./services/reports.ts";
import { seededApi } from "./test-support.ts";

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let t: TestDatabase;
let s: Awaited<ReturnType<typeof seededApi>>;
const reportOf: Record<string, string> = {};
let regionId = "";
let before: Awaited<ReturnType<Awaited<ReturnType<typeof s.as>>["dashboard"]["metrics"]>>;

const fx = (plugin: string, name: string) => demoFixtures[plugin]![name] as Record<string, unknown>;
const custom = (paragraphs: string, figures: Array<[string, number, string, string]>) => ({
  paragraphs,
  figures: figures.map(([label, value, qualifier, unit]) => ({ label, value, qualifier, unit })),
});

/** 双牌乡: a small 乡, figures mostly exact, its appearance rate stated as 100%, one section of its own. */
const xiang = {
  username: "shuangpai",
  name: "双牌乡",
  kind: "township" as const,
  docNumber: "双发〔2025〕4号",
  sections: {
    overview: { ...fx("overview", "sparse"), subject: "我乡", summary: "法治乡村建设稳步推进" },
    "rule-of-law-thought": fx("rule-of-law-thought", "xiangCentral"),
    "government-functions": fx("government-functions", "exactShares"),
    "normative-documents": fx("normative-documents", "noneIssued"),
    disclosure: fx("disclosure", "partialYear"),
    "dispute-resolution": fx("dispute-resolution", "partialYear"),
    "reconsideration-litigation": {
      ...fx("reconsideration-litigation", "xiangNoCases"),
      reconsideration: { received: 1, concluded: 1, corrected: 0 },
      litigation: {
        cases: 2,
        concluded: 2,
        lost: 0,
        appearance: { numerator: null, denominator: null, percent: 100, percentQualifier: "" },
      },
    },
    "safety-petitions": fx("safety-petitions", "xiangAsOf"),
    "grassroots-governance": fx("grassroots-governance", "xiangSmall"),
    "legal-publicity": {
      ...(fx("legal-publicity", "xiangItems") as object),
      materials: { value: 2000, qualifier: "余" },
    },
    problems: {
      intro: "对照法治政府建设要求，全乡工作还存在一些短板：",
      items: [
        { lead: "法治力量不足", text: "乡司法所仅有专职人员1名，村级法律顾问服务频次偏低。" },
        { lead: "学法用法不够深入", text: "部分村干部依法办事意识不强，处理集体资产事务时程序不够规范。" },
      ],
      more: "",
    },
    leadership: fx("leadership", "partialYear"),
    plans: {
      intro: "2025年，我乡将重点做好以下工作：",
      items: [
        { lead: "抓实村级事务规范", text: "全面推行村级合同合法性审查，做到应审尽审。" },
        { lead: "深化法治乡村建设", text: "每个村至少培养3名“法律明白人”。" },
      ],
      more: "",
    },
    other: custom("无其他需要报告的情况。", []),
  } as Record<string, unknown>,
  own: [
    {
      after: "legal-publicity",
      heading: "村级集体经济合同依法规范管理",
      data: custom(
        "乡党委把村级集体经济合同清理作为全年重点，聘请律师逐份审查，对不规范合同依法变更或解除。",
        [
          ["审查村级合同", 40, "余", "份"],
          ["依法变更或解除合同", 6, "", "份"],
        ],
      ),
    },
  ],
  retitle: { disclosure: "推进乡务村务公开" },
};

/** 迎春街道: an urban 街道, figures stated as percentages and lower bounds, two sections of its own. */
const street = {
  username: "yingchun",
  name: "迎春街道",
  kind: "street" as const,
  docNumber: "迎工发〔2025〕2号",
  sections: {
    overview: { ...fx("overview", "sparse"), subject: "我街道", summary: "辖区法治环境持续向好" },
    "rule-of-law-thought": fx("rule-of-law-thought", "streetOutreach"),
    "government-functions": fx("government-functions", "demo2024"),
    "normative-documents": fx("normative-documents", "demo2024"),
    disclosure: fx("disclosure", "demo2024"),
    "reconsideration-litigation": fx("reconsideration-litigation", "streetStated"),
    "safety-petitions": fx("safety-petitions", "streetHotline"),
    "grassroots-governance": fx("grassroots-governance", "streetCommunities"),
    "legal-publicity": fx("legal-publicity", "streetStated"),
    problems: {
      intro: "",
      items: [
        {
          lead: "社区法治力量分布不均",
          text: "老城区社区法律顾问服务需求大，新建小区群众参与依法治理的渠道不多。",
        },
      ],
      more: "究其原因，主要是街道社区干部更替较快，法治培训没有做到全覆盖。",
    },
    leadership: fx("leadership", "partialYear"),
    plans: {
      intro: "",
      items: [
        { lead: "完善网格化服务管理", text: "推动矛盾纠纷在网格中发现、在社区中化解。" },
        { lead: "加强法治宣传阵地建设", text: "在各社区建成法治文化角。" },
      ],
      more: "",
    },
    other: custom("街道综合行政执法改革已于年内完成，执法人员全部持证上岗。", []),
  } as Record<string, unknown>,
  own: [
    {
      after: "grassroots-governance",
      heading: "老旧小区改造中的依法治理",
      data: custom("街道在老旧小区改造中坚持依法征求居民意见，改造方案经居民会议表决后实施。", [
        ["召开居民议事会", 30, "余", "场"],
        ["征求居民意见", 1800, "超", "条"],
      ]),
    },
    {
      after: "grassroots-governance",
      heading: "网格化服务管理",
      data: custom("辖区划分网格，每个网格配备专职网格员，全年网格员走访居民户。", [
        ["走访居民", 2, "近", "万户"],
      ]),
    },
  ],
  retitle: {},
};

const townships = [xiang, street];

async function saveAll(
  api: Awaited<ReturnType<typeof s.as>>,
  reportId: string,
  data: Record<string, unknown>,
) {
  for (const [sectionKey, d] of Object.entries(data)) {
    await api.section.save({ reportId, sectionKey, baseRevision: 0, data: d, complete: true });
  }
}

beforeAll(async () => {
  t = await createTestDb();
  s = await seededApi(t.db);
  const admin = await s.as("admin");
  const year = await t.db
    .selectFrom("report_year")
    .select(["id", "template", "region_id"])
    .where("year", "=", 2024)
    .executeTakeFirstOrThrow();
  regionId = year.region_id;
  before = await admin.dashboard.metrics({ regionId, year: 2024 });
  // The county's rules for 2024: joint issuance, townships may add sections to part 一 and retitle them.
  const template = year.template as { parts: Array<{ key: string }> } & Record<string, unknown>;
  const revised = {
    ...template,
    issuerPatterns: ["{party}", "{government}"],
    parts: template.parts.map((p) =>
      p.key === "measures" ? { ...p, townshipMayAdd: true, townshipMayRetitle: true } : p,
    ),
  };
  // (and a deadline still ahead, so the new townships may write).
  await t.db
    .updateTable("report_year")
    .set({ template: JSON.stringify(revised), deadline: "2099-03-01" })
    .where("id", "=", year.id)
    .execute();

  for (const tw of townships) {
    const org = await t.db
      .insertInto("org_unit")
      .values({ name: tw.name, kind: tw.kind, parent_id: regionId })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("report_year_assignment")
      .values({ report_year_id: year.id, org_unit_id: org.id })
      .execute();
    await createAccount(s.auth, t.db, {
      username: tw.username,
      displayName: tw.name,
      password: "golden-frame-1",
      role: "editor",
      orgUnitId: org.id,
    });
    const reportId = (await openReport(t.db, year.id, org.id)).id;
    reportOf[tw.name] = reportId;
    const api = await s.as(tw.username);
    await api.frame.save({ reportId, docNumber: tw.docNumber, issuers: null, addressee: "市委、市政府：" });
    for (const [sectionKey, heading] of Object.entries(tw.retitle))
      await api.outline.retitle({ reportId, sectionKey, heading });
    const own: Record<string, unknown> = {};
    for (const o of tw.own) {
      // A second addition at the same place follows the first.
      const { key } = await api.outline.add({
        reportId,
        partKey: "measures",
        after: o.after,
        heading: o.heading,
      });
      own[key] = o.data;
    }
    await saveAll(api, reportId, { ...tw.sections, ...own });
  }
}, 120_000);
afterAll(() => t?.dispose());

describe(`golden: a 乡 and a 街道 in the official outline, with their own sections (${engine})`, () => {
  for (const tw of townships) {
    describe(tw.name, () => {
      it("prints the 文号, the joint issuers and the addressee, and its own sections in place, in every format", async () => {
        const doc = await composeStoredReport(t.db, sections, reportOf[tw.name]!);
        const md = writeDocument(doc, "md");
        const html = writeDocument(doc, "html");
        // The DOCX's text: its body and its headers (where a draft's 草稿 mark is).
        const docxText = Object.entries(unzipSync(await toDocx(doc)))
          .filter(([name]) => /^word\/(document|header\d+)\.xml$/.test(name))
          .map(([, data]) => strFromU8(data).replace(/<[^>]+>/g, ""))
          .join("");
        const issuers =
          tw.kind === "street"
            ? ["中共迎春街道工作委员会", "迎春街道办事处"]
            : ["中共双牌乡委员会", "双牌乡人民政府"];
        expect(doc.issuers).toEqual(issuers);
        for (const out of [md, html, docxText]) {
          expect(out).toContain(tw.docNumber);
          expect(out).toContain("市委、市政府：");
          for (const i of issuers) expect(out).toContain(i);
          for (const o of tw.own) expect(out).toContain(o.heading);
          for (const h of Object.values(tw.retitle)) expect(out).toContain(h);
          expect(out, "a draft is marked").toContain("草稿");
        }
        const headings = md
          .split("\n")
          .filter((l) => l.startsWith("### "))
          .map((l) => l.slice(4));
        // Own sections sit after the section they were added after, numbered in sequence; empty sections are omitted.
        const at = (h: string) => headings.findIndex((x) => x.endsWith(h));
        const anchor = tw.kind === "street" ? "推进基层依法治理" : "深入开展法治宣传教育";
        tw.own.forEach((o, i) => expect(at(o.heading), o.heading).toBe(at(anchor) + 1 + i));
        expect(headings.map((h) => h.slice(0, h.indexOf("）") + 1))).toEqual(
          headings.map((_, i) => `（${chineseNumeral(i + 1)}）`),
        );
        expect(md).not.toContain("提升法治思维和依法行政能力"); // legal-study left empty: no bare heading
        expect(html).toContain(`data-added="true"`);
      });

      it("uses its own level words: no stray 镇 in any format", async () => {
        const doc = await composeStoredReport(t.db, sections, reportOf[tw.name]!);
        for (const out of [writeDocument(doc, "md"), writeDocument(doc, "html")]) {
          const m = STRAY_TOWN.exec(out);
          expect(m && out.slice(Math.max(0, m.index - 20), m.index + 5)).toBeNull();
        }
      });

      it("prints the stated percentage and the qualified counts as written", async () => {
        const md = writeDocument(await composeStoredReport(t.db, sections, reportOf[tw.name]!), "md");
        for (const o of tw.own)
          for (const f of o.data.figures)
            expect(md).toContain(
              formatQuantity({ value: f.value, qualifier: f.qualifier as Qualifier, unit: f.unit })!,
            );
        expect(md).toMatch(tw.kind === "street" ? /90%以上/ : /100%/);
      });
    });
  }

  it("the reviewer sees the added sections marked, and the retitled one with the county's heading", async () => {
    const view = await (await s.as("reviewer")).report.byId({ reportId: reportOf["双牌乡"]! });
    const measures = view.outline.find((p) => p.key === "measures")!;
    expect(measures.sections.filter((x) => x.added).map((x) => x.heading)).toEqual([
      "村级集体经济合同依法规范管理",
    ]);
    expect(measures.sections.find((x) => x.key === "disclosure")).toMatchObject({
      heading: "推进乡务村务公开",
      countyHeading: "全面推进政务公开",
    });
    const streetView = await (await s.as("reviewer")).report.byId({ reportId: reportOf["迎春街道"]! });
    const added = streetView.outline.find((p) => p.key === "measures")!.sections.filter((x) => x.added);
    expect(added.map((x) => x.heading)).toEqual(["老旧小区改造中的依法治理", "网格化服务管理"]);
  });

  it("their metrics add to the demo's townships' on the dashboard", async () => {
    const after = await (await s.as("admin")).dashboard.metrics({ regionId, year: 2024 });
    const total = (m: typeof after, key: string) => m.total[key];
    const figures = townships.flatMap((tw) => tw.own.flatMap((o) => o.data.figures));
    expect(total(after, "custom.keyFigures")!.value).toBe(
      (total(before, "custom.keyFigures")?.value ?? 0) + figures.length,
    );
    // Qualified counts add up to a lower bound.
    const materials = total(after, "legal-publicity.materials")!;
    expect(materials.value).toBe((total(before, "legal-publicity.materials")?.value ?? 0) + 2000);
    expect(materials.lowerBound).toBe(true);
    // Stated percentages never enter the counted rate; they are counted apart.
    const rate = total(after, "reconsideration-litigation.appearanceRate")!;
    const was = total(before, "reconsideration-litigation.appearanceRate");
    expect([rate.numerator, rate.denominator]).toEqual([was?.numerator ?? null, was?.denominator ?? null]);
    expect(rate.statedOnly).toBe((was?.statedOnly ?? 0) + 2);
    const received = total(after, "reconsideration-litigation.reconsiderationReceived");
    expect(received!.value).toBe(
      (total(before, "reconsideration-litigation.reconsiderationReceived")?.value ?? 0) + 1 + 5,
    );
    const row = (name: string) => after.rows.find((r) => r.org.name === name);
    expect(row("双牌乡")!.cells["reconsideration-litigation.appearanceRate"]).toMatchObject({
      value: 100,
      stated: true,
    });
    expect(row("迎春街道")!.cells["reconsideration-litigation.appearanceRate"]).toMatchObject({
      value: 90,
      stated: true,
      lowerBound: true,
    });
  });
});
