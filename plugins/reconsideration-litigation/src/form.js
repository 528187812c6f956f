"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.default = ReconsiderationLitigationForm;
var core_1 = require("@mantine/core");
var react_1 = require("@nianbao/sdk/react");
function ReconsiderationLitigationForm(_a) {
  var form = _a.form,
    readOnly = _a.readOnly;
  var common = { form: form, readOnly: readOnly };
  return (
    <core_1.Stack gap="md">
      <react_1.FieldGroup title={{ "zh-CN": "总体情况", en: "Overview" }}>
        <react_1.TextField
          {...common}
          path="opening"
          label={{ "zh-CN": "开头语", en: "Lead-in" }}
          placeholder={{
            "zh-CN": "例：高度重视行政复议和行政应诉工作，严格落实行政机关负责人出庭应诉制度",
            en: "e.g. 高度重视行政复议和行政应诉工作",
          }}
        />
        <react_1.AsOfField {...common} path="asOf" />
      </react_1.FieldGroup>
      <react_1.FieldGroup
        title={{ "zh-CN": "行政复议", en: "Administrative reconsideration" }}
        description={{
          "zh-CN": "以本级政府为被申请人的案件；没有案件请填0",
          en: "Cases with the government as respondent; enter 0 for none",
        }}
      >
        <core_1.SimpleGrid cols={{ base: 1, sm: 3 }}>
          <react_1.CountField
            {...common}
            path="reconsideration.received"
            unit="件"
            label={{ "zh-CN": "收到申请", en: "Received" }}
          />
          <react_1.CountField
            {...common}
            path="reconsideration.concluded"
            unit="件"
            label={{ "zh-CN": "办结", en: "Concluded" }}
          />
          <react_1.CountField
            {...common}
            path="reconsideration.corrected"
            unit="件"
            label={{ "zh-CN": "被纠错", en: "Corrected" }}
          />
        </core_1.SimpleGrid>
      </react_1.FieldGroup>
      <react_1.FieldGroup
        title={{ "zh-CN": "行政应诉", en: "Administrative litigation" }}
        description={{
          "zh-CN": "以本级政府为被告的案件；没有案件请填0",
          en: "Cases with the government as defendant; enter 0 for none",
        }}
      >
        <core_1.SimpleGrid cols={{ base: 1, sm: 3 }}>
          <react_1.CountField
            {...common}
            path="litigation.cases"
            unit="件"
            label={{ "zh-CN": "应诉案件", en: "Cases" }}
          />
          <react_1.CountField
            {...common}
            path="litigation.concluded"
            unit="件"
            label={{ "zh-CN": "审结", en: "Concluded" }}
          />
          <react_1.CountField
            {...common}
            path="litigation.lost"
            unit="件"
            label={{ "zh-CN": "败诉", en: "Lost" }}
          />
        </core_1.SimpleGrid>
        <react_1.StatedRateField
          {...common}
          path="litigation.appearance"
          label={{ "zh-CN": "行政机关负责人出庭应诉率", en: "Court appearances of the responsible person" }}
          numeratorLabel={{ "zh-CN": "负责人出庭次数", en: "Hearings attended" }}
          denominatorLabel={{ "zh-CN": "开庭次数", en: "Hearings" }}
        />
      </react_1.FieldGroup>
      <react_1.FieldGroup title={{ "zh-CN": "主要做法", en: "Measures" }}>
        <react_1.OrderedItemsField
          {...common}
          path="measures"
          label={{ "zh-CN": "主要做法（一是…二是…）", en: "Measures (一是…二是…)" }}
        />
        <react_1.NarrativeField
          {...common}
          path="more"
          label={{ "zh-CN": "其他内容（每行一段）", en: "Further paragraphs (one per line)" }}
        />
      </react_1.FieldGroup>
    </core_1.Stack>
  );
}
