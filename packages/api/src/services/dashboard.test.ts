import { describe, expect, it } from "vitest";
import { isLargeJump } from "./trend.ts";
import { scaleFigures } from "./demo.ts";
import { toCsv } from "./exports.ts";

describe("dashboard helpers", () => {
  it("flags large jumps only", () => {
    expect(isLargeJump(5, 20, "sum")).toBe(true);
    expect(isLargeJump(30, 37, "sum")).toBe(false);
    expect(isLargeJump(1, 3, "sum")).toBe(false); // small numbers move a lot without meaning much
    expect(isLargeJump(0, 12, "sum")).toBe(true);
    expect(isLargeJump(95, 70, "rate")).toBe(true);
    expect(isLargeJump(null, 70, "rate")).toBe(false);
  });

  it("writes CSV with a BOM and quotes what needs quoting", () => {
    expect(
      toCsv([
        ["单位", "a,b"],
        ["荆竹铺镇", 'say "hi"'],
        [null, 3],
      ]),
    ).toBe('\uFEFF单位,"a,b"\r\n荆竹铺镇,"say ""hi"""\r\n,3\r\n');
  });

  it("scales a fixture's figures without knowing its fields, keeping rates within their denominators", () => {
    expect(
      scaleFigures(
        {
          n: 10,
          rate: { numerator: 17, denominator: 17 },
          q: { value: 37, qualifier: "余" },
          text: "x",
          list: [2],
        },
        1.5,
      ),
    ).toEqual({
      n: 15,
      rate: { numerator: 26, denominator: 26 },
      q: { value: 56, qualifier: "余" },
      text: "x",
      list: [3],
    });
  });

  it("leaves a stated percentage and an as-of date as they are", () => {
    const stated = { numerator: null, denominator: null, percent: 96, percentQualifier: "" };
    expect(
      scaleFigures(
        { stated, asOf: { month: 10, day: 20 }, counted: { numerator: 4, denominator: 4, percent: null } },
        1.5,
      ),
    ).toEqual({
      stated,
      asOf: { month: 10, day: 20 },
      counted: { numerator: 6, denominator: 6, percent: null },
    });
  });
});
