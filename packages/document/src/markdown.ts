import { itemsToParagraphs, runsText } from "@nianbao/sdk";
import type { DocBlock, ReportDocument } from "./compose.ts";
import { markdownLine as line, markdownText as md, safeDocument } from "./safe-text.ts";

function blockToMarkdown(b: DocBlock): string {
  switch (b.type) {
    case "part-heading":
      return `## ${md(b.numbering + b.text)}`;
    case "section-heading":
      return `### ${md(b.numbering + b.text)}`;
    case "sub-heading":
      return `${b.level === 3 ? "####" : "#####"} ${md(b.numbering + b.text)}`;
    case "placeholder":
      return `*${md(b.text)}*`;
    case "paragraph":
      return line(b.runs ? runsText(b.runs) : b.text);
    case "items":
      return itemsToParagraphs(b).map(line).join("\n\n");
    case "table": {
      const row = (cells: string[]) => `| ${cells.map((c) => md(c).replace(/\r?\n/g, " ")).join(" | ")} |`;
      return [
        ...(b.caption ? [`**${md(b.caption)}**`, ""] : []),
        row(b.columns),
        `| ${b.columns.map(() => "---").join(" | ")} |`,
        ...b.rows.map(row),
      ].join("\n");
    }
    case "figures":
      return b.items.map((f) => `- ${md(f.label)}：${md(f.value)}`).join("\n");
  }
}

/** The report as Markdown: title, addressee, body with numbered headings, signature and date. */
export function toMarkdown(unsafe: ReportDocument): string {
  const doc = safeDocument(unsafe);
  const out: string[] = [];
  if (doc.draft) out.push("**草稿**（未经审核通过）");
  if (doc.showIssuerAboveTitle) out.push(line(doc.issuer));
  if (doc.docNumber) out.push(line(doc.docNumber));
  out.push(`# ${md(doc.title)}`);
  if (doc.addressee) out.push(line(doc.addressee));
  for (const b of doc.body) out.push(blockToMarkdown(b));
  out.push([...(doc.issuers ?? [doc.issuer]).map(line), ...(doc.date ? [line(doc.date)] : [])].join("  \n"));
  return `${out.join("\n\n")}\n`;
}
