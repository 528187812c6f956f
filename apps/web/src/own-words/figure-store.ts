import type { AppLocale } from "../i18n/index.ts";

/** A figure a clerk may insert: one entry of the section's figure catalog, with its current value. */
export interface FigureEntry {
  key: string;
  label: Record<AppLocale, string>;
  unit: string;
  kind: string;
  /** The formatted value as it prints (1500余件, 94.7%, 无); null while the field is empty. */
  value: string | null;
}

export interface FigureSnapshot {
  entries: ReadonlyMap<string, FigureEntry>;
  locale: AppLocale;
}

/**
 * The figures of the section being edited, with their values from the form as it is now. Figure tokens in the
 * editor subscribe to it, so that a change in the form shows in the text at once, without saving.
 */
export class FigureStore {
  private snapshot: FigureSnapshot = { entries: new Map(), locale: "zh-CN" };
  private readonly listeners = new Set<() => void>();

  get(): FigureSnapshot {
    return this.snapshot;
  }

  entry(key: string): FigureEntry | undefined {
    return this.snapshot.entries.get(key);
  }

  set(entries: readonly FigureEntry[], locale: AppLocale): void {
    const next = new Map(entries.map((e) => [e.key, e]));
    if (locale === this.snapshot.locale && sameEntries(next, this.snapshot.entries)) return;
    this.snapshot = { entries: next, locale };
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

function sameEntries(a: ReadonlyMap<string, FigureEntry>, b: ReadonlyMap<string, FigureEntry>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, e] of a) {
    const o = b.get(key);
    if (!o || o.value !== e.value || o.unit !== e.unit || o.label["zh-CN"] !== e.label["zh-CN"] || o.label.en !== e.label.en) return false;
  }
  return true;
}
