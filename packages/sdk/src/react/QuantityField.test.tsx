// @vitest-environment jsdom
import { fireEvent } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { quantity } from "../fields.ts";
import { QuantityField } from "./QuantityField.tsx";
import { input, mountField } from "./test-harness.tsx";

describe("QuantityField", () => {
  it("stores value, qualifier and unit", () => {
    const { form } = mountField(quantity(["件", "起"]), { value: null, qualifier: "", unit: "件" }, (f) => (
      <QuantityField form={f} path="field" label="纠纷" units={["件", "起"]} />
    ));
    fireEvent.change(input("field.value"), { target: { value: "1500" } });
    expect(form().values.field).toEqual({ value: 1500, qualifier: "", unit: "件" });
  });
});
