/**
 * The document frame: 文号, joint issuers from the level words, the addressee per report, the 草稿 mark, empty
 * sections' headings omitted with the numbering closed up, a part holding 1、 items directly, the
 * township's own sections and headings, and the public form with withheld passages.
 */
import legalStudy from "@nianbao/section-legal-study";
import { fixtures } from "@nianbao/section-legal-study/fixtures";
import { SectionRegistry } from "@nianbao/sections";
import { describe, expect, it } from "vitest";
import {
  applyTownshipOutline,
  composeReport,
  issuingBodies,
  redactDocument,
  REDACTED,
  toHtml,
  toMarkdown,
  type TemplateSection,
  type YearTemplate,
} from "./index.ts";

const registry = new SectionRegistry([legalStudy]);
const study = { data: fixtures.valid.jingzhupu2023, pluginVersion: legalStudy.version };

const s = (key: string, heading: string | null, extra: Partial<TemplateSection> = {}): TemplateSection => ({
  key,
  plugin: "legal-study",
  pluginVersion: 1,
  heading,
  enabled: true,
  required: false,
  settings: {},
  ...extra,
});

const template: YearTemplate = {
  titlePattern: "{org}{year}年法治政府建设年度报告",
  issuerPattern: "{government}",
  issuerPatterns: ["{party}", "{government}"],
  showIssuerAboveTitle: false,
  addressee: "县委、县政府：",
  parts: [
    {
      key: "measures",
      title: "主要举措和成效",
      townshipMayAdd: true,
      townshipMayRetitle: true,
      sections: [s("a", "甲方面"), s("b", "乙方面"), s("c", "丙方面")],
    },
    { key: "empty", title: "存在的不足和原因", sections: [s("d", null)] },
    {
      key: "plans",
      title: "下一年度主要安排",
      itemsDirect: true,
      sections: [s("e", "丁事项"), s("f", "戊事项")],
    },
  ],
};

describe("issuers from the level words", () => {
  it("names the Party committee and the government of a 镇, a 乡 and a 街道", () => {
    expect(issuingBodies({ name: "荆竹铺镇", parentName: null })).toEqual({
      party: "中共荆竹铺镇委员会",
      government: "荆竹铺镇人民政府",
    });
    expect(issuingBodies({ name: "双牌乡", parentName: null, kind: "township" })).toEqual({
      party: "中共双牌乡委员会",
      government: "双牌乡人民政府",
    });
    expect(issuingBodies({ name: "水西门街道", parentName: null, kind: "street" })).toEqual({
      party: "中共水西门街道工作委员会",
      government: "水西门街道办事处",
    });
  });
});

describe("the frame", () => {
  const org = { name: "水西门街道", parentName: "武冈市", kind: "street" as const };
  const sections = { a: study, c: study, f: study };

  it("prints the 文号, the report's addressee and both issuers, each format", () => {
    const doc = composeReport({
      template,
      year: 2024,
      org,
      sections,
      registry,
      signedOn: "2025-02-10",
      frame: { docNumber: "水发〔2025〕2号", addressee: "市委、市政府：" },
    });
    expect(doc.issuers).toEqual(["中共水西门街道工作委员会", "水西门街道办事处"]);
    expect(doc.addressee).toBe("市委、市政府：");
    const md = toMarkdown(doc);
    expect(md).toContain("水发〔2025〕2号\n\n# 水西门街道2024年法治政府建设年度报告\n\n市委、市政府：");
    expect(md).toContain("中共水西门街道工作委员会  \n水西门街道办事处  \n2025年2月10日");
    expect(md.split("\n").slice(0, 3).join("")).not.toMatch(/镇/);
    const html = toHtml(doc);
    expect(html).toContain(`<p class="nb-doc-number">水发〔2025〕2号</p>`);
    expect(html.match(/class="nb-signature"/g)).toHaveLength(2);
  });

  it("falls back to the template's addressee; an empty addressee prints none", () => {
    expect(composeReport({ template, year: 2024, org, sections, registry }).addressee).toBe("县委、县政府：");
    expect(
      composeReport({ template, year: 2024, org, sections, registry, frame: { addressee: "" } }).addressee,
    ).toBeNull();
  });

  it("omits the headings of empty sections and closes up the numbering; a part left empty goes", () => {
    const md = toMarkdown(composeReport({ template, year: 2024, org, sections, registry }));
    const headings = md.split("\n").filter((l) => l.startsWith("#"));
    expect(headings).toEqual([
      "# 水西门街道2024年法治政府建设年度报告",
      "## 一、主要举措和成效",
      "### （一）甲方面",
      "### （二）丙方面",
      "## 二、下一年度主要安排",
      "### 1、戊事项",
    ]);
    expect(md).not.toContain("乙方面");
    expect(md).not.toContain("存在的不足");
  });

  it("keeps every heading with a placeholder in the preview", () => {
    const md = toMarkdown(composeReport({ template, year: 2024, org, sections, registry, preview: true }));
    expect(md).toContain("### （二）乙方面\n\n*（本节尚未填写）*");
    expect(md).toContain("### 1、丁事项");
  });

  it("marks a draft 草稿 in every format, and a final report not at all", () => {
    const draft = composeReport({ template, year: 2024, org, sections, registry, draft: true });
    expect(toMarkdown(draft).split("\n")[0]).toContain("草稿");
    expect(toHtml(draft)).toContain(`class="nb-draft-mark"`);
    const final = composeReport({ template, year: 2024, org, sections, registry });
    expect(toMarkdown(final)).not.toContain("草稿");
    expect(toHtml(final)).not.toContain(`class="nb-draft-mark"`);
  });
});

describe("a township's own outline", () => {
  const own = {
    added: [
      {
        key: "own-1",
        partKey: "measures",
        after: "a",
        heading: "特色亮点工作",
        plugin: "legal-study",
        pluginVersion: 1,
      },
      {
        key: "own-2",
        partKey: "measures",
        after: "a",
        heading: "第二项自设",
        plugin: "legal-study",
        pluginVersion: 1,
      },
      {
        key: "own-3",
        partKey: "plans",
        after: null,
        heading: "不允许处",
        plugin: "legal-study",
        pluginVersion: 1,
      },
    ],
    retitled: { b: "乙方面（本街道）", e: "不允许改" },
  };

  it("puts additions in place, in order, marked as added, only where the part allows; retitles where allowed", () => {
    const t = applyTownshipOutline(template, own);
    expect(t.parts[0]!.sections.map((x) => [x.key, x.heading, x.townshipAdded ?? false])).toEqual([
      ["a", "甲方面", false],
      ["own-1", "特色亮点工作", true],
      ["own-2", "第二项自设", true],
      ["b", "乙方面（本街道）", false],
      ["c", "丙方面", false],
    ]);
    expect(t.parts[2]!.sections.map((x) => x.heading)).toEqual(["丁事项", "戊事项"]);
    expect(t.parts[0]!.sections[1]!.required).toBe(false);
  });

  it("prints an addition after its anchor with the next number", () => {
    const t = applyTownshipOutline(template, own);
    const doc = composeReport({
      template: t,
      year: 2024,
      org: { name: "荆竹铺镇", parentName: null },
      sections: { a: study, "own-1": study },
      registry,
    });
    const headings = doc.body.filter((b) => b.type === "section-heading");
    expect(headings.map((h) => h.numbering + h.text)).toEqual(["（一）甲方面", "（二）特色亮点工作"]);
    expect(headings[1]).toMatchObject({ added: true });
    expect(toHtml(doc)).toContain(`data-section="own-1" data-added="true"`);
  });
});

describe("withheld passages", () => {
  it("prints ××× for every occurrence, in headings, text and runs", () => {
    const doc = composeReport({
      template,
      year: 2024,
      org: { name: "荆竹铺镇", parentName: null },
      sections: { a: study },
      registry,
    });
    const md = toMarkdown(doc);
    const passage = md
      .split("\n")
      .find((l) => l.length > 40)!
      .slice(4, 14);
    const redacted = redactDocument(
      {
        ...doc,
        body: [
          ...doc.body,
          {
            type: "paragraph",
            text: `甲${passage}乙`,
            runs: [
              { text: "甲" },
              { text: passage.slice(0, 3) },
              { text: passage.slice(3), figure: "x" },
              { text: "乙" },
            ],
          },
        ],
      },
      [passage, "甲方面"],
    );
    const out = toMarkdown(redacted);
    expect(out).not.toContain(passage);
    expect(out).not.toContain("甲方面");
    expect(out).toContain(`（一）${REDACTED}`);
    expect(out).toContain(`甲${REDACTED}乙`);
    expect(toHtml(redacted)).toContain(`<p>甲${REDACTED}乙</p>`);
  });
});
