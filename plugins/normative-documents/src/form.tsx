import { Stack } from "@mantine/core";
import {
  ChoiceField,
  CountField,
  FieldGroup,
  NarrativeField,
  QualifiedCountField,
  StatedPercentField,
  StatedRateField,
  YesNoField,
  type SectionFormProps,
} from "@nianbao/sdk/react";
import { FIGURE_STYLES } from "./schema.ts";

export default function NormativeDocumentsForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup
        title={{ "zh-CN": "制发、审查与报备", en: "Issued, reviewed and filed" }}
        description={{
          "zh-CN":
            "报备率 = 报送备案件数 ÷ 制发件数，合法性审查率 = 审查件数 ÷ 制发件数，均自动计算；全年未制发时写“全年未制发规范性文件”。",
          en: "Rates are computed from the counts; with none issued the report says so instead of printing a rate.",
        }}
      >
        <YesNoField
          {...common}
          path="filingNormal"
          label={{
            "zh-CN": "全镇规范性文件报备工作正常开展",
            en: "Filing of normative documents works normally",
          }}
        />
        <ChoiceField
          {...common}
          path="figures"
          label={{ "zh-CN": "报告写法", en: "How the report states the figures" }}
          options={FIGURE_STYLES}
        />
        <CountField
          {...common}
          path="issued"
          unit="件"
          label={{ "zh-CN": "制发规范性文件", en: "Documents issued" }}
        />
        <CountField
          {...common}
          path="reviewed"
          unit="件"
          label={{ "zh-CN": "经合法性审查", en: "Given legality review" }}
        />
        <CountField
          {...common}
          path="filed"
          unit="件"
          label={{ "zh-CN": "报送上级备案", en: "Filed with the higher authority" }}
          description={{ "zh-CN": "例：规范性文件报备率达100%", en: "e.g. 报备率达100%" }}
        />
        <StatedPercentField
          {...common}
          path="filingPercent"
          label={{ "zh-CN": "报备率（仅知百分比时）", en: "Filing rate (when only the percentage is known)" }}
          description={{
            "zh-CN":
              "不知道报送备案件数、只知报备率时填写，如“报备率达100%”；填写了件数的，报备率按件数计算，此处留空",
            en: "Only when the documents filed are unknown; with both counts entered the rate is computed, leave this empty",
          }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "监督纠正", en: "Corrections ordered" }}>
        <CountField
          {...common}
          path="corrected"
          unit="件"
          label={{ "zh-CN": "被上级机关责令纠正", en: "Ordered to be corrected by a higher authority" }}
          description={{
            "zh-CN": "填0时写作“没有被上级机关责令纠正情况”",
            en: "0 prints “没有被上级机关责令纠正情况”",
          }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "清理与管理", en: "Clean-up and record keeping" }}>
        <YesNoField
          {...common}
          path="cleanup.done"
          label={{ "zh-CN": "开展规范性文件清理工作", en: "A clean-up was carried out" }}
        />
        <CountField
          {...common}
          path="cleanup.cleaned"
          unit="件"
          label={{ "zh-CN": "清理规范性文件", en: "Documents examined" }}
        />
        <CountField
          {...common}
          path="cleanup.repealed"
          unit="件"
          label={{ "zh-CN": "废止和宣布失效", en: "Repealed or declared void" }}
        />
        <YesNoField
          {...common}
          path="registered"
          label={{
            "zh-CN": "所有文件有专门工作人员登记备案，妥善保管",
            en: "Every document is registered and kept by a designated staff member",
          }}
        />
      </FieldGroup>
      <FieldGroup
        title={{
          "zh-CN": "党政文件和合同的合法性审查",
          en: "Legality review of all documents and contracts",
        }}
        description={{
          "zh-CN": "不限于规范性文件：党委、政府出台的各类文件和政府签订的合同；不知道件数时可只填百分比",
          en: "Beyond normative documents: every Party and government document and every contract; a percentage alone when the counts are unknown",
        }}
      >
        <StatedRateField
          {...common}
          path="legalityReview.documents"
          label={{ "zh-CN": "党政文件合法性审查率", en: "Documents given legality review" }}
          numeratorLabel={{ "zh-CN": "经合法性审查件数", en: "Reviewed" }}
          denominatorLabel={{ "zh-CN": "出台文件件数", en: "Issued" }}
        />
        <QualifiedCountField
          {...common}
          path="legalityReview.contracts"
          unit="份"
          label={{ "zh-CN": "审查政府签订的合同", en: "Contracts reviewed" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "其他情况", en: "More" }}>
        <NarrativeField
          {...common}
          path="more"
          label={{ "zh-CN": "其他情况（每行一段）", en: "Further paragraphs (one per line)" }}
          placeholder={{
            "zh-CN": "例：严格落实规范性文件“三统一”制度，做到“有件必备、有备必审、有错必纠”。",
            en: "e.g. 严格落实规范性文件“三统一”制度，做到“有件必备、有备必审、有错必纠”。",
          }}
        />
      </FieldGroup>
    </Stack>
  );
}
