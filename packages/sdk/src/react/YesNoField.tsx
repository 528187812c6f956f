import { useFieldEntry } from "./field-catalog.tsx";
import { Switch } from "@mantine/core";

import { getAt, type FieldProps } from "./form-state.ts";
import { useT } from "./locale.tsx";

/** A single yes/no fact ("日常学法常态化"). */
export function YesNoField({ form, path, label, description, readOnly }: FieldProps) {
  const tr = useT();
  if (useFieldEntry({ path, label, kind: "yesNo" })) return null;
  return (
    <Switch
      label={tr(label)}
      description={tr(description)}
      checked={Boolean(getAt(form.values, path))}
      onChange={(e) => !readOnly && form.setFieldValue(path, e.currentTarget.checked)}
      data-path={path}
    />
  );
}
