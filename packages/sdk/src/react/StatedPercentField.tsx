import { Stack, Text } from "@mantine/core";
import { formatStatedPercent, type StatedPercent } from "../figures.ts";
import { getAt, type FieldProps } from "./form-state.ts";
import { useFieldEntry } from "./field-catalog.tsx";
import { PercentInputs } from "./PercentInputs.tsx";
import { useT } from "./locale.tsx";

/**
 * The percentage a report states for a rate the section computes from counts entered elsewhere ("报备率达
 * 100%" when the documents filed are unknown), with 以上/左右/近/超 (data: `statedPercent()`).
 */
export function StatedPercentField(props: FieldProps) {
  const { form, path, label, description, readOnly } = props;
  const tr = useT();
  if (useFieldEntry({ path, label, kind: "statedPercent" })) return null;
  const printed = formatStatedPercent(getAt(form.values, path) as StatedPercent | undefined);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        {tr(label)}
      </Text>
      {description && (
        <Text size="xs" c="dimmed">
          {tr(description)}
        </Text>
      )}
      <PercentInputs form={form} path={path} label={label} readOnly={readOnly} printed={printed} />
    </Stack>
  );
}
