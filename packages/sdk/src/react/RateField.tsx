import { useFieldEntry } from "./field-catalog.tsx";
import { Group, Stack, Text } from "@mantine/core";
import { formatRate, type Rate } from "../fields.ts";
import type { LocalizedText } from "../text.ts";
import { getAt, type FieldProps } from "./form-state.ts";
import { KIT_TEXT } from "./kit-text.ts";
import { useT } from "./locale.tsx";
import { WholeNumberInput } from "./WholeNumberInput.tsx";

/** A rate entered as numerator and denominator; the percentage is shown, 0/0 reads 无. */
export function RateField({
  form,
  path,
  label,
  description,
  numeratorLabel,
  denominatorLabel,
  readOnly,
}: FieldProps & { numeratorLabel?: LocalizedText; denominatorLabel?: LocalizedText }) {
  const tr = useT();
  if (useFieldEntry({ path, label, kind: "rate" })) return null;
  const r = (getAt(form.values, path) ?? { numerator: null, denominator: null }) as Rate;
  const formatted = formatRate(r);
  /** One of the two whole-number inputs (numerator or denominator). */
  const ratePart = (part: "numerator" | "denominator", partLabel: string) => (
    <WholeNumberInput
      form={form}
      path={`${path}.${part}`}
      readOnly={readOnly}
      aria-label={`${tr(label)} ${partLabel}`}
      placeholder={partLabel}
      description={partLabel}
    />
  );
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {tr(label)}
      </Text>
      {description ? (
        <Text size="xs" c="dimmed">
          {tr(description)}
        </Text>
      ) : null}
      <Group gap="xs" align="flex-start">
        {ratePart("numerator", tr(numeratorLabel ?? KIT_TEXT.numerator))}
        <Text mt={28}>/</Text>
        {ratePart("denominator", tr(denominatorLabel ?? KIT_TEXT.denominator))}
        <Text mt={28} fw={600} data-testid={`${path}-rate`}>
          ={" "}
          {formatted === null
            ? tr(KIT_TEXT.notEntered)
            : formatted === "无"
              ? tr(KIT_TEXT.notApplicable)
              : formatted}
        </Text>
      </Group>
    </Stack>
  );
}
