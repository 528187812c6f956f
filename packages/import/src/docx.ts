function decode(s: string): string {
  return s
    .replace(/<br\s*\/?>/g, "\n")
    .replace(/<[^>]+>/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&");
}

/**
 * A DOCX as the importer's text: one line per paragraph (headings included), a table's rows as lines of
 * tab-separated cells. Read with mammoth (its HTML keeps tables apart from paragraphs; styles do not matter).
 */
export async function docxToText(buffer: Buffer | Uint8Array): Promise<string> {
  // Loaded when a DOCX is read: most processes (a server start, a render) never read one.
  const { default: mammoth } = await import("mammoth");
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(buffer) });
  const out: string[] = [];
  const re = /<table[\s\S]*?<\/table>|<(p|h[1-6]|li)[^>]*>([\s\S]*?)<\/\1>/g;
  for (const m of html.matchAll(re)) {
    if (m[0].startsWith("<table")) {
      for (const row of m[0].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)) {
        const cells = [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) =>
          decode(c[1]!.replace(/<\/p>\s*<p[^>]*>/g, " "))
            .replace(/\s+/g, " ")
            .trim(),
        );
        out.push(cells.join("\t"));
      }
      continue;
    }
    out.push(decode(m[2]!));
  }
  return out.join("\n");
}
