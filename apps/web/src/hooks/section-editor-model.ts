/**
 * The section editor's model: what it loads, saves and reports (the types useSectionEditor speaks), and the
 * pure helpers it runs on them. The hook itself is use-section-editor.ts.
 */
import type { CheckResult } from "@nianbao/sdk";
import { normaliseDoc, parseText, type FigureCatalog, type TextDoc } from "@nianbao/text";
import type { SectionForm } from "@nianbao/sdk/react";
import type { ConflictDetail, SaveError } from "../lib/save-errors.ts";
import type { SectionStatus } from "../lib/status.ts";

/** The own words as compared for "changed": parsed and normalised, so that the editor's shape of the same text is not a change. */
export function canonicalText(text: unknown): string {
  if (text === null || text === undefined) return "null";
  const r = parseText(text);
  return JSON.stringify(r.ok ? normaliseDoc(r.doc) : text);
}

/** Autosave waits this long after the last edit. */
export const AUTOSAVE_DELAY_MS = 2000;

/** A section as loaded from section.get. */
export interface LoadedSection {
  data?: unknown;
  revision: number;
  status: string;
  checks: CheckResult[];
  settings?: unknown;
  updatedAt: string | Date | null;
  note?: string | null;
  /** The own words (a @nianbao/text document), null in generated mode. */
  text?: unknown;
}

export interface SaveOptions {
  /** Started by the autosave timer (stays quiet when the form is invalid). */
  auto?: boolean;
  /** Set the completion mark; absent: keep it (dropped to draft when an error-level check fails). */
  complete?: boolean;
  /** Save even when nothing changed (marking complete, overwriting after a conflict). */
  force?: boolean;
}

export type SaveFailure = { kind: "invalid-form" } | { kind: "server"; error: SaveError };

/** The server kept a save asked to be complete as a draft (填报中): why (errors to fix, or warnings needing a note). */
export interface SaveNotice {
  reason: "checks_failed" | "note_required";
  message: string;
}

export interface SectionEditor {
  form: SectionForm;
  /** The own words as edited now (null: generated mode, the plugin's renderer prints). */
  text: TextDoc | null;
  /** An edit of the own words (saved with the form's values, by the same autosave). */
  setText: (doc: TextDoc) => void;
  /** The section's figures with the values of the form as it is now (the last valid values while invalid). */
  catalog: FigureCatalog;
  /** The current values parsed by the plugin's schema (success: they can be saved and previewed). */
  parsed: { success: true; data: unknown } | { success: false };
  dirty: boolean;
  saving: boolean;
  savedAt: Date | null;
  revision: number;
  /** The revision edits are based on right now (after a save that has just finished, too). */
  currentRevision: () => number;
  /** True while edits wait to be saved (read now, not at the last render). */
  isDirty: () => boolean;
  status: SectionStatus;
  /** Live checks of the current values (the last server checks while the form is invalid). */
  checks: CheckResult[];
  hasErrors: boolean;
  /** The CONFLICT message while the server holds a newer revision than the one being edited. */
  conflict: string | null;
  /** The other person's version on CONFLICT (who, when, what), to compare with the edits on screen. */
  conflictDetail: ConflictDetail | null;
  failure: SaveFailure | null;
  /** Set while the last save was kept as a draft although the section was (or was being marked) complete. */
  notice: SaveNotice | null;
  save: (options?: SaveOptions) => Promise<void>;
  /** Mark complete (with a note accepting the warnings, when there are some) or back to a draft. */
  setComplete: (complete: boolean, note?: string) => Promise<void>;
  /** After a conflict: save the edits on screen over the server's latest revision. */
  overwrite: () => Promise<void>;
  /** No connection: edits are kept in the browser and saved when it returns. */
  offline: boolean;
  /** The session expired while saving: the edit is kept and saved after signing in again. */
  sessionExpired: boolean;
  /** An edit kept in the browser earlier (closed tab, offline, expired session) was put back on screen. */
  restored: boolean;
  /** Forget the edit kept in the browser and nothing more is saved from this form (before a reload). */
  discardKept: () => Promise<void>;
}

export function merge(a: SaveOptions | null, b: SaveOptions): SaveOptions {
  return {
    auto: (a?.auto ?? true) && b.auto,
    complete: b.complete ?? a?.complete,
    force: a?.force || b.force,
  };
}
