export * from "./schema.ts";
export * from "./nodes.ts";
export * from "./format.ts";
export * from "./catalog.ts";
export * from "./recognise.ts";
export * from "./to-blocks.ts";
export * from "./from-blocks.ts";
export * from "./checks.ts";
