export type SectionStatus = "empty" | "draft" | "complete" | "not_applicable";

/** The section status the API reports, narrowed to the four the UI knows. */
export function asSectionStatus(value: unknown): SectionStatus {
  return value === "draft" || value === "complete" || value === "not_applicable" ? value : "empty";
}
