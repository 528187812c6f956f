import type { AnySectionPlugin } from "@nianbao/sdk";
import type { SectionFormProps } from "@nianbao/sdk/react";
import { lazy, type ComponentType, type LazyExoticComponent } from "react";

type PluginForm = LazyExoticComponent<ComponentType<SectionFormProps>>;
const forms = new Map<string, PluginForm>();

/** The plugin's React form, loaded on first use (one lazy component per plugin, so it loads once). */
export function usePluginForm(plugin: AnySectionPlugin): PluginForm {
  let form = forms.get(plugin.id);
  if (!form) {
    form = lazy(plugin.form as () => Promise<{ default: ComponentType<SectionFormProps> }>);
    forms.set(plugin.id, form);
  }
  return form;
}
