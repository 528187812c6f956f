import { useSyncExternalStore } from "react";
import type { FigureSnapshot, FigureStore } from "./figure-store.ts";

/** The store's current catalog (re-renders when the form's values change a figure). */
export function useFigures(store: FigureStore): FigureSnapshot {
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
