import { Stack } from "@mantine/core";
import {
  CountField,
  FieldGroup,
  NarrativeField,
  QualifiedCountField,
  QuantityField,
  RowsField,
  StatedRateField,
  TextField,
  YesNoField,
  type SectionFormProps,
} from "@nianbao/sdk/react";
import { UNIT_COLUMNS } from "./schema.ts";

const AT_LEAST = {
  "zh-CN": "按分子分母填写时，按“X%以上”表述（百分比向下取整，如 96/120 写作“80%以上”）",
  en: "With counts: print as a lower bound (“80%以上”, rounded down)",
};

export default function GovernmentFunctionsForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "便民服务大厅", en: "Service hall" }}>
        <YesNoField
          {...common}
          path="hallEstablished"
          label={{ "zh-CN": "设立统一的便民服务大厅", en: "A single service hall is set up" }}
        />
        <TextField
          {...common}
          path="hallName"
          label={{ "zh-CN": "大厅名称", en: "Name of the hall" }}
          placeholder={{ "zh-CN": "例：便民服务大厅", en: "e.g. 便民服务大厅" }}
        />
        <RowsField
          {...common}
          path="units"
          label={{ "zh-CN": "统合进驻的服务单位", en: "Service units integrated into the hall" }}
          description={{
            "zh-CN": "按报告列举顺序填写，例：综治、司法、社会事务、财政",
            en: "In the order the report lists them",
          }}
          columns={UNIT_COLUMNS}
          emptyRow={{ name: "" }}
          max={30}
        />
        <YesNoField
          {...common}
          path="allMattersInHall"
          label={{
            "zh-CN": "所有政务事项全部进驻便民服务大厅",
            en: "All government service matters are in the hall",
          }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "“一窗式”办理与“最多跑一次”", en: "One window and “at most one trip”" }}>
        <StatedRateField
          {...common}
          path="oneWindow.rate"
          label={{ "zh-CN": "“一窗式”分类办理事项占比", en: "Share of matters handled at one window" }}
          description={{ "zh-CN": "例：80%以上政务事项全部实行“一窗式”分类办理", en: "e.g. 80%以上…" }}
          numeratorLabel={{ "zh-CN": "“一窗式”办理事项（项）", en: "One-window matters" }}
          denominatorLabel={{ "zh-CN": "进驻大厅事项（项）", en: "Matters in the hall" }}
        />
        <YesNoField {...common} path="oneWindow.atLeast" label={AT_LEAST} />
        <YesNoField
          {...common}
          path="mostOnce"
          label={{ "zh-CN": "实现群众办事“最多跑一次”的目标", en: "“At most one trip” achieved" }}
        />
      </FieldGroup>
      <FieldGroup
        title={{ "zh-CN": "办件与网上办理（可不填）", en: "Cases and online handling (optional)" }}
        description={{ "zh-CN": "填写后才写入报告", en: "Printed only when filled in" }}
      >
        <QuantityField
          {...common}
          path="mattersHandled"
          units={["件"]}
          label={{ "zh-CN": "全年办理各类便民服务事项", en: "Service matters handled this year" }}
          description={{ "zh-CN": "例：1500余件", en: "e.g. 1500余件" }}
        />
        <QualifiedCountField
          {...common}
          path="immediate"
          unit="件"
          label={{ "zh-CN": "“马上办”即时办结事项", en: "Matters settled on the spot (马上办)" }}
          description={{ "zh-CN": "例：300余件", en: "e.g. 300余件" }}
        />
        <StatedRateField
          {...common}
          path="online.rate"
          label={{ "zh-CN": "网上可办事项占比", en: "Share of matters that can be handled online" }}
          numeratorLabel={{ "zh-CN": "网上可办事项（项）", en: "Online matters" }}
          denominatorLabel={{ "zh-CN": "进驻大厅事项（项）", en: "Matters in the hall" }}
        />
        <YesNoField {...common} path="online.atLeast" label={AT_LEAST} />
        <StatedRateField
          {...common}
          path="timeLimit.rate"
          label={{ "zh-CN": "办理时限压缩比例", en: "Reduction of time limits" }}
          description={{ "zh-CN": "例：办理时限压缩50%以上", en: "e.g. 办理时限压缩50%以上" }}
          numeratorLabel={{ "zh-CN": "压缩的工作日合计", en: "Working days cut" }}
          denominatorLabel={{ "zh-CN": "法定时限工作日合计", en: "Statutory working days" }}
        />
        <YesNoField {...common} path="timeLimit.atLeast" label={AT_LEAST} />
      </FieldGroup>
      <FieldGroup
        title={{ "zh-CN": "权责清单与告知承诺制（可不填）", en: "Powers list and promise system (optional)" }}
      >
        <CountField
          {...common}
          path="powerList.items"
          unit="项"
          label={{ "zh-CN": "梳理公布权责清单事项", en: "Items on the published powers-and-duties list" }}
        />
        <CountField
          {...common}
          path="powerList.added"
          unit="项"
          label={{ "zh-CN": "本年度新增事项", en: "Items added this year" }}
        />
        <CountField
          {...common}
          path="powerList.removed"
          unit="项"
          label={{ "zh-CN": "本年度取消事项", en: "Items removed this year" }}
        />
        <CountField
          {...common}
          path="promise.items"
          unit="项"
          label={{ "zh-CN": "实行告知承诺制的证明事项", en: "Certification items under the promise system" }}
        />
        <CountField
          {...common}
          path="promise.cases"
          unit="件"
          label={{ "zh-CN": "以告知承诺制办理", en: "Cases handled under the promise system" }}
        />
        <CountField
          {...common}
          path="promise.falsePromises"
          unit="件"
          label={{ "zh-CN": "核查发现虚假承诺", en: "False promises found" }}
          description={{
            "zh-CN": "填0时写作“经核查未发现虚假承诺情况”",
            en: "0 prints “经核查未发现虚假承诺情况”",
          }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "其他情况", en: "More" }}>
        <NarrativeField
          {...common}
          path="more"
          label={{ "zh-CN": "其他情况（每行一段）", en: "Further paragraphs (one per line)" }}
          placeholder={{
            "zh-CN": "例：推行“帮办代办”服务，为行动不便群众上门办理事项。",
            en: "e.g. 推行“帮办代办”服务，为行动不便群众上门办理事项。",
          }}
        />
      </FieldGroup>
    </Stack>
  );
}
