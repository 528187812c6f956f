import { createContext, useContext } from "react";

/**
 * How a plugin's form calls the plugin's own procedures for the section on screen. The core provides it
 * (saving pending edits first, reloading the section after a mutation); where none can be called — the
 * sandbox, a read-only view — it is null and the form says so. A failed call rejects with a
 * ProcedureError (message + issues, e.g. one per bad row).
 */
export interface SectionActions {
  call(name: string, input: unknown): Promise<unknown>;
}
const SectionActionsContext = createContext<SectionActions | null>(null);
export const SectionActionsProvider = SectionActionsContext.Provider;
export function useSectionActions(): SectionActions | null {
  return useContext(SectionActionsContext);
}

/** A browser File as the `uploadedFile()` input of a procedure (base64). */
export async function fileToUpload(
  file: Blob & { name: string },
): Promise<{ name: string; contentBase64: string }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { name: file.name, contentBase64: btoa(binary) };
}
