import { useFieldEntry } from "./field-catalog.tsx";
import { SegmentedControl, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { formatStatedRate, isStatedOnly, type StatedRate } from "../figures.ts";
import type { LocalizedText } from "../text.ts";
import { getAt, type FieldProps } from "./form-state.ts";
import { PercentInputs } from "./PercentInputs.tsx";
import { KIT_TEXT } from "./kit-text.ts";
import { useT } from "./locale.tsx";
import { RateField } from "./RateField.tsx";

/**
 * A rate entered as counts (numerator / denominator) or, when the counts are unknown, as the percentage the
 * township states with 以上/左右/近/超 (data: `statedRate()`). Switching clears the other way's values.
 */
export function StatedRateField(
  props: FieldProps & { numeratorLabel?: LocalizedText; denominatorLabel?: LocalizedText },
) {
  const { form, path, label, description, readOnly } = props;
  const tr = useT();
  const r = (getAt(form.values, path) ?? {
    numerator: null,
    denominator: null,
    percent: null,
    percentQualifier: "",
  }) as StatedRate;
  const [mode, setMode] = useState<"counts" | "percent">(isStatedOnly(r) ? "percent" : "counts");
  if (useFieldEntry({ path, label, kind: "statedRate" })) return null;
  const switchTo = (next: string) => {
    if (readOnly || next === mode) return;
    setMode(next as "counts" | "percent");
    form.setFieldValue(path, { numerator: null, denominator: null, percent: null, percentQualifier: "" });
  };
  const toggle = (
    <SegmentedControl
      size="xs"
      value={mode}
      onChange={switchTo}
      data={[
        { value: "counts", label: tr(KIT_TEXT.byCounts) },
        { value: "percent", label: tr(KIT_TEXT.percentOnly) },
      ]}
      data-path={`${path}.mode`}
      w="fit-content"
    />
  );
  if (mode === "counts") {
    return (
      <Stack gap={4}>
        <RateField {...props} />
        {toggle}
      </Stack>
    );
  }
  const printed = formatStatedRate(r);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {tr(label)}
      </Text>
      <Text size="xs" c="dimmed">
        {description ? `${tr(description)}；` : ""}
        {tr(KIT_TEXT.percentOnlyHint)}
      </Text>
      <PercentInputs form={form} path={path} label={label} readOnly={readOnly} printed={printed} />
      {toggle}
    </Stack>
  );
}
