import { useFieldEntry } from "./field-catalog.tsx";
import { Select } from "@mantine/core";
import type { LocalizedText } from "../text.ts";
import { errorAt, getAt, type FieldProps } from "./form-state.ts";
import { useT } from "./locale.tsx";

/** One choice among a few options (stored as the option's value). */
export function ChoiceField({
  form,
  path,
  label,
  description,
  options,
  readOnly,
}: FieldProps & { options: ReadonlyArray<{ value: string; label: LocalizedText }> }) {
  const tr = useT();
  if (
    useFieldEntry({
      path,
      label,
      kind: "choice",
      options: options.map((o) => ({ key: o.value, label: o.label })),
    })
  )
    return null;
  const value = (getAt(form.values, path) as string) ?? "";
  return (
    <Select
      label={tr(label)}
      description={tr(description)}
      data={options.map((o) => ({ value: o.value === "" ? "=" : o.value, label: tr(o.label) }))}
      value={value === "" ? "=" : value}
      onChange={(v) => form.setFieldValue(path, !v || v === "=" ? "" : v)}
      allowDeselect={false}
      error={errorAt(form, path)}
      readOnly={readOnly}
      data-path={path}
      maw={320}
    />
  );
}
