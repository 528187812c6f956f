import { Stack } from "@mantine/core";
import {
  FieldGroup,
  NarrativeField,
  RowsField,
  type RowColumn,
  type SectionFormProps,
} from "@nianbao/sdk/react";

const FIGURE_COLUMNS: readonly RowColumn[] = [
  { key: "label", label: { "zh-CN": "名称", en: "Label" }, kind: "text" },
  { key: "value", label: { "zh-CN": "数值", en: "Value" }, kind: "number", width: 120 },
  { key: "qualifier", label: { "zh-CN": "限定词", en: "Qualifier" }, kind: "text", width: 90 },
  { key: "unit", label: { "zh-CN": "单位", en: "Unit" }, kind: "text", width: 90 },
];

export default function CustomForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "正文", en: "Text" }}>
        <NarrativeField
          {...common}
          path="paragraphs"
          maxLength={10000}
          minRows={5}
          label={{ "zh-CN": "正文（每行一段）", en: "Paragraphs (one per line)" }}
          placeholder={{
            "zh-CN":
              "例：建立健全镇机关“谁执法谁普法”责任制清单，明确普法主体责任和工作机制，促进法治宣传教育深入开展。",
            en: "One paragraph per line",
          }}
        />
      </FieldGroup>
      <FieldGroup
        title={{ "zh-CN": "关键数据（可不填）", en: "Key figures (optional)" }}
        description={{
          "zh-CN":
            "排在正文之后。例：名称“发放法治宣传资料”，数值3000，限定词“余”，单位“份”，报告中写作“发放法治宣传资料3000余份”。限定词只能填余、超、近、约、达，准确数留空。",
          en: "Printed after the paragraphs, e.g. 发放法治宣传资料 3000 余 份 → 发放法治宣传资料3000余份. Qualifier: 余/超/近/约/达, or empty for an exact figure.",
        }}
      >
        <RowsField
          {...common}
          path="figures"
          label={{ "zh-CN": "关键数据", en: "Key figures" }}
          columns={FIGURE_COLUMNS}
          emptyRow={{ label: "", value: null, qualifier: "", unit: "" }}
          max={30}
        />
      </FieldGroup>
    </Stack>
  );
}
