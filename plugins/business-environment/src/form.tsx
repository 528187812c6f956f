import { Stack } from "@mantine/core";
import {
  ChecklistField,
  CountField,
  FieldGroup,
  NarrativeField,
  QualifiedCountField,
  RateField,
  TextField,
  YesNoField,
  type SectionFormProps,
} from "@nianbao/sdk/react";
import { ORGANISERS, SERVICE_AREAS } from "./schema.ts";

export default function BusinessEnvironmentForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "招商引资与主动服务", en: "Serving investors" }}>
        <TextField
          {...common}
          path="opening"
          label={{ "zh-CN": "开头语", en: "Lead-in" }}
          placeholder={{
            "zh-CN": "例：镇政府高度重视招商引资工作，持续在优化营商环境上下功夫",
            en: "e.g. 镇政府高度重视招商引资工作，持续在优化营商环境上下功夫",
          }}
        />
        <YesNoField
          {...common}
          path="leadersInCharge"
          label={{
            "zh-CN": "所有项目全部由镇主要领导亲自安排部署",
            en: "Principal leaders direct every project in person",
          }}
        />
        <ChecklistField
          {...common}
          path="service.areas"
          label={{ "zh-CN": "主动服务的领域", en: "Areas of proactive service" }}
          description={{
            "zh-CN": "例：在行政审批、商事制度、投资项目审批上主动服务",
            en: "Printed in this order",
          }}
          options={SERVICE_AREAS}
        />
        <TextField
          {...common}
          path="service.otherAreas"
          label={{ "zh-CN": "其他服务领域（用“、”分隔）", en: "Other areas (separated by 、)" }}
          placeholder={{ "zh-CN": "例：企业用工、融资对接", en: "e.g. 企业用工、融资对接" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "营商纠纷与企业诉求", en: "Business disputes and enterprise requests" }}>
        <YesNoField
          {...common}
          path="disputes.handled"
          label={{ "zh-CN": "及时调处化解各类营商纠纷", en: "Business disputes resolved promptly" }}
        />
        <CountField
          {...common}
          path="disputes.received"
          unit="件"
          label={{ "zh-CN": "受理营商纠纷（可不填）", en: "Business disputes received (optional)" }}
        />
        <CountField
          {...common}
          path="disputes.resolved"
          unit="件"
          label={{ "zh-CN": "调处化解营商纠纷（可不填）", en: "Business disputes resolved (optional)" }}
        />
        <RateField
          {...common}
          path="requests"
          label={{ "zh-CN": "企业诉求办结率（可不填）", en: "Enterprise requests resolved (optional)" }}
          numeratorLabel={{ "zh-CN": "办结诉求（条）", en: "Resolved" }}
          denominatorLabel={{ "zh-CN": "受理诉求（条）", en: "Received" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "“送法进企业”活动", en: "Taking the law to enterprises" }}>
        <ChecklistField
          {...common}
          path="lawToEnterprise.organisers"
          label={{ "zh-CN": "组织单位", en: "Organisers" }}
          description={{
            "zh-CN": "例：组织应急办、司法所、镇工会开展“送法进企业”活动",
            en: "Printed in this order",
          }}
          options={ORGANISERS}
        />
        <TextField
          {...common}
          path="lawToEnterprise.otherOrganisers"
          label={{ "zh-CN": "其他组织单位（用“、”分隔）", en: "Other organisers (separated by 、)" }}
          placeholder={{ "zh-CN": "例：安监站、律师事务所", en: "e.g. 安监站、律师事务所" }}
        />
        <CountField
          {...common}
          path="lawToEnterprise.events"
          unit="次"
          label={{ "zh-CN": "开展“送法进企业”活动", en: "Events held" }}
        />
        <CountField
          {...common}
          path="lawToEnterprise.enterprises"
          unit="家"
          label={{ "zh-CN": "走进企业（可不填）", en: "Enterprises reached (optional)" }}
        />
        <TextField
          {...common}
          path="lawToEnterprise.effect"
          label={{ "zh-CN": "活动成效", en: "What the events achieved" }}
          placeholder={{
            "zh-CN": "例：切实提高了企业职工的法律常识",
            en: "e.g. 切实提高了企业职工的法律常识",
          }}
        />
      </FieldGroup>
      <FieldGroup
        title={{ "zh-CN": "企业“法治体检”", en: "Legal check-ups of firms" }}
        description={{
          "zh-CN": "没有的可不填，报告中不写",
          en: "Leave empty what did not happen: it does not print",
        }}
      >
        <QualifiedCountField
          {...common}
          path="legalCheckups.firms"
          unit="家"
          label={{ "zh-CN": "开展“法治体检”的企业", en: "Firms given a check-up" }}
        />
        <CountField
          {...common}
          path="legalCheckups.suggestions"
          unit="条"
          label={{ "zh-CN": "提出法律意见建议", en: "Legal advice given" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "其他工作", en: "Other work" }}>
        <NarrativeField
          {...common}
          path="otherWork"
          maxLength={2000}
          minRows={2}
          label={{
            "zh-CN": "其他营商环境工作（接在同一段末尾）",
            en: "Other work (ends the same paragraph)",
          }}
          placeholder={{
            "zh-CN":
              "例：在全镇认真开展扫黑除恶专项斗争，认真排查各类社会不稳定因素，营造了风清气正的营商环境。",
            en: "e.g. 在全镇认真开展扫黑除恶专项斗争，认真排查各类社会不稳定因素，营造了风清气正的营商环境。",
          }}
        />
        <NarrativeField
          {...common}
          path="more"
          label={{ "zh-CN": "其他情况（每行一段）", en: "Further paragraphs (one per line)" }}
        />
      </FieldGroup>
    </Stack>
  );
}
