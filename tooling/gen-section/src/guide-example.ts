import type { GenerateOptions } from "./generate.ts";

/** The example docs/adding-a-section.md shows: what the narrative template writes for this id. */
export const GUIDE_EXAMPLE: Omit<GenerateOptions, "root"> = {
  id: "legal-aid",
  titleZh: "法律援助",
  titleEn: "Legal aid",
  template: "narrative",
};
export const GUIDE_FILES = [
  "src/schema.ts",
  "src/render.ts",
  "src/index.ts",
  "src/form.tsx",
  "src/fixtures.ts",
] as const;
