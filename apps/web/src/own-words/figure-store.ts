import type { CatalogFigure, FigureCatalog } from "@nianbao/text";
import type { AppLocale } from "../i18n/index.ts";

export interface FigureSnapshot {
  entries: ReadonlyMap<string, CatalogFigure>;
  locale: AppLocale;
}

/**
 * The figure catalog of the section being edited, with the values of the form as it is now. Figure tokens in
 * the editor subscribe to it, so that a change in the form shows in the text at once, without saving.
 */
export class FigureStore {
  private snapshot: FigureSnapshot = { entries: new Map(), locale: "zh-CN" };
  private readonly listeners = new Set<() => void>();

  get = (): FigureSnapshot => this.snapshot;

  entry(key: string): CatalogFigure | undefined {
    return this.snapshot.entries.get(key);
  }

  set(catalog: FigureCatalog, locale: AppLocale): void {
    const next = new Map(catalog.map((e) => [e.key, e]));
    if (locale === this.snapshot.locale && sameEntries(next, this.snapshot.entries)) return;
    this.snapshot = { entries: next, locale };
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

function sameEntries(a: ReadonlyMap<string, CatalogFigure>, b: ReadonlyMap<string, CatalogFigure>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, e] of a) {
    const o = b.get(key);
    if (
      !o ||
      o.value !== e.value ||
      o.unit !== e.unit ||
      o.label["zh-CN"] !== e.label["zh-CN"] ||
      o.label.en !== e.label.en
    )
      return false;
  }
  return true;
}
