import { defineSection, z, type AnySectionPlugin } from "@nianbao/sdk";
import { describe, expect, it } from "vitest";
import { catalogByKey, figureCatalog, tokenText } from "./catalog.ts";
import { figureKind, formatFigure } from "./format.ts";

describe("token formatting, every figure kind", () => {
  it.each([
    ["a count", 37, "起", "37起"],
    ["a count of zero", 0, "次", "0次"],
    ["a decimal count", 2.5, "万元", "2.5万元"],
    ["an exact quantity", { value: 3, qualifier: "" as const }, "次", "3次"],
    ["a quantity 余", { value: 1500, qualifier: "余" as const }, "件", "1500余件"],
    ["a quantity 超", { value: 200, qualifier: "超" as const }, "人", "超200人"],
    ["a quantity 近", { value: 300, qualifier: "近" as const }, "户", "近300户"],
    ["a quantity 约", { value: 12, qualifier: "约" as const }, "场", "约12场"],
    ["a quantity 达", { value: 98, qualifier: "达" as const }, "名", "达98名"],
    ["a rate", { numerator: 947, denominator: 1000 }, "%", "94.7%"],
    ["a rate of 100%", { numerator: 5, denominator: 5 }, "%", "100%"],
    ["a rate of 0%", { numerator: 0, denominator: 4 }, "%", "0%"],
    ["a rate of 0/0", { numerator: 0, denominator: 0 }, "%", "无"],
    ["an empty count", null, "起", null],
    ["an empty quantity", { value: null, qualifier: "余" as const }, "件", null],
    ["an empty rate", { numerator: null, denominator: null }, "%", null],
  ])("%s", (_name, input, unit, expected) => {
    expect(formatFigure(input, unit)).toBe(expected);
  });

  it("knows the kind from the value, or from the unit when empty", () => {
    expect(figureKind(3, "起")).toBe("count");
    expect(figureKind({ value: 3, qualifier: "余" }, "件")).toBe("quantity");
    expect(figureKind({ numerator: 1, denominator: 2 }, "%")).toBe("rate");
    expect(figureKind(null, "%")).toBe("rate");
    expect(figureKind(null, "起", true)).toBe("rate");
  });
});

const plugin = defineSection({
  id: "sample",
  version: 1,
  title: "示例",
  schema: z.object({
    n: z.number().nullable(),
    q: z.object({ value: z.number().nullable(), qualifier: z.enum(["", "余", "超", "近", "约", "达"]) }),
    r: z.object({ numerator: z.number().nullable(), denominator: z.number().nullable() }),
    staff: z.number().nullable(),
  }),
  defaults: {
    n: null,
    q: { value: null, qualifier: "" },
    r: { numerator: null, denominator: null },
    staff: null,
  },
  settings: z.object({ target: z.number().nullable().default(90) }),
  metrics: {
    mediated: {
      label: { "zh-CN": "调处矛盾纠纷", en: "Disputes mediated" },
      unit: "起",
      aggregate: "sum",
      value: (d) => d.n,
    },
    visits: { label: "接待群众", unit: "人次", aggregate: "sum", value: (d) => d.q },
    rate: {
      label: "矛盾纠纷化解率",
      unit: "%",
      aggregate: "rate",
      value: (d) => d.r,
      target: (s) => s.target,
    },
  },
  figures: {
    staff: {
      label: { "zh-CN": "执法人员", en: "Enforcement staff" },
      unit: "名",
      value: (d) => d.staff,
      path: "staff",
    },
  },
  checks: [],
  render: () => [],
  form: async () => ({ default: () => null }),
}) as AnySectionPlugin;

describe("the figure catalog", () => {
  it("gives every metric and every declared field, formatted, with kind, unit and required", () => {
    const cat = figureCatalog(
      plugin,
      { n: 37, q: { value: 1500, qualifier: "余" }, r: { numerator: 0, denominator: 0 }, staff: 12 },
      {},
    );
    expect(cat.map((c) => [c.key, c.kind, c.value, c.required])).toEqual([
      ["metric:mediated", "count", "37起", false],
      ["metric:visits", "quantity", "1500余人次", false],
      ["metric:rate", "rate", "无", true],
      ["field:staff", "count", "12名", false],
    ]);
    expect(cat[0]!.label).toEqual({ "zh-CN": "调处矛盾纠纷", en: "Disputes mediated" });
    expect(cat[1]!.label).toEqual({ "zh-CN": "接待群众", en: "接待群众" });
    expect(cat[3]!.path).toBe("staff");
  });

  it("a token of an empty field shows its label in 【】; an unknown key shows the key", () => {
    const cat = catalogByKey(
      figureCatalog(
        plugin,
        {
          n: null,
          q: { value: null, qualifier: "" },
          r: { numerator: null, denominator: null },
          staff: null,
        },
        { target: null },
      ),
    );
    expect(tokenText(cat.get("metric:mediated"), "metric:mediated")).toEqual({
      text: "【调处矛盾纠纷】",
      missing: true,
    });
    expect(cat.get("metric:rate")!.required).toBe(false);
    expect(tokenText(undefined, "metric:gone")).toEqual({ text: "【metric:gone】", missing: true });
  });

  it("a value function that throws on odd data gives an empty figure", () => {
    const cat = figureCatalog(plugin, {}, {});
    expect(cat.every((c) => c.value === null)).toBe(true);
  });
});

describe("a quantity's own unit", () => {
  it("prints with the unit the township picked, not the declared default", () => {
    expect(formatFigure({ value: 40, qualifier: "余", unit: "件" } as never, "起")).toBe("40余件");
  });
});
