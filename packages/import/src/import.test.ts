import { officialOutline } from "@nianbao/document";
import { sections } from "@nianbao/sections";
import { describe, expect, it } from "vitest";
import { evaluate } from "./fixtures/evaluate.ts";
import { reportFixtures } from "./fixtures/reports.ts";
import {
  headingSimilarity,
  importReport,
  orgFromTitle,
  parseDate,
  parseReport,
  textPreserved,
} from "./index.ts";

describe("parsing", () => {
  it("reads the front matter: title, issuers, 文号, addressee, date, township", () => {
    const p = parseReport(
      `荆政发〔2024〕3号\n白沙乡人民政府关于2023年度法治政府建设情况的报告\n县委、县政府：\n今年以来……\n一、主要举措和成效\n正文。\n中共白沙乡委员会\n白沙乡人民政府\n2024年1月15日`,
    );
    expect(p.front).toMatchObject({
      docNumber: "荆政发〔2024〕3号",
      title: "白沙乡人民政府关于2023年度法治政府建设情况的报告",
      addressee: "县委、县政府：",
      date: "2024-01-15",
      org: "白沙乡",
      year: 2023,
      issuers: ["中共白沙乡委员会", "白沙乡人民政府"],
    });
  });
  it("names townships and dates", () => {
    expect(orgFromTitle("武冈市荆竹铺镇人民政府")).toBe("荆竹铺镇");
    expect(orgFromTitle("水西门街道2024年法治政府建设年度报告")).toBe("水西门街道");
    expect(parseDate("二〇二四年一月十五日")).toBe("2024-01-15");
  });
  it("splits run-in headings and joins lines broken by a page", () => {
    const p = parseReport(
      "一、工作开展情况\n（三）完善依法执政制度体系方面。全镇规范性文件报备率达100%。\n所有文件有专门工作人员登记备案，由专人负责文件的收发和归档管理工作，按年度装订成册，妥善保\n管。",
    );
    const u = p.units.find((x) => x.kind === "section")!;
    expect(u.heading).toBe("完善依法执政制度体系方面");
    expect(u.lines.map((l) => (l.kind === "text" ? l.text : ""))).toEqual([
      "全镇规范性文件报备率达100%。",
      "所有文件有专门工作人员登记备案，由专人负责文件的收发和归档管理工作，按年度装订成册，妥善保管。",
    ]);
  });
  it("scores headings", () => {
    expect(headingSimilarity("完善依法执政制度体系方面", "完善依法行政制度体系")).toBeGreaterThan(0.5);
    expect(headingSimilarity("完善依法执政制度体系方面", "全面推进政务公开")).toBeLessThan(0.2);
  });
});

describe("importing", () => {
  it("gives the reason of a matching, and the clerk's change wins", () => {
    const text =
      "一、主要举措和成效\n（一）完善依法执政制度体系方面。全镇制发规范性文件3件。\n二、存在的不足和原因\n力量薄弱。";
    const input = {
      text,
      template: officialOutline,
      registry: sections,
      year: 2023,
      org: { name: "白沙镇", parentName: "武冈市" },
    };
    const r = importReport(input);
    const u = r.units.find((x) => x.kind === "section")!;
    expect(u.match.reason).toMatch(/^（一）完善依法执政制度体系方面 → .+, heading [01]\.\d\d$/);
    expect(r.figures[0]).toMatchObject({ text: "3件", status: "bound", key: "metric:issued", token: true });
    const changed = importReport({ ...input, overrides: { [u.id]: { kind: "other", sectionKey: "other" } } });
    expect(Object.keys(changed.sections)).toEqual(["problems", "other"]);
    expect(changed.sections["other"]!.text).toMatchObject({
      content: [{ content: [{ text: "（一）完善依法执政制度体系方面" }] }, expect.anything()],
    });
  });
  it("measures text preserved ignoring whitespace and punctuation width", () => {
    expect(textPreserved("（一）学法 4 次。", "(一)学法4次。")).toBe(1);
    expect(textPreserved("全年调处矛盾纠纷37起", "全年调处矛盾纠纷40起")).toBeCloseTo(8 / 11);
    // A paragraph the outline moves elsewhere is still kept; a heading the template replaces is not.
    expect(textPreserved("甲乙丙丁戊\n己庚辛壬癸", "己庚辛壬癸\n甲乙丙丁戊")).toBe(1);
    expect(textPreserved("一、抓好矛盾纠纷化解", "一、依法预防化解矛盾纠纷")).toBeCloseTo(0.4); // only 矛盾纠纷 is kept
  });
});

describe(`the ${reportFixtures.length} report fixtures (pnpm bench import)`, () => {
  const e = evaluate(sections);
  it("match ≥ 90% of sections, < 3% wrongly", () => {
    expect(reportFixtures.length).toBeGreaterThanOrEqual(20);
    expect(e.sections.matchedRight / e.sections.expected).toBeGreaterThanOrEqual(0.9);
    expect(e.sections.matchedWrong / e.sections.expected).toBeLessThan(0.03);
  });
  it("bind figures with < 3% bound wrongly and name the right field for ≥ 85%", () => {
    expect(e.figures.boundWrong / (e.figures.expected + e.figures.expectedNone)).toBeLessThan(0.03);
    expect(e.figures.attributedRight / e.figures.expected).toBeGreaterThanOrEqual(0.85);
    // Values stored in their fields: stated percentages and qualified counts have fields that keep them (issue 17).
    expect(e.figures.boundRight / e.figures.expected).toBeGreaterThanOrEqual(0.9);
  });
  it("keep ≥ 95% of the text with the document's own outline, ≥ 90% under another year's headings", () => {
    expect(e.textPreservedOwnOutline).toBeGreaterThanOrEqual(0.95);
    expect(e.textPreserved).toBeGreaterThanOrEqual(0.9);
  });
});
