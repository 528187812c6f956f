import { Stack } from "@mantine/core";
import {
  ChecklistField,
  CountField,
  FieldGroup,
  NarrativeField,
  QualifiedCountField,
  QuantityField,
  RateField,
  StatedRateField,
  TextField,
  YesNoField,
  type SectionFormProps,
} from "@nianbao/sdk/react";
import { LedgerField } from "./LedgerField.tsx";
import { DISPUTE_UNITS, MEDIATION_KINDS } from "./schema.ts";

export default function DisputeResolutionForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "调解机制", en: "Mediation mechanism" }}>
        <TextField
          {...common}
          path="opening"
          label={{ "zh-CN": "开头语", en: "Lead-in" }}
          placeholder={{
            "zh-CN": "例：全镇把矛盾纠纷化解和法治宣传相结合",
            en: "e.g. 全镇把矛盾纠纷化解和法治宣传相结合",
          }}
        />
        <ChecklistField
          {...common}
          path="mechanism"
          label={{ "zh-CN": "“三调联动”机制", en: "Three-way mediation mechanism" }}
          description={{
            "zh-CN": "三项全选时写作“着力构建人民调解、司法调解、行政调解“三调联动”机制”",
            en: "All three print as the 三调联动 mechanism",
          }}
          options={MEDIATION_KINDS}
        />
        <YesNoField
          {...common}
          path="localResolution"
          label={{
            "zh-CN": "做到“小事不出村、大事不出镇”",
            en: "Small disputes settled in the village, big ones in the township",
          }}
        />
        <CountField
          {...common}
          path="mediationCommittees"
          unit="个"
          label={{ "zh-CN": "人民调解委员会", en: "People's mediation committees" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "矛盾纠纷排查调处台账", en: "Dispute ledger" }}>
        <LedgerField form={form} readOnly={readOnly} />
      </FieldGroup>
      <FieldGroup
        title={{ "zh-CN": "矛盾纠纷排查调处", en: "Disputes screened and mediated" }}
        description={{
          "zh-CN": "已导入台账时，排查、调处、化解数按台账计算，此处填写的数字不再使用。",
          en: "With a ledger, screened/mediated/resolved come from the ledger and these figures are not used.",
        }}
      >
        <QualifiedCountField
          {...common}
          path="screened"
          unit="起"
          label={{ "zh-CN": "排查矛盾纠纷", en: "Disputes screened" }}
        />
        <QuantityField
          {...common}
          path="mediated"
          units={DISPUTE_UNITS}
          label={{ "zh-CN": "调处各类矛盾纠纷", en: "Disputes mediated" }}
          description={{ "zh-CN": "例：2023年全镇共调处各类矛盾纠纷37起", en: "e.g. 37 disputes mediated" }}
        />
        <StatedRateField
          {...common}
          path="resolution"
          label={{ "zh-CN": "化解率", en: "Resolution rate" }}
          numeratorLabel={{ "zh-CN": "成功化解数", en: "Resolved" }}
          denominatorLabel={{ "zh-CN": "受理数", en: "Accepted" }}
        />
        <NarrativeField
          {...common}
          path="outcome"
          maxLength={1000}
          minRows={2}
          label={{ "zh-CN": "工作成效", en: "What the work achieved" }}
          placeholder={{
            "zh-CN": "例：有力地维护了全镇社会和谐稳定",
            en: "e.g. 有力地维护了全镇社会和谐稳定",
          }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "村法律顾问与法律援助", en: "Village legal advisers and legal aid" }}>
        <YesNoField
          {...common}
          path="advisers.lawFirmCooperation"
          label={{
            "zh-CN": "镇司法所积极与律师事务所加强协作",
            en: "The justice office works with law firms",
          }}
        />
        <CountField
          {...common}
          path="advisers.count"
          unit="名"
          label={{ "zh-CN": "聘请村法律顾问", en: "Village legal advisers engaged" }}
        />
        <RateField
          {...common}
          path="advisers.villages"
          label={{ "zh-CN": "聘请法律顾问的村", en: "Villages with a legal adviser" }}
          description={{
            "zh-CN": "全部覆盖时写作“为各村聘请法律顾问”",
            en: "Full coverage prints 为各村聘请法律顾问",
          }}
          numeratorLabel={{ "zh-CN": "已聘请法律顾问的村数", en: "Villages covered" }}
          denominatorLabel={{ "zh-CN": "全镇村数", en: "Villages in the township" }}
        />
        <QualifiedCountField
          {...common}
          path="consultations"
          unit="人次"
          label={{ "zh-CN": "解答群众法律咨询", en: "Legal consultations answered" }}
          description={{ "zh-CN": "例：300余人次", en: "e.g. 300余人次" }}
        />
        <TextField
          {...common}
          path="legalAid.groups"
          label={{ "zh-CN": "法律援助对象", en: "Who receives legal aid" }}
          placeholder={{ "zh-CN": "例：全镇农村特困户和弱势群体", en: "e.g. 全镇农村特困户和弱势群体" }}
        />
        <CountField
          {...common}
          path="legalAid.cases"
          unit="件"
          label={{ "zh-CN": "办理法律援助案件", en: "Legal-aid cases handled" }}
        />
        <YesNoField
          {...common}
          path="legalAid.pledge"
          label={{ "zh-CN": "确保应援尽援、应救尽救", en: "Everyone eligible receives legal aid" }}
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
