import { computeMetrics, renderSection, runChecks } from "@nianbao/sdk";
import { levelContext } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { streetOutreach, demo2024, xiangCentral } from "./fixtures.ts";
import plugin from "./index.ts";

const text = (data: unknown, level: "镇" | "乡" | "街道" = "镇") =>
  renderSection(plugin, data, levelContext(level))
    .map((b) =>
      b.type === "paragraph" ? b.text : b.type === "items" ? b.items.map((i) => i.text).join("；") : "",
    )
    .join("\n");

describe("rule-of-law-thought renderer", () => {
  it("reads like a real 镇's first section", () => {
    expect(text(demo2024)).toBe(
      "始终把学习贯彻习近平法治思想作为重要政治任务，将习近平法治思想纳入镇党委理论学习中心组年度学习计划，全年开展习近平法治思想专题学习4次，" +
        "通过专题学习、专题辅导讲座、研讨交流等形式，组织开展学习宣讲20余场次，覆盖干部群众超过1500人次，推动习近平法治思想入脑入心、见行见效。",
    );
  });

  it("names a 乡's Party committee", () => {
    expect(text(xiangCentral, "乡")).toBe("乡党委理论学习中心组全年开展习近平法治思想专题学习2次。");
  });

  it("names a 街道's 党工委 and its communities", () => {
    expect(text(streetOutreach, "街道")).toBe(
      "将习近平法治思想纳入街道党工委理论学习中心组年度学习计划，通过会前学法、宣讲进社区等形式深入学习宣传。\n" +
        "组建“法治宣讲团”，深入社区、企业开展宣讲；将习近平法治思想纳入干部教育培训必修课",
    );
  });
});

describe("rule-of-law-thought metrics and checks", () => {
  it("counts the plan as a share of townships and keeps lower bounds", () => {
    const m = computeMetrics(plugin, demo2024);
    expect(m.inStudyPlan).toMatchObject({ numerator: 1, denominator: 1 });
    expect(m.sessions).toMatchObject({ value: 20, lowerBound: true });
    expect(computeMetrics(plugin, xiangCentral).inStudyPlan).toMatchObject({ value: 0 });
  });

  it("warns when not in the plan, below the year's sessions, or when sessions are missing", () => {
    expect(runChecks(plugin, demo2024, {})).toEqual([]);
    expect(runChecks(plugin, demo2024, { minCentralGroupSessions: 6 }).map((c) => c.id)).toEqual([
      "centralGroupSessions-below-target",
    ]);
    expect(runChecks(plugin, xiangCentral, {}).map((c) => c.id)).toEqual(["inStudyPlan-below-target"]);
    expect(runChecks(plugin, { ...demo2024, centralGroupSessions: null }, {}).map((c) => c.id)).toEqual([
      "central-group-form-without-sessions",
    ]);
  });
});
