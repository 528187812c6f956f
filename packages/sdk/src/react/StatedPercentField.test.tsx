// @vitest-environment jsdom
import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineSection } from "../define.ts";
import { formatFieldValue } from "../describe.ts";
import { emptyStatedPercent, statedPercent } from "../figures.ts";
import { installDomShims } from "../testing/index.ts";
import { collectFields } from "./collect-fields.tsx";
import type { SectionFormProps } from "./form-state.ts";
import { StatedPercentField } from "./StatedPercentField.tsx";
import { input, mountField } from "./test-harness.tsx";

describe("StatedPercentField", () => {
  it("takes a percentage and its qualifier, prints it, and validates 0 to 100", () => {
    const { form } = mountField(statedPercent(), emptyStatedPercent(), (f) => (
      <StatedPercentField form={f} path="field" label="报备率" />
    ));
    expect(screen.getByTestId("field-rate").textContent).toContain("未填写");
    fireEvent.change(input("field.percent"), { target: { value: "90" } });
    expect(form().values.field).toEqual({ percent: 90, percentQualifier: "" });
    expect(screen.getByTestId("field-rate").textContent).toContain("90%");
    expect(form().validate().hasErrors).toBe(false);
    fireEvent.change(input("field.percent"), { target: { value: "120" } });
    expect(form().validate().hasErrors).toBe(true);
  });

  it("opens with a stated value and its qualifier", () => {
    mountField(statedPercent(), { percent: 90, percentQualifier: "以上" }, (f) => (
      <StatedPercentField form={f} path="field" label="报备率" />
    ));
    expect(screen.getByTestId("field-rate").textContent).toContain("90%以上");
  });

  it("registers in the field catalog as a stated percentage, printed as reports write it", async () => {
    installDomShims();
    const Form = ({ form }: SectionFormProps) => (
      <StatedPercentField form={form} path="filing" label="报备率" />
    );
    const plugin = defineSection({
      id: "stated-percent-test",
      version: 1,
      title: "测试",
      checks: [],
      schema: z.object({ filing: statedPercent() }),
      defaults: { filing: emptyStatedPercent() },
      settings: z.object({}),
      metrics: {},
      render: () => [],
      form: async () => ({ default: Form }),
    });
    const fields = await collectFields(plugin);
    expect(fields).toEqual([{ path: "filing", label: "报备率", kind: "statedPercent" }]);
    expect(formatFieldValue(fields[0]!, { percent: 90, percentQualifier: "近" })).toBe("近90%");
    expect(formatFieldValue(fields[0]!, emptyStatedPercent())).toBeNull();
  });
});
