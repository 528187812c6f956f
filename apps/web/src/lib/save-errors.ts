/** A field error as the API reports it: a dot path in the procedure's input ("data.exam.pass.numerator"). */
export interface ServerFieldError {
  path: string;
  message: string;
}

export interface FormErrorMapping {
  /** Errors by form path ("exam.pass.numerator"), ready for form.setErrors. */
  fields: Record<string, string>;
  /** Errors that belong to no field (the whole section). */
  general: string[];
}

/** Map the API's field errors onto the section form: strip the "data." prefix; "data" itself is general. */
export function toFormErrors(fieldErrors: readonly ServerFieldError[] | null | undefined): FormErrorMapping {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  for (const e of fieldErrors ?? []) {
    if (e.path === "data" || e.path === "") {
      general.push(e.message);
      continue;
    }
    if (!e.path.startsWith("data.")) {
      general.push(e.message);
      continue;
    }
    const path = e.path.slice("data.".length);
    fields[path] = fields[path] ? `${fields[path]}；${e.message}` : e.message;
  }
  return { fields, general };
}

export type SaveErrorKind = "conflict" | "invalid" | "plugin-missing" | "locked" | "network" | "other";

/** On CONFLICT: the version that won (who saved it, when, its data) — for the merge view. */
export interface ConflictDetail {
  revision: number;
  data: unknown;
  /** Their own words (a @nianbao/text document), null in generated mode. */
  text?: unknown;
  savedBy: string | null;
  savedAt: string;
}

export interface SaveError {
  kind: SaveErrorKind;
  message: string;
  mapping: FormErrorMapping;
  conflict?: ConflictDetail | null;
}

interface ErrorLike {
  message?: unknown;
  data?: { code?: unknown; fieldErrors?: unknown; conflict?: unknown } | null;
}

/** Classify what a failed section.save threw (a TRPCClientError, or a network failure). */
export function describeSaveError(error: unknown): SaveError {
  const e = (typeof error === "object" && error !== null ? error : {}) as ErrorLike;
  const message = typeof e.message === "string" ? e.message : String(error);
  const code = e.data && typeof e.data.code === "string" ? e.data.code : null;
  const fieldErrors = Array.isArray(e.data?.fieldErrors) ? (e.data.fieldErrors as ServerFieldError[]) : null;
  const mapping = toFormErrors(fieldErrors);
  switch (code) {
    case "CONFLICT":
      return { kind: "conflict", message, mapping, conflict: (e.data?.conflict as ConflictDetail | null | undefined) ?? null };
    case "BAD_REQUEST":
      return { kind: "invalid", message, mapping };
    case "PRECONDITION_FAILED":
      return { kind: "plugin-missing", message, mapping };
    case "FORBIDDEN":
      return { kind: "locked", message, mapping };
    case null:
      return { kind: e.data ? "other" : "network", message, mapping };
    default:
      return { kind: "other", message, mapping };
  }
}
