import { useFieldEntry } from "./field-catalog.tsx";
import { Group, NumberInput, Stack, Text } from "@mantine/core";
import { formatRate, type Rate } from "../fields.ts";
import type { LocalizedText } from "../text.ts";
import { errorAt, getAt, toNumberOrNull, type FieldProps } from "./form-state.ts";
import { KIT_TEXT } from "./kit-text.ts";
import { useT } from "./locale.tsx";

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
    <NumberInput
      aria-label={`${tr(label)} ${partLabel}`}
      placeholder={partLabel}
      description={partLabel}
      value={r[part] ?? ""}
      onChange={(v) => form.setFieldValue(`${path}.${part}`, toNumberOrNull(v))}
      onBlur={() => form.validate()}
      error={errorAt(form, `${path}.${part}`)}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      readOnly={readOnly}
      data-path={`${path}.${part}`}
      w={170}
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
