import { describe, expect, it } from "vitest";
import {
  asOf,
  asOfClause,
  computeMetrics,
  defineSection,
  formatAsOf,
  formatCount,
  formatMetricCell,
  formatMetricValue,
  formatMoney,
  formatRank,
  formatStatedPercent,
  formatStatedRate,
  isStatedOnly,
  money,
  moneyIn,
  qualifiedCount,
  qualifiedCountFromCount,
  rank,
  rateOrStatedMetric,
  statedPercent,
  statedRate,
  statedRateMetric,
  statedRateFromRate,
  statedRatePercent,
  toMetricValue,
  z,
} from "./index.ts";

describe("qualified counts", () => {
  it("prints the qualifier as reports do", () => {
    expect(formatCount({ value: 20, qualifier: "余" }, "场")).toBe("20余场");
    expect(formatCount({ value: 1800, qualifier: "超" }, "件", { over: "超过" })).toBe("超过1800件");
    expect(formatCount({ value: 1800, qualifier: "超" }, "件")).toBe("超1800件");
    expect(formatCount({ value: 100, qualifier: "近" }, "人")).toBe("近100人");
    expect(formatCount({ value: 3, qualifier: "" }, "次")).toBe("3次");
    expect(formatCount({ value: null, qualifier: "余" }, "次")).toBeNull();
  });

  it("refuses a fraction or a negative count and defaults the qualifier", () => {
    const s = qualifiedCount();
    expect(s.parse({ value: 20 })).toEqual({ value: 20, qualifier: "" });
    expect(s.safeParse({ value: 2.5, qualifier: "余" }).success).toBe(false);
    expect(s.safeParse({ value: -1, qualifier: "" }).success).toBe(false);
    expect(s.safeParse({ value: 3, qualifier: "多" }).success).toBe(false);
  });

  it("is a lower bound for 余/超/达 in a metric, exact otherwise", () => {
    expect(toMetricValue({ value: 20, qualifier: "余" }, "sum").lowerBound).toBe(true);
    expect(toMetricValue({ value: 20, qualifier: "近" }, "sum").lowerBound).toBe(false);
  });
});

describe("stated rates", () => {
  const s = statedRate();
  it("takes counts or a stated percentage, never both", () => {
    expect(s.parse({ numerator: 47, denominator: 50 })).toEqual({
      numerator: 47,
      denominator: 50,
      percent: null,
      percentQualifier: "",
    });
    expect(s.parse({ numerator: null, denominator: null, percent: 96 }).percent).toBe(96);
    const both = s.safeParse({ numerator: 1, denominator: 2, percent: 50 });
    expect(both.success).toBe(false);
    expect(both.error!.issues[0]!.path).toEqual(["percent"]);
    expect(s.safeParse({ numerator: null, denominator: null, percent: 101 }).success).toBe(false);
    expect(s.safeParse({ numerator: 3, denominator: 2 }).success).toBe(false);
  });

  it("prints 96%, 80%以上, 95%左右, 近90%, and counts as a computed rate (0/0 → 无)", () => {
    const stated = (percent: number, percentQualifier: "" | "以上" | "左右" | "近" | "超") => ({
      numerator: null,
      denominator: null,
      percent,
      percentQualifier,
    });
    expect(formatStatedRate(stated(96, ""))).toBe("96%");
    expect(formatStatedRate(stated(80, "以上"))).toBe("80%以上");
    expect(formatStatedRate(stated(95, "左右"))).toBe("95%左右");
    expect(formatStatedRate(stated(90, "近"))).toBe("近90%");
    expect(formatStatedRate({ numerator: 5, denominator: 6, percent: null, percentQualifier: "" })).toBe(
      "83.3%",
    );
    expect(formatStatedRate({ numerator: 0, denominator: 0, percent: null, percentQualifier: "" })).toBe(
      "无",
    );
    expect(
      formatStatedRate({ numerator: null, denominator: null, percent: null, percentQualifier: "" }),
    ).toBeNull();
    expect(statedRatePercent(stated(96, ""))).toBe(96);
    expect(isStatedOnly(stated(96, ""))).toBe(true);
  });

  it("stores a stated percentage flagged, with no invented numerator or denominator", () => {
    const v = toMetricValue(
      statedRateMetric({ numerator: null, denominator: null, percent: 80, percentQualifier: "以上" }),
      "rate",
    );
    expect(v).toEqual({ value: 80, numerator: null, denominator: null, lowerBound: true, stated: true });
    expect(formatMetricValue(v, "rate")).toBe("80%以上");
    const counted = toMetricValue(
      statedRateMetric({ numerator: 47, denominator: 50, percent: null, percentQualifier: "" }),
      "rate",
    );
    expect(counted).toEqual({ value: 94, numerator: 47, denominator: 50, lowerBound: false });
    expect(() => toMetricValue({ percent: 50 }, "sum")).toThrow();
  });

  it("says how many townships a total rate leaves out", () => {
    const total = { value: 94, numerator: 47, denominator: 50, lowerBound: false, statedOnly: 2 };
    expect(formatMetricCell(total, "rate")).toBe("94%（另有2个单位仅填报百分比）");
    expect(formatMetricCell(total, "rate", "en")).toBe("94%（2 more gave only a percentage）");
    expect(
      formatMetricCell(
        { value: null, numerator: null, denominator: null, lowerBound: false, statedOnly: 3 },
        "rate",
      ),
    ).toBe("3个单位仅填报百分比");
    expect(formatMetricCell({ ...total, statedOnly: 0 }, "rate")).toBe("94%");
  });

  it("keeps a stated percentage for a rate whose counts are other fields; the counts win", () => {
    expect(statedPercent().parse({})).toEqual({ percent: null, percentQualifier: "" });
    expect(statedPercent().safeParse({ percent: 101 }).success).toBe(false);
    expect(formatStatedPercent({ percent: 90, percentQualifier: "以上" })).toBe("90%以上");
    expect(formatStatedPercent({ percent: null, percentQualifier: "" })).toBeNull();
    const stated = { percent: 90, percentQualifier: "以上" as const };
    expect(rateOrStatedMetric({ numerator: 3, denominator: 3 }, stated)).toEqual({
      numerator: 3,
      denominator: 3,
    });
    expect(rateOrStatedMetric({ numerator: null, denominator: 3 }, stated)).toEqual({
      percent: 90,
      lowerBound: true,
    });
    expect(
      rateOrStatedMetric({ numerator: null, denominator: 3 }, { percent: null, percentQualifier: "" }),
    ).toEqual({ numerator: null, denominator: null });
    expect(toMetricValue(rateOrStatedMetric({ numerator: null, denominator: null }, stated), "rate")).toEqual(
      {
        value: 90,
        numerator: null,
        denominator: null,
        lowerBound: true,
        stated: true,
      },
    );
  });

  it("upgrades a plain rate and a plain count without changing what they print", () => {
    const rate = { numerator: 47, denominator: 50 };
    const upgraded = statedRateFromRate(rate);
    expect(upgraded).toEqual({ numerator: 47, denominator: 50, percent: null, percentQualifier: "" });
    expect(statedRate().parse(upgraded)).toEqual(upgraded);
    expect(formatStatedRate(upgraded)).toBe("94%");
    expect(formatStatedRate(statedRateFromRate({ numerator: 0, denominator: 0 }))).toBe("无");
    expect(statedRateFromRate(undefined)).toEqual({
      numerator: null,
      denominator: null,
      percent: null,
      percentQualifier: "",
    });
    expect(qualifiedCountFromCount(30)).toEqual({ value: 30, qualifier: "" });
    expect(formatCount(qualifiedCountFromCount(30), "次")).toBe("30次");
    expect(qualifiedCountFromCount(null)).toEqual({ value: null, qualifier: "" });
  });
});

describe("money", () => {
  it("keeps its unit and converts for sums", () => {
    const s = money();
    expect(s.parse({ value: 12.5 })).toEqual({ value: 12.5, qualifier: "", unit: "万元" });
    expect(formatMoney({ value: 3000, qualifier: "余", unit: "元" })).toBe("3000余元");
    expect(formatMoney({ value: 12.5, qualifier: "", unit: "万元" })).toBe("12.5万元");
    expect(moneyIn({ value: 12.5, qualifier: "", unit: "万元" }, "元")).toEqual({
      value: 125000,
      qualifier: "",
    });
    expect(moneyIn({ value: 3000, qualifier: "余", unit: "元" }, "万元")).toEqual({
      value: 0.3,
      qualifier: "余",
    });
    expect(s.safeParse({ value: 1, unit: "美元" }).success).toBe(false);
  });
});

describe("as of", () => {
  it("prints 截至10月底 / 截至11月20日, nothing for the whole year", () => {
    expect(formatAsOf({ month: 10, day: null })).toBe("截至10月底");
    expect(formatAsOf({ month: 11, day: 20 })).toBe("截至11月20日");
    expect(formatAsOf({ month: null, day: null })).toBeNull();
    expect(asOfClause({ month: 10, day: null }, "共受理信访事项32件")).toBe("截至10月底，共受理信访事项32件");
    expect(asOfClause({ month: null, day: null }, "共受理信访事项32件")).toBe("共受理信访事项32件");
  });
  it("refuses a day without a month and a day the month lacks", () => {
    const s = asOf();
    expect(s.parse(undefined)).toEqual({ month: null, day: null });
    expect(s.safeParse({ month: null, day: 3 }).success).toBe(false);
    expect(s.safeParse({ month: 2, day: 30 }).success).toBe(false);
    expect(s.safeParse({ month: 13, day: null }).success).toBe(false);
  });
});

describe("rank", () => {
  it("prints the rank in its appraisal", () => {
    expect(formatRank({ scope: "全市法治建设年度考核", position: 3, of: 18 }, "个乡镇")).toBe(
      "在全市法治建设年度考核中排名第3（共18个乡镇）",
    );
    expect(formatRank({ scope: "", position: 1, of: null })).toBe("排名第1");
    expect(formatRank({ scope: "全县", position: null, of: 18 })).toBeNull();
    expect(rank().safeParse({ scope: "", position: 19, of: 18 }).success).toBe(false);
    expect(rank().safeParse({ scope: "", position: 0, of: null }).success).toBe(false);
  });
});

describe("a plugin with the new figure kinds", () => {
  const schema = z.object({ hearings: statedRate(), fines: money(), sessions: qualifiedCount() });
  const plugin = defineSection({
    id: "figure-kinds",
    version: 1,
    title: { "zh-CN": "测试", en: "Test" },
    schema,
    defaults: schema.parse({
      hearings: { numerator: null, denominator: null },
      fines: { value: null },
      sessions: { value: null },
    }),
    settings: z.object({}),
    metrics: {
      hearings: {
        label: "出庭应诉率",
        unit: "%",
        aggregate: "rate",
        value: (d) => statedRateMetric(d.hearings),
      },
      fines: { label: "罚款", unit: "元", aggregate: "sum", value: (d) => moneyIn(d.fines, "元") },
      sessions: { label: "学法", unit: "场", aggregate: "sum", value: (d) => d.sessions },
    },
    checks: [],
    render: () => [],
    form: async () => ({ default: () => null }),
  });
  it("computes each kind's metric", () => {
    const m = computeMetrics(
      plugin,
      schema.parse({
        hearings: { numerator: null, denominator: null, percent: 100 },
        fines: { value: 2.3, unit: "万元" },
        sessions: { value: 20, qualifier: "余" },
      }),
    );
    expect(m.hearings).toMatchObject({ value: 100, numerator: null, denominator: null, stated: true });
    expect(m.fines).toMatchObject({ value: 23000, lowerBound: false });
    expect(m.sessions).toMatchObject({ value: 20, lowerBound: true });
  });
});

describe("a metric's target gives its own warning", () => {
  const schema = z.object({
    n: z.number().nullable(),
    r: z.object({ numerator: z.number().nullable(), denominator: z.number().nullable() }),
  });
  const plugin = defineSection({
    id: "targets",
    version: 1,
    title: { "zh-CN": "目标", en: "Targets" },
    schema,
    defaults: { n: null, r: { numerator: null, denominator: null } },
    settings: z.object({ minN: z.number().default(3), rate: z.number().default(90) }),
    metrics: {
      n: {
        label: "学法次数",
        unit: "次",
        aggregate: "sum",
        value: (d) => d.n,
        target: (s) => s.minN,
        path: "n",
      },
      r: {
        label: "化解率",
        unit: "%",
        aggregate: "rate",
        value: (d) => d.r,
        target: (s) => s.rate,
        path: "r.numerator",
      },
    },
    checks: [],
    render: () => [],
    form: async () => ({ default: () => null }),
  });
  it("warns below target on the metric's path, never for a value not entered or a rate of 0/0", async () => {
    const { runChecks } = await import("./index.ts");
    expect(runChecks(plugin, { n: 2, r: { numerator: 8, denominator: 10 } }, {})).toEqual([
      { id: "n-below-target", level: "warning", message: "学法次数未达到本年度目标（不少于3次）", path: "n" },
      {
        id: "r-below-target",
        level: "warning",
        message: "化解率未达到本年度目标（90%）",
        path: "r.numerator",
      },
    ]);
    expect(runChecks(plugin, { n: null, r: { numerator: 0, denominator: 0 } }, {})).toEqual([]);
    expect(runChecks(plugin, { n: 3, r: { numerator: 9, denominator: 10 } }, {})).toEqual([]);
    expect(runChecks(plugin, { n: 2, r: { numerator: 9, denominator: 10 } }, { minN: 1 }, "en")).toEqual([]);
  });
});
