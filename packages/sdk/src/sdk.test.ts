import { describe, expect, it } from "vitest";
import {
  chineseNumeral,
  clauses,
  computeMetrics,
  count,
  dateString,
  defineSection,
  describePlugin,
  formatQuantity,
  formatRate,
  itemsToParagraphs,
  migrateData,
  normaliseDate,
  procedure,
  quantity,
  rate,
  ratePercent,
  renderSection,
  runChecks,
  sentences,
  toMetricValue,
  uploadedFile,
  z,
  levelWords,
  townshipLevel,
  STRAY_TOWN,
} from "./index.ts";

describe("numbers", () => {
  it("writes heading numerals", () => {
    expect([1, 2, 9, 10, 11, 19, 20, 21, 99].map(chineseNumeral)).toEqual([
      "一",
      "二",
      "九",
      "十",
      "十一",
      "十九",
      "二十",
      "二十一",
      "九十九",
    ]);
    expect(() => chineseNumeral(100)).toThrow(RangeError);
  });
});

describe("quantity", () => {
  const schema = quantity(["件", "起"]);
  it("keeps the qualifier as part of the value", () => {
    expect(formatQuantity({ value: 1500, qualifier: "余", unit: "件" })).toBe("1500余件");
    expect(formatQuantity({ value: 200, qualifier: "超", unit: "人" })).toBe("超200人");
    expect(formatQuantity({ value: 37, qualifier: "", unit: "起" })).toBe("37起");
    expect(formatQuantity({ value: null, qualifier: "余", unit: "件" })).toBeNull();
  });
  it("validates value, qualifier and unit", () => {
    expect(schema.parse({ value: 3, qualifier: "约" })).toEqual({ value: 3, qualifier: "约", unit: "件" });
    expect(schema.safeParse({ value: -1, qualifier: "" }).success).toBe(false);
    expect(schema.safeParse({ value: 1, qualifier: "多" }).success).toBe(false);
    expect(schema.safeParse({ value: 1, qualifier: "", unit: "人" }).success).toBe(false);
  });
});

describe("rate", () => {
  const schema = rate();
  it("computes the percentage and reads 0/0 as 无", () => {
    expect(formatRate({ numerator: 3, denominator: 3 })).toBe("100%");
    expect(formatRate({ numerator: 5, denominator: 6 })).toBe("83.3%");
    expect(formatRate({ numerator: 0, denominator: 0 })).toBe("无");
    expect(formatRate({ numerator: null, denominator: null })).toBeNull();
    expect(ratePercent({ numerator: 0, denominator: 0 })).toBeNull();
  });
  it("refuses a numerator above its denominator, and half-entered rates", () => {
    const over = schema.safeParse({ numerator: 4, denominator: 3 });
    expect(over.success).toBe(false);
    expect(over.error!.issues[0]).toMatchObject({ path: ["numerator"], message: "分子不能大于分母" });
    expect(schema.safeParse({ numerator: 4, denominator: null }).success).toBe(false);
    expect(schema.safeParse({ numerator: 0, denominator: 0 }).success).toBe(true);
  });
  it("aggregates as numerator and denominator", () => {
    expect(toMetricValue({ numerator: 1, denominator: 4 }, "rate")).toEqual({
      value: 25,
      numerator: 1,
      denominator: 4,
      lowerBound: false,
    });
    expect(toMetricValue({ numerator: 0, denominator: 0 }, "rate").value).toBeNull();
    expect(toMetricValue({ value: 1500, qualifier: "余" }, "sum")).toMatchObject({
      value: 1500,
      lowerBound: true,
    });
    expect(() => toMetricValue(3, "rate")).not.toThrow();
    expect(() => toMetricValue({ value: 3 }, "rate")).toThrow(/numerator/);
  });
  it("counts are whole and non-negative", () => {
    expect(count().safeParse(1.5).success).toBe(false);
    expect(count().safeParse(-1).success).toBe(false);
    expect(count().parse(null)).toBeNull();
  });
});

describe("prose helpers", () => {
  it("drops empty clauses so that no sentence dangles", () => {
    expect(clauses("甲", null, "", "乙。")).toBe("甲，乙。");
    expect(clauses(null, undefined, false)).toBeNull();
    expect(sentences("甲", "", "乙！")).toBe("甲。乙！");
  });
  it("prints ordered items 一是…二是…", () => {
    const inline = itemsToParagraphs({
      type: "items",
      style: "yishi",
      layout: "inline",
      items: [{ text: "严格落实" }, { text: "全面规范。" }],
    });
    expect(inline).toEqual(["一是严格落实。二是全面规范。"]);
    const paras = itemsToParagraphs({
      type: "items",
      style: "yishi",
      layout: "paragraphs",
      intro: "主要表现在：",
      items: [{ lead: "职权有限", text: "基层工作有繁杂性的特点。" }],
    });
    expect(paras).toEqual(["主要表现在：", "一是职权有限。基层工作有繁杂性的特点。"]);
  });
});

describe("defineSection", () => {
  const base = {
    id: "sample",
    title: { "zh-CN": "样例", en: "Sample" },
    schema: z.object({ n: count(), label: z.string().default("") }),
    defaults: { n: null, label: "" },
    settings: z.object({ target: z.number().default(3) }),
    metrics: {
      n: { label: "次数", unit: "次", aggregate: "sum" as const, value: (d: { n: number | null }) => d.n },
    },
    checks: [
      {
        id: "target",
        level: "warning" as const,
        message: (_d: unknown, s: { target: number }) => `少于${s.target}次`,
        fails: (d: { n: number | null }, s: { target: number }) => d.n !== null && d.n < s.target,
      },
    ],
    render: (d: { n: number | null }) =>
      d.n === null ? [] : [{ type: "paragraph" as const, text: `共${d.n}次。` }],
    form: async () => ({ default: () => null }),
  };

  it("refuses a bad id, a bad version, a missing migration and duplicate check ids", () => {
    expect(() => defineSection({ ...base, id: "Bad_Id", version: 1 })).toThrow(/kebab-case/);
    expect(() => defineSection({ ...base, version: 0 })).toThrow(/version/);
    expect(() => defineSection({ ...base, version: 2 })).toThrow(/migrations\[2\]/);
    expect(() => defineSection({ ...base, version: 1, checks: [base.checks[0]!, base.checks[0]!] })).toThrow(
      /duplicate/,
    );
  });

  it("migrates old data step by step and refuses data from the future", () => {
    const p = defineSection({
      ...base,
      version: 3,
      migrations: {
        2: (v1: { count: number }) => ({ n: v1.count }),
        3: (v2: { n: number }) => ({ n: v2.n, label: "迁移" }),
      },
    });
    expect(migrateData(p, { count: 4 }, 1)).toEqual({ n: 4, label: "迁移" });
    expect(migrateData(p, { n: 4, label: "x" }, 3)).toEqual({ n: 4, label: "x" });
    expect(() => migrateData(p, {}, 4)).toThrow(/newer/);
  });

  it("runs checks with the year's settings and computes metrics", () => {
    const p = defineSection({ ...base, version: 1 });
    expect(runChecks(p, { n: 2, label: "" }, {})).toEqual([
      { id: "target", level: "warning", message: "少于3次" },
    ]);
    expect(runChecks(p, { n: 2, label: "" }, { target: 2 })).toEqual([]);
    expect(computeMetrics(p, { n: 2, label: "" })).toEqual({
      n: { value: 2, numerator: null, denominator: null, lowerBound: false },
    });
  });

  it("refuses render output that is not made of known blocks", () => {
    const p = defineSection({ ...base, version: 1, render: () => [{ type: "video", src: "x" }] as never });
    expect(() =>
      renderSection(
        p,
        { n: 1, label: "" },
        { settings: {}, heading: null, org: { name: "镇", fullName: "镇政府" }, year: 2023 },
      ),
    ).toThrow();
  });
});

describe("dates and plugin procedures", () => {
  it("normalises the date forms townships write, and refuses dates that do not exist", () => {
    expect(
      ["2023-03-05", "2023/3/5", "2023.3.5", "2023年3月5日", " 2023 - 03 - 05 "].map(normaliseDate),
    ).toEqual(Array(5).fill("2023-03-05"));
    expect(["2023-02-29", "2023-13-01", "05/03/2023", "", "2023-3"].map(normaliseDate)).toEqual(
      Array(5).fill(null),
    );
    expect(dateString().safeParse("2024/2/29")).toEqual({ success: true, data: "2024-02-29" });
    expect(dateString().safeParse("2023-02-29").error?.issues[0]?.message).toBe(
      "日期格式不正确（例：2023-03-05）",
    );
  });

  it("refuses an upload over the limit with the limit in the message", () => {
    const r = uploadedFile({ maxBytes: 3 }).safeParse({ name: "a.csv", contentBase64: "QUJDRA==" });
    expect(r.error?.issues[0]?.message).toBe("文件过大：上限为3 B");
    expect(uploadedFile({ maxBytes: 3 }).safeParse({ name: "a.csv", contentBase64: "QUJD" }).success).toBe(
      true,
    );
  });

  it("requires camelCase procedure names and lists procedures in the plugin's description", () => {
    const base = {
      id: "x",
      version: 1,
      title: "测试",
      schema: z.object({}),
      defaults: {},
      settings: z.object({}),
      metrics: {},
      checks: [],
      render: () => [],
      form: async () => ({ default: () => null }),
    };
    const ping = procedure({ kind: "query", input: z.object({}), handler: async () => "pong" });
    expect(() => defineSection({ ...base, procedures: { "import-ledger": ping } })).toThrow(
      /must be camelCase/,
    );
    expect(describePlugin(defineSection({ ...base, procedures: { ping } })).procedures).toEqual([
      { name: "ping", kind: "query" },
    ]);
  });
});

describe("formatMetricValue", () => {
  it("reads totals the way reports print them", async () => {
    const { formatMetricValue } = await import("./define.ts");
    expect(
      formatMetricValue({ value: 1520, numerator: null, denominator: null, lowerBound: true }, "sum"),
    ).toBe("1520余");
    expect(
      formatMetricValue({ value: 12, numerator: null, denominator: null, lowerBound: false }, "sum"),
    ).toBe("12");
    expect(formatMetricValue({ value: null, numerator: 5, denominator: 6, lowerBound: false }, "rate")).toBe(
      "83.3%",
    );
    expect(formatMetricValue({ value: null, numerator: 0, denominator: 0, lowerBound: false }, "rate")).toBe(
      "无",
    );
    expect(
      formatMetricValue({ value: null, numerator: null, denominator: null, lowerBound: false }, "rate"),
    ).toBeNull();
    expect(
      formatMetricValue({ value: null, numerator: null, denominator: null, lowerBound: false }, "max"),
    ).toBeNull();
  });
});

describe("level words", () => {
  it("reads the level from the org unit's kind, with the name as the fallback", () => {
    expect(townshipLevel({ name: "城东", kind: "street" })).toBe("街道");
    expect(townshipLevel({ name: "湾头桥乡", kind: "township" })).toBe("乡");
    expect(townshipLevel({ name: "荆竹铺镇", kind: "township" })).toBe("镇");
    expect(townshipLevel("水西门街道")).toBe("街道");
    expect(townshipLevel("某某街道办事处")).toBe("街道");
    expect(townshipLevel("大圳苗族瑶族乡")).toBe("乡");
    expect(townshipLevel("某地")).toBe("镇");
  });

  it("gives every word a report needs for 镇, 乡 and 街道", () => {
    const [zhen, xiang, jiedao] = [
      levelWords("荆竹铺镇"),
      levelWords("湾头桥乡"),
      levelWords({ name: "水西门", kind: "street" }),
    ];
    expect([zhen.whole, xiang.whole, jiedao.whole]).toEqual(["全镇", "全乡", "全街道"]);
    expect([zhen.party, xiang.party, jiedao.party]).toEqual(["镇党委", "乡党委", "街道党工委"]);
    expect([zhen.government, xiang.government, jiedao.government]).toEqual([
      "镇政府",
      "乡政府",
      "街道办事处",
    ]);
    expect([zhen.organs, jiedao.organs]).toEqual(["镇机关", "街道机关"]);
    expect([zhen.village, xiang.village, jiedao.village]).toEqual(["村", "村", "社区"]);
    expect([zhen.localResolution, jiedao.localResolution]).toEqual([
      "小事不出村、大事不出镇",
      "小事不出社区、大事不出街道",
    ]);
    expect([zhen.cadres, xiang.cadres, jiedao.cadres]).toEqual(["镇村干部", "乡村干部", "街道社区干部"]);
    for (const w of [xiang, jiedao]) {
      for (const word of Object.values(w)) expect(word).not.toMatch(STRAY_TOWN);
    }
  });

  it("tells a stray 镇 from the words 乡镇 and 城镇", () => {
    expect(STRAY_TOWN.test("全镇共调处")).toBe(true);
    expect(STRAY_TOWN.test("各乡镇（街道）、城镇建设")).toBe(false);
  });
});
