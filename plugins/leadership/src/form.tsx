import { SimpleGrid, Stack } from "@mantine/core";
import {
  CountField,
  FieldGroup,
  NarrativeField,
  QualifiedCountField,
  TextField,
  YesNoField,
  type SectionFormProps,
} from "@nianbao/sdk/react";

export default function LeadershipForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup
        title={{ "zh-CN": "第一责任人职责与领导小组", en: "First responsible person and leading group" }}
      >
        <TextField
          {...common}
          path="opening"
          label={{ "zh-CN": "开头语（可不填）", en: "Lead-in (optional)" }}
          placeholder={{
            "zh-CN": "例：镇党委、镇政府高度重视法治政府建设",
            en: "e.g. 镇党委、镇政府高度重视法治政府建设",
          }}
        />
        <YesNoField
          {...common}
          path="firstResponsible"
          label={{
            "zh-CN": "切实履行党政主要负责人推进法治建设第一责任人职责",
            en: "Principal leaders performed their duty as first responsible persons",
          }}
        />
        <YesNoField
          {...common}
          path="oneJobTwoDuties"
          label={{
            "zh-CN": "班子其他成员“一岗双责”制度落实到位",
            en: "Other leaders carry the “one post, two duties” responsibility",
          }}
        />
        <TextField
          {...common}
          path="leadingGroup.name"
          label={{ "zh-CN": "领导小组名称", en: "Leading group" }}
          placeholder={{ "zh-CN": "例：依法行政工作领导小组", en: "e.g. 依法行政工作领导小组" }}
        />
        <TextField
          {...common}
          path="leadingGroup.leader"
          label={{ "zh-CN": "组长", en: "Head" }}
          placeholder={{ "zh-CN": "例：镇政府镇长", en: "e.g. 镇政府镇长" }}
        />
        <TextField
          {...common}
          path="leadingGroup.deputy"
          label={{ "zh-CN": "副组长", en: "Deputy heads" }}
          placeholder={{ "zh-CN": "例：分管领导", en: "e.g. 分管领导" }}
        />
        <TextField
          {...common}
          path="leadingGroup.members"
          label={{ "zh-CN": "成员", en: "Members" }}
          placeholder={{ "zh-CN": "例：相关站所负责人", en: "e.g. 相关站所负责人" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "专题研究与年度述法", en: "Meetings and annual report" }}>
        <CountField
          {...common}
          path="meetings"
          unit="次"
          label={{ "zh-CN": "召开专题会议研究法治建设工作", en: "Meetings studying rule-of-law work" }}
        />
        <CountField
          {...common}
          path="issuesResolved"
          unit="项"
          label={{ "zh-CN": "协调解决法治建设重要问题", en: "Issues resolved" }}
        />
        <YesNoField
          {...common}
          path="annualReport"
          label={{ "zh-CN": "党政主要负责人开展年度述法", en: "Principal leaders gave their annual 述法" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "目标考核与督查", en: "Appraisal and inspections" }}>
        <YesNoField
          {...common}
          path="targetManagement"
          label={{
            "zh-CN": "把依法行政工作纳入政府目标责任管理",
            en: "Rule-of-law work is part of target-responsibility management",
          }}
        />
        <CountField
          {...common}
          path="appraisalWeight"
          unit="%"
          label={{ "zh-CN": "考核权重（可不填）", en: "Weight in the appraisal (optional)" }}
          description={{
            "zh-CN": "依法行政工作在目标考核中所占权重，整数",
            en: "Share of rule-of-law work in the appraisal, whole percent",
          }}
        />
        <YesNoField
          {...common}
          path="enforcementAppraisal"
          label={{
            "zh-CN": "将行政执法机构及其执法人员行使职权和履行法定义务情况纳入评议考核",
            en: "Enforcement bodies and officers are appraised on their use of powers and statutory duties",
          }}
        />
        <NarrativeField
          {...common}
          path="appraisalOutcome"
          maxLength={1000}
          minRows={2}
          label={{ "zh-CN": "考核成效", en: "What the appraisal achieved" }}
          placeholder={{
            "zh-CN": "例：进一步落实了工作目标，强化了工作责任。",
            en: "e.g. 进一步落实了工作目标，强化了工作责任。",
          }}
        />
        <QualifiedCountField
          {...common}
          path="inspections"
          unit="次"
          label={{ "zh-CN": "开展法治建设督查检查", en: "Inspections" }}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <CountField
            {...common}
            path="problems.found"
            unit="项"
            label={{ "zh-CN": "督查发现问题", en: "Problems found" }}
          />
          <CountField
            {...common}
            path="problems.rectified"
            unit="项"
            label={{ "zh-CN": "已整改问题", en: "Problems rectified" }}
            description={{
              "zh-CN": "不知道整改数的可不填，报告只写发现问题数",
              en: "Leave empty if unknown: the report then gives the problems found only",
            }}
          />
        </SimpleGrid>
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "普法责任制", en: "Legal publicity responsibility" }}>
        <YesNoField
          {...common}
          path="responsibilityList"
          label={{
            "zh-CN": "建立健全镇机关“谁执法谁普法”责任制清单",
            en: "“Who enforces, publicises” responsibility list in place",
          }}
        />
        <NarrativeField
          {...common}
          path="publicitySystem"
          maxLength={2000}
          minRows={3}
          label={{ "zh-CN": "普法工作体系", en: "The legal publicity system" }}
          placeholder={{
            "zh-CN":
              "例：充分发挥国家机关在普法工作中的职能作用，形成了“党政统一领导、人大加强监督、司法行政部门组织、部门分工负责”的法治宣传教育体系，促进法治宣传教育深入开展。",
            en: "e.g. 充分发挥国家机关在普法工作中的职能作用，形成了“党政统一领导、人大加强监督、司法行政部门组织、部门分工负责”的法治宣传教育体系，促进法治宣传教育深入开展。",
          }}
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
