import { SimpleGrid, Stack } from "@mantine/core";
import {
  ChecklistField,
  CountField,
  FieldGroup,
  MoneyField,
  NarrativeField,
  OrderedItemsField,
  QualifiedCountField,
  QuantityField,
  StatedRateField,
  TextField,
  YesNoField,
  type SectionFormProps,
} from "@nianbao/sdk/react";
import { ENFORCEMENT_SYSTEMS, FINE_UNITS, PARTICIPANT_UNITS } from "./schema.ts";

export default function LawEnforcementForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup
        title={{ "zh-CN": "执法制度（一是、二是、三是）", en: "Enforcement systems (items 1–3)" }}
        description={{
          "zh-CN": "在报告中写成一段：一是…二是…三是…",
          en: "Printed as one paragraph of ordered items",
        }}
      >
        <YesNoField
          {...common}
          path="responsibility.inPlace"
          label={{
            "zh-CN": "一是：严格落实行政执法责任制",
            en: "Enforcement responsibility system in place",
          }}
        />
        <NarrativeField
          {...common}
          path="responsibility.effect"
          maxLength={1000}
          minRows={2}
          label={{ "zh-CN": "行政执法责任制的落实举措和成效", en: "How it works and what it achieved" }}
          placeholder={{
            "zh-CN":
              "例：切实抓好执法依据梳理和执法职权的层层分解，做到了岗位到人、责任到人，进一步明确了行政执法机关的执法目标和执法责任，规范了执法行为",
            en: "e.g. 切实抓好执法依据梳理和执法职权的层层分解，做到了岗位到人、责任到人，进一步明确了行政执法机关的执法目标和执法责任，规范了执法行为",
          }}
        />
        <YesNoField
          {...common}
          path="discretion.inPlace"
          label={{ "zh-CN": "二是：全面规范行政执法自由裁量权", en: "Discretion standards in place" }}
        />
        <NarrativeField
          {...common}
          path="discretion.effect"
          maxLength={1000}
          minRows={2}
          label={{ "zh-CN": "规范自由裁量权的成效", en: "What the standards achieved" }}
          placeholder={{
            "zh-CN": "例：有效防止了权力的滥用，减少了行政执法的随意性，提升了公信力",
            en: "e.g. 有效防止了权力的滥用，减少了行政执法的随意性，提升了公信力",
          }}
        />
        <ChecklistField
          {...common}
          path="systems"
          label={{ "zh-CN": "三是：建立了以下制度", en: "Systems established" }}
          description={{
            "zh-CN": "例：建立了行政执法公示制度、执法全过程留痕、执法决定合法有效审查制度……",
            en: "Printed in this order",
          }}
          options={ENFORCEMENT_SYSTEMS}
        />
        <TextField
          {...common}
          path="otherSystems"
          label={{ "zh-CN": "其他制度（用“、”分隔）", en: "Other systems (separated by 、)" }}
          placeholder={{ "zh-CN": "例：执法人员年度培训制度", en: "e.g. 执法人员年度培训制度" }}
        />
        <OrderedItemsField
          {...common}
          path="moreItems"
          withLead
          max={10}
          label={{
            "zh-CN": "其他举措（接在三是之后，依次为四是、五是……）",
            en: "Further measures (follow item 3)",
          }}
        />
      </FieldGroup>
      <FieldGroup
        title={{ "zh-CN": "执法队伍与执法数据（可不填）", en: "Enforcement staff and figures (optional)" }}
        description={{
          "zh-CN": "填写后另起一段写入报告",
          en: "Printed as a paragraph of its own when entered",
        }}
      >
        <StatedRateField
          {...common}
          path="certification"
          label={{ "zh-CN": "行政执法人员持证率", en: "Certified enforcement staff" }}
          numeratorLabel={{ "zh-CN": "持证人数（名）", en: "Certified" }}
          denominatorLabel={{ "zh-CN": "执法人员（名）", en: "Enforcement staff" }}
        />
        <CountField
          {...common}
          path="training.sessions"
          unit="场"
          label={{ "zh-CN": "组织执法培训", en: "Training sessions" }}
        />
        <QuantityField
          {...common}
          path="training.participants"
          units={PARTICIPANT_UNITS}
          label={{ "zh-CN": "参训人数", en: "Participants" }}
        />
        <QualifiedCountField
          {...common}
          path="inspections"
          unit="次"
          label={{ "zh-CN": "开展执法检查", en: "Inspections" }}
        />
        <CountField
          {...common}
          path="cases.ordinary"
          unit="件"
          label={{ "zh-CN": "普通程序案件", en: "Ordinary-procedure cases" }}
        />
        <CountField
          {...common}
          path="cases.simple"
          unit="件"
          label={{ "zh-CN": "简易程序案件", en: "Simplified-procedure cases" }}
        />
        <CountField
          {...common}
          path="caseReview.reviews"
          unit="次"
          label={{ "zh-CN": "开展案卷评查", en: "Case-file reviews" }}
        />
        <CountField
          {...common}
          path="caseReview.problemsFound"
          unit="项"
          label={{ "zh-CN": "评查发现问题", en: "Problems found" }}
        />
        <CountField
          {...common}
          path="caseReview.problemsCorrected"
          unit="项"
          label={{ "zh-CN": "已整改问题", en: "Problems corrected" }}
        />
      </FieldGroup>
      <FieldGroup
        title={{
          "zh-CN": "持证考试、罚款与包容审慎监管",
          en: "Certification, fines and lenient enforcement",
        }}
        description={{
          "zh-CN": "没有的可不填，报告中不写",
          en: "Leave empty what did not happen: it does not print",
        }}
      >
        <CountField
          {...common}
          path="newlyCertified"
          unit="名"
          label={{ "zh-CN": "本年度新增持证执法人员", en: "Staff newly certified this year" }}
        />
        <StatedRateField
          {...common}
          path="qualificationExam"
          label={{ "zh-CN": "行政执法资格考试通过率", en: "Qualification exam pass rate" }}
          numeratorLabel={{ "zh-CN": "通过人数", en: "Passed" }}
          denominatorLabel={{ "zh-CN": "参考人数", en: "Sat" }}
        />
        <MoneyField
          {...common}
          path="fines"
          units={FINE_UNITS}
          label={{ "zh-CN": "罚款金额", en: "Fines imposed" }}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <CountField
            {...common}
            path="lenient.noPenalty"
            unit="件"
            label={{ "zh-CN": "依法不予处罚", en: "Not punished (不罚)" }}
          />
          <CountField
            {...common}
            path="lenient.lighter"
            unit="件"
            label={{ "zh-CN": "从轻减轻处罚", en: "Punished lightly (轻罚)" }}
          />
          <CountField
            {...common}
            path="reviewMeetings"
            unit="次"
            label={{ "zh-CN": "召开案审会", en: "Case review meetings" }}
          />
        </SimpleGrid>
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
