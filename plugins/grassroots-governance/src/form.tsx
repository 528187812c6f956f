import { SimpleGrid, Stack } from "@mantine/core";
import {
  CountField,
  FieldGroup,
  MeasuresGroup,
  QualifiedCountField,
  StatedRateField,
  TextField,
  YesNoField,
  type SectionFormProps,
} from "@nianbao/sdk/react";

export default function GrassrootsGovernanceForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "民主法治示范村（社区）", en: "Model villages (communities)" }}>
        <TextField
          {...common}
          path="opening"
          label={{ "zh-CN": "开头语", en: "Lead-in" }}
          placeholder={{
            "zh-CN": "例：深化“援法议事”活动，推进村（居）民自治法治化",
            en: "e.g. 深化“援法议事”活动",
          }}
        />
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          <CountField
            {...common}
            path="demoVillages.national"
            unit="个"
            label={{ "zh-CN": "全国", en: "National" }}
          />
          <CountField
            {...common}
            path="demoVillages.provincial"
            unit="个"
            label={{ "zh-CN": "省级", en: "Provincial" }}
          />
          <CountField
            {...common}
            path="demoVillages.city"
            unit="个"
            label={{ "zh-CN": "市级", en: "City" }}
          />
          <CountField
            {...common}
            path="demoVillages.county"
            unit="个"
            label={{ "zh-CN": "县级", en: "County" }}
          />
          <CountField
            {...common}
            path="demoVillages.newThisYear"
            unit="个"
            label={{ "zh-CN": "本年新创建", en: "New this year" }}
          />
        </SimpleGrid>
        <YesNoField
          {...common}
          path="villageRules"
          label={{ "zh-CN": "指导修订完善村规民约（居民公约）", en: "Village rules revised" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "村（社区）法律顾问", en: "Village (community) legal advisers" }}>
        <CountField
          {...common}
          path="advisers.count"
          unit="名"
          label={{ "zh-CN": "法律顾问人数", en: "Advisers" }}
        />
        <StatedRateField
          {...common}
          path="advisers.coverage"
          label={{ "zh-CN": "法律顾问覆盖率", en: "Coverage" }}
          numeratorLabel={{ "zh-CN": "已配备的村（社区）数", en: "Covered" }}
          denominatorLabel={{ "zh-CN": "村（社区）总数", en: "All" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "基层立法联系点", en: "Legislative contact point" }}>
        <TextField
          {...common}
          path="legislativePoint.name"
          label={{ "zh-CN": "联系点名称（没有可不填）", en: "Name (empty when none)" }}
          placeholder={{ "zh-CN": "例：县人大常委会基层立法联系点", en: "e.g. 县人大常委会基层立法联系点" }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CountField
            {...common}
            path="legislativePoint.drafts"
            unit="部"
            label={{ "zh-CN": "征求意见的法律法规草案", en: "Drafts consulted on" }}
          />
          <QualifiedCountField
            {...common}
            path="legislativePoint.opinions"
            unit="条"
            label={{ "zh-CN": "收集报送意见建议", en: "Opinions sent up" }}
          />
        </SimpleGrid>
      </FieldGroup>
      <MeasuresGroup {...common} />
    </Stack>
  );
}
