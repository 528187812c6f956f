// @vitest-environment jsdom
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { rate } from "../fields.ts";
import { RateField } from "./RateField.tsx";
import { input, mountField } from "./test-harness.tsx";

describe("RateField", () => {
  it("shows the computed rate and 无 for 0/0", () => {
    mountField(rate(), { numerator: 0, denominator: 0 }, (f) => (
      <RateField form={f} path="field" label="比率" />
    ));
    expect(screen.getByTestId("field-rate").textContent).toContain("无");
    fireEvent.change(input("field.denominator"), { target: { value: "4" } });
    expect(screen.getByTestId("field-rate").textContent).toContain("0%");
  });
});
