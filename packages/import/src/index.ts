export * from "./lines.ts";
export * from "./parse.ts";
export * from "./match.ts";
export * from "./fill.ts";
export * from "./bind.ts";
export * from "./compare.ts";
export * from "./import-report.ts";
export * from "./outline.ts";
