import { useFieldEntry } from "./field-catalog.tsx";
import { TextInput } from "@mantine/core";
import type { LocalizedText } from "../text.ts";
import { errorAt, getAt, type FieldProps } from "./form-state.ts";
import { useT } from "./locale.tsx";

/** A short text (a name, a list of topics). */
export function TextField({
  form,
  path,
  label,
  description,
  placeholder,
  readOnly,
}: FieldProps & { placeholder?: LocalizedText }) {
  const tr = useT();
  if (useFieldEntry({ path, label, kind: "text" })) return null;
  return (
    <TextInput
      label={tr(label)}
      description={tr(description)}
      placeholder={tr(placeholder)}
      value={(getAt(form.values, path) as string) ?? ""}
      onChange={(e) => form.setFieldValue(path, e.currentTarget.value)}
      onBlur={() => form.validateField(path)}
      error={errorAt(form, path)}
      readOnly={readOnly}
      data-path={path}
    />
  );
}
