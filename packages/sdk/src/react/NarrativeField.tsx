import { useFieldEntry } from "./field-catalog.tsx";
import { Text, Textarea } from "@mantine/core";
import type { LocalizedText } from "../text.ts";
import { errorAt, getAt, type FieldProps } from "./form-state.ts";
import { useT } from "./locale.tsx";

/** The township's own prose; each line becomes a paragraph of the report. */
export function NarrativeField({
  form,
  path,
  label,
  description,
  placeholder,
  maxLength = 5000,
  minRows = 3,
  readOnly,
}: FieldProps & { placeholder?: LocalizedText; maxLength?: number; minRows?: number }) {
  const tr = useT();
  if (useFieldEntry({ path, label, kind: "narrative" })) return null;
  const value = (getAt(form.values, path) ?? "") as string;
  return (
    <Textarea
      label={tr(label)}
      description={tr(description)}
      placeholder={tr(placeholder)}
      value={value}
      onChange={(e) => form.setFieldValue(path, e.currentTarget.value)}
      onBlur={() => form.validateField(path)}
      error={errorAt(form, path)}
      autosize
      minRows={minRows}
      maxRows={16}
      readOnly={readOnly}
      data-path={path}
      inputWrapperOrder={["label", "description", "input", "error"]}
      rightSection={
        <Text
          size="xs"
          c={value.length > maxLength ? "red" : "dimmed"}
          style={{ alignSelf: "flex-end", padding: 4 }}
        >
          {value.length}/{maxLength}
        </Text>
      }
      rightSectionWidth={90}
    />
  );
}
