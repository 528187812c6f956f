import { useFieldEntry } from "./field-catalog.tsx";
import { Group, NumberInput, Select, Text } from "@mantine/core";
import { formatAsOf, type AsOf } from "../figures.ts";
import { errorAt, getAt, toNumberOrNull, type FieldProps } from "./form-state.ts";
import { KIT_TEXT } from "./kit-text.ts";
import { useT } from "./locale.tsx";

/** The optional "as of" date of a figure (data: `asOf()`): the whole year, or 截至N月底 / 截至N月D日. */
export function AsOfField({
  form,
  path,
  label,
  description,
  readOnly,
}: Omit<FieldProps, "label"> & { label?: FieldProps["label"] }) {
  const tr = useT();
  if (useFieldEntry({ path, label: label ?? { "zh-CN": "截至日期", en: "As of" }, kind: "asOf" }))
    return null;
  const a = (getAt(form.values, path) ?? { month: null, day: null }) as AsOf;
  const months = [
    { value: "", label: tr(KIT_TEXT.wholeYear) },
    ...Array.from({ length: 12 }, (_, i) => ({
      value: String(i + 1),
      label: `${i + 1}${tr(KIT_TEXT.month)}`,
    })),
  ];
  return (
    <Group gap="xs" align="flex-end">
      <Select
        label={tr(label ?? KIT_TEXT.asOf)}
        description={tr(description)}
        data={months}
        value={a.month === null ? "" : String(a.month)}
        onChange={(v) =>
          form.setFieldValue(path, v ? { month: Number(v), day: a.day } : { month: null, day: null })
        }
        allowDeselect={false}
        error={errorAt(form, `${path}.month`)}
        readOnly={readOnly}
        data-path={`${path}.month`}
        w={130}
      />
      {a.month === null ? null : (
        <NumberInput
          aria-label={tr(KIT_TEXT.day)}
          placeholder={tr(KIT_TEXT.day)}
          value={a.day ?? ""}
          onChange={(v) => form.setFieldValue(`${path}.day`, toNumberOrNull(v))}
          onBlur={() => form.validateField(`${path}.day`)}
          error={errorAt(form, `${path}.day`)}
          min={1}
          max={31}
          allowDecimal={false}
          allowNegative={false}
          readOnly={readOnly}
          data-path={`${path}.day`}
          w={200}
        />
      )}
      <Text size="sm" c="dimmed" pb={6} data-testid={`${path}-asof`}>
        {formatAsOf(a) ?? tr(KIT_TEXT.wholeYear)}
      </Text>
    </Group>
  );
}
