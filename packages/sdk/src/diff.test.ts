import { describe, expect, it } from "vitest";
import { diffValues } from "./diff.ts";

describe("diffValues", () => {
  it("lists changed leaves by dot path, ignoring empty strings and nulls, with arrays by index", () => {
    const before = { a: { n: 3, s: "x" }, list: ["一", "二"], empty: "", gone: 1 };
    const after = { a: { n: 4, s: "x" }, list: ["一", "三", "四"], empty: null, added: true };
    expect(diffValues(before, after)).toEqual([
      { path: "a.n", before: "3", after: "4" },
      { path: "added", before: null, after: "true" },
      { path: "gone", before: "1", after: null },
      { path: "list.1", before: "二", after: "三" },
      { path: "list.2", before: null, after: "四" },
    ]);
  });

  it("treats everything as new when there is no earlier version, and nothing as changed between equal ones", () => {
    expect(diffValues(undefined, { a: 1 })).toEqual([{ path: "a", before: null, after: "1" }]);
    expect(diffValues({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toEqual([]);
  });
});
