import { computeMetrics, renderSection, runChecks } from "@nianbao/sdk";
import { levelContext } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { streetCommunities, demo2024, xiangSmall } from "./fixtures.ts";
import plugin from "./index.ts";

const text = (data: unknown, level: "镇" | "乡" | "街道" = "镇") =>
  renderSection(plugin, data, levelContext(level))
    .map((b) =>
      b.type === "paragraph" ? b.text : b.type === "items" ? b.items.map((i) => i.text).join("；") : "",
    )
    .join("\n");

describe("grassroots-governance renderer", () => {
  it("reads like a real 镇's report", () => {
    expect(text(demo2024)).toBe(
      "深化“援法议事”活动，推进村民自治法治化，全镇共有民主法治示范村5个，其中全国1个、省级2个、县级2个，本年新创建1个，指导各村修订完善村规民约。" +
        "为各村配备法律顾问6名，实现村法律顾问全覆盖。依托县人大常委会基层立法联系点，就4部法律法规草案征求群众意见，收集报送意见建议30余条。",
    );
  });

  it("prints one level in brackets and a stated coverage for a 乡", () => {
    expect(text(xiangSmall, "乡")).toBe(
      "全乡共有民主法治示范村1个（县级1个）。聘请村法律顾问3名，村法律顾问覆盖率80%以上。",
    );
  });

  it("says 社区 and 居民公约 for a 街道", () => {
    expect(text(streetCommunities, "街道")).toBe(
      "全街道共有民主法治示范社区3个，其中省级1个、市级2个，指导各社区修订完善居民公约。为各社区配备法律顾问9名，实现社区法律顾问全覆盖。\n" +
        "推行“法律顾问+网格员”工作模式，每月开展一次法律咨询进社区",
    );
  });
});

describe("grassroots-governance metrics and checks", () => {
  it("adds up the model villages of every level", () => {
    const m = computeMetrics(plugin, demo2024);
    expect(m.demoVillages!.value).toBe(5);
    expect(m.legislativeOpinions).toMatchObject({ value: 30, lowerBound: true });
    expect(computeMetrics(plugin, xiangSmall).adviserCoverage).toMatchObject({ value: 80, stated: true });
  });

  it("checks new against total and the coverage target", () => {
    const bad = { ...xiangSmall, demoVillages: { ...xiangSmall.demoVillages, newThisYear: 2 } };
    expect(runChecks(plugin, bad, {}).map((c) => `${c.level}:${c.id}`)).toEqual([
      "error:new-within-total",
      "warning:adviserCoverage-below-target",
    ]);
    expect(runChecks(plugin, demo2024, {})).toEqual([]);
    expect(
      runChecks(
        plugin,
        { ...demo2024, legislativePoint: { ...demo2024.legislativePoint, name: "" } },
        {},
      ).map((c) => c.id),
    ).toEqual(["opinions-without-point"]);
  });
});
