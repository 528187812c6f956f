import { computeMetrics, renderSection, runChecks } from "@nianbao/sdk";
import { levelContext } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { streetStated, demo2024, xiangItems } from "./fixtures.ts";
import plugin from "./index.ts";

const text = (data: unknown, level: "镇" | "乡" | "街道" = "镇") =>
  renderSection(plugin, data, levelContext(level))
    .map((b) =>
      b.type === "paragraph" ? b.text : b.type === "items" ? b.items.map((i) => i.text).join("；") : "",
    )
    .join("\n");

describe("legal-publicity renderer", () => {
  it("reads like a real 镇's report, qualifiers included", () => {
    expect(text(demo2024)).toBe(
      "深入实施“八五”普法规划，全镇严格落实“谁执法谁普法”普法责任制，将12个单位纳入普法责任清单，以宪法宣传周、民法典宣传月为契机，开展普法宣传活动20余场，" +
        "举办法治讲座6场，发放宣传资料5000余份，受教育群众超过8000人次。建成法治文化广场、法治长廊等法治文化阵地3个，培育“法律明白人”68名，实现各村“法律明白人”全覆盖。",
    );
  });

  it("prints a 乡's measures 一是…二是…", () => {
    expect(text(xiangItems, "乡")).toBe(
      "开展普法宣传活动8场。\n利用赶集日开展“法律进集市”活动；组织司法所干部和村法律顾问以案释法",
    );
  });

  it("says 社区 and a stated coverage for a 街道", () => {
    expect(text(streetStated, "街道")).toBe(
      "全街道严格落实“谁执法谁普法”普法责任制，制定普法责任清单，以“4·15”全民国家安全教育日为契机开展普法宣传，举办法治讲座10余场。培育“法律明白人”120名，“法律明白人”社区覆盖率90%以上。",
    );
  });
});

describe("legal-publicity metrics and checks", () => {
  it("sums lower bounds as lower bounds and keeps a stated coverage apart", () => {
    const m = computeMetrics(plugin, demo2024);
    expect(m.activities).toMatchObject({ value: 20, lowerBound: true });
    expect(m.understanderCoverage).toMatchObject({ value: 100, numerator: 17, denominator: 17 });
    expect(computeMetrics(plugin, streetStated).understanderCoverage).toMatchObject({
      value: 90,
      stated: true,
      lowerBound: true,
    });
  });

  it("warns below the year's targets", () => {
    expect(runChecks(plugin, demo2024, { minActivities: 30 }).map((c) => c.id)).toEqual([
      "activities-below-target",
    ]);
    expect(runChecks(plugin, streetStated, {}).map((c) => c.id)).toEqual([
      "understanderCoverage-below-target",
    ]);
    expect(runChecks(plugin, demo2024, {})).toEqual([]);
  });
});
