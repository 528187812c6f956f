import { Group, NumberInput, Select, Text } from "@mantine/core";
import { PERCENT_QUALIFIERS, PERCENT_QUALIFIER_LABELS, type StatedPercent } from "../figures.ts";
import type { LocalizedText } from "../text.ts";
import { errorAt, getAt, toNumberOrNull, type SectionForm } from "./form-state.ts";
import { KIT_TEXT } from "./kit-text.ts";
import { useT } from "./locale.tsx";

/**
 * The inputs of a stated percentage at `path` (its `percent` and `percentQualifier`), with the value as it
 * prints: shared by StatedRateField (percentage mode) and StatedPercentField.
 */
export function PercentInputs({
  form,
  path,
  label,
  readOnly,
  printed,
}: {
  form: SectionForm;
  path: string;
  label: LocalizedText;
  readOnly?: boolean | undefined;
  printed: string | null;
}) {
  const tr = useT();
  const r = (getAt(form.values, path) ?? { percent: null, percentQualifier: "" }) as StatedPercent;
  return (
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
  );
}
