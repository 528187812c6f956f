import { SimpleGrid, Stack } from "@mantine/core";
import {
  AsOfField,
  CountField,
  FieldGroup,
  MeasuresGroup,
  StatedRateField,
  TextField,
  type SectionFormProps,
} from "@nianbao/sdk/react";

export default function ReconsiderationLitigationForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "总体情况", en: "Overview" }}>
        <TextField
          {...common}
          path="opening"
          label={{ "zh-CN": "开头语", en: "Lead-in" }}
          placeholder={{
            "zh-CN": "例：高度重视行政复议和行政应诉工作，严格落实行政机关负责人出庭应诉制度",
            en: "e.g. 高度重视行政复议和行政应诉工作",
          }}
        />
        <AsOfField {...common} path="asOf" />
      </FieldGroup>
      <FieldGroup
        title={{ "zh-CN": "行政复议", en: "Administrative reconsideration" }}
        description={{
          "zh-CN": "以本级政府为被申请人的案件；没有案件请填0",
          en: "Cases with the government as respondent; enter 0 for none",
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <CountField
            {...common}
            path="reconsideration.received"
            unit="件"
            label={{ "zh-CN": "收到申请", en: "Received" }}
          />
          <CountField
            {...common}
            path="reconsideration.concluded"
            unit="件"
            label={{ "zh-CN": "办结", en: "Concluded" }}
          />
          <CountField
            {...common}
            path="reconsideration.corrected"
            unit="件"
            label={{ "zh-CN": "被纠错", en: "Corrected" }}
          />
        </SimpleGrid>
      </FieldGroup>
      <FieldGroup
        title={{ "zh-CN": "行政应诉", en: "Administrative litigation" }}
        description={{
          "zh-CN": "以本级政府为被告的案件；没有案件请填0",
          en: "Cases with the government as defendant; enter 0 for none",
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <CountField
            {...common}
            path="litigation.cases"
            unit="件"
            label={{ "zh-CN": "应诉案件", en: "Cases" }}
          />
          <CountField
            {...common}
            path="litigation.concluded"
            unit="件"
            label={{ "zh-CN": "审结", en: "Concluded" }}
          />
          <CountField {...common} path="litigation.lost" unit="件" label={{ "zh-CN": "败诉", en: "Lost" }} />
        </SimpleGrid>
        <StatedRateField
          {...common}
          path="litigation.appearance"
          label={{ "zh-CN": "行政机关负责人出庭应诉率", en: "Court appearances of the responsible person" }}
          numeratorLabel={{ "zh-CN": "负责人出庭次数", en: "Hearings attended" }}
          denominatorLabel={{ "zh-CN": "开庭次数", en: "Hearings" }}
        />
      </FieldGroup>
      <MeasuresGroup {...common} />
    </Stack>
  );
}
