import { computeMetrics, renderSection, runChecks } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { example } from "./fixtures.ts";
import plugin from "./index.ts";

describe("__ID__", () => {
  it("renders the example as a sentence and a table", () => {
    const blocks = renderSection(plugin, example, TEST_RENDER_CONTEXT);
    expect(blocks[1]).toEqual({ type: "paragraph", text: "2023年共开展2项，参与165人次。" });
    expect(blocks[2]).toMatchObject({ type: "table", rows: [["2023-03-15", "集中宣传活动", "120"], ["2023-09-20", "专题培训", "45"]] });
    expect(renderSection(plugin, example, { ...TEST_RENDER_CONTEXT, settings: { printTable: false } })).toHaveLength(2);
  });

  it("computes its metrics from the ledger", () => {
    const m = computeMetrics(plugin, example);
    expect([m.entries!.value, m.participants!.value]).toEqual([2, 165]);
  });

  it("warns about entries from another year", () => {
    const mixed = { ...example, entries: [...example.entries, { date: "2022-12-30", title: "补录", participants: null }] };
    expect(runChecks(plugin, mixed, {}).map((c) => c.id)).toEqual(["entry-outside-year"]);
  });
});
