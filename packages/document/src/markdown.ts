import { itemsToParagraphs, runsText } from "@nianbao/sdk";
import type { DocBlock, ReportDocument } from "./compose.ts";

function mdEscape(text: string): string {
  // Only what would change the meaning of a line in Markdown; Chinese prose is left as it is.
  return text.replace(/^([#>*+-]|\d+\.)(\s)/, "\\$1$2").replace(/\|/g, "\\|");
}

function blockToMarkdown(b: DocBlock): string {
  switch (b.type) {
    case "part-heading":
      return `## ${b.numbering}${b.text}`;
    case "section-heading":
      return `### ${b.numbering}${b.text}`;
    case "sub-heading":
      return `${b.level === 3 ? "####" : "#####"} ${b.numbering}${b.text}`;
    case "placeholder":
      return `*${b.text}*`;
    case "paragraph":
      return mdEscape(b.runs ? runsText(b.runs) : b.text);
    case "items":
      return itemsToParagraphs(b).map(mdEscape).join("\n\n");
    case "table": {
      const row = (cells: string[]) => `| ${cells.map((c) => mdEscape(c)).join(" | ")} |`;
      return [
        ...(b.caption ? [`**${b.caption}**`, ""] : []),
        row(b.columns),
        `| ${b.columns.map(() => "---").join(" | ")} |`,
        ...b.rows.map(row),
      ].join("\n");
    }
    case "figures":
      return b.items.map((f) => `- ${f.label}：${f.value}`).join("\n");
  }
}

/** The report as Markdown: title, addressee, body with numbered headings, signature and date. */
export function toMarkdown(doc: ReportDocument): string {
  const out: string[] = [];
  if (doc.draft) out.push("**草稿**（未经审核通过）");
  if (doc.showIssuerAboveTitle) out.push(doc.issuer);
  if (doc.docNumber) out.push(doc.docNumber);
  out.push(`# ${doc.title}`);
  if (doc.addressee) out.push(doc.addressee);
  for (const b of doc.body) out.push(blockToMarkdown(b));
  out.push([...(doc.issuers ?? [doc.issuer]), ...(doc.date ? [doc.date] : [])].join("  \n"));
  return `${out.join("\n\n")}\n`;
}
