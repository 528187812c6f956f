import { sectionLabel } from "./outline.ts";

interface ThreadLike {
  sectionKey: string | null;
  status: "open" | "resolved";
}

/** Open threads per section key ("" for the whole report). */
export function openCounts(threads: readonly ThreadLike[] | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of threads ?? []) {
    if (t.status !== "open") continue;
    const key = t.sectionKey ?? "";
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

type OutlineLike = ReadonlyArray<
  Parameters<typeof sectionLabel>[1] & { sections: ReadonlyArray<Parameters<typeof sectionLabel>[0]> }
>;

/** The sections carrying open threads, in outline order, with their labels. */
export function sectionsWithOpen(outline: OutlineLike, counts: Map<string, number>) {
  return outline.flatMap((part) =>
    part.sections.flatMap((s) =>
      counts.get(s.key) ? [{ key: s.key, label: sectionLabel(s, part), open: counts.get(s.key)! }] : [],
    ),
  );
}

/** "Next comment": the first section after `current` (in outline order, wrapping) with open threads, or null. */
export function nextOpenSection(
  outline: OutlineLike,
  counts: Map<string, number>,
  current: string | null,
): string | null {
  const keys = outline.flatMap((p) => p.sections.map((s) => s.key));
  const start = current ? keys.indexOf(current) : -1;
  for (let i = 1; i <= keys.length; i++) {
    const key = keys[(start + i + keys.length) % keys.length]!;
    if (counts.get(key) && key !== current) return key;
  }
  return null;
}

/** The fields of a section's form a reviewer may comment on: every element the form kit marks with data-path, by its label. */
export function formFields(root: ParentNode | null): Array<{ path: string; label: string }> {
  if (!root) return [];
  const out = new Map<string, string>();
  for (const el of root.querySelectorAll<HTMLElement>("[data-path]")) {
    const path = el.dataset.path!;
    if (out.has(path)) continue;
    const input = el.matches("input, textarea, select")
      ? (el as HTMLInputElement)
      : el.querySelector<HTMLInputElement>("input, textarea, select");
    const label =
      input?.labels?.[0]?.textContent?.trim() ||
      input?.getAttribute("aria-label") ||
      el.getAttribute("aria-label") ||
      el.closest("[data-field-label]")?.getAttribute("data-field-label") ||
      "";
    if (label) out.set(path, label.replace(/\s*\*$/, ""));
  }
  return [...out].map(([path, label]) => ({ path, label }));
}
