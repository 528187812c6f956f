// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { Stack } from "@mantine/core";
import { z } from "zod";
import { defineSection } from "../define.ts";
import { rate } from "../fields.ts";
import { describeDataChanges } from "../describe.ts";
import { installDomShims } from "../testing/index.ts";
import { collectFields } from "./collect-fields.tsx";
import { CountField } from "./CountField.tsx";
import { RateField } from "./RateField.tsx";
import { RowsField } from "./RowsField.tsx";
import type { SectionFormProps } from "./form-state.ts";

const schema = z.object({
  meetings: z.number().nullable(),
  pass: rate(),
  ledger: z.array(z.object({ name: z.string(), n: z.number().nullable() })),
  legacy: z.string().optional(),
});
function Form({ form }: SectionFormProps) {
  return (
    <Stack>
      <CountField form={form} path="meetings" unit="次" label={{ "zh-CN": "召开会议", en: "Meetings" }} />
      <RateField form={form} path="pass" label={{ "zh-CN": "考试合格率", en: "Pass rate" }} />
      <RowsField
        form={form}
        path="ledger"
        label="台账"
        columns={[
          { key: "name", label: "名称", kind: "text" },
          { key: "n", label: "件数", kind: "number" },
        ]}
        emptyRow={{ name: "", n: null }}
      />
    </Stack>
  );
}
const plugin = defineSection({
  id: "catalog-test",
  version: 1,
  title: "测试",
  schema,
  defaults: { meetings: null, pass: { numerator: null, denominator: null }, ledger: [] },
  settings: z.object({}),
  metrics: {},
  checks: [],
  render: () => [],
  form: async () => ({ default: Form }),
});

describe("collectFields + describeDataChanges", () => {
  it("reads labels and kinds from the form and prints changes as the report does", async () => {
    installDomShims();
    const fields = await collectFields(plugin);
    expect(fields.map((f) => [f.path, f.kind])).toEqual([
      ["meetings", "count"],
      ["pass", "rate"],
      ["ledger", "rows"],
    ]);
    const before = {
      meetings: 2,
      pass: { numerator: 3, denominator: 4 },
      ledger: [{ name: "甲", n: 1 }],
      legacy: "x",
    };
    const after = { meetings: 5, pass: { numerator: 4, denominator: 4 }, ledger: [{ name: "乙", n: 1 }] };
    expect(describeDataChanges(before, after, fields)).toEqual([
      { path: "meetings", label: "召开会议", before: "2次", after: "5次" },
      { path: "pass", label: "考试合格率", before: "3/4（75%）", after: "4/4（100%）" },
      { path: "ledger.0.name", label: "台账 第1行 名称", before: "甲", after: "乙" },
      { path: "legacy", label: "legacy", before: "x", after: null },
    ]);
    expect(describeDataChanges(before, after, fields, "en")[1]!.label).toBe("Pass rate");
  });
});
