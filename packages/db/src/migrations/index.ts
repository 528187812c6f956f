import type { Migration } from "kysely";
import * as initial from "./2026_11_26_0001_initial.ts";

/** Every migration, in order. Names are timestamps; a shipped migration is never edited. */
export const migrations: Record<string, Migration> = {
  "2026_11_26_0001_initial": initial,
};
