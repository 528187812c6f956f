/**
 * The field catalog: what a plugin's form lays out, read from the form itself. Every field of the form kit
 * registers its dot path, label and kind here, so the core can name a changed value by its label ("调处矛盾纠纷"
 * rather than "disputes.mediated") and print it as the report does (see describe.ts) without knowing any
 * plugin's fields. The core renders a plugin's form once inside `FieldCatalogProvider` (collect mode): the
 * kit's fields register and render nothing.
 */
import { createContext, useContext } from "react";
import type { FieldEntry } from "../describe.ts";

type Register = (entry: FieldEntry) => void;
const FieldCatalogContext = createContext<Register | null>(null);

/** Collect mode: the kit fields below call `value` with their entry and render nothing. */
export const FieldCatalogProvider = FieldCatalogContext.Provider;

/**
 * For a kit field: registers it when a catalog is being collected and returns true (the field then renders
 * nothing); returns false in a normal form.
 */
export function useFieldEntry(entry: FieldEntry): boolean {
  const register = useContext(FieldCatalogContext);
  if (!register) return false;
  register(entry);
  return true;
}
