import { Stack } from "@mantine/core";
import {
  ChecklistField,
  CountField,
  FieldGroup,
  NarrativeField,
  RateField,
  TextField,
  YesNoField,
  type SectionFormProps,
} from "@nianbao/sdk/react";
import { INTERNAL_OVERSIGHT } from "./schema.ts";

export default function PowerOversightForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "监督制度", en: "Oversight systems" }}>
        <YesNoField
          {...common}
          path="annualReport"
          label={{
            "zh-CN": "严格落实法治政府建设年度报告制度",
            en: "Annual rule-of-law report system in place",
          }}
        />
        <ChecklistField
          {...common}
          path="internal"
          label={{ "zh-CN": "健全完善的内部监督措施", en: "Internal oversight measures in place" }}
          description={{
            "zh-CN":
              "例：健全完善了政府内部层级监督，健全完善监督检查记录、监督案件办理程序、责任追究和结果通报制度",
            en: "Printed in this order",
          }}
          options={INTERNAL_OVERSIGHT}
        />
      </FieldGroup>
      <FieldGroup
        title={{ "zh-CN": "行政复议", en: "Administrative reconsideration" }}
        description={{
          "zh-CN": "以镇政府为被申请人的案件；没有案件请填0",
          en: "Cases against the township; enter 0 when there were none",
        }}
      >
        <CountField
          {...common}
          path="reconsideration.cases"
          unit="件"
          label={{ "zh-CN": "行政复议案件", en: "Cases" }}
        />
        <CountField
          {...common}
          path="reconsideration.changed"
          unit="件"
          label={{ "zh-CN": "其中被变更、撤销", en: "Changed or revoked" }}
        />
      </FieldGroup>
      <FieldGroup
        title={{ "zh-CN": "行政诉讼与出庭应诉", en: "Administrative litigation and court appearances" }}
        description={{
          "zh-CN": "以镇政府为被告的案件；没有案件请填0",
          en: "Cases against the township; enter 0 when there were none",
        }}
      >
        <CountField
          {...common}
          path="litigation.cases"
          unit="件"
          label={{ "zh-CN": "行政诉讼案件", en: "Cases" }}
        />
        <CountField
          {...common}
          path="litigation.lost"
          unit="件"
          label={{ "zh-CN": "其中败诉", en: "Lost" }}
        />
        <TextField
          {...common}
          path="litigation.subject"
          label={{ "zh-CN": "案件涉及事项（可不填）", en: "What the cases were about (optional)" }}
          placeholder={{ "zh-CN": "例：有关镇政府债券债务", en: "e.g. 有关镇政府债券债务" }}
        />
        <RateField
          {...common}
          path="litigation.appearance"
          label={{ "zh-CN": "行政机关负责人出庭应诉率", en: "Court appearances of the responsible person" }}
          description={{
            "zh-CN": "无开庭审理案件时填 0 / 0，报告写“不涉及”，不写0%或100%",
            en: "0 / 0 when no case was heard",
          }}
          numeratorLabel={{ "zh-CN": "负责人出庭应诉（次）", en: "Appearances" }}
          denominatorLabel={{ "zh-CN": "开庭审理案件（件）", en: "Cases heard" }}
        />
      </FieldGroup>
      <FieldGroup
        title={{
          "zh-CN": "人大代表建议和政协提案（可不填）",
          en: "Deputies' suggestions and CPPCC proposals (optional)",
        }}
      >
        <CountField
          {...common}
          path="suggestions.npc"
          unit="件"
          label={{ "zh-CN": "办理人大代表建议", en: "Deputies' suggestions handled" }}
        />
        <CountField
          {...common}
          path="suggestions.cppcc"
          unit="件"
          label={{ "zh-CN": "办理政协委员提案", en: "CPPCC proposals handled" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "其他情况", en: "More" }}>
        <NarrativeField
          {...common}
          path="more"
          label={{ "zh-CN": "其他情况（每行一段）", en: "Further paragraphs (one per line)" }}
        />
      </FieldGroup>
    </Stack>
  );
}
