import {
  clauses,
  joinList,
  levelWords,
  sentences,
  paragraph,
  type Block,
  type RenderContext,
} from "@nianbao/sdk";
import { listedAreas, listedDocuments, type Overview, type OverviewSettings } from "./schema.ts";

/** Drop the frame a township may have typed itself ("以…为指导"), so that it is not printed twice. */
function unwrap(text: string, frame: RegExp): string {
  const t = text.trim();
  const m = frame.exec(t);
  return (m?.[1] ?? t).trim();
}

/**
 * The opening paragraph, in the words of the reference report: "2023年，我镇法治政府建设工作在市委、市政府的
 * 正确领导下，以…为指导，坚持以…为目标，以…为重点，全面落实《…》，在…等方面扎实工作，…。现将我镇2023年法治
 * 政府建设工作报告如下：". The year comes from the report; every part is optional; the closing always prints.
 */
export function renderOverview(d: Overview, ctx: RenderContext<OverviewSettings>): Block[] {
  // An empty subject, or a level's stock one (我镇, the old default), reads as this township's own: 我乡, 我街道.
  const typed = d.subject.trim();
  const subject = !typed || /^我(镇|乡|街道)$/.test(typed) ? levelWords(ctx.org).we : typed;
  const leadership = unwrap(d.leadership, /^在(.+?)的?正确领导下$/);
  const ideology = unwrap(d.guidingIdeology, /^以(.+)为指导$/);
  const goal = unwrap(d.goal, /^(?:坚持)?以(.+)为目标$/);
  const focus = unwrap(d.focus, /^以(.+)为重点$/);
  const documents = listedDocuments(d);
  const areas = listedAreas(d);

  const attached = [
    leadership && `在${leadership}的正确领导下`,
    ideology && `以${ideology}为指导`,
    goal && `坚持以${goal}为目标`,
    focus && `以${focus}为重点`,
    documents.length > 0 && `全面落实${documents.map((t) => `《${t}》`).join("")}`,
    areas.length > 0 &&
      `在${joinList(areas, "及")}${/等$/.test(areas[areas.length - 1]!) ? "" : "等"}方面扎实工作`,
  ].filter((c): c is string => typeof c === "string" && c !== "");
  const summary = d.summary.trim();

  const head = `${ctx.year}年，${subject}`;
  const main = attached.length
    ? clauses(`${head}法治政府建设工作${attached[0]}`, ...attached.slice(1), summary)
    : summary
      ? clauses(`${head}${summary}`)
      : null;
  const more = sentences(...d.more.split(/\n+/));
  const closing = `现将${subject}${ctx.year}年法治政府建设工作报告如下：`;
  return paragraph([main, more, closing].filter(Boolean).join(""));
}
