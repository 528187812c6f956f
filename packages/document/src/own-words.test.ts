/**
 * The writers print own words: paragraphs of runs with live figures and run-in headings, 一是/1./（1） item
 * runs inline and as paragraphs, numbered sub-headings, tables and a figure whose field is empty — in HTML,
 * Markdown and DOCX (GB/T 9704 levels: 1. and （1） in 仿宋, run-in headings in 仿宋 bold inside the paragraph).
 */
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { DOCX_STYLE } from "./docx.ts";
import { toDocx } from "./docx-template.ts";
import { toHtmlFragment } from "./html.ts";
import { toMarkdown } from "./markdown.ts";
import { ownWordsReport } from "./testing/own-words-report.ts";

const report = ownWordsReport();

describe("HTML writer, own words", () => {
  const html = toHtmlFragment(report);
  it("prints a paragraph of runs with its figures marked by key", () => {
    expect(html).toContain(
      `<p>2023年，水西门街道坚持以习近平法治思想为指导，全年共调处矛盾纠纷<span class="nb-figure" data-figure="metric:disputesMediated">1500余件</span>，化解率达<span class="nb-figure" data-figure="metric:resolutionRate">94.7%</span>。</p>`,
    );
  });
  it("numbers sub-headings 1. and （1）", () => {
    expect(html).toContain("<h4>1.抓学习，提升法治素养</h4>");
    expect(html).toContain("<h5>（1）领导干部带头</h5>");
    expect(html).toContain("<h4>2.化纠纷，守护一方平安</h4>");
  });
  it("runs an inline 一是 run in one paragraph, the ordinal in its run-in heading", () => {
    expect(html).toContain(
      `<p><strong class="nb-run-in">一是加强学习。</strong>党工委理论学习中心组集体学法<span class="nb-figure" data-figure="metric:studySessions">12次</span>；<strong class="nb-run-in">二是以案释法。</strong>组织旁听庭审活动。</p>`,
    );
  });
  it("prints 1. items and （1） items as paragraphs; an empty figure shows its label, marked missing", () => {
    expect(html).toContain("<p>1.落实述法制度。</p>");
    expect(html).toContain(
      `<p>2.开展法律援助<span class="nb-figure nb-figure-missing" data-figure="metric:legalAidCases">【法律援助案件】</span>。</p>`,
    );
    expect(html).toContain(`<p><strong class="nb-run-in">（1）网格排查。</strong>社区网格员每日走访。</p>`);
    expect(html).toContain("<p>（2）诉调对接。</p>");
  });
  it("prints a table with the figure's value in its cell", () => {
    expect(html).toContain(
      "<thead><tr><th>项目</th><th>数量</th></tr></thead><tbody><tr><td>调处矛盾纠纷</td><td>1500余件</td></tr></tbody>",
    );
  });
});

describe("Markdown writer, own words", () => {
  const md = toMarkdown(report);
  it("prints every block as plain text in order", () => {
    const body = md.slice(md.indexOf("### （一）"));
    expect(body.split("\n\n").slice(0, 10)).toEqual([
      "### （一）依法化解矛盾纠纷",
      "2023年，水西门街道坚持以习近平法治思想为指导，全年共调处矛盾纠纷1500余件，化解率达94.7%。",
      "#### 1.抓学习，提升法治素养",
      "一是加强学习。党工委理论学习中心组集体学法12次；二是以案释法。组织旁听庭审活动。",
      "##### （1）领导干部带头",
      "1.落实述法制度。",
      "2.开展法律援助【法律援助案件】。",
      "#### 2.化纠纷，守护一方平安",
      "（1）网格排查。社区网格员每日走访。",
      "（2）诉调对接。",
    ]);
    expect(md).toContain("| 调处矛盾纠纷 | 1500余件 |");
  });
});

describe("DOCX writer, own words (GB/T 9704 levels)", () => {
  let xml: string;
  beforeAll(async () => {
    const files = unzipSync(await toDocx(report));
    xml = strFromU8(files["word/document.xml"]!);
  });
  const paragraphs = () =>
    [...xml.matchAll(/<w:p(?: [^>]*)?>([\s\S]*?)<\/w:p>/g)].map((m) => ({
      style: /<w:pStyle w:val="([^"]+)"/.exec(m[1]!)?.[1] ?? null,
      runs: [...m[1]!.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((r) => ({
        bold: /<w:b\/>|<w:b w:val="true"\/>/.test(r[1]!),
        text: [...r[1]!.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""),
      })),
    }));
  const find = (start: string) =>
    paragraphs().find((p) =>
      p.runs
        .map((r) => r.text)
        .join("")
        .startsWith(start),
    )!;

  it("prints sub-headings in the 1. and （1） heading styles (仿宋)", () => {
    expect(find("1.抓学习").style).toBe(DOCX_STYLE.heading3);
    expect(find("（1）领导干部带头").style).toBe(DOCX_STYLE.heading4);
  });
  it("prints run-in headings bold inside a body paragraph, the rest of the paragraph plain", () => {
    const p = find("一是加强学习");
    expect(p.style).toBe(DOCX_STYLE.body);
    expect(p.runs.filter((r) => r.bold).map((r) => r.text)).toEqual(["一是加强学习。", "二是以案释法。"]);
    expect(p.runs.map((r) => r.text).join("")).toBe(
      "一是加强学习。党工委理论学习中心组集体学法12次；二是以案释法。组织旁听庭审活动。",
    );
  });
  it("prints figures as body text, an empty one as its label", () => {
    expect(find("2023年，水西门街道").runs.every((r) => !r.bold)).toBe(true);
    expect(
      find("2023年，水西门街道")
        .runs.map((r) => r.text)
        .join(""),
    ).toContain("调处矛盾纠纷1500余件，化解率达94.7%。");
    expect(
      find("2.开展法律援助")
        .runs.map((r) => r.text)
        .join(""),
    ).toBe("2.开展法律援助【法律援助案件】。");
  });
  it("prints the table with the figure's value", () => {
    expect(xml).toMatch(/<w:tbl>[\s\S]*1500余件[\s\S]*<\/w:tbl>/);
  });
});
