export type SectionStatus = "empty" | "draft" | "complete";

/** The section status the API reports, narrowed to the three the UI knows. */
export function asSectionStatus(value: unknown): SectionStatus {
  return value === "draft" || value === "complete" ? value : "empty";
}
