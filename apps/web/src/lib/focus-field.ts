const FOCUSABLE = "input:not([type=hidden]), textarea, select, button, [tabindex]";

function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, "\\$&")}"`;
}

/**
 * Focus the form field at a dot path ("exam.pass.denominator"): the kit marks fields with data-path. When
 * no field has that exact path, the nearest enclosing path is tried ("exam.pass", then "exam").
 * Returns whether something was focused.
 */
export function focusField(root: ParentNode, path: string): boolean {
  const parts = path.split(".");
  while (parts.length > 0) {
    const el = root.querySelector<HTMLElement>(`[data-path=${cssString(parts.join("."))}]`);
    if (el) {
      const target = el.matches(FOCUSABLE) ? el : el.querySelector<HTMLElement>(FOCUSABLE);
      const scrollTo = target ?? el;
      scrollTo.scrollIntoView?.({ block: "center", behavior: "smooth" });
      if (target) {
        target.focus({ preventScroll: true });
        return true;
      }
      return false;
    }
    parts.pop();
  }
  return false;
}
