import { runChecks, type AnySectionPlugin, type CheckResult } from "@nianbao/sdk";
import { checkText, figureCatalog, type TextDoc } from "@nianbao/text";
import { useSectionForm } from "@nianbao/sdk/react";
import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { AppLocale } from "../i18n/index.ts";
import { useUnsavedGuard } from "./use-unsaved-guard.tsx";
import { describeSaveError, type ConflictDetail } from "../lib/save-errors.ts";
import { asSectionStatus, type SectionStatus } from "../lib/status.ts";
import { useTRPC, useTRPCClient } from "../trpc.ts";
import { useKeptEdits } from "./use-kept-edits.ts";
import {
  AUTOSAVE_DELAY_MS,
  canonicalText,
  merge,
  type LoadedSection,
  type SaveFailure,
  type SaveNotice,
  type SaveOptions,
  type SectionEditor,
} from "./section-editor-model.ts";

export {
  AUTOSAVE_DELAY_MS,
  type LoadedSection,
  type SaveFailure,
  type SaveNotice,
  type SaveOptions,
  type SectionEditor,
} from "./section-editor-model.ts";

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
  const trpc = useTRPC();
  const client = useTRPCClient();
  const queryClient = useQueryClient();
  const form = useSectionForm(plugin, loaded.data);

  // The own words are edited beside the form and saved with it: what is on screen, and what was last saved.
  const initialText = (loaded.text ?? null) as TextDoc | null;
  const textRef = useRef<TextDoc | null>(initialText);
  const savedTextJson = useRef(canonicalText(initialText));
  const [textSaves, setTextSaves] = useState(0);
  const [text, setTextState] = useState<TextDoc | null>(initialText);
  const setText = useCallback((doc: TextDoc) => {
    textRef.current = doc;
    setTextState(doc);
  }, []);
  const isTextDirty = useCallback(() => canonicalText(textRef.current) !== savedTextJson.current, []);

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
  // Re-read on every edit of the text and after every save of it.
  const textDirty = useMemo(
    () => text !== undefined && textSaves >= 0 && isTextDirty(),
    [text, textSaves, isTextDirty],
  );
  const dirty = form.isDirty() || textDirty;
  const lastValid = useRef<unknown>(loaded.data ?? plugin.defaults);
  if (parsed.success) lastValid.current = parsed.data;
  const catalog = useMemo(
    () => figureCatalog(plugin, parsed.success ? parsed.data : lastValid.current, loaded.settings),
    [parsed, plugin, loaded.settings],
  );
  // The plugin's checks and, in own words, where the text and the fields disagree (the same rules the
  // server applies on save).
  const checks = useMemo(
    () =>
      parsed.success
        ? [
            ...runChecks(plugin, parsed.data, loaded.settings, locale),
            ...(text ? checkText(text, catalog, { locale }) : []),
          ]
        : serverChecks,
    [parsed, plugin, loaded.settings, locale, serverChecks, text, catalog],
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
        // Generated mode sends no text: the server keeps what it has (none).
        ...(textRef.current ? { text: textRef.current } : {}),
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
  const afterSaveRef = useRef<() => void>(() => undefined);

  const save = useCallback(
    async (options: SaveOptions = {}) => {
      if (conflictRef.current) return;
      if (!options.force && options.complete === undefined && !form.isDirty() && !isTextDirty()) return;
      // Offline: the edit is kept in the browser (useKeptEdits) and saved when the connection returns.
      if (!navigator.onLine) return;
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
        if ("text" in input) {
          savedTextJson.current = canonicalText(input.text);
          setTextSaves((n) => n + 1);
        }
        queryClient.setQueryData(trpc.section.get.queryKey({ reportId, sectionKey }), (old) =>
          old
            ? {
                ...old,
                data: input.data,
                ...("text" in input ? { text: input.text } : {}),
                revision: r.revision,
                status: r.status,
                checks: r.checks,
                updatedAt: r.savedAt,
              }
            : old,
        );
        refreshReport();
        afterSaveRef.current();
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
    [client, form, isTextDirty, queryClient, refreshReport, reportId, request, sectionKey, trpc],
  );

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const kept = useKeptEdits({
    reportId,
    sectionKey,
    form,
    textRef,
    setText,
    revisionRef,
    isDirty: useCallback(() => form.isDirty() || isTextDirty(), [form, isTextDirty]),
    values,
    text,
    onOnline: () => void saveRef.current({ auto: true }),
  });
  useEffect(() => {
    afterSaveRef.current = kept.afterSave;
  }, [kept.afterSave]);

  // 放弃修改: nothing more is saved, not even by the flush below.
  const discarded = useRef(false);

  // Leaving with unsaved edits asks first (保存并离开 / 放弃修改 / 继续编辑); the tab's close asks the browser.
  const isDirtyNow = useCallback(
    () => !discarded.current && (form.isDirty() || isTextDirty()),
    [form, isTextDirty],
  );
  const saveNow = useCallback(async () => {
    const idle = async () => {
      while (inFlight.current) await new Promise((r) => setTimeout(r, 50));
    };
    await idle();
    if (form.isDirty() || isTextDirty()) await saveRef.current({});
    await idle();
    return !conflictRef.current && !form.isDirty() && !isTextDirty();
  }, [form, isTextDirty]);
  const { asking } = useUnsavedGuard({
    isDirty: isDirtyNow,
    save: saveNow,
    discard: () => {
      discarded.current = true;
      void kept.discard();
    },
  });

  // Autosave: valid edits, ~2 s after the last change; never while a conflict is shown, while the person
  // is asked whether to leave, or offline (the edit is kept in the browser meanwhile).
  useEffect(() => {
    if (!dirty || !parsed.success || conflict || asking || kept.offline) return;
    const id = window.setTimeout(() => void saveRef.current({ auto: true }), AUTOSAVE_DELAY_MS);
    return () => window.clearTimeout(id);
  }, [values, text, dirty, parsed.success, conflict, asking, kept.offline]);

  // Leaving the section before the autosave fired: save what can be saved. (Refs, so that the cleanup runs
  // on unmount only, with the last rendered state.)
  const flushOnUnmount = useRef(() => {});
  useEffect(() => {
    flushOnUnmount.current = () => {
      if (
        discarded.current ||
        !dirty ||
        !parsed.success ||
        conflictRef.current ||
        inFlight.current ||
        !navigator.onLine
      )
        return;
      const input = request(undefined);
      if (input) void client.section.save.mutate(input).then(refreshReport, () => undefined);
    };
  });
  useEffect(() => () => flushOnUnmount.current(), []);

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
    text,
    setText,
    catalog,
    parsed,
    dirty,
    saving,
    savedAt,
    revision,
    currentRevision: useCallback(() => revisionRef.current, []),
    isDirty: useCallback(() => form.isDirty() || isTextDirty(), [form, isTextDirty]),
    status,
    checks,
    hasErrors,
    conflict,
    conflictDetail,
    failure: failure?.kind === "invalid-form" && parsed.success ? null : failure,
    offline: kept.offline,
    sessionExpired: failure?.kind === "server" && failure.error.reason === "unauthorized",
    restored: kept.restored,
    discardKept: useCallback(async () => {
      discarded.current = true;
      await kept.discard();
    }, [kept]),
    notice,
    save,
    setComplete,
    overwrite,
  };
}
