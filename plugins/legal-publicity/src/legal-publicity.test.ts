import { computeMetrics, renderSection, runChecks } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { example } from "./fixtures.ts";
import plugin from "./index.ts";

describe("legal-publicity", () => {
  it("renders the example", () => {
    const text = renderSection(plugin, example, TEST_RENDER_CONTEXT)
      .map((b) => (b.type === "paragraph" ? b.text : b.type === "items" ? b.items.map((i) => i.text).join("；") : ""))
      .join("\n");
    expect(text).toBe("全镇高度重视此项工作，制定年度工作方案，明确责任分工。\n加强组织领导；强化督促检查\n2023年共开展相关活动4次。");
  });

  it("computes its metrics", () => {
    expect(computeMetrics(plugin, example).events).toEqual({ value: 4, numerator: null, denominator: null, lowerBound: false });
  });

  it("warns below the year's target", () => {
    expect(runChecks(plugin, example, { minEvents: 6 }).map((c) => c.id)).toEqual(["events-below-target"]);
    expect(runChecks(plugin, example, {})).toEqual([]);
  });
});
