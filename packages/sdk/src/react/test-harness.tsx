// Test helper of the form kit's own tests (not exported): mounts one field on a real section form.
import { MantineProvider } from "@mantine/core";
import { cleanup, render, type RenderResult } from "@testing-library/react";
import type { ReactNode } from "react";
import { z } from "zod";
import { defineSection, type AnySectionPlugin } from "../define.ts";
import { installDomShims } from "../testing/index.ts";
import { useSectionForm, type SectionForm } from "./form-state.ts";

/** A plugin whose data is `{ field: <schema> }`. */
export function pluginOf(field: z.ZodType, initial: unknown): AnySectionPlugin {
  const schema = z.object({ field });
  return defineSection({
    id: "kit-test",
    version: 1,
    title: { "zh-CN": "测试", en: "Test" },
    schema,
    defaults: { field: initial } as z.output<typeof schema>,
    settings: z.object({}),
    metrics: {},
    checks: [],
    render: () => [],
    form: async () => ({ default: () => null }),
  });
}

/** Mount `field(form)` on a form holding `{ field: initial }`; returns the view and the live form. */
export function mountField(
  schema: z.ZodType,
  initial: unknown,
  field: (form: SectionForm) => ReactNode,
): { view: RenderResult; form: () => SectionForm } {
  installDomShims();
  cleanup();
  const plugin = pluginOf(schema, initial);
  let current: SectionForm | null = null;
  function Harness() {
    const form = useSectionForm(plugin, plugin.defaults);
    current = form;
    return <>{field(form)}</>;
  }
  const view = render(
    <MantineProvider>
      <Harness />
    </MantineProvider>,
  );
  return { view, form: () => current! };
}

/** The input of a field by its data path. */
export const input = (path: string) => document.querySelector(`[data-path="${path}"]`) as HTMLInputElement;
