import legalStudy from "@nianbao/section-legal-study";
import { fixtures } from "@nianbao/section-legal-study/fixtures";
import { SectionRegistry } from "@nianbao/sections";
import { describe, expect, it } from "vitest";
import {
  composeReport,
  formatChineseDate,
  numberOutline,
  referenceOutline2023,
  toHtml,
  toMarkdown,
  yearTemplateSchema,
  type YearTemplate,
} from "./index.ts";

const registry = new SectionRegistry([legalStudy]);
const org = { name: "荆竹铺镇", parentName: "武冈市" };

function withDisabled(template: YearTemplate, key: string): YearTemplate {
  return {
    ...template,
    parts: template.parts.map((p) => ({
      ...p,
      sections: p.sections.map((s) => (s.key === key ? { ...s, enabled: false } : s)),
    })),
  };
}

describe("outline numbering", () => {
  it("numbers titled parts 一、 and headed sections （一）, skipping the untitled opening", () => {
    const parts = numberOutline(referenceOutline2023, 2023, org);
    expect(parts.map((p) => p.numbering)).toEqual([null, "一、", "二、", "三、"]);
    expect(parts[1]!.sections.map((s) => s.numbering)).toEqual([
      "（一）",
      "（二）",
      "（三）",
      "（四）",
      "（五）",
      "（六）",
      "（七）",
      "（八）",
      "（九）",
      "（十）",
    ]);
    expect(parts[2]!.sections[0]!.numbering).toBeNull();
  });

  it("drops a disabled section and renumbers the rest; drops a part left empty", () => {
    const t = withDisabled(withDisabled(referenceOutline2023, "government-functions"), "problems");
    const parts = numberOutline(t, 2023, org);
    expect(parts.map((p) => p.titleText)).toEqual([null, "工作开展情况", "下一步工作打算"]);
    expect(parts[2]!.numbering).toBe("二、");
    const work = parts[1]!.sections;
    expect(work.map((s) => s.key)).not.toContain("government-functions");
    expect(work[1]).toMatchObject({ key: "normative-documents", numbering: "（二）" });
  });

  it("fills {year} and {nextYear} in titles", () => {
    const t = yearTemplateSchema.parse({
      titlePattern: "{org}{year}年法治政府建设年度报告",
      issuerPattern: "{org}人民政府",
      parts: [{ key: "plans", title: "{nextYear}年主要安排", sections: [] }],
    });
    expect(composeReport({ template: t, year: 2024, org, sections: {}, registry }).title).toBe(
      "荆竹铺镇2024年法治政府建设年度报告",
    );
    expect(
      numberOutline(
        {
          ...t,
          parts: [
            {
              ...t.parts[0]!,
              sections: [
                {
                  key: "x",
                  plugin: "legal-study",
                  pluginVersion: 1,
                  heading: null,
                  enabled: true,
                  required: true,
                  settings: {},
                },
              ],
            },
          ],
        },
        2024,
        org,
      )[0]!.titleText,
    ).toBe("2025年主要安排");
  });
});

describe("composeReport", () => {
  const sections = {
    "legal-study": { data: fixtures.valid.jingzhupu2023, pluginVersion: legalStudy.version },
  };

  it("composes title, issuer, numbered headings, the section's prose and the signature", () => {
    const doc = composeReport({
      template: referenceOutline2023,
      year: 2023,
      org,
      sections,
      registry,
      signedOn: "2024-01-15",
    });
    expect(doc.title).toBe("2023年荆竹铺镇法治政府建设年度报告");
    expect(doc.issuer).toBe("武冈市荆竹铺镇人民政府");
    expect(doc.date).toBe("2024年1月15日");
    expect(doc.body[0]).toEqual({ type: "part-heading", numbering: "一、", text: "工作开展情况" });
    expect(doc.body[1]).toMatchObject({
      type: "section-heading",
      numbering: "（一）",
      text: "强化法治思维和依法行政能力方面",
    });
    expect(doc.body[2]).toMatchObject({ type: "paragraph" });
    expect((doc.body[2] as { text: string }).text).toContain("安排法律知识的学习4次");
  });

  it("shows placeholders for empty or uninstalled sections only in preview", () => {
    const final = composeReport({ template: referenceOutline2023, year: 2023, org, sections, registry });
    expect(final.body.some((b) => b.type === "placeholder")).toBe(false);
    const preview = composeReport({
      template: referenceOutline2023,
      year: 2023,
      org,
      sections: {},
      registry,
      preview: true,
    });
    const placeholders = preview.body.filter((b) => b.type === "placeholder");
    expect(placeholders[0]).toMatchObject({
      sectionKey: "overview",
      text: "（本节由“overview”栏目插件填写，该插件尚未安装）",
    });
    expect(placeholders.find((p) => p.sectionKey === "legal-study")!.text).toBe("（本节尚未填写）");
  });

  it("writes Markdown and escaped, styled HTML", () => {
    const doc = composeReport({
      template: { ...referenceOutline2023, addressee: "市委、市政府：" },
      year: 2023,
      org,
      sections,
      registry,
      signedOn: "2024-01-15",
    });
    const md = toMarkdown(doc);
    expect(
      md.startsWith(
        "武冈市荆竹铺镇人民政府\n\n# 2023年荆竹铺镇法治政府建设年度报告\n\n市委、市政府：\n\n## 一、工作开展情况",
      ),
    ).toBe(true);
    expect(md.trimEnd().endsWith("武冈市荆竹铺镇人民政府  \n2024年1月15日")).toBe(true);
    const html = toHtml({ ...doc, title: "<script>x</script>" });
    expect(html).toContain("&lt;script&gt;x&lt;/script&gt;");
    expect(html).not.toContain("<script>");
    expect(html).toContain('<h3 data-section="legal-study">（一）强化法治思维和依法行政能力方面</h3>');
    expect(html).toMatch(/font-size: 16pt; line-height: 28pt/);
  });

  it("formats dates the Chinese way", () => {
    expect(formatChineseDate("2024-03-01")).toBe("2024年3月1日");
    expect(() => formatChineseDate("1 March")).toThrow();
  });
});
