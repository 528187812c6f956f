import { runChecks, type AnySectionPlugin, type CheckResult } from "@nianbao/sdk";
import { useSectionForm, type SectionForm } from "@nianbao/sdk/react";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker } from "react-router";
import type { AppLocale } from "../i18n/index.ts";
import { describeSaveError, type ConflictDetail, type SaveError } from "../lib/save-errors.ts";
import { asSectionStatus, type SectionStatus } from "../lib/status.ts";
import { useTRPC, useTRPCClient } from "../trpc.ts";

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
  /** The current values parsed by the plugin's schema (success: they can be saved and previewed). */
  parsed: { success: true; data: unknown } | { success: false };
  dirty: boolean;
  saving: boolean;
  savedAt: Date | null;
  revision: number;
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
}

function merge(a: SaveOptions | null, b: SaveOptions): SaveOptions {
  return { auto: (a?.auto ?? true) && b.auto, complete: b.complete ?? a?.complete, force: a?.force || b.force };
}

/**
 * The core's side of a section form: form state validated by the plugin's schema, save with optimistic
 * locking (one request at a time, later requests queued), debounced autosave of valid edits, completion,
 * server field errors mapped back onto fields, and conflicts that never overwrite anything silently.
 */
export function useSectionEditor({
  reportId,
  sectionKey,
  plugin,
  loaded,
  locale,
}: {
  reportId: string;
  sectionKey: string;
  plugin: AnySectionPlugin;
  loaded: LoadedSection;
  locale: AppLocale;
}): SectionEditor {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const form = useSectionForm(plugin, loaded.data);

  const revisionRef = useRef(loaded.revision);
  const statusRef = useRef<SectionStatus>(asSectionStatus(loaded.status));
  const conflictRef = useRef<string | null>(null);
  const noteRef = useRef<string | null>(loaded.note ?? null);
  const [conflictDetail, setConflictDetail] = useState<ConflictDetail | null>(null);
  const inFlight = useRef(false);
  const queued = useRef<SaveOptions | null>(null);

  const [revision, setRevision] = useState(loaded.revision);
  const [status, setStatus] = useState<SectionStatus>(statusRef.current);
  const [serverChecks, setServerChecks] = useState<CheckResult[]>(loaded.checks);
  const [saving, setSaving] = useState(false);
  const [savedAt, setSavedAt] = useState<Date | null>(loaded.updatedAt ? new Date(loaded.updatedAt) : null);
  const [conflict, setConflictState] = useState<string | null>(null);
  const [failure, setFailure] = useState<SaveFailure | null>(null);
  const [notice, setNotice] = useState<SaveNotice | null>(null);

  const setConflict = (message: string | null) => {
    conflictRef.current = message;
    setConflictState(message);
  };

  const values = form.values;
  const parsed = useMemo(() => {
    const r = plugin.schema.safeParse(values);
    return r.success ? ({ success: true, data: r.data } as const) : ({ success: false } as const);
  }, [plugin, values]);
  const dirty = form.isDirty();
  const checks = useMemo(
    () => (parsed.success ? runChecks(plugin, parsed.data, loaded.settings, locale) : serverChecks),
    [parsed, plugin, loaded.settings, locale, serverChecks],
  );
  const hasErrors = checks.some((c) => c.level === "error");

  /** The request for the current values, or null when they do not parse. */
  const request = useCallback(
    (complete: boolean | undefined) => {
      const data = form.getValues();
      const result = plugin.schema.safeParse(data);
      if (!result.success) return null;
      // A complete section stays asked to be complete: when a check now blocks it, the server keeps the
      // edit as a draft and says why (the notice), instead of the client dropping the mark silently.
      return {
        reportId,
        sectionKey,
        baseRevision: revisionRef.current,
        data,
        complete: complete ?? statusRef.current === "complete",
        note: noteRef.current,
      };
    },
    [form, plugin, reportId, sectionKey],
  );

  const refreshReport = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: trpc.report.byId.queryKey({ reportId }) });
    void queryClient.invalidateQueries({ queryKey: trpc.report.full.queryKey({ reportId }) });
  }, [queryClient, trpc, reportId]);

  const saveRef = useRef<(o?: SaveOptions) => Promise<void>>(async () => undefined);

  const save = useCallback(
    async (options: SaveOptions = {}) => {
      if (conflictRef.current) return;
      if (!options.force && options.complete === undefined && !form.isDirty()) return;
      const input = request(options.complete);
      if (!input) {
        if (!options.auto) {
          form.validate();
          setFailure({ kind: "invalid-form" });
        }
        return;
      }
      if (inFlight.current) {
        queued.current = merge(queued.current, options);
        return;
      }
      inFlight.current = true;
      setSaving(true);
      try {
        const r = await client.section.save.mutate(input);
        revisionRef.current = r.revision;
        statusRef.current = r.status;
        if (r.status !== "complete") noteRef.current = null;
        setRevision(r.revision);
        setStatus(r.status);
        setServerChecks(r.checks);
        setSavedAt(new Date(r.savedAt));
        setFailure(null);
        setNotice(r.notice ? { reason: r.notice.reason, message: r.notice.message } : null);
        form.resetDirty(input.data);
        queryClient.setQueryData(trpc.section.get.queryKey({ reportId, sectionKey }), (old) =>
          old ? { ...old, data: input.data, revision: r.revision, status: r.status, checks: r.checks, updatedAt: r.savedAt } : old,
        );
        refreshReport();
      } catch (e) {
        const error = describeSaveError(e);
        if (error.kind === "conflict") {
          setConflict(error.message);
          setConflictDetail(error.conflict ?? null);
          setFailure(null);
        } else {
          if (Object.keys(error.mapping.fields).length > 0) form.setErrors(error.mapping.fields);
          setFailure({ kind: "server", error });
        }
      } finally {
        inFlight.current = false;
        setSaving(false);
        const next = queued.current;
        queued.current = null;
        if (next && !conflictRef.current) void saveRef.current(next);
      }
    },
    [client, form, queryClient, refreshReport, reportId, request, sectionKey, trpc],
  );

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  // Autosave: valid edits, ~2 s after the last change; never while a conflict is shown.
  useEffect(() => {
    if (!dirty || !parsed.success || conflict) return;
    const id = window.setTimeout(() => void saveRef.current({ auto: true }), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(id);
  }, [values, dirty, parsed.success, conflict]);

  // Leaving the section before the autosave fired: save what can be saved. (Refs, so that the cleanup runs
  // on unmount only, with the last rendered state.)
  const latest = useRef({ dirty, valid: parsed.success });
  const flushOnUnmount = useRef(() => {});
  useEffect(() => {
    latest.current = { dirty, valid: parsed.success };
    flushOnUnmount.current = () => {
      if (!dirty || !parsed.success || conflictRef.current || inFlight.current) return;
      const input = request(undefined);
      if (input) void client.section.save.mutate(input).then(refreshReport, () => undefined);
    };
  });
  useEffect(() => () => flushOnUnmount.current(), []);

  // Edits that cannot be saved (invalid, or in conflict) are not lost by leaving without a word.
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      latest.current.dirty && (!latest.current.valid || conflictRef.current !== null) && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (window.confirm(t("section.unsavedLeave"))) blocker.proceed();
    else blocker.reset();
  }, [blocker, t]);
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", onBeforeUnload);
    return () => window.removeEventListener("beforeunload", onBeforeUnload);
  }, [dirty]);

  const setComplete = useCallback(
    (complete: boolean, note?: string) => {
      if (note !== undefined) noteRef.current = note;
      return save({ complete, force: true });
    },
    [save],
  );

  const overwrite = useCallback(async () => {
    try {
      const current = await client.section.get.query({ reportId, sectionKey });
      revisionRef.current = current.revision;
      setRevision(current.revision);
      setConflict(null);
      setConflictDetail(null);
      await save({ force: true });
    } catch (e) {
      setFailure({ kind: "server", error: describeSaveError(e) });
    }
  }, [client, reportId, sectionKey, save]);

  return {
    form,
    parsed,
    dirty,
    saving,
    savedAt,
    revision,
    status,
    checks,
    hasErrors,
    conflict,
    conflictDetail,
    failure: failure?.kind === "invalid-form" && parsed.success ? null : failure,
    notice,
    save,
    setComplete,
    overwrite,
  };
}
