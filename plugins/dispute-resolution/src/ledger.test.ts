import { ProcedureError, computeMetrics, renderSection, runChecks } from "@nianbao/sdk";
import { TEST_RENDER_CONTEXT } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";
import { withLedger } from "./fixtures.ts";
import plugin from "./index.ts";
import { normaliseResult, parseLedgerRows } from "./ledger.ts";

const row = (n: number, values: Partial<Record<"date" | "parties" | "type" | "result", string>>) => ({
  row: n,
  values: { date: "2023-01-09", parties: "张某与李某", type: "邻里纠纷", result: "已化解", ...values },
});

describe("dispute-resolution ledger", () => {
  it("takes the counts from the ledger: metrics, checks and the printed figures", () => {
    const m = computeMetrics(plugin, withLedger);
    expect(m.disputesScreened!.value).toBe(5);
    expect(m.disputesMediated!.value).toBe(5);
    expect(m.resolutionRate).toEqual({ value: 80, numerator: 4, denominator: 5, lowerBound: false });
    const text = renderSection(plugin, withLedger, TEST_RENDER_CONTEXT)
      .map((b) => ("text" in b ? b.text : ""))
      .join("");
    expect(text).toContain("2023年全镇共排查各类矛盾纠纷5起，调处5起，成功化解4起，化解率80%");
    // 80% is below the default 95% target: the warning uses the ledger's rate.
    expect(runChecks(plugin, withLedger, {}).map((c) => c.id)).toContain("resolutionRate-below-target");
  });

  it("reads results as townships write them", () => {
    expect(["调解成功", "已化解", " 成功 ", "调解不成功", "正在调解", "调处中"].map(normaliseResult)).toEqual(
      ["已化解", "已化解", "已化解", "未化解", "调处中", "调处中"],
    );
  });

  it("accepts good rows, normalising dates", () => {
    expect(
      parseLedgerRows([row(2, { date: "2023/3/5" }), row(3, { date: "2023年11月28日", result: "调解失败" })]),
    ).toEqual([
      { date: "2023-03-05", parties: "张某与李某", type: "邻里纠纷", result: "已化解" },
      { date: "2023-11-28", parties: "张某与李某", type: "邻里纠纷", result: "未化解" },
    ]);
  });

  it("refuses the whole file and names every bad row and column", () => {
    let error: unknown;
    try {
      parseLedgerRows([
        row(2, {}),
        row(3, { date: "2023-02-30" }),
        row(4, { parties: "", result: "差不多" }),
      ]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProcedureError);
    const e = error as ProcedureError;
    expect(e.message).toBe("台账有2行不正确，未导入任何记录。请修改后重新导入。");
    expect(e.issues.map((i) => i.path)).toEqual(["rows.3.date", "rows.4.parties", "rows.4.result"]);
    expect(e.issues[0]!.message).toBe("第3行“日期”（2023-02-30）：日期格式不正确（例：2023-03-05）");
    expect(e.issues[2]!.message).toContain("第4行“调处结果”（差不多）");
  });

  it("refuses a file with a header and no rows", () => {
    expect(() => parseLedgerRows([])).toThrow("文件中只有表头，没有纠纷记录");
  });

  it("declares importLedger as a mutation", () => {
    expect(plugin.procedures?.importLedger?.kind).toBe("mutation");
  });
});
