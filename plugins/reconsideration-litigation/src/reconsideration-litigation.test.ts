import { computeMetrics, renderSection, runChecks } from "@nianbao/sdk";
import { levelContext } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { streetStated, demo2024, xiangNoCases } from "./fixtures.ts";
import plugin from "./index.ts";

const text = (data: unknown, level: "镇" | "乡" | "街道" = "镇") =>
  renderSection(plugin, data, levelContext(level))
    .map((b) =>
      b.type === "paragraph" ? b.text : b.type === "items" ? b.items.map((i) => i.text).join("；") : "",
    )
    .join("\n");

describe("reconsideration-litigation renderer", () => {
  it("reads like a real 镇's report", () => {
    expect(text(demo2024)).toBe(
      "镇政府高度重视行政复议和行政应诉工作，严格落实行政机关负责人出庭应诉制度，全镇收到行政复议申请3件，已全部办结，其中被纠错1件，" +
        "办理行政应诉案件2件，已全部审结，无败诉案件，行政机关负责人出庭应诉率达100%。\n" +
        "建立行政复议和行政应诉案件工作台账，实行专人负责；对被纠错案件逐案分析原因，督促相关站所整改到位",
    );
  });

  it("says so when a 乡 had no case, never 0% or 100%", () => {
    expect(text(xiangNoCases, "乡")).toBe(
      "全乡未发生以政府为被申请人的行政复议案件，全年未发生以乡政府为被告的行政诉讼案件。",
    );
  });

  it("prints a stated percentage and the as-of date for a 街道", () => {
    expect(text(streetStated, "街道")).toBe(
      "截至10月底，全街道收到行政复议申请5件，办结4件，无被纠错案件，办理行政应诉案件4件，审结3件，败诉1件，行政机关负责人出庭应诉率为90%以上。\n" +
        "下一步将加强行政执法人员应诉能力培训，从源头上减少行政争议。",
    );
  });
});

describe("reconsideration-litigation metrics and checks", () => {
  it("stores a stated percentage apart from counted rates", () => {
    expect(computeMetrics(plugin, streetStated).appearanceRate).toEqual({
      value: 90,
      numerator: null,
      denominator: null,
      lowerBound: true,
      stated: true,
    });
    expect(computeMetrics(plugin, demo2024).appearanceRate).toMatchObject({
      value: 100,
      numerator: 2,
      denominator: 2,
    });
    expect(computeMetrics(plugin, demo2024).reconsiderationCorrected!.value).toBe(1);
  });

  it("warns below the year's target and refuses impossible counts", () => {
    expect(runChecks(plugin, streetStated, {}).map((c) => c.id)).toEqual(["appearanceRate-below-target"]);
    expect(runChecks(plugin, streetStated, { targetAppearanceRate: 90 })).toEqual([]);
    const bad = { ...demo2024, litigation: { ...demo2024.litigation, lost: 3 } };
    expect(runChecks(plugin, bad, {}).map((c) => `${c.level}:${c.id}`)).toEqual([
      "error:lost-within-concluded",
    ]);
    expect(
      runChecks(
        plugin,
        {
          ...xiangNoCases,
          litigation: {
            ...xiangNoCases.litigation,
            appearance: { numerator: null, denominator: null, percent: 100, percentQualifier: "" },
          },
        },
        {},
      ).map((c) => c.id),
    ).toEqual(["appearance-without-cases"]);
  });
});
