// @vitest-environment jsdom
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { checklist } from "../fields.ts";
import { ChecklistField } from "./ChecklistField.tsx";
import { mountField } from "./test-harness.tsx";

describe("ChecklistField", () => {
  const options = [
    { key: "a", label: "公示制度" },
    { key: "b", label: "法制审核" },
  ] as const;
  it("stores every option as yes or no", () => {
    const { form } = mountField(checklist(options), { a: false, b: false }, (f) => (
      <ChecklistField form={f} path="field" label="制度" options={options} />
    ));
    fireEvent.click(screen.getByLabelText("法制审核"));
    expect(form().values.field).toEqual({ a: false, b: true });
  });
});
