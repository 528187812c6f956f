import { NumberInput, type NumberInputProps } from "@mantine/core";
import { errorAt, getAt, toNumberOrNull, type SectionForm } from "./form-state.ts";

/**
 * One whole-number input bound to a dot path (a rate's numerator or denominator, a rank's position…): the
 * form kit's fields compose it, so every such input reads, writes, validates and reports errors alike.
 */
export function WholeNumberInput({
  form,
  path,
  readOnly,
  min = 0,
  w = 170,
  ...props
}: { form: SectionForm; path: string; readOnly?: boolean } & Pick<
  NumberInputProps,
  "label" | "aria-label" | "placeholder" | "description" | "min" | "w"
>) {
  const value = getAt(form.values, path) as number | null | undefined;
  return (
    <NumberInput
      {...props}
      value={value ?? ""}
      onChange={(v) => form.setFieldValue(path, toNumberOrNull(v))}
      onBlur={() => form.validate()}
      error={errorAt(form, path)}
      min={min}
      allowDecimal={false}
      allowNegative={false}
      readOnly={readOnly}
      data-path={path}
      w={w}
    />
  );
}
