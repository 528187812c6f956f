export * from "./template.ts";
export * from "./outline.ts";
export * from "./compose.ts";
export * from "./markdown.ts";
export * from "./html.ts";
export * from "./presets.ts";
export * from "./template-admin.ts";
export * from "./file-name.ts";
export { markdownLine, markdownText, safeDocument, safeText } from "./safe-text.ts";
