import { hasFullWidthNumberChars, normalizeNumberText, normalizePastedText } from "@nianbao/sdk";

/**
 * What a clerk types and pastes into a section's form, normalised before the field sees it (the rules are the
 * SDK's normalize.ts):
 * - number fields (the form kit's Mantine NumberInput) accept full-width digits typed with a Chinese input
 *   method and pasted numbers with separators ("１，５００" → 1500), which the field would otherwise drop;
 * - text pasted into text fields and areas from Word or a PDF gets Chinese punctuation and spacing.
 * The text is inserted as if typed (execCommand insertText), so the field's own change handling, undo and
 * the form state follow.
 */
export function attachInputNormalization(root: HTMLElement): () => void {
  const isNumberField = (el: HTMLInputElement) =>
    !!el.closest(".mantine-NumberInput-root") || el.inputMode === "numeric" || el.inputMode === "decimal";
  const editable = (t: EventTarget | null): HTMLInputElement | HTMLTextAreaElement | null =>
    t instanceof HTMLTextAreaElement ||
    (t instanceof HTMLInputElement && (t.type === "text" || t.type === "search" || t.type === ""))
      ? !t.readOnly && !t.disabled
        ? t
        : null
      : null;
  const insert = (text: string) => document.execCommand("insertText", false, text);

  const onBeforeInput = (e: Event) => {
    const ev = e as InputEvent;
    const el = editable(ev.target);
    if (!(el instanceof HTMLInputElement) || !isNumberField(el)) return;
    if (ev.inputType !== "insertText" || !ev.data || !hasFullWidthNumberChars(ev.data) || !ev.cancelable)
      return;
    ev.preventDefault();
    insert(normalizeNumberText(ev.data));
  };
  // With an input method the digits arrive as a composition, which cannot be cancelled: put the normalised
  // digits in when it ends (the field has refused the full-width ones).
  const onCompositionEnd = (e: Event) => {
    const ev = e as CompositionEvent;
    const el = editable(ev.target);
    if (
      !(el instanceof HTMLInputElement) ||
      !isNumberField(el) ||
      !ev.data ||
      !hasFullWidthNumberChars(ev.data)
    )
      return;
    const data = normalizeNumberText(ev.data);
    queueMicrotask(() => {
      if (!el.value.includes(data)) insert(data);
    });
  };
  const onPaste = (e: ClipboardEvent) => {
    const el = editable(e.target);
    const text = e.clipboardData?.getData("text/plain");
    if (!el || !text) return;
    const next =
      el instanceof HTMLInputElement && isNumberField(el)
        ? normalizeNumberText(text)
        : normalizePastedText(text, { multiline: el instanceof HTMLTextAreaElement });
    if (next === text) return;
    e.preventDefault();
    insert(next);
  };
  root.addEventListener("beforeinput", onBeforeInput, true);
  root.addEventListener("compositionend", onCompositionEnd, true);
  root.addEventListener("paste", onPaste, true);
  return () => {
    root.removeEventListener("beforeinput", onBeforeInput, true);
    root.removeEventListener("compositionend", onCompositionEnd, true);
    root.removeEventListener("paste", onPaste, true);
  };
}
