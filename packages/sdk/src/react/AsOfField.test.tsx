// @vitest-environment jsdom
import { act, fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { asOf, emptyAsOf } from "../figures.ts";
import { AsOfField } from "./AsOfField.tsx";
import { input, mountField } from "./test-harness.tsx";

describe("AsOfField", () => {
  it("reads the whole year until a month is chosen, then 截至N月底 / 截至N月D日", () => {
    const { form } = mountField(asOf(), emptyAsOf(), (f) => <AsOfField form={f} path="field" />);
    expect(screen.getByTestId("field-asof").textContent).toBe("全年");
    act(() => form().setFieldValue("field", { month: 10, day: null }));
    expect(screen.getByTestId("field-asof").textContent).toBe("截至10月底");
    fireEvent.change(input("field.day"), { target: { value: "20" } });
    expect(screen.getByTestId("field-asof").textContent).toBe("截至10月20日");
  });
});
