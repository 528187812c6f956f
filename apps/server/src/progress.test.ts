import { describe, expect, it } from "vitest";
import { progressBar } from "./progress.ts";

function sink(isTTY: boolean) {
  const chunks: string[] = [];
  return { chunks, stream: { isTTY, write: (c: string) => chunks.push(c) } };
}

describe("progress bar", () => {
  it("redraws one line on a terminal, the bar filling with each step", () => {
    const { chunks, stream } = sink(true);
    const p = progressBar("导出", 4, stream, 8);
    p.tick("荆竹铺镇");
    p.tick("邓元泰镇");
    p.done();
    expect(chunks[0]).toBe("\r\x1b[2K导出 [██░░░░░░] 1/4 荆竹铺镇");
    expect(chunks[1]).toBe("\r\x1b[2K导出 [████░░░░] 2/4 邓元泰镇");
    expect(chunks.at(-1)).toBe("\n");
  });

  it("writes a plain line per step elsewhere", () => {
    const { chunks, stream } = sink(false);
    const p = progressBar("导出", 2, stream);
    p.tick("荆竹铺镇");
    p.tick("文坪镇");
    p.done();
    expect(chunks).toEqual(["导出 1/2 荆竹铺镇\n", "导出 2/2 文坪镇\n"]);
  });

  it("with many steps, writes when the percentage moves, after a second, and at the end", () => {
    const { chunks, stream } = sink(false);
    let clock = 0;
    const p = progressBar("导出", 1000, stream, 24, () => clock);
    for (let i = 1; i <= 1000; i++) p.tick(`第${i}镇`);
    expect(chunks).toHaveLength(101); // the first step (0 %), then one line per whole percent up to 100 %
    expect(chunks[0]).toBe("导出 1/1000 第1镇\n");
    expect(chunks.at(-1)).toBe("导出 1000/1000 第1000镇\n");
    const slow = sink(false);
    const r = progressBar("导出", 100_000, slow.stream, 24, () => clock);
    r.tick("a");
    r.tick("b");
    clock += 1500;
    r.tick("c");
    expect(slow.chunks).toEqual(["导出 1/100000 a\n", "导出 3/100000 c\n"]);
  });
});
