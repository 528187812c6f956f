import { SimpleGrid, Stack } from "@mantine/core";
import {
  AsOfField,
  CountField,
  FieldGroup,
  MeasuresGroup,
  QualifiedCountField,
  StatedRateField,
  TextField,
  YesNoField,
  type SectionFormProps,
} from "@nianbao/sdk/react";

export default function SafetyPetitionsForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "平安建设", en: "Public safety" }}>
        <TextField
          {...common}
          path="opening"
          label={{ "zh-CN": "开头语", en: "Lead-in" }}
          placeholder={{
            "zh-CN": "例：坚持和发展新时代“枫桥经验”，深入推进平安建设",
            en: "e.g. 深入推进平安建设",
          }}
        />
        <AsOfField {...common} path="asOf" />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <QualifiedCountField
            {...common}
            path="safety.risksScreened"
            unit="处"
            label={{ "zh-CN": "排查矛盾风险隐患", en: "Risks screened" }}
          />
          <CountField
            {...common}
            path="safety.risksResolved"
            unit="处"
            label={{ "zh-CN": "化解整改", en: "Resolved" }}
          />
        </SimpleGrid>
        <YesNoField
          {...common}
          path="safety.noMajorIncidents"
          label={{
            "zh-CN": "全年未发生重大群体性事件、重大刑事案件和重大安全事故",
            en: "No major incidents this year",
          }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "信访", en: "Petitions" }}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <QualifiedCountField
            {...common}
            path="petitions.received"
            unit="件"
            label={{ "zh-CN": "受理群众来信来访", en: "Petitions received" }}
          />
          <CountField
            {...common}
            path="petitions.resolved"
            unit="件"
            label={{ "zh-CN": "办结", en: "Resolved" }}
          />
        </SimpleGrid>
        <StatedRateField
          {...common}
          path="petitions.onTime"
          label={{ "zh-CN": "按期办结率", en: "Resolved on time" }}
          numeratorLabel={{ "zh-CN": "按期办结件数", en: "On time" }}
          denominatorLabel={{ "zh-CN": "办结件数", en: "Resolved" }}
        />
        <YesNoField
          {...common}
          path="petitions.noEscalation"
          label={{
            "zh-CN": "未发生进京赴省越级上访",
            en: "No petitions escalated to Beijing or the province",
          }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "12345政务服务便民热线", en: "12345 hotline" }}>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <QualifiedCountField
            {...common}
            path="hotline.received"
            unit="件"
            label={{ "zh-CN": "受理工单", en: "Cases received" }}
          />
          <CountField
            {...common}
            path="hotline.resolved"
            unit="件"
            label={{ "zh-CN": "办结", en: "Resolved" }}
          />
        </SimpleGrid>
        <StatedRateField
          {...common}
          path="hotline.satisfaction"
          label={{ "zh-CN": "群众满意率", en: "Satisfaction" }}
          numeratorLabel={{ "zh-CN": "满意件数", en: "Satisfied" }}
          denominatorLabel={{ "zh-CN": "回访件数", en: "Rated" }}
        />
      </FieldGroup>
      <MeasuresGroup {...common} />
    </Stack>
  );
}
