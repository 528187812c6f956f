// @vitest-environment jsdom
import { fireEvent } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { count } from "../fields.ts";
import { CountField } from "./CountField.tsx";
import { input, mountField } from "./test-harness.tsx";

describe("CountField", () => {
  it("stores a number, null when cleared", () => {
    const { form } = mountField(count(), null, (f) => (
      <CountField form={f} path="field" label="次数" unit="次" />
    ));
    fireEvent.change(input("field"), { target: { value: "3" } });
    expect(form().values.field).toBe(3);
    fireEvent.change(input("field"), { target: { value: "" } });
    expect(form().values.field).toBeNull();
  });
});
