import { SimpleGrid, Stack } from "@mantine/core";
import {
  ChecklistField,
  CountField,
  FieldGroup,
  MeasuresGroup,
  QualifiedCountField,
  StatedRateField,
  TextField,
  YesNoField,
  type SectionFormProps,
} from "@nianbao/sdk/react";
import { CULTURE_SITES } from "./schema.ts";

export default function LegalPublicityForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "普法责任制", en: "Duty to publicise the law" }}>
        <TextField
          {...common}
          path="opening"
          label={{ "zh-CN": "开头语", en: "Lead-in" }}
          placeholder={{ "zh-CN": "例：深入实施“八五”普法规划", en: "e.g. 深入实施“八五”普法规划" }}
        />
        <YesNoField
          {...common}
          path="responsibilityList"
          label={{
            "zh-CN": "落实“谁执法谁普法”普法责任制，制定普法责任清单",
            en: "谁执法谁普法 duty list in place",
          }}
        />
        <CountField
          {...common}
          path="listedUnits"
          unit="个"
          label={{ "zh-CN": "纳入普法责任清单的单位（可不填）", en: "Units on the list (optional)" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "普法宣传活动", en: "Campaigns" }}>
        <TextField
          {...common}
          path="themes"
          label={{ "zh-CN": "宣传主题", en: "Themes" }}
          placeholder={{ "zh-CN": "例：宪法宣传周、民法典宣传月", en: "e.g. 宪法宣传周、民法典宣传月" }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <QualifiedCountField
            {...common}
            path="activities"
            unit="场"
            label={{ "zh-CN": "普法宣传活动", en: "Events" }}
          />
          <QualifiedCountField
            {...common}
            path="lectures"
            unit="场"
            label={{ "zh-CN": "法治讲座", en: "Lectures" }}
          />
          <QualifiedCountField
            {...common}
            path="materials"
            unit="份"
            label={{ "zh-CN": "发放宣传资料", en: "Materials" }}
          />
          <QualifiedCountField
            {...common}
            path="peopleReached"
            unit="人次"
            label={{ "zh-CN": "受教育群众", en: "People reached" }}
          />
        </SimpleGrid>
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "法治文化阵地与“法律明白人”", en: "Culture sites and 法律明白人" }}>
        <ChecklistField
          {...common}
          path="cultureKinds"
          options={CULTURE_SITES}
          label={{ "zh-CN": "法治文化阵地类型", en: "Kinds of site" }}
        />
        <CountField
          {...common}
          path="cultureSites"
          unit="个"
          label={{ "zh-CN": "法治文化阵地数量", en: "Sites" }}
        />
        <CountField
          {...common}
          path="legalUnderstanders"
          unit="名"
          label={{ "zh-CN": "培育“法律明白人”", en: "法律明白人 trained" }}
        />
        <StatedRateField
          {...common}
          path="understanderCoverage"
          label={{ "zh-CN": "“法律明白人”村（社区）覆盖率", en: "Villages (communities) with a 法律明白人" }}
          numeratorLabel={{ "zh-CN": "已覆盖村（社区）数", en: "Covered" }}
          denominatorLabel={{ "zh-CN": "村（社区）总数", en: "All" }}
        />
      </FieldGroup>
      <MeasuresGroup {...common} />
    </Stack>
  );
}
