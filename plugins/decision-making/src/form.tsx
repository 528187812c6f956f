import { Stack } from "@mantine/core";
import {
  ChecklistField,
  CountField,
  FieldGroup,
  NarrativeField,
  QuantityField,
  TextField,
  YesNoField,
  type SectionFormProps,
} from "@nianbao/sdk/react";
import { DECISION_STEPS } from "./schema.ts";

export default function DecisionMakingForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "年度计划与决策程序", en: "Annual plan and decision procedure" }}>
        <YesNoField
          {...common}
          path="annualPlan.set"
          label={{
            "zh-CN": "年初确定年度法治政府建设工作计划和目标任务",
            en: "Annual plan and targets set at the start of the year",
          }}
        />
        <TextField
          {...common}
          path="annualPlan.basis"
          label={{ "zh-CN": "确定计划的依据", en: "On what basis" }}
          placeholder={{ "zh-CN": "例：结合工作实际、紧扣发展目标", en: "e.g. 结合工作实际、紧扣发展目标" }}
        />
        <NarrativeField
          {...common}
          path="procedure"
          maxLength={2000}
          minRows={3}
          label={{ "zh-CN": "决策制度和程序", en: "How decisions are made" }}
          placeholder={{
            "zh-CN":
              "例：继续强化重大决策的审查制度，在涉及镇域内经济社会发展和群众利益的重大问题上，始终坚持由分管部门提出议案，主管领导先期审查，最后提交班子讨论决定的制度和程序，防止了行政决策的随意性，提高了行政决策的水平。",
            en: "e.g. 继续强化重大决策的审查制度，在涉及镇域内经济社会发展和群众利益的重大问题上，始终坚持由分管部门提出议案，主管领导先期审查，最后提交班子讨论决定的制度和程序，防止了行政决策的随意性，提高了行政决策的水平。",
          }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "重大行政决策", en: "Major administrative decisions" }}>
        <CountField
          {...common}
          path="majorDecisions"
          unit="项"
          label={{ "zh-CN": "全年作出重大行政决策", en: "Major decisions made this year" }}
        />
        <ChecklistField
          {...common}
          path="steps"
          label={{ "zh-CN": "落实的法定程序", en: "Statutory steps in place" }}
          options={DECISION_STEPS}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "法律顾问", en: "Legal advisers" }}>
        <TextField
          {...common}
          path="advisers.kind"
          label={{ "zh-CN": "法律顾问类别", en: "Kind of adviser" }}
          placeholder={{ "zh-CN": "例：专门公职法律顾问", en: "e.g. 专门公职法律顾问" }}
        />
        <CountField
          {...common}
          path="advisers.count"
          unit="名"
          label={{ "zh-CN": "聘请法律顾问", en: "Advisers engaged" }}
        />
        <NarrativeField
          {...common}
          path="adviserWork"
          maxLength={1000}
          minRows={2}
          label={{ "zh-CN": "法律顾问发挥的作用", en: "What the advisers did" }}
          placeholder={{
            "zh-CN": "例：在镇政府债权债务案件中发挥了积极作用。",
            en: "e.g. 在镇政府债权债务案件中发挥了积极作用。",
          }}
        />
        <QuantityField
          {...common}
          path="legalOpinions"
          units={["次", "份"]}
          label={{ "zh-CN": "提供法律意见（可不填）", en: "Legal opinions (optional)" }}
          description={{ "zh-CN": "单位“份”写作“出具法律意见书12份”", en: "份 prints as written opinions" }}
        />
        <QuantityField
          {...common}
          path="contractsReviewed"
          units={["件"]}
          label={{ "zh-CN": "审查合同（可不填）", en: "Contracts reviewed (optional)" }}
          description={{ "zh-CN": "例：30余件", en: "e.g. 30余件" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "其他情况", en: "More" }}>
        <NarrativeField
          {...common}
          path="more"
          label={{ "zh-CN": "其他情况（每行一段）", en: "Further paragraphs (one per line)" }}
          placeholder={{
            "zh-CN": "例：建立重大行政决策事项目录管理制度，按年度向社会公布。",
            en: "e.g. 建立重大行政决策事项目录管理制度，按年度向社会公布。",
          }}
        />
      </FieldGroup>
    </Stack>
  );
}
