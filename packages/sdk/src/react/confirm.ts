import { createContext, useContext } from "react";
import type { LocalizedText } from "../text.ts";
import { KIT_TEXT } from "./kit-text.ts";
import { useT } from "./locale.tsx";

/** A question put to the person before a form action that removes or replaces what they entered. */
export interface ConfirmRequest {
  title: string;
  /** What will happen, one consequence a line. */
  consequences: readonly string[];
  confirmLabel: string;
  /** The action removes or replaces something (a red button). */
  danger?: boolean;
}

/** Resolves true when the person confirms. */
export type Confirm = (request: ConfirmRequest) => Promise<boolean>;

/**
 * How the form kit and plugin forms ask before deleting a row or replacing a ledger: the core provides a
 * dialog in the app (a Mantine modal); without a provider (tests, the sandbox) the action goes ahead.
 */
const ConfirmContext = createContext<Confirm>(() => Promise.resolve(true));
export const ConfirmProvider = ConfirmContext.Provider;
export function useConfirm(): Confirm {
  return useContext(ConfirmContext);
}

/** True when a row or item holds anything typed (deleting an empty one needs no question). */
export function hasContent(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (typeof value === "number" || typeof value === "boolean") return true;
  if (Array.isArray(value)) return value.some(hasContent);
  if (typeof value === "object") return Object.values(value).some(hasContent);
  return false;
}

/**
 * Removes a row or item (`remove`), asking first (the question titled `title`) when it holds anything typed;
 * an empty one goes at once, without a question.
 */
export function useRemoveAfterConfirm(): (
  value: unknown,
  title: LocalizedText,
  remove: () => void,
) => Promise<void> {
  const confirm = useConfirm();
  const tr = useT();
  return async (value, title, remove) => {
    if (
      hasContent(value) &&
      !(await confirm({
        title: tr(title),
        consequences: [tr(KIT_TEXT.removeWhat), tr(KIT_TEXT.removeHistory)],
        confirmLabel: tr(KIT_TEXT.remove),
        danger: true,
      }))
    )
      return;
    remove();
  };
}
