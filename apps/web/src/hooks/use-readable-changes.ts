import { sections } from "@nianbao/sections";
import { describeDataChanges, type FieldEntry, type ReadableChange, type ValueChange } from "@nianbao/sdk";
import { collectFields } from "@nianbao/sdk/react";
import { useQuery } from "@tanstack/react-query";
import { useAppLocale } from "./use-app-locale.ts";

/**
 * The field catalog of a plugin's form (labels and kinds, read from the form itself; see the SDK's
 * field-catalog.tsx), collected once per plugin and session. Empty while loading or for a missing plugin.
 */
export function useFieldCatalog(pluginId: string | null | undefined): FieldEntry[] | undefined {
  const plugin = pluginId ? sections.get(pluginId) : undefined;
  const q = useQuery({
    queryKey: ["field-catalog", pluginId, plugin?.version],
    queryFn: () => (plugin ? collectFields(plugin) : Promise.resolve([])),
    staleTime: Infinity,
    gcTime: Infinity,
    enabled: !!pluginId,
  });
  return pluginId ? q.data : [];
}

/**
 * A section's changes as people read them: its fields by label with values as the report prints them
 * (describeDataChanges), then its own words paragraph by paragraph (already readable: place and text).
 */
export function useReadableChanges(
  pluginId: string | null | undefined,
  before: unknown,
  after: unknown,
  textChanges: readonly ValueChange[] = [],
): ReadableChange[] | undefined {
  const { locale } = useAppLocale();
  const fields = useFieldCatalog(pluginId);
  if (!fields) return undefined;
  return [
    ...describeDataChanges(before, after, fields, locale),
    ...textChanges.map((c) => ({ path: c.path, label: c.path, before: c.before, after: c.after })),
  ];
}
