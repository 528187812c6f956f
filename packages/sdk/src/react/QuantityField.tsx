import { useFieldEntry } from "./field-catalog.tsx";
import { Group, NumberInput, Select, Stack, Text } from "@mantine/core";
import { QUALIFIERS, QUALIFIER_LABELS, type Qualifier } from "../fields.ts";
import { errorAt, getAt, toNumberOrNull, type FieldProps } from "./form-state.ts";
import { KIT_TEXT } from "./kit-text.ts";
import { useT } from "./locale.tsx";

/** A figure as reports write it: value + qualifier (余/超/近/约/达) + unit, e.g. "1500余件". */
export function QuantityField({
  form,
  path,
  label,
  description,
  units,
  readOnly,
}: FieldProps & { units: readonly string[] }) {
  const tr = useT();
  if (useFieldEntry({ path, label, kind: "quantity", unit: units[0] })) return null;
  const q = (getAt(form.values, path) ?? {}) as { value: number | null; qualifier: Qualifier; unit: string };
  return (
    <Stack gap={4}>
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <NumberInput
          label={tr(label)}
          description={tr(description)}
          value={q.value ?? ""}
          onChange={(v) => form.setFieldValue(`${path}.value`, toNumberOrNull(v))}
          onBlur={() => form.validateField(`${path}.value`)}
          error={errorAt(form, `${path}.value`)}
          min={0}
          allowNegative={false}
          readOnly={readOnly}
          data-path={`${path}.value`}
          w={180}
        />
        <Select
          label={tr(KIT_TEXT.qualifier)}
          data={QUALIFIERS.map((k) => ({ value: k === "" ? "=" : k, label: tr(QUALIFIER_LABELS[k]) }))}
          value={q.qualifier === "" ? "=" : q.qualifier}
          onChange={(v) => form.setFieldValue(`${path}.qualifier`, !v || v === "=" ? "" : v)}
          allowDeselect={false}
          readOnly={readOnly}
          data-path={`${path}.qualifier`}
          w={130}
          mt={description ? 22 : 0}
        />
        {units.length > 1 ? (
          <Select
            label={tr(KIT_TEXT.unit)}
            data={[...units]}
            value={q.unit}
            onChange={(v) => v && form.setFieldValue(`${path}.unit`, v)}
            allowDeselect={false}
            readOnly={readOnly}
            w={90}
            mt={description ? 22 : 0}
          />
        ) : (
          <Text size="sm" c="dimmed" mt={description ? 50 : 30}>
            {q.unit ?? units[0]}
          </Text>
        )}
      </Group>
    </Stack>
  );
}
