/** `pnpm bench import [--mistakes]`: precision and recall of section matching and figure binding over the fixtures. */
import { sections } from "@nianbao/sections";
import { evaluate, formatEvaluation } from "../src/fixtures/evaluate.ts";

const e = evaluate(sections);
console.log(formatEvaluation(e));
if (process.argv.includes("--mistakes")) for (const m of e.mistakes) console.log(`  - ${m}`);
