// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { rows } from "../fields.ts";
import { ConfirmProvider, type ConfirmRequest } from "./confirm.ts";
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

  it("asks before removing a row that holds something (kept on cancel, removed on confirm); an empty row goes without a question", async () => {
    const asked: ConfirmRequest[] = [];
    let answer = false;
    const { form } = mountField(rows({ name: z.string() }), [{ name: "张某" }, { name: "" }], (f) => (
      <ConfirmProvider value={async (r) => (asked.push(r), answer)}>
        <RowsField
          form={f}
          path="field"
          label="台账"
          columns={[{ key: "name", label: "名称", kind: "text" }]}
          emptyRow={{ name: "" }}
        />
      </ConfirmProvider>
    ));
    fireEvent.click(screen.getAllByText("删除")[1]!);
    await waitFor(() => expect(form().values.field).toEqual([{ name: "张某" }]));
    expect(asked).toHaveLength(0);
    fireEvent.click(screen.getByText("删除"));
    await waitFor(() => expect(asked).toHaveLength(1));
    expect(asked[0]!.title).toBe("删除这一行？");
    expect(form().values.field).toEqual([{ name: "张某" }]);
    answer = true;
    fireEvent.click(screen.getByText("删除"));
    await waitFor(() => expect(form().values.field).toEqual([]));
  });
});
