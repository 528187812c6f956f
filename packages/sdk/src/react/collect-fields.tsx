import { MantineProvider } from "@mantine/core";
import type { ComponentType } from "react";
import { flushSync } from "react-dom";
import { createRoot } from "react-dom/client";
import type { AnySectionPlugin } from "../define.ts";
import type { FieldEntry } from "../describe.ts";
import { FieldCatalogProvider } from "./field-catalog.tsx";
import type { SectionForm } from "./form-state.ts";
import { LocaleProvider } from "./locale.tsx";

/**
 * A form state that holds the plugin's defaults and does nothing: enough for a form to lay out its fields
 * while its catalog is collected (any method the form calls is a no-op).
 */
function inertForm(values: unknown): SectionForm {
  const base: Record<string, unknown> = { values, errors: {} };
  return new Proxy(base, {
    get: (target, prop: string) => (prop in target ? target[prop] : () => undefined),
  }) as unknown as SectionForm;
}

/**
 * The field catalog of a plugin's form (see field-catalog.tsx), in the order the form lays the fields out:
 * renders the form once, in a detached element, with every kit field only registering itself. Browser only.
 */
export async function collectFields(plugin: AnySectionPlugin): Promise<FieldEntry[]> {
  const Form = (await plugin.form()).default as ComponentType<{
    form: SectionForm;
    settings: unknown;
    readOnly?: boolean;
  }>;
  const found = new Map<string, FieldEntry>();
  const register = (e: FieldEntry) => {
    if (!found.has(e.path)) found.set(e.path, e);
  };
  const root = createRoot(document.createElement("div"));
  try {
    flushSync(() =>
      root.render(
        <MantineProvider withCssVariables={false} withGlobalClasses={false}>
          <LocaleProvider value="zh-CN">
            <FieldCatalogProvider value={register}>
              <Form form={inertForm(plugin.defaults)} settings={plugin.settings.parse({})} readOnly />
            </FieldCatalogProvider>
          </LocaleProvider>
        </MantineProvider>,
      ),
    );
  } finally {
    root.unmount();
  }
  return [...found.values()];
}
