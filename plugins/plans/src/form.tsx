import { Stack } from "@mantine/core";
import { FieldGroup, NarrativeField, OrderedItemsField, type SectionFormProps } from "@nianbao/sdk/react";

export default function PlansForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "引言", en: "Lead-in" }}>
        <NarrativeField
          {...common}
          path="intro"
          maxLength={2000}
          minRows={2}
          label={{ "zh-CN": "引言（每行一段）", en: "Lead-in (one paragraph per line)" }}
          placeholder={{
            "zh-CN":
              "例：今后，我们将按照县政府的要求，切实履行推进法治政府建设，进一步加强组织领导、综合协调和监督指导，…确保我镇法治政府建设工作再上新台阶。",
            en: "e.g. 今后，我们将按照县政府的要求，…再上新台阶。",
          }}
        />
      </FieldGroup>
      <FieldGroup
        title={{ "zh-CN": "工作措施", en: "Measures" }}
        description={{
          "zh-CN": "逐条填写，报告中按“一是完善法治机构设置，加强法治队伍建设，…”各成一段；要点可不填。",
          en: "One item per measure, printed as its own paragraph (一是…); the lead sentence is optional.",
        }}
      >
        <OrderedItemsField
          {...common}
          path="items"
          withLead
          max={20}
          label={{ "zh-CN": "措施", en: "Measures" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "其他", en: "More" }}>
        <NarrativeField
          {...common}
          path="more"
          label={{
            "zh-CN": "其他内容（每行一段，排在措施之后）",
            en: "Further paragraphs (one per line, after the measures)",
          }}
        />
      </FieldGroup>
    </Stack>
  );
}
