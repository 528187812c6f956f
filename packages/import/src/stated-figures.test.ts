/**
 * Figures reports write as a percentage only or with a qualifier, stored into the plugins' fields that keep
 * them (stated rates, qualified counts, a stated 报备率, problems found alone) — the importer writes them
 * through the fields' own shapes (fill.ts), never inventing counts.
 */
import { renderSection } from "@nianbao/sdk";
import { levelContext } from "@nianbao/sdk/testing";
import { sections } from "@nianbao/sections";
import { describe, expect, it } from "vitest";
import { buildSection } from "./bind.ts";

function build(pluginId: string, text: string) {
  const plugin = sections.get(pluginId)!;
  const built = buildSection(pluginId, plugin, {}, [{ kind: "text", text }]);
  const parsed = plugin.schema.safeParse(built.data);
  expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  const printed = renderSection(plugin, built.data, levelContext("镇"))
    .map((b) => ("text" in b ? b.text : ""))
    .join("");
  return { ...built, data: built.data as Record<string, any>, printed };
}
const bound = (figures: ReturnType<typeof build>["figures"]) =>
  figures.map((f) => [f.text, f.status, f.key ?? null]);

describe("stated percentages stored into stated-rate fields", () => {
  it("参训率达98% into legal-study's training participation, counts left empty", () => {
    const r = build("legal-study", "镇党委理论学习中心组学法4次，组织法律知识培训3场，参训率达98%。");
    expect(bound(r.figures)).toContainEqual(["达98%", "bound", "metric:trainingParticipation"]);
    expect(r.data.training.participation).toEqual({
      numerator: null,
      denominator: null,
      percent: 98,
      percentQualifier: "",
    });
    expect(r.printed).toContain("参训率达98%");
  });

  it("参考率100%、合格率98.5% into the exam's two rates", () => {
    const r = build("legal-study", "组织全镇干部参加学法考试，参考率100%，合格率98.5%。");
    expect(bound(r.figures)).toEqual([
      ["100%", "bound", "metric:examParticipation"],
      ["98.5%", "bound", "metric:examPass"],
    ]);
    expect(r.data.exam.participation).toMatchObject({ numerator: null, percent: 100 });
    expect(r.data.exam.pass).toMatchObject({ numerator: null, percent: 98.5 });
  });

  it("化解率96.2% into dispute-resolution's resolution rate", () => {
    const r = build("dispute-resolution", "全年排查矛盾纠纷156起，调处矛盾纠纷150起，化解率96.2%。");
    expect(bound(r.figures)).toContainEqual(["96.2%", "bound", "metric:resolutionRate"]);
    expect(r.data.resolution).toEqual({
      numerator: null,
      denominator: null,
      percent: 96.2,
      percentQualifier: "",
    });
    expect(r.data.screened).toEqual({ value: 156, qualifier: "" });
  });

  it("“一窗式”办理事项占比90%以上 with its 以上, and 网上可办 95%", () => {
    const one = build("government-functions", "“一窗式”办理事项占比90%以上。");
    expect(bound(one.figures)).toEqual([["90%以上", "bound", "metric:oneWindowRate"]]);
    expect(one.data.oneWindow.rate).toEqual({
      numerator: null,
      denominator: null,
      percent: 90,
      percentQualifier: "以上",
    });
    expect(one.printed).toContain("90%以上政务事项全部实行“一窗式”分类办理");
    const online = build("government-functions", "政务服务事项网上可办率达95%。");
    expect(bound(online.figures)).toEqual([["达95%", "bound", "metric:onlineRate"]]);
    expect(online.data.online.rate).toMatchObject({ percent: 95, percentQualifier: "" });
  });

  it("执法人员持证率100% into law-enforcement's certification", () => {
    const r = build("law-enforcement", "开展执法检查30余次，执法人员持证率100%。");
    expect(bound(r.figures)).toEqual([
      ["30余次", "bound", "metric:inspections"],
      ["100%", "bound", "metric:certificationRate"],
    ]);
    expect(r.data.certification).toMatchObject({ numerator: null, denominator: null, percent: 100 });
    expect(r.printed).toContain("行政执法人员持证率达100%");
  });

  it("报备率达100% into normative-documents' stated 报备率, beside the count issued", () => {
    const r = build("normative-documents", "全镇制发规范性文件3件，报备率达100%。");
    expect(bound(r.figures)).toEqual([
      ["3件", "bound", "metric:issued"],
      ["达100%", "bound", "metric:filingRate"],
    ]);
    expect(r.data.issued).toBe(3);
    expect(r.data.filed).toBeNull();
    expect(r.data.filingPercent).toEqual({ percent: 100, percentQualifier: "" });
    expect(r.printed).toContain("全年制发规范性文件3件，报备率达100%");
  });
});

describe("qualified counts stored with their qualifier", () => {
  it("30余次 into law-enforcement's inspections, a lower bound", () => {
    const r = build("law-enforcement", "开展执法检查30余次。");
    expect(r.data.inspections).toEqual({ value: 30, qualifier: "余" });
    expect(r.printed).toContain("开展执法检查30余次");
  });

  it("近200起 into dispute-resolution's disputes screened", () => {
    const r = build("dispute-resolution", "全年排查矛盾纠纷近200起。");
    expect(bound(r.figures)).toEqual([["近200起", "bound", "metric:disputesScreened"]]);
    expect(r.data.screened).toEqual({ value: 200, qualifier: "近" });
    expect(r.printed).toContain("排查各类矛盾纠纷近200起");
  });

  it("发现问题5项 into leadership's problems found, rectified left empty", () => {
    const r = build("leadership", "镇党委书记召开专题会议研究法治建设3次，开展法治督查2次，发现问题5项。");
    expect(bound(r.figures)).toEqual([
      ["3次", "bound", "metric:meetings"],
      ["2次", "bound", "metric:inspections"],
      ["5项", "bound", "metric:problemsFound"],
    ]);
    expect(r.data.problems).toEqual({ found: 5, rectified: null });
    expect(r.data.inspections).toEqual({ value: 2, qualifier: "" });
    expect(r.printed).toContain("开展法治建设督查检查2次，发现问题5项");
  });
});
