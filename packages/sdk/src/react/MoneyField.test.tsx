// @vitest-environment jsdom
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { money } from "../figures.ts";
import { MoneyField } from "./MoneyField.tsx";
import { input, mountField } from "./test-harness.tsx";

describe("MoneyField", () => {
  it("offers 万元 and 元", () => {
    const { form } = mountField(money(), { value: null, qualifier: "", unit: "万元" }, (f) => (
      <MoneyField form={f} path="field" label="罚款" />
    ));
    fireEvent.change(input("field.value"), { target: { value: "2.5" } });
    expect(form().values.field).toMatchObject({ value: 2.5, unit: "万元" });
    expect(screen.getAllByDisplayValue("万元").length).toBeGreaterThan(0);
  });
});
