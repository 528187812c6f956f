import { describe, expect, it } from "vitest";
import { RECOGNISE_CATALOGS } from "./fixtures/recognise-catalogs.ts";
import { RECOGNISE_SENTENCES } from "./fixtures/recognise-sentences.ts";
import { parseLabelled, scoreRecogniser } from "./fixtures/evaluate.ts";
import { findFigures, recogniseFigures } from "./recognise.ts";

describe("finding figures in text", () => {
  it.each([
    ["共调处矛盾纠纷37起", "37起", { number: 37, qualifier: "", unit: "起", percent: false }],
    ["参训率达94.7%", "达94.7%", { number: 94.7, qualifier: "达", unit: "%", percent: true }],
    ["办理热线工单1500余件", "1500余件", { number: 1500, qualifier: "余", unit: "件", percent: false }],
    ["受教育群众超200人", "超200人", { number: 200, qualifier: "超", unit: "人", percent: false }],
    ["走访群众近300户", "近300户", { number: 300, qualifier: "近", unit: "户", percent: false }],
    ["约12场", "约12场", { number: 12, qualifier: "约", unit: "场", percent: false }],
    ["覆盖学生3000人以上", "3000人以上", { number: 3000, qualifier: "余", unit: "人", percent: false }],
    ["挽回损失12.6万元", "12.6万元", { number: 12.6, qualifier: "", unit: "万元", percent: false }],
    ["发放资料2万余份", "2万余份", { number: 20000, qualifier: "余", unit: "份", percent: false }],
    ["阅读量1.2万人次", "1.2万人次", { number: 12000, qualifier: "", unit: "人次", percent: false }],
    ["满意率９８％", "９８％", { number: 98, qualifier: "", unit: "%", percent: true }],
    ["提高2.3个百分点", "2.3个百分点", { number: 2.3, qualifier: "", unit: "个百分点", percent: false }],
  ])("%s → %s", (text, span, value) => {
    const [f] = findFigures(text);
    expect(f?.text).toBe(span);
    expect(f?.value).toEqual(value);
    expect(text.slice(f!.start, f!.end)).toBe(span);
  });

  it.each([
    ["2023年，我镇", "a year"],
    ["截至12月31日", "a date"],
    ["第3次会议", "an ordinal"],
    ["〔2023〕5号文件", "a document number"],
    ["12345热线", "a bare number"],
    ["每季度至少学法1次", "a requirement"],
    ["全年培训不少于4次", "a target"],
  ])("%s is not a figure (%s)", (text) => {
    expect(findFigures(text)).toEqual([]);
  });
});

describe("matching figures to the catalog", () => {
  const disputes = RECOGNISE_CATALOGS.disputes!;
  it("by label, unit and value, with a confidence", () => {
    const [a, b] = recogniseFigures("全年共调处矛盾纠纷37起，化解率达94.7%。", disputes);
    expect(a!.match).toMatchObject({ key: "metric:disputesMediated" });
    expect(a!.match!.confidence).toBeGreaterThan(0.9);
    expect(b!.match?.key).toBe("metric:resolutionRate");
  });
  it("by label when the value differs (the field says 37, the text 45)", () => {
    const [a] = recogniseFigures("调处矛盾纠纷45起", disputes);
    expect(a!.match?.key).toBe("metric:disputesMediated");
  });
  it("not to a field whose value and unit merely coincide", () => {
    const [a] = recogniseFigures("按期办结率100%", disputes);
    expect(a!.match).toBeNull();
    expect(a!.candidates[0]?.key).toBe("metric:adviserCoverage");
  });
  it("by the words after a figure when its label follows", () => {
    const [a] = recogniseFigures("全乡12个村均建立了人民调解委员会", disputes);
    expect(a!.match?.key).toBe("metric:mediationCommittees");
  });
  it("each catalog figure to one figure of a paragraph at most", () => {
    const got = recogniseFigures("调处矛盾纠纷37起，其中调处邻里纠纷37起", disputes);
    expect(got.filter((g) => g.match?.key === "metric:disputesMediated")).toHaveLength(1);
  });
});

describe("the labelled sentences", () => {
  it("are at least 100, in many shapes, 街道 and 乡 among them", () => {
    expect(RECOGNISE_SENTENCES.length).toBeGreaterThanOrEqual(100);
    const texts = RECOGNISE_SENTENCES.map(([, s]) => parseLabelled(s).text);
    expect(texts.some((t) => t.includes("街道"))).toBe(true);
    expect(texts.some((t) => t.includes("乡"))).toBe(true);
    expect(new Set(RECOGNISE_SENTENCES.map(([c]) => c)).size).toBeGreaterThanOrEqual(6);
  });

  it("are recognised above the floors of precision and recall", () => {
    const s = scoreRecogniser();
    expect(s.detection.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.detection.recall).toBeGreaterThanOrEqual(0.95);
    expect(s.binding.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.binding.recall).toBeGreaterThanOrEqual(0.85);
  });
});
