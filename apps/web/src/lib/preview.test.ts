import { referenceOutline2023 } from "@nianbao/document";
import { demoFixtures, sections } from "@nianbao/sections";
import { describe, expect, it } from "vitest";
import { composeLiveReport, composeSectionExcerpt, documentHtml, type FullReport } from "./preview.ts";

const seeded = demoFixtures["legal-study"]!.jingzhupu2023 as { centralGroup: Record<string, unknown> };
const full: FullReport = {
  template: referenceOutline2023,
  year: 2023,
  org: { name: "荆竹铺镇", parentName: "武冈市" },
  signedOn: "2024-01-15",
  sections: { "legal-study": { data: seeded, pluginVersion: sections.get("legal-study")!.version } },
};
const edited = { ...seeded, centralGroup: { ...seeded.centralGroup, sessions: 6 } };
const live = { sectionKey: "legal-study", data: edited, pluginVersion: sections.get("legal-study")!.version };

describe("composeLiveReport", () => {
  it("composes the stored report with the section being edited taken from the form", () => {
    const stored = documentHtml(composeLiveReport(full, sections, null));
    expect(stored).toContain("安排法律知识的学习4次");
    const html = documentHtml(composeLiveReport(full, sections, live));
    expect(html).toContain("<h1>2023年荆竹铺镇法治政府建设年度报告</h1>");
    expect(html).toContain("<h2>一、工作开展情况</h2>");
    expect(html).toContain(`<h3 data-section="legal-study">（一）强化法治思维和依法行政能力方面</h3>`);
    expect(html).toContain("安排法律知识的学习6次");
    expect(html).not.toContain("安排法律知识的学习4次");
    expect(html).toContain("2024年1月15日");
    // Sections not filled in yet show a placeholder in the preview.
    expect(html).toContain("nb-placeholder");
  });
});

describe("composeSectionExcerpt", () => {
  it("gives the section under its part heading, numbered as in the whole report, without title or signature", () => {
    const doc = composeSectionExcerpt(full, sections, "legal-study", live)!;
    expect(doc.body.slice(0, 2)).toEqual([
      { type: "part-heading", numbering: "一、", text: "工作开展情况" },
      {
        type: "section-heading",
        numbering: "（一）",
        text: "强化法治思维和依法行政能力方面",
        sectionKey: "legal-study",
      },
    ]);
    const html = documentHtml(doc);
    expect(html.startsWith(`<article class="nb-doc">`)).toBe(true);
    expect(html).toContain("安排法律知识的学习6次");
    expect(html).not.toContain("<h1>");
    expect(html).not.toContain("nb-signature");
  });

  it("numbers a later section as the report does, and shows a placeholder for an empty one", () => {
    const doc = composeSectionExcerpt(full, sections, "leadership", null)!;
    expect(doc.body[1]).toMatchObject({
      type: "section-heading",
      numbering: "（十）",
      text: "加强组织领导方面",
    });
    expect(doc.body[2]).toMatchObject({ type: "placeholder" });
    expect(composeSectionExcerpt(full, sections, "no-such-section", null)).toBeNull();
  });
});

describe("composeLiveReport, own words", () => {
  const text = {
    type: "doc",
    content: [
      {
        type: "paragraph",
        content: [
          { type: "text", text: "本镇全年集体学法" },
          { type: "figure", attrs: { key: "metric:studySessions" } },
          { type: "text", text: "。" },
        ],
      },
    ],
  };
  const withText: FullReport = {
    ...full,
    sections: { "legal-study": { data: seeded, pluginVersion: sections.get("legal-study")!.version, text } },
  };
  it("prints the stored own words, their figure following the form's values while editing", () => {
    expect(documentHtml(composeLiveReport(withText, sections, null))).toContain(
      `本镇全年集体学法<span class="nb-figure" data-figure="metric:studySessions">4次</span>。`,
    );
    const html = documentHtml(composeLiveReport(withText, sections, live));
    expect(html).toContain(`data-figure="metric:studySessions">6次</span>`);
    expect(html).not.toContain("安排法律知识的学习");
  });
  it("prints the text being edited, or generated text when the editor says null", () => {
    const edit = {
      ...text,
      content: [{ type: "paragraph", content: [{ type: "text", text: "改写后的文字。" }] }],
    };
    expect(documentHtml(composeLiveReport(withText, sections, { ...live, text: edit }))).toContain(
      "<p>改写后的文字。</p>",
    );
    expect(documentHtml(composeLiveReport(withText, sections, { ...live, text: null }))).toContain(
      "安排法律知识的学习6次",
    );
  });
});
