import { Stack } from "@mantine/core";
import { FieldGroup, NarrativeField, RowsField, TextField, type SectionFormProps } from "@nianbao/sdk/react";

export default function OverviewForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup
        title={{ "zh-CN": "总体思路", en: "Approach" }}
        description={{
          "zh-CN":
            "开篇句以报告年度开头（如“2023年，”），各项按“在…的正确领导下，以…为指导，坚持以…为目标，以…为重点”连成一句。",
          en: "The opening sentence starts with the report year and joins these parts in the fixed official pattern.",
        }}
      >
        <TextField
          {...common}
          path="subject"
          label={{ "zh-CN": "自称", en: "How the township names itself" }}
          placeholder={{ "zh-CN": "例：我镇", en: "e.g. 我镇" }}
        />
        <TextField
          {...common}
          path="leadership"
          label={{ "zh-CN": "在…的正确领导下", en: "Under the leadership of" }}
          placeholder={{ "zh-CN": "例：市委、市政府", en: "e.g. 市委、市政府" }}
        />
        <TextField
          {...common}
          path="guidingIdeology"
          label={{ "zh-CN": "以…为指导", en: "Guiding ideology" }}
          placeholder={{ "zh-CN": "例：党的十九大精神", en: "e.g. 党的十九大精神" }}
        />
        <TextField
          {...common}
          path="goal"
          label={{ "zh-CN": "坚持以…为目标", en: "Goal" }}
          placeholder={{
            "zh-CN": "例：建设“职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信”的法治政府",
            en: "e.g. 建设“职能科学、权责法定、执法严明、公开公正、廉洁高效、守法诚信”的法治政府",
          }}
        />
        <TextField
          {...common}
          path="focus"
          label={{ "zh-CN": "以…为重点", en: "Focus" }}
          placeholder={{
            "zh-CN": "例：全面推进政府工作规范化、程序化、法治化",
            en: "e.g. 全面推进政府工作规范化、程序化、法治化",
          }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "落实的文件与重点工作", en: "Documents and key work areas" }}>
        <RowsField
          {...common}
          path="documents"
          label={{
            "zh-CN": "全面落实的文件（按顺序，不必加书名号）",
            en: "Documents implemented (in order, without 《》)",
          }}
          description={{
            "zh-CN": "例：武冈市创建全国法治政府建设示范市指标体系责任分解表",
            en: "One title per row",
          }}
          columns={[{ key: "title", label: { "zh-CN": "文件名称", en: "Title" }, kind: "text" }]}
          emptyRow={{ title: "" }}
          max={20}
        />
        <RowsField
          {...common}
          path="keyAreas"
          label={{ "zh-CN": "在…等方面扎实工作（按顺序）", en: "Key work areas (in order)" }}
          description={{
            "zh-CN":
              "例：完善行政决策、加强规范性文件管理、规范行政执法、接受评议监督（每行一项，最后一项前自动加“及”）",
            en: "One area per row; the last is joined with 及",
          }}
          columns={[{ key: "area", label: { "zh-CN": "工作领域", en: "Area" }, kind: "text" }]}
          emptyRow={{ area: "" }}
          max={20}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "总体评价", en: "Summary" }}>
        <TextField
          {...common}
          path="summary"
          label={{ "zh-CN": "总体评价", en: "How the year went" }}
          placeholder={{
            "zh-CN": "例：法治政府建设各项工作顺利开展",
            en: "e.g. 法治政府建设各项工作顺利开展",
          }}
        />
        <NarrativeField
          {...common}
          path="more"
          maxLength={2000}
          minRows={2}
          label={{
            "zh-CN": "补充语句（接在“现将…报告如下：”之前）",
            en: "Further sentences (before the closing sentence)",
          }}
        />
      </FieldGroup>
    </Stack>
  );
}
