import { describe, expect, it } from "vitest";
import { formatDate, formatSavedAt } from "./format.ts";
import { reportProgress, sectionLabel } from "./outline.ts";
import { asSectionStatus } from "./status.ts";
import { groupTownships } from "./townships.ts";

describe("formatDate", () => {
  it("writes dates the Chinese way in zh-CN and briefly in English", () => {
    expect(formatDate("2024-03-01", "zh-CN")).toBe("2024年3月1日");
    expect(formatDate("2024-03-01", "en")).toBe("1 Mar 2024");
    expect(formatDate(null, "zh-CN")).toBe("");
    expect(formatDate("soon", "en")).toBe("soon");
  });
});

describe("formatSavedAt", () => {
  it("shows the time today and the date before it on another day", () => {
    const now = new Date(2026, 10, 26, 15, 0);
    expect(formatSavedAt(new Date(2026, 10, 26, 14, 32), "zh-CN", now)).toBe("14:32");
    expect(formatSavedAt(new Date(2026, 10, 25, 9, 5), "zh-CN", now)).toBe("11月25日 09:05");
    expect(formatSavedAt(new Date(2026, 10, 25, 9, 5), "en", now)).toBe("25 Nov 09:05");
  });
});

describe("groupTownships", () => {
  it("groups townships by county or city, in pinyin order, the ungrouped last", () => {
    expect(
      groupTownships(
        [
          { id: "4", name: "独立镇", kind: "township", parentName: null },
          { id: "1", name: "文坪镇", kind: "township", parentName: "武冈市" },
          { id: "2", name: "水西门街道", kind: "street", parentName: "武冈市" },
          { id: "5", name: "荆竹铺镇", kind: "township", parentName: "武冈市" },
          { id: "3", name: "城关镇", kind: "township", parentName: "新宁县" },
        ],
        "其他",
      ),
    ).toEqual([
      {
        group: "武冈市",
        items: [
          { value: "5", label: "荆竹铺镇" },
          { value: "2", label: "水西门街道" },
          { value: "1", label: "文坪镇" },
        ],
      },
      { group: "新宁县", items: [{ value: "3", label: "城关镇" }] },
      { group: "其他", items: [{ value: "4", label: "独立镇" }] },
    ]);
  });
});

describe("sectionLabel", () => {
  const part = { numbering: "二、", title: "存在的问题" };

  it("uses the numbered heading exactly as the report prints it", () => {
    const s = {
      key: "legal-study",
      numbering: "（一）",
      heading: "强化法治思维和依法行政能力方面",
      plugin: null,
      pluginId: "legal-study",
    };
    expect(sectionLabel(s, part)).toBe("（一）强化法治思维和依法行政能力方面");
  });

  it("names a section without a heading by its part's title, else its plugin's Chinese title, else its plugin id", () => {
    const s = { key: "problems", numbering: null, heading: null, pluginId: "problems" };
    const custom = {
      key: "other",
      numbering: null,
      heading: null,
      pluginId: "custom",
      plugin: { title: { "zh-CN": "通用栏目", en: "General section" } },
    };
    expect(sectionLabel(custom, { numbering: "五、", title: "其他需要报告的情况" })).toBe(
      "其他需要报告的情况",
    );
    expect(
      sectionLabel({ ...s, plugin: { title: { "zh-CN": "存在的问题和不足", en: "Shortcomings" } } }, part),
    ).toBe("存在的问题");
    expect(
      sectionLabel(
        { ...s, plugin: { title: { "zh-CN": "开篇段落", en: "Opening" } } },
        { numbering: null, title: null },
      ),
    ).toBe("开篇段落");
    expect(sectionLabel({ ...s, plugin: null }, { numbering: null, title: null })).toBe("problems");
  });
});

describe("reportProgress and asSectionStatus", () => {
  it("counts complete sections and required ones still open", () => {
    const parts = [
      {
        sections: [
          { status: "complete", required: true },
          { status: "draft", required: true },
        ],
      },
      { sections: [{ status: "empty", required: false }] },
    ];
    expect(reportProgress(parts)).toEqual({ total: 3, complete: 1, requiredOpen: 1 });
    expect(asSectionStatus("complete")).toBe("complete");
    expect(asSectionStatus("submitted")).toBe("empty");
  });
});
