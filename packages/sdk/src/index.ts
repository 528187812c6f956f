export * from "./text.ts";
export * from "./numbers.ts";
export * from "./blocks.ts";
export * from "./fields.ts";
export * from "./define.ts";
export * from "./procedures.ts";
export * from "./ordered-items.ts";
export { z } from "zod";
export { diffValues, type ValueChange } from "./diff.ts";
