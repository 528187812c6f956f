import { useFieldEntry } from "./field-catalog.tsx";
import { NumberInput, Text } from "@mantine/core";

import { errorAt, getAt, toNumberOrNull, type FieldProps } from "./form-state.ts";
import { useT } from "./locale.tsx";

export function CountField({
  form,
  path,
  label,
  description,
  unit,
  readOnly,
}: FieldProps & { unit: string }) {
  const tr = useT();
  if (useFieldEntry({ path, label, kind: "count", unit })) return null;
  const value = getAt(form.values, path) as number | null;
  return (
    <NumberInput
      label={tr(label)}
      description={tr(description)}
      value={value ?? ""}
      onChange={(v) => form.setFieldValue(path, toNumberOrNull(v))}
      onBlur={() => form.validateField(path)}
      error={errorAt(form, path)}
      min={0}
      allowDecimal={false}
      allowNegative={false}
      rightSection={
        <Text size="sm" c="dimmed">
          {unit}
        </Text>
      }
      rightSectionWidth={40}
      readOnly={readOnly}
      data-path={path}
      maw={260}
    />
  );
}
