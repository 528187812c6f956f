import { z } from "zod";

/**
 * Plugin procedures: a plugin may add its own API calls where a generic "save section" is not enough (e.g.
 * importing a township's dispute ledger from a spreadsheet). They are framework-neutral — a name, query or
 * mutation, a zod input and a handler — and the core mounts them as tRPC procedures under
 * `plugins.<pluginId>.<name>`, applying the same access rules as reading/saving the report's section. The
 * handler never sees the database: it gets a narrow context whose `section.replace` goes through the core's
 * normal save path (schema, checks, revisions, metrics, optimistic locking).
 */

export const PROCEDURE_NAME = /^[a-z][a-zA-Z0-9]*$/;

/** The largest file a plugin procedure accepts (bytes), and the most rows a table may have. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;
export const MAX_TABLE_ROWS = 2000;

/** A file sent by the browser: its name and its bytes, base64-encoded (so it travels in a tRPC input). */
export interface UploadedFile {
  name: string;
  contentBase64: string;
}

/** The zod input for an uploaded file, refusing (with a clear message) anything over `maxBytes`. */
export function uploadedFile({ maxBytes = MAX_UPLOAD_BYTES }: { maxBytes?: number } = {}) {
  const maxLength = Math.ceil(maxBytes / 3) * 4;
  return z.object({
    name: z.string().trim().min(1, { error: "缺少文件名" }).max(255, { error: "文件名过长" }),
    contentBase64: z
      .string()
      .min(1, { error: "文件是空的" })
      .max(maxLength, { error: `文件过大：上限为${formatBytes(maxBytes)}` }),
  });
}

/** "2 MB", "512 KB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Number((n / 1024 / 1024).toFixed(1))} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} B`;
}

/** What a table column may be headed in a file: the first header that matches (trimmed, any case). */
export interface TableSpec<K extends string> {
  columns: Record<K, { headers: readonly string[]; required?: boolean }>;
  /** Rows after the header; more is refused. Defaults to MAX_TABLE_ROWS. */
  maxRows?: number;
}

/** One data row of a file, with its row number as the user sees it in the spreadsheet (1 = first line). */
export interface TableRow<K extends string> {
  row: number;
  /** Cells as text: dates as yyyy-mm-dd, numbers as written, empty cells as "". */
  values: Record<K, string>;
}

/** A problem the user can fix: a message, and where (a dot path, e.g. "rows.12.date"). */
export interface ProcedureIssue {
  path: string;
  message: string;
}

/**
 * Thrown by a handler (or by the core's helpers) for input the user must fix. The core turns it into a
 * BAD_REQUEST with `message` and the issues as field errors, and nothing is stored.
 */
export class ProcedureError extends Error {
  constructor(
    message: string,
    readonly issues: readonly ProcedureIssue[] = [],
  ) {
    super(message);
    this.name = "ProcedureError";
  }
}

/** What the core gives a plugin procedure: the one section it was called for, and file decoding. */
export interface ProcedureContext<D> {
  section: {
    /** The section's current data (migrated to the plugin's version; defaults when never saved). */
    read(): Promise<{ data: D; revision: number; status: string }>;
    /**
     * Replace the section's data through the core's save path (validated, a new revision, metrics, the
     * caller's base revision for optimistic locking). All or nothing.
     */
    replace(data: D): Promise<{ revision: number }>;
  };
  /** Decode an uploaded XLSX or CSV file into rows by the spec's column headers; throws ProcedureError. */
  readTable<K extends string>(file: UploadedFile, spec: TableSpec<K>): Promise<TableRow<K>[]>;
}

export interface SectionProcedure<D = unknown> {
  kind: "query" | "mutation";
  input: z.ZodType;
  /** Returns JSON-serialisable data. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- typed by procedure()
  handler: (input: any, ctx: ProcedureContext<D>) => Promise<unknown>;
}

/** Declare a plugin procedure with a typed input. */
export function procedure<I extends z.ZodType, D, R>(def: {
  kind: "query" | "mutation";
  input: I;
  handler: (input: z.output<I>, ctx: ProcedureContext<D>) => Promise<R>;
}): SectionProcedure<D> {
  return def;
}
