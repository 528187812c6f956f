import { Alert, Button, FileButton, Group, List, ScrollArea, Stack, Table, Text } from "@mantine/core";
import { MAX_UPLOAD_BYTES, ProcedureError, formatBytes } from "@nianbao/sdk";
import {
  fileToUpload,
  getAt,
  useConfirm,
  useSectionActions,
  useT,
  type SectionForm,
} from "@nianbao/sdk/react";
import { useState } from "react";
import { ledgerCounts, type LedgerRow } from "./schema.ts";

const SHOWN_ROWS = 200;
const SHOWN_ISSUES = 30;

const TEXT = {
  title: { "zh-CN": "矛盾纠纷排查调处台账", en: "Dispute ledger" },
  help: {
    "zh-CN":
      "从 Excel（.xlsx）或 CSV 文件导入台账，表头须包含：日期、当事人、纠纷类型、调处结果（已化解/未化解/调处中）。导入后排查、调处、化解数和化解率按台账计算；有错误的文件不会导入任何一行。",
    en: "Import the ledger from an Excel (.xlsx) or CSV file with the columns 日期, 当事人, 纠纷类型, 调处结果 (已化解/未化解/调处中). The counts then come from the ledger; a file with errors imports nothing.",
  },
  import: { "zh-CN": "导入台账（XLSX/CSV）", en: "Import ledger (XLSX/CSV)" },
  importing: { "zh-CN": "正在导入…", en: "Importing…" },
  clear: { "zh-CN": "清空台账", en: "Clear ledger" },
  unavailable: {
    "zh-CN": "此处不能导入台账（仅在填报报告时可用）",
    en: "The ledger can only be imported while filling in a report",
  },
  tooBig: { "zh-CN": "文件过大：上限为", en: "File too large: the limit is " },
  failed: { "zh-CN": "导入失败", en: "Import failed" },
  empty: {
    "zh-CN": "尚未导入台账，下方的数字按手工填写计算。",
    en: "No ledger yet: the figures below are the ones typed in.",
  },
  importTitle: { "zh-CN": "导入台账？", en: "Import the ledger?" },
  importReplace: {
    "zh-CN":
      "文件“{file}”中的记录将替换本栏目现有的{n}条台账记录，排查、调处、化解数和化解率按新台账重新计算。",
    en: "The records of “{file}” replace the {n} ledger records of this section; the counts and the resolution rate are computed from the new ledger.",
  },
  importHistory: {
    "zh-CN": "有错误的文件不会导入任何一行；导入前的内容保留在修订记录中，可以恢复。",
    en: "A file with errors imports nothing; the content before the import stays in the revision history and can be restored.",
  },
  clearTitle: { "zh-CN": "清空台账？", en: "Clear the ledger?" },
  clearWhat: {
    "zh-CN":
      "现有的{n}条台账记录将从表单中删除，数字改为手工填写，并随自动保存生效；保存过的内容仍在修订记录中。",
    en: "The {n} ledger records are removed from the form and the figures are typed in again; autosave keeps the change, and saved content stays in the revision history.",
  },
  date: { "zh-CN": "日期", en: "Date" },
  parties: { "zh-CN": "当事人", en: "Parties" },
  type: { "zh-CN": "纠纷类型", en: "Type" },
  result: { "zh-CN": "调处结果", en: "Result" },
} as const;

/** The ledger table with the import button; row-level errors of a refused file are listed. */
export function LedgerField({ form, readOnly }: { form: SectionForm; readOnly?: boolean }) {
  const tr = useT();
  const actions = useSectionActions();
  const confirm = useConfirm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<{ message: string; issues: readonly { message: string }[] } | null>(
    null,
  );
  const [done, setDone] = useState<string | null>(null);
  const ledger = (getAt(form.values, "ledger") ?? []) as LedgerRow[];
  const counts = ledgerCounts(ledger);

  async function upload(file: File | null) {
    if (!file || !actions) return;
    setError(null);
    setDone(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setError({
        message: `${tr(TEXT.tooBig)}${formatBytes(MAX_UPLOAD_BYTES)}（${formatBytes(file.size)}）`,
        issues: [],
      });
      return;
    }
    const ok = await confirm({
      title: tr(TEXT.importTitle),
      consequences: [
        tr(TEXT.importReplace).replace("{file}", file.name).replace("{n}", String(ledger.length)),
        tr(TEXT.importHistory),
      ],
      confirmLabel: tr(TEXT.import),
      danger: ledger.length > 0,
    });
    if (!ok) return;
    setBusy(true);
    try {
      const r = (await actions.call("importLedger", { file: await fileToUpload(file) })) as {
        imported: number;
      };
      setDone(`已导入${r.imported}条记录`);
    } catch (e) {
      setError(
        e instanceof ProcedureError
          ? { message: e.message, issues: e.issues }
          : { message: String((e as Error).message ?? e), issues: [] },
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="xs" data-testid="ledger">
      <Text size="sm" c="dimmed">
        {tr(TEXT.help)}
      </Text>
      {readOnly ? null : (
        <Group gap="sm">
          <FileButton
            onChange={(f) => void upload(f)}
            accept=".xlsx,.csv,.txt"
            disabled={!actions || busy}
            inputProps={{ "aria-label": tr(TEXT.import) }}
          >
            {(props) => (
              <Button {...props} size="xs" loading={busy} disabled={!actions}>
                {tr(TEXT.import)}
              </Button>
            )}
          </FileButton>
          {ledger.length > 0 ? (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              onClick={async () => {
                if (
                  await confirm({
                    title: tr(TEXT.clearTitle),
                    consequences: [tr(TEXT.clearWhat).replace("{n}", String(ledger.length))],
                    confirmLabel: tr(TEXT.clear),
                    danger: true,
                  })
                )
                  form.setFieldValue("ledger", []);
              }}
            >
              {tr(TEXT.clear)}
            </Button>
          ) : null}
          {!actions ? (
            <Text size="xs" c="dimmed">
              {tr(TEXT.unavailable)}
            </Text>
          ) : null}
        </Group>
      )}
      {error ? (
        <Alert color="red" variant="light" role="alert" title={tr(TEXT.failed)} data-testid="ledger-error">
          <Text size="sm">{error.message}</Text>
          {error.issues.length ? (
            <List size="sm" mt={4}>
              {error.issues.slice(0, SHOWN_ISSUES).map((i) => (
                <List.Item key={i.message}>{i.message}</List.Item>
              ))}
              {error.issues.length > SHOWN_ISSUES ? (
                <List.Item>…（共{error.issues.length}处）</List.Item>
              ) : null}
            </List>
          ) : null}
        </Alert>
      ) : null}
      {done ? (
        <Alert color="green" variant="light" data-testid="ledger-done">
          {done}
        </Alert>
      ) : null}
      {ledger.length === 0 ? (
        <Text size="sm">{tr(TEXT.empty)}</Text>
      ) : (
        <>
          <Text size="sm" fw={500} data-testid="ledger-summary">
            台账共{counts.total}起，已化解{counts.resolved}起，调处中{counts.inProgress}起，未化解
            {counts.total - counts.resolved - counts.inProgress}起
          </Text>
          <ScrollArea.Autosize mah={320}>
            <Table withTableBorder striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={50}>#</Table.Th>
                  <Table.Th w={110}>{tr(TEXT.date)}</Table.Th>
                  <Table.Th>{tr(TEXT.parties)}</Table.Th>
                  <Table.Th>{tr(TEXT.type)}</Table.Th>
                  <Table.Th w={90}>{tr(TEXT.result)}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {ledger.slice(0, SHOWN_ROWS).map((r, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{i + 1}</Table.Td>
                    <Table.Td>{r.date}</Table.Td>
                    <Table.Td>{r.parties}</Table.Td>
                    <Table.Td>{r.type}</Table.Td>
                    <Table.Td>{r.result}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
          {ledger.length > SHOWN_ROWS ? (
            <Text size="xs" c="dimmed">
              仅显示前{SHOWN_ROWS}条
            </Text>
          ) : null}
        </>
      )}
    </Stack>
  );
}
