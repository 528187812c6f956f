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

export type SaveErrorKind =
  "conflict" | "invalid" | "plugin-missing" | "locked" | "forbidden" | "unavailable" | "network" | "other";

/** The API's machine-readable reason of a refusal (packages/api errors.ts): what the client branches on. */
export type ErrorReason =
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "invalid"
  | "conflict"
  | "locked"
  | "wrong_state"
  | "incomplete"
  | "plugin_missing"
  | "unavailable"
  | "busy"
  | "internal";

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
  /** The API's reason (null for a network failure). */
  reason: ErrorReason | null;
  message: string;
  mapping: FormErrorMapping;
  conflict?: ConflictDetail | null;
}

interface ErrorLike {
  message?: unknown;
  data?: { code?: unknown; reason?: unknown; fieldErrors?: unknown; conflict?: unknown } | null;
}

/** The reason a failed call carries (a TRPCClientError's data.reason), or null (network failure, no reason). */
export function errorReason(error: unknown): ErrorReason | null {
  const data = (typeof error === "object" && error !== null ? (error as ErrorLike).data : null) ?? null;
  return data && typeof data.reason === "string" ? (data.reason as ErrorReason) : null;
}

const KIND_OF_REASON: Record<ErrorReason, SaveErrorKind> = {
  conflict: "conflict",
  invalid: "invalid",
  plugin_missing: "plugin-missing",
  locked: "locked",
  wrong_state: "locked",
  incomplete: "invalid",
  forbidden: "forbidden",
  unauthorized: "forbidden",
  not_found: "other",
  unavailable: "unavailable",
  busy: "unavailable",
  internal: "other",
};

/** Classify what a failed section.save threw (a TRPCClientError, or a network failure), by the API's reason. */
export function describeSaveError(error: unknown): SaveError {
  const e = (typeof error === "object" && error !== null ? error : {}) as ErrorLike;
  const message = typeof e.message === "string" ? e.message : String(error);
  const reason = errorReason(error);
  const fieldErrors = Array.isArray(e.data?.fieldErrors) ? (e.data.fieldErrors as ServerFieldError[]) : null;
  const mapping = toFormErrors(fieldErrors);
  if (!reason) return { kind: e.data ? "other" : "network", reason, message, mapping };
  const kind = KIND_OF_REASON[reason] ?? "other";
  return {
    kind,
    reason,
    message,
    mapping,
    ...(kind === "conflict"
      ? { conflict: (e.data?.conflict as ConflictDetail | null | undefined) ?? null }
      : {}),
  };
}
