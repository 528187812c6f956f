import { ProcedureError, type AnySectionPlugin } from "@nianbao/sdk";
import type { SectionActions } from "@nianbao/sdk/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { describeSaveError } from "../lib/save-errors.ts";
import { useTRPCClient } from "../trpc.ts";
import type { SectionEditor } from "./use-section-editor.ts";

type Callable = { mutate: (input: unknown) => Promise<unknown>; query: (input: unknown) => Promise<unknown> };

/**
 * The core's side of a plugin form calling its plugin's own procedures (plugins.<pluginId>.<name>): pending
 * edits are saved first, the call names this report section (the server applies the section's access
 * rule), a mutation reloads the section afterwards, and a refusal becomes a ProcedureError with the
 * server's row/field messages.
 */
export function useSectionActions({
  reportId,
  sectionKey,
  plugin,
  editor,
  onReload,
}: {
  reportId: string;
  sectionKey: string;
  plugin: AnySectionPlugin;
  editor: SectionEditor;
  onReload: () => Promise<void>;
}): SectionActions {
  const { t } = useTranslation();
  const client = useTRPCClient();
  const { save, form } = editor;
  return useMemo(
    () => ({
      async call(name: string, input: unknown) {
        const proc = plugin.procedures?.[name];
        if (!proc) throw new ProcedureError(t("section.noSuchAction", { name }));
        if (proc.kind === "mutation" && form.isDirty()) {
          await save({ force: true });
          if (form.isDirty()) throw new ProcedureError(t("section.saveBeforeAction"));
        }
        // The plugin routers are built from the registry, so their paths are not in the client's static type.
        const callable = (client as unknown as { plugins: Record<string, Record<string, Callable>> }).plugins[
          plugin.id
        ]![name]!;
        let result: unknown;
        try {
          const args = { reportId, sectionKey, input };
          result = proc.kind === "mutation" ? await callable.mutate(args) : await callable.query(args);
        } catch (e) {
          const err = describeSaveError(e);
          const fieldErrors =
            (e as { data?: { fieldErrors?: Array<{ path: string; message: string }> } }).data?.fieldErrors ??
            [];
          throw new ProcedureError(
            err.message,
            fieldErrors.map((f) => ({ path: f.path.replace(/^input\./, ""), message: f.message })),
          );
        }
        if (proc.kind === "mutation") await onReload();
        return result;
      },
    }),
    [client, form, onReload, plugin, reportId, save, sectionKey, t],
  );
}
