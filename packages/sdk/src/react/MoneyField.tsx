import { MONEY_UNITS, type MoneyUnit } from "../figures.ts";
import type { FieldProps } from "./form-state.ts";
import { QuantityField } from "./QuantityField.tsx";

/** An amount with its unit (万元 / 元) and qualifier: "12.5万元", "3000余元" (data: `money()`). */
export function MoneyField({ units = MONEY_UNITS, ...rest }: FieldProps & { units?: readonly MoneyUnit[] }) {
  return <QuantityField {...rest} units={units} />;
}
