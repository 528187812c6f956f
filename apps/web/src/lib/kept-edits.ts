/**
 * Edits kept in the browser (IndexedDB, through idb-keyval): every unsaved edit of a section is written here
 * as it is typed, with the revision it is based on, so that a closed tab, a lost connection or an expired
 * session loses nothing. The next time the section opens (signed in as the same person) the kept edit is put
 * back and saved — or, when the section changed meanwhile, offered as a conflict. A save that succeeds
 * removes it. Kept per person, report and section.
 */
import { createStore, del, get, set, type UseStore } from "idb-keyval";

export interface KeptEdit {
  /** The revision the edit is based on (the section's revision when the edit began). */
  baseRevision: number;
  data: unknown;
  /** The own words as edited (null: generated text); undefined when the edit did not touch them. */
  text?: unknown;
  /** When it was kept (ms since the epoch). */
  at: number;
}

let store: UseStore | null = null;
function db(): UseStore {
  store ??= createStore("nianbao-kept-edits", "edits");
  return store;
}

export function keptEditKey(userId: string, reportId: string, sectionKey: string): string {
  return `${userId}:${reportId}:${sectionKey}`;
}

/** The kept edit, or null (also when IndexedDB is unavailable: private windows of some browsers). */
export async function readKeptEdit(key: string): Promise<KeptEdit | null> {
  try {
    return (await get<KeptEdit>(key, db())) ?? null;
  } catch {
    return null;
  }
}

export async function keepEdit(key: string, edit: KeptEdit): Promise<void> {
  try {
    await set(key, edit, db());
  } catch {
    // Nowhere to keep it: the edit still autosaves while online.
  }
}

export async function dropKeptEdit(key: string): Promise<void> {
  try {
    await del(key, db());
  } catch {
    // Nothing kept.
  }
}
