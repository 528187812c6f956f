import { useFieldEntry } from "./field-catalog.tsx";
import { Group, NumberInput, SegmentedControl, Select, Stack, Text } from "@mantine/core";
import { useState } from "react";
import {
  PERCENT_QUALIFIERS,
  PERCENT_QUALIFIER_LABELS,
  formatStatedRate,
  isStatedOnly,
  type StatedRate,
} from "../figures.ts";
import type { LocalizedText } from "../text.ts";
import { errorAt, getAt, toNumberOrNull, type FieldProps } from "./form-state.ts";
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
      <Group gap="xs" align="flex-start">
        <NumberInput
          aria-label={`${tr(label)} ${tr(KIT_TEXT.percent)}`}
          placeholder={tr(KIT_TEXT.percent)}
          value={r.percent ?? ""}
          onChange={(v) => form.setFieldValue(`${path}.percent`, toNumberOrNull(v))}
          onBlur={() => form.validateField(`${path}.percent`)}
          error={errorAt(form, `${path}.percent`)}
          min={0}
          max={100}
          decimalScale={1}
          allowNegative={false}
          rightSection={
            <Text size="sm" c="dimmed">
              %
            </Text>
          }
          readOnly={readOnly}
          data-path={`${path}.percent`}
          w={150}
        />
        <Select
          aria-label={`${tr(label)} ${tr(KIT_TEXT.qualifier)}`}
          data={PERCENT_QUALIFIERS.map((k) => ({
            value: k === "" ? "=" : k,
            label: tr(PERCENT_QUALIFIER_LABELS[k]),
          }))}
          value={r.percentQualifier === "" ? "=" : r.percentQualifier}
          onChange={(v) => form.setFieldValue(`${path}.percentQualifier`, !v || v === "=" ? "" : v)}
          allowDeselect={false}
          readOnly={readOnly}
          data-path={`${path}.percentQualifier`}
          w={110}
        />
        <Text mt={6} fw={600} data-testid={`${path}-rate`}>
          = {printed ?? tr(KIT_TEXT.notEntered)}
        </Text>
      </Group>
      {toggle}
    </Stack>
  );
}
