import {
  MAX_TABLE_ROWS,
  ProcedureError,
  procedure,
  uploadedFile,
  z,
  type ProcedureContext,
  type ProcedureIssue,
} from "@nianbao/sdk";
import {
  MAX_LEDGER_ROWS,
  ledgerCounts,
  ledgerRowSchema,
  type DisputeResolution,
  type LedgerResult,
  type LedgerRow,
} from "./schema.ts";

/** The ledger's columns and the headers a township's spreadsheet may give them. */
export const LEDGER_COLUMNS = {
  date: { headers: ["日期", "排查日期", "受理日期", "登记日期", "时间", "date"] },
  parties: { headers: ["当事人", "当事人姓名", "纠纷当事人", "双方当事人", "parties"] },
  type: { headers: ["纠纷类型", "类型", "纠纷类别", "类别", "type"] },
  result: { headers: ["调处结果", "结果", "处理结果", "化解情况", "result"] },
} as const;

const COLUMN_NAMES: Record<keyof typeof LEDGER_COLUMNS, string> = {
  date: "日期",
  parties: "当事人",
  type: "纠纷类型",
  result: "调处结果",
};

/** The ways ledgers write a result, mapped onto the three results. */
const RESULT_WORDS: Record<string, LedgerResult> = {
  已化解: "已化解",
  化解: "已化解",
  调解成功: "已化解",
  成功: "已化解",
  已调解: "已化解",
  已解决: "已化解",
  未化解: "未化解",
  调解不成功: "未化解",
  调解失败: "未化解",
  不成功: "未化解",
  失败: "未化解",
  未解决: "未化解",
  调处中: "调处中",
  正在调处: "调处中",
  正在调解: "调处中",
  处理中: "调处中",
  调解中: "调处中",
};

export function normaliseResult(text: string): string {
  const key = text.replace(/\s/g, "");
  return RESULT_WORDS[key] ?? key;
}

/**
 * Check every row of an imported ledger; all or nothing: the rows when every one is valid, else a
 * ProcedureError naming each bad row (by its row number in the file) and column.
 */
export function parseLedgerRows(
  table: ReadonlyArray<{ row: number; values: Record<keyof typeof LEDGER_COLUMNS, string> }>,
): LedgerRow[] {
  if (table.length === 0) throw new ProcedureError("文件中只有表头，没有纠纷记录");
  const rows: LedgerRow[] = [];
  const issues: ProcedureIssue[] = [];
  for (const { row, values } of table) {
    const parsed = ledgerRowSchema.safeParse({ ...values, result: normaliseResult(values.result) });
    if (parsed.success) rows.push(parsed.data);
    else {
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? "") as keyof typeof LEDGER_COLUMNS;
        const raw = values[column] ?? "";
        issues.push({
          path: `rows.${row}.${column}`,
          message: `第${row}行“${COLUMN_NAMES[column] ?? column}”${raw ? `（${raw}）` : ""}：${issue.message}`,
        });
      }
    }
  }
  if (issues.length) {
    const bad = new Set(issues.map((i) => i.path.split(".")[1])).size;
    throw new ProcedureError(`台账有${bad}行不正确，未导入任何记录。请修改后重新导入。`, issues);
  }
  return rows;
}

/**
 * plugins.dispute-resolution.importLedger: replace the section's ledger with the rows of an XLSX/CSV file
 * (the core decodes the file; the section is saved through the core's save path, all or nothing).
 */
export const importLedger = procedure({
  kind: "mutation",
  input: z.object({ file: uploadedFile() }),
  handler: async ({ file }, ctx: ProcedureContext<DisputeResolution>) => {
    const table = await ctx.readTable(file, {
      columns: LEDGER_COLUMNS,
      maxRows: Math.min(MAX_LEDGER_ROWS, MAX_TABLE_ROWS),
    });
    const ledger = parseLedgerRows(table);
    const current = await ctx.section.read();
    const { revision } = await ctx.section.replace({ ...current.data, ledger });
    return { imported: ledger.length, revision, ...ledgerCounts(ledger) };
  },
});
