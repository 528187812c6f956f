import { useFieldEntry } from "./field-catalog.tsx";
import { Checkbox, SimpleGrid } from "@mantine/core";
import type { ChecklistOption } from "../fields.ts";
import { getAt, type FieldProps } from "./form-state.ts";
import { useT } from "./locale.tsx";

/** Yes/no measures in place (the systems a township has set up). */
export function ChecklistField({
  form,
  path,
  label,
  description,
  options,
  readOnly,
}: FieldProps & { options: readonly ChecklistOption[] }) {
  const tr = useT();
  if (
    useFieldEntry({
      path,
      label,
      kind: "checklist",
      options: options.map((o) => ({ key: o.key, label: o.label })),
    })
  )
    return null;
  const value = (getAt(form.values, path) ?? {}) as Record<string, boolean>;
  return (
    <Checkbox.Group
      label={tr(label)}
      description={tr(description)}
      value={options.filter((o) => value[o.key]).map((o) => o.key)}
      onChange={(keys) => {
        if (readOnly) return;
        form.setFieldValue(path, Object.fromEntries(options.map((o) => [o.key, keys.includes(o.key)])));
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
        {options.map((o) => (
          <Checkbox key={o.key} value={o.key} label={tr(o.label)} data-path={`${path}.${o.key}`} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
