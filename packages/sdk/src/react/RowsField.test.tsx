// @vitest-environment jsdom
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { rows } from "../fields.ts";
import { RowsField } from "./RowsField.tsx";
import { mountField } from "./test-harness.tsx";

describe("RowsField", () => {
  it("adds a row from the empty row", () => {
    const { form } = mountField(rows({ name: z.string() }), [], (f) => (
      <RowsField
        form={f}
        path="field"
        label="台账"
        columns={[{ key: "name", label: "名称", kind: "text" }]}
        emptyRow={{ name: "" }}
      />
    ));
    fireEvent.click(screen.getByText("添加一行"));
    expect(form().values.field).toEqual([{ name: "" }]);
  });
});
