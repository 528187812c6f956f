// @vitest-environment jsdom
import { sections } from "@nianbao/sections";
import { describeDataChanges } from "@nianbao/sdk";
import { collectFields } from "@nianbao/sdk/react";
import { installDomShims } from "@nianbao/sdk/testing";
import { describe, expect, it } from "vitest";

/** English, possibly quoting a Chinese term of the report ("Principal leaders gave their annual 述法"). */
const isEnglish = (s: string) =>
  /[A-Za-z]{2,}/.test(s) && (s.match(/[\u3400-\u9fff]+/g) ?? []).every((run) => run.length <= 12);

/** Whether a dot path exists in the defaults (a row or list item path needs only its list). */
function exists(values: unknown, path: string): boolean {
  let v: unknown = values;
  for (const key of path.split(".")) {
    if (v === null || typeof v !== "object" || !(key in (v as object))) return false;
    v = (v as Record<string, unknown>)[key];
  }
  return true;
}

describe("the field catalog of every installed plugin (readable changes, the English UI)", () => {
  installDomShims();
  for (const plugin of sections.list()) {
    it(`${plugin.id}: every field has an English label and a path in the data`, async () => {
      const fields = await collectFields(plugin);
      expect(fields.length).toBeGreaterThan(0);
      for (const f of fields) {
        const en = typeof f.label === "string" ? undefined : f.label.en;
        expect(en, `${plugin.id} ${f.path}: no English label`).toBeTruthy();
        expect(isEnglish(en ?? ""), `${plugin.id} ${f.path}: English label "${en}" is not English`).toBe(
          true,
        );
        expect(exists(plugin.defaults, f.path), `${plugin.id} ${f.path}: not in the defaults`).toBe(true);
      }
      // A change of the first field reads by its label, not its path.
      const first = fields.find((f) => f.kind === "count" || f.kind === "text" || f.kind === "narrative");
      if (first) {
        const after = structuredClone(plugin.defaults) as Record<string, unknown>;
        let o = after;
        const keys = first.path.split(".");
        for (const k of keys.slice(0, -1)) o = o[k] as Record<string, unknown>;
        o[keys.at(-1)!] = first.kind === "count" ? 7 : "新内容";
        const [change] = describeDataChanges(plugin.defaults, after, fields, "en");
        expect(change?.label).toBe(typeof first.label === "string" ? first.label : first.label.en);
      }
    });
  }
});
