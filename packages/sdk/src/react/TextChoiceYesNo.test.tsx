// @vitest-environment jsdom
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ChoiceField } from "./ChoiceField.tsx";
import { TextField } from "./TextField.tsx";
import { YesNoField } from "./YesNoField.tsx";
import { input, mountField } from "./test-harness.tsx";

describe("TextField, ChoiceField and YesNoField", () => {
  it("store a text, a choice and a yes/no", () => {
    const { form } = mountField(
      z.object({ t: z.string(), c: z.string(), y: z.boolean() }),
      { t: "", c: "", y: false },
      (f) => (
        <>
          <TextField form={f} path="field.t" label="名称" />
          <ChoiceField
            form={f}
            path="field.c"
            label="频次"
            options={[
              { value: "", label: "不填" },
              { value: "每月", label: "每月" },
            ]}
          />
          <YesNoField form={f} path="field.y" label="常态化" />
        </>
      ),
    );
    fireEvent.change(input("field.t"), { target: { value: "司法所" } });
    fireEvent.click(screen.getByLabelText("常态化"));
    expect(form().values.field).toMatchObject({ t: "司法所", y: true });
    expect(screen.getAllByDisplayValue("不填").length).toBeGreaterThan(0);
  });
});
