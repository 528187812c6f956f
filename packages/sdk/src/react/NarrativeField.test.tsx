// @vitest-environment jsdom
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { narrative } from "../fields.ts";
import { NarrativeField } from "./NarrativeField.tsx";
import { input, mountField } from "./test-harness.tsx";

describe("NarrativeField", () => {
  it("counts characters against its limit", () => {
    const { form } = mountField(narrative({ max: 10 }), "", (f) => (
      <NarrativeField form={f} path="field" label="其他" maxLength={10} />
    ));
    fireEvent.change(input("field"), { target: { value: "一二三" } });
    expect(form().values.field).toBe("一二三");
    expect(screen.getByText("3/10")).toBeTruthy();
  });
});
