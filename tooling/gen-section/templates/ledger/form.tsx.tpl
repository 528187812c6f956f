import { Stack } from "@mantine/core";
import { FieldGroup, NarrativeField, RowsField, type RowColumn, type SectionFormProps } from "@nianbao/sdk/react";

const COLUMNS: readonly RowColumn[] = [
  { key: "date", label: { "zh-CN": "日期", en: "Date" }, kind: "text", width: 130 },
  { key: "title", label: { "zh-CN": "事项", en: "What" }, kind: "text" },
  { key: "participants", label: { "zh-CN": "参与人次", en: "Participants" }, kind: "number", width: 120 },
];

export default function __Name__Form({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "__TITLE_ZH__", en: "__TITLE_EN__" }}>
        <NarrativeField {...common} path="intro" minRows={2} label={{ "zh-CN": "总体情况（每行一段）", en: "Overview (one paragraph per line)" }} />
        <RowsField
          {...common}
          path="entries"
          label={{ "zh-CN": "台账", en: "Ledger" }}
          columns={COLUMNS}
          emptyRow={{ date: "", title: "", participants: null }}
          max={200}
        />
      </FieldGroup>
    </Stack>
  );
}
