import { computeMetrics, renderSection, runChecks } from "@nianbao/sdk";
import { levelContext } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { streetHotline, demo2024, xiangAsOf } from "./fixtures.ts";
import plugin from "./index.ts";

const text = (data: unknown, level: "镇" | "乡" | "街道" = "镇") =>
  renderSection(plugin, data, levelContext(level))
    .map((b) =>
      b.type === "paragraph" ? b.text : b.type === "items" ? b.items.map((i) => i.text).join("；") : "",
    )
    .join("\n");

describe("safety-petitions renderer", () => {
  it("reads like a real 镇's report", () => {
    expect(text(demo2024)).toBe(
      "坚持和发展新时代“枫桥经验”，深入推进平安建设，全镇共排查矛盾风险隐患126处，化解整改120处，全年未发生重大群体性事件、重大刑事案件和重大安全事故。" +
        "受理群众来信来访32件，已全部办结，按期办结率达100%，未发生进京赴省越级上访，受理12345政务服务便民热线工单超过1800件，办结1796件，群众满意率98.6%。\n" +
        "落实领导干部接访下访制度，班子成员每周轮流接待来访群众；建立信访积案化解专班，逐案明确责任人和化解时限",
    );
  });

  it("prints lower bounds, a stated percentage and the as-of date for a 乡", () => {
    expect(text(xiangAsOf, "乡")).toBe(
      "截至11月底，全乡共排查矛盾风险隐患50余处。受理群众来信来访20余件，按期办结率为95%以上。",
    );
  });

  it("starts with the petitions when a 街道 reports no safety figures", () => {
    expect(text(streetHotline, "街道")).toBe(
      "受理群众来信来访45件，办结44件，按期办结率为97.7%，受理12345政务服务便民热线工单2310件，已全部办结，群众满意率95.2%。\n持续开展“信访积案化解年”活动，推动信访工作法治化。",
    );
  });
});

describe("safety-petitions metrics and checks", () => {
  it("keeps lower bounds and stated percentages apart", () => {
    const m = computeMetrics(plugin, demo2024);
    expect(m.hotlineReceived).toMatchObject({ value: 1800, lowerBound: true });
    expect(m.hotlineSatisfaction).toMatchObject({ value: 98.6, numerator: null, stated: true });
    expect(m.petitionsOnTime).toMatchObject({ numerator: 32, denominator: 32 });
  });

  it("refuses more resolved than an exact count received, allows it over a lower bound", () => {
    expect(
      runChecks(
        plugin,
        { ...streetHotline, petitions: { ...streetHotline.petitions, resolved: 46 } },
        {},
      ).map((c) => c.id),
    ).toContain("petitions-resolved-within-received");
    expect(
      runChecks(plugin, { ...xiangAsOf, petitions: { ...xiangAsOf.petitions, resolved: 25 } }, {}).map(
        (c) => c.id,
      ),
    ).not.toContain("petitions-resolved-within-received");
  });

  it("warns below the year's targets", () => {
    expect(runChecks(plugin, streetHotline, {}).map((c) => c.id)).toEqual(["petitionsOnTime-below-target"]);
    expect(runChecks(plugin, streetHotline, { targetOnTimeRate: 95 })).toEqual([]);
    expect(
      runChecks(plugin, streetHotline, { targetOnTimeRate: 95, targetHotlineSatisfaction: 96 }).map(
        (c) => c.id,
      ),
    ).toEqual(["hotlineSatisfaction-below-target"]);
  });
});
