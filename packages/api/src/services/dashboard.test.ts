import { describe, expect, it } from "vitest";
import { combine, isLargeJump, type AggRow } from "./dashboard.ts";
import { scaleFigures } from "./demo.ts";
import { toCsv } from "./exports.ts";

const row = (r: Partial<AggRow>): AggRow => ({ child_id: "x", year: 2024, plugin_id: "p", metric_key: "k", sum: null, num: null, den: null, max: null, min: null, n: 0, lb: null, ...r });

describe("dashboard helpers", () => {
  it("combines per-row partial aggregates into the region's", () => {
    const total = combine([row({ sum: 37, num: 47, den: 48, max: 37, min: 37, n: 1, lb: true }), row({ sum: 20, num: 0, den: 0, max: 20, min: 20, n: 1, lb: false }), row({})]);
    expect(total).toMatchObject({ child_id: null, sum: 57, num: 47, den: 48, max: 37, min: 20, n: 2, lb: true });
    expect(combine([row({}), row({})])).toMatchObject({ sum: null, num: null, den: null, lb: null, n: 0 });
  });

  it("flags large jumps only", () => {
    expect(isLargeJump(5, 20, "sum")).toBe(true);
    expect(isLargeJump(30, 37, "sum")).toBe(false);
    expect(isLargeJump(1, 3, "sum")).toBe(false); // small numbers move a lot without meaning much
    expect(isLargeJump(0, 12, "sum")).toBe(true);
    expect(isLargeJump(95, 70, "rate")).toBe(true);
    expect(isLargeJump(null, 70, "rate")).toBe(false);
  });

  it("writes CSV with a BOM and quotes what needs quoting", () => {
    expect(toCsv([["单位", "a,b"], ["荆竹铺镇", 'say "hi"'], [null, 3]])).toBe('\uFEFF单位,"a,b"\r\n荆竹铺镇,"say ""hi"""\r\n,3\r\n');
  });

  it("scales a fixture's figures without knowing its fields, keeping rates within their denominators", () => {
    expect(scaleFigures({ n: 10, rate: { numerator: 17, denominator: 17 }, q: { value: 37, qualifier: "余" }, text: "x", list: [2] }, 1.5)).toEqual({
      n: 15,
      rate: { numerator: 26, denominator: 26 },
      q: { value: 56, qualifier: "余" },
      text: "x",
      list: [3],
    });
  });
});
