// @vitest-environment jsdom
import { act, fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { qualifiedCount } from "../figures.ts";
import { QualifiedCountField } from "./QualifiedCountField.tsx";
import { input, mountField } from "./test-harness.tsx";

describe("QualifiedCountField", () => {
  it("edits the value and shows the fixed unit", () => {
    const { form } = mountField(qualifiedCount(), { value: null, qualifier: "" }, (f) => (
      <QualifiedCountField form={f} path="field" label="学法" unit="场" />
    ));
    expect(screen.getByText("场")).toBeTruthy();
    fireEvent.change(input("field.value"), { target: { value: "20" } });
    expect(form().values.field).toEqual({ value: 20, qualifier: "" });
    act(() => form().setFieldValue("field.qualifier", "余"));
    expect(form().validate().hasErrors).toBe(false);
  });
});
