// @vitest-environment jsdom
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { orderedItems } from "../fields.ts";
import { OrderedItemsField } from "./OrderedItemsField.tsx";
import { mountField } from "./test-harness.tsx";

describe("OrderedItemsField", () => {
  it("adds, numbers and removes items", () => {
    const { form } = mountField(orderedItems(), [], (f) => (
      <OrderedItemsField form={f} path="field" label="问题" withLead />
    ));
    fireEvent.click(screen.getByText("添加一项"));
    fireEvent.click(screen.getByText("添加一项"));
    expect(screen.getByText("二是")).toBeTruthy();
    expect(form().values.field).toHaveLength(2);
    fireEvent.click(screen.getAllByText("删除")[0]!);
    expect(form().values.field).toHaveLength(1);
  });
});
