import { Stack } from "@mantine/core";
import { FieldGroup, NarrativeField, OrderedItemsField, type SectionFormProps } from "@nianbao/sdk/react";

export default function ProblemsForm({ form, readOnly }: SectionFormProps) {
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
              "例：总结回顾我镇一年来的法治政府建设工作，虽然取得了一定成绩，但与市委、市政府及社会各界对我们的要求、期望相比，还有一定的差距，主要表现在：",
            en: "e.g. 总结回顾我镇一年来的法治政府建设工作，…主要表现在：",
          }}
        />
      </FieldGroup>
      <FieldGroup
        title={{ "zh-CN": "存在的问题", en: "Shortcomings" }}
        description={{
          "zh-CN":
            "逐条填写，报告中按“一是职权有限。基层工作有…”各成一段。要点例：职权有限；具体内容例：基层工作有繁杂性的特点，…",
          en: "One item per shortcoming, printed as its own paragraph (一是…). Lead e.g. 职权有限.",
        }}
      >
        <OrderedItemsField
          {...common}
          path="items"
          withLead
          max={20}
          label={{ "zh-CN": "问题", en: "Shortcomings" }}
        />
      </FieldGroup>
      <FieldGroup title={{ "zh-CN": "原因分析及其他", en: "Causes and more" }}>
        <NarrativeField
          {...common}
          path="more"
          label={{
            "zh-CN": "原因分析及其他情况（每行一段）",
            en: "Causes and further paragraphs (one per line)",
          }}
          placeholder={{ "zh-CN": "例：究其原因，主要是…", en: "e.g. 究其原因，主要是…" }}
        />
      </FieldGroup>
    </Stack>
  );
}
