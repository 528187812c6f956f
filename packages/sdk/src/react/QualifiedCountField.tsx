import type { FieldProps } from "./form-state.ts";
import { QuantityField } from "./QuantityField.tsx";

/** A count with a qualifier (余/超/近/约/达) in a fixed unit: "20余场", "超1800件" (data: `qualifiedCount()`). */
export function QualifiedCountField(props: FieldProps & { unit: string }) {
  const { unit, ...rest } = props;
  return <QuantityField {...rest} units={[unit]} />;
}
