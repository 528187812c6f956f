import type { SectionForm } from "@nianbao/sdk/react";
import type { TextDoc } from "@nianbao/text";
import { useNetwork } from "@mantine/hooks";
import { useCallback, useEffect, useRef, useState, type MutableRefObject } from "react";
import { dropKeptEdit, keepEdit, keptEditKey, readKeptEdit } from "../lib/kept-edits.ts";
import { useSession } from "./use-session.ts";

/** How long typing may pause before the edit is written to the browser's store. */
const KEEP_DELAY_MS = 300;

export interface KeptEdits {
  /** The browser says it has no connection: saves wait, edits are kept. */
  offline: boolean;
  /** True once an edit kept earlier (a closed tab, offline, an expired session) was put back on screen. */
  restored: boolean;
  /** Call after a successful save: drops the kept edit, or re-keeps what is still unsaved on the new base. */
  afterSave: () => void;
  /** Forget the kept edit (the person chose the server's version, or to discard it); stops keeping. */
  discard: () => Promise<void>;
}

/**
 * Keeps a section's unsaved edits in IndexedDB (see lib/kept-edits.ts) and puts them back when the section
 * opens again: same base revision → the edit is saved by the autosave; an older base → the next save meets
 * the newer revision and the conflict view offers both. While offline, `offline` is true (saves wait);
 * when the connection returns, `onOnline` runs (the editor saves).
 */
export function useKeptEdits({
  reportId,
  sectionKey,
  form,
  textRef,
  setText,
  revisionRef,
  isDirty,
  values,
  text,
  onOnline,
}: {
  reportId: string;
  sectionKey: string;
  form: SectionForm;
  textRef: MutableRefObject<TextDoc | null>;
  setText: (doc: TextDoc) => void;
  revisionRef: MutableRefObject<number>;
  isDirty: () => boolean;
  values: unknown;
  text: TextDoc | null;
  onOnline: () => void;
}): KeptEdits {
  const session = useSession();
  const userId = session.data?.id ?? null;
  const key = userId ? keptEditKey(userId, reportId, sectionKey) : null;
  const { online } = useNetwork();
  const [restored, setRestored] = useState(false);
  // Nothing is kept before what was kept earlier has been read (or it would be overwritten by the load).
  const ready = useRef(false);

  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    void readKeptEdit(key).then((kept) => {
      if (cancelled) return;
      ready.current = true;
      if (!kept) return;
      const same =
        JSON.stringify(kept.data) === JSON.stringify(form.getValues()) &&
        (kept.text === undefined || JSON.stringify(kept.text) === JSON.stringify(textRef.current));
      if (same) {
        void dropKeptEdit(key);
        return;
      }
      // Based on an older revision: the save meets the newer one and the conflict view shows both.
      if (kept.baseRevision < revisionRef.current) revisionRef.current = kept.baseRevision;
      form.setValues(kept.data as Record<string, unknown>);
      if (kept.text !== undefined && kept.text !== null) setText(kept.text as TextDoc);
      setRestored(true);
    });
    return () => {
      cancelled = true;
    };
    // Once per section and person: the form and refs are stable for the editor's life.
  }, [key]);

  // Every edit, shortly after typing pauses (never after the kept edit was discarded).
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => {
    if (!key || !ready.current || !isDirty()) return;
    timer.current = window.setTimeout(() => {
      if (!ready.current) return;
      void keepEdit(key, {
        baseRevision: revisionRef.current,
        data: form.getValues(),
        text: textRef.current,
        at: Date.now(),
      });
    }, KEEP_DELAY_MS);
    return () => window.clearTimeout(timer.current);
  }, [key, values, text, isDirty, form, revisionRef, textRef]);

  // Back online: send what waited.
  const onOnlineRef = useRef(onOnline);
  onOnlineRef.current = onOnline;
  const wasOnline = useRef(online);
  useEffect(() => {
    if (online && !wasOnline.current) onOnlineRef.current();
    wasOnline.current = online;
  }, [online]);

  const afterSave = useCallback(() => {
    if (!key || !ready.current) return;
    if (isDirty())
      void keepEdit(key, {
        baseRevision: revisionRef.current,
        data: form.getValues(),
        text: textRef.current,
        at: Date.now(),
      });
    else void dropKeptEdit(key);
  }, [key, isDirty, form, revisionRef, textRef]);

  const discard = useCallback(async () => {
    ready.current = false;
    window.clearTimeout(timer.current);
    if (key) await dropKeptEdit(key);
  }, [key]);

  return { offline: !online, restored, afterSave, discard };
}
