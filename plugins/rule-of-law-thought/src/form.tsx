import { SimpleGrid, Stack } from "@mantine/core";
import {
  ChecklistField,
  CountField,
  FieldGroup,
  MeasuresGroup,
  QualifiedCountField,
  TextField,
  YesNoField,
  type SectionFormProps,
} from "@nianbao/sdk/react";
import { STUDY_FORMS } from "./schema.ts";

export default function RuleOfLawThoughtForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "学习计划与中心组学习", en: "Plan and central group" }}>
        <TextField
          {...common}
          path="opening"
          label={{ "zh-CN": "开头语", en: "Lead-in" }}
          placeholder={{
            "zh-CN": "例：始终把学习贯彻习近平法治思想作为重要政治任务",
            en: "e.g. 始终把学习贯彻习近平法治思想作为重要政治任务",
          }}
        />
        <YesNoField
          {...common}
          path="inStudyPlan"
          label={{
            "zh-CN": "纳入党委（党工委）理论学习中心组年度学习计划",
            en: "In the central group's annual study plan",
          }}
        />
        <CountField
          {...common}
          path="centralGroupSessions"
          unit="次"
          label={{ "zh-CN": "中心组专题学习", en: "Central group sessions" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "学习宣讲", en: "Study and talks" }}>
        <ChecklistField
          {...common}
          path="forms"
          options={STUDY_FORMS}
          label={{ "zh-CN": "学习形式", en: "Forms" }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <QualifiedCountField
            {...common}
            path="sessions"
            unit="场次"
            label={{ "zh-CN": "组织开展学习宣讲", en: "Sessions and talks" }}
          />
          <QualifiedCountField
            {...common}
            path="participants"
            unit="人次"
            label={{ "zh-CN": "覆盖干部群众", en: "People reached" }}
          />
        </SimpleGrid>
        <TextField
          {...common}
          path="outcome"
          label={{ "zh-CN": "成效", en: "Outcome" }}
          placeholder={{
            "zh-CN": "例：推动习近平法治思想入脑入心、见行见效",
            en: "e.g. 推动习近平法治思想入脑入心",
          }}
        />
      </FieldGroup>
      <MeasuresGroup {...common} />
    </Stack>
  );
}
