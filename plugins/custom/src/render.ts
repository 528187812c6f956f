import { paragraphsFromText, type Block, type RenderContext } from "@nianbao/sdk";
import { completeFigures, figureValue, type Custom, type CustomSettings } from "./schema.ts";

/** A general section: its paragraphs, then its key figures as a `figures` block ("发放法治宣传资料 3000余份"). */
export function renderCustom(d: Custom, ctx: RenderContext<CustomSettings>): Block[] {
  const figures = ctx.settings.showFigures
    ? completeFigures(d).map((f) => ({ label: f.label.trim(), value: figureValue(f) }))
    : [];
  return [
    ...paragraphsFromText(d.paragraphs),
    ...(figures.length ? [{ type: "figures" as const, items: figures }] : []),
  ];
}
