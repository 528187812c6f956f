// @vitest-environment jsdom
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { emptyStatedRate, statedRate } from "../figures.ts";
import { StatedRateField } from "./StatedRateField.tsx";
import { input, mountField } from "./test-harness.tsx";

describe("StatedRateField", () => {
  it("switches to a stated percentage, clearing the counts, and prints it", () => {
    const { form } = mountField(statedRate(), { ...emptyStatedRate(), numerator: 3, denominator: 4 }, (f) => (
      <StatedRateField form={f} path="field" label="出庭应诉率" />
    ));
    expect(screen.getByTestId("field-rate").textContent).toContain("75%");
    fireEvent.click(screen.getByText("仅知百分比"));
    expect(form().values.field).toEqual(emptyStatedRate());
    fireEvent.change(input("field.percent"), { target: { value: "96" } });
    expect(form().values.field).toMatchObject({ numerator: null, denominator: null, percent: 96 });
    expect(screen.getByTestId("field-rate").textContent).toContain("96%");
    expect(form().validate().hasErrors).toBe(false);
  });

  it("opens in percentage mode for a stated rate", () => {
    mountField(statedRate(), { ...emptyStatedRate(), percent: 80, percentQualifier: "以上" }, (f) => (
      <StatedRateField form={f} path="field" label="出庭应诉率" />
    ));
    expect(screen.getByTestId("field-rate").textContent).toContain("80%以上");
  });
});
