// `pnpm bench recognise` (or `pnpm --filter @nianbao/text recognise`): the figure recogniser's precision and
// recall on the labelled sentences (src/fixtures/recognise-sentences.ts); `--mistakes` lists what it got wrong.
import { scoreRecogniser } from "../src/fixtures/evaluate.ts";

const s = scoreRecogniser();
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log(`figure recogniser: ${s.sentences} sentences, ${s.figures} labelled figures`);
console.log(`  finding figures   precision ${pct(s.detection.precision)}  recall ${pct(s.detection.recall)}`);
console.log(`  naming the field  precision ${pct(s.binding.precision)}  recall ${pct(s.binding.recall)}`);
if (process.argv.includes("--mistakes")) for (const m of s.mistakes) console.log(`  - ${m}`);
else console.log(`  (${s.mistakes.length} mistakes; --mistakes lists them)`);
