import { schemaResolver, useForm, type UseFormReturnType } from "@mantine/form";
import type { ReactNode } from "react";
import type { z } from "zod";
import type { AnySectionPlugin } from "../define.ts";
import type { LocalizedText } from "../text.ts";

/** The form state of a section (the core owns it; a plugin's form lays out fields on it). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type SectionForm = UseFormReturnType<any>;

/** The props every plugin form component receives. */
export interface SectionFormProps<S = unknown> {
  form: SectionForm;
  settings: S;
  readOnly?: boolean;
}

/** The form state of one section: @mantine/form, validated by the plugin's own zod schema. */
export function useSectionForm(plugin: AnySectionPlugin, initialValues: unknown): SectionForm {
  return useForm({
    mode: "controlled",
    initialValues: initialValues as Record<string, unknown>,
    validate: schemaResolver(plugin.schema as z.ZodType<Record<string, unknown>>, { sync: true }),
    validateInputOnBlur: true,
  });
}

/** Read a value at a dot path ("a.b.0.c"). */
export function getAt(values: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((v, key) => (v == null ? undefined : (v as Record<string, unknown>)[key]), values);
}

export function errorAt(form: SectionForm, path: string): ReactNode {
  return form.errors[path] ?? undefined;
}

export function toNumberOrNull(v: string | number): number | null {
  if (v === "" || v === null || v === undefined) return null;
  const n = typeof v === "number" ? v : Number(v);
  return Number.isFinite(n) ? n : null;
}

export interface FieldProps {
  form: SectionForm;
  path: string;
  label: LocalizedText;
  description?: LocalizedText;
  readOnly?: boolean;
}
