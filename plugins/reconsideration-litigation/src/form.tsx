import { Stack } from "@mantine/core";
import { CountField, FieldGroup, NarrativeField, OrderedItemsField, type SectionFormProps } from "@nianbao/sdk/react";

export default function ReconsiderationLitigationForm({ form, readOnly }: SectionFormProps) {
  const common = { form, readOnly };
  return (
    <Stack gap="md">
      <FieldGroup title={{ "zh-CN": "行政复议与行政应诉", en: "Administrative reconsideration and litigation" }}>
        <NarrativeField {...common} path="summary" label={{ "zh-CN": "工作情况（每行一段）", en: "What was done (one paragraph per line)" }} />
        <OrderedItemsField {...common} path="measures" label={{ "zh-CN": "主要举措（一是…二是…）", en: "Measures (一是…二是…)" }} />
        <CountField {...common} path="events" unit="次" label={{ "zh-CN": "开展活动", en: "Events held" }} />
      </FieldGroup>
    </Stack>
  );
}
