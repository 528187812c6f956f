import { demoFixtures, sections } from "@nianbao/sections";
import { strFromU8, unzipSync } from "fflate";
import { JSDOM } from "jsdom";
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { composeReport, type StoredSection } from "./compose.ts";
import { toDocx } from "./docx-template.ts";
import { toHtml } from "./html.ts";
import { toMarkdown } from "./markdown.ts";
import { referenceOutline2023 } from "./presets.ts";
import { safeText } from "./safe-text.ts";
import type { YearTemplate } from "./template.ts";

// Hostile text in every text field of every plugin's every fixture (wherever the plugin's schema takes it),
// in the org name and in a heading, written in every format: nothing in any file may become markup, a
// script, a link, a remote image, reordered text or a character XML 1.0 forbids.

const HOSTILE = [
  "<script>alert(1)</script>",
  '<img src=x onerror="alert(1)">',
  "<iframe src=https://evil.example/></iframe>",
  "[点此查看](javascript:alert(1))",
  "![](https://evil.example/track.png)",
  "<https://evil.example/>",
  "[ref]: javascript:alert(1)",
  "\u202Egnp.exe\u202C 报告\u2066x\u2069",
  "坏字符\uFFFE\uFFFF结束",
  "控制\u0001\u0008\u001B字符",
  "# 伪标题\n- 伪列表\n> 引用 | 表格 |",
  "`code` **粗体** _斜体_ &lt;b&gt; &#60;script&#62;",
];
/** NUL cannot be stored (the API refuses it), but can reach a writer through names and titles. */
const NUL = "空字符\u0000在此";

/** `value` with each string leaf replaced by a hostile one, wherever the schema still accepts it. */
function hostile(schema: { safeParse(v: unknown): { success: boolean } }, value: unknown): unknown {
  let n = 0;
  let current = structuredClone(value);
  const paths: Array<Array<string | number>> = [];
  const walk = (v: unknown, path: Array<string | number>) => {
    if (typeof v === "string") paths.push(path);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
  };
  walk(current, []);
  for (const path of paths) {
    const next = structuredClone(current) as Record<string | number, unknown>;
    const parent = path.slice(0, -1).reduce<any>((o, k) => o[k], next);
    parent[path.at(-1)!] = `${parent[path.at(-1)!]}${HOSTILE[n % HOSTILE.length]}`;
    if (schema.safeParse(next).success) {
      current = next;
      n += 1;
    }
  }
  return current;
}

function hostileReport(fixture: string) {
  const template: YearTemplate = {
    ...referenceOutline2023,
    titlePattern: `${referenceOutline2023.titlePattern}<script>x</script>${NUL}\uFFFE`,
    parts: referenceOutline2023.parts.map((p, i) => ({
      ...p,
      title: p.title && i === 1 ? `${p.title}[链接](javascript:alert(1))\u202E` : p.title,
      sections: p.sections.map((s) => ({
        ...s,
        pluginVersion: sections.get(s.plugin)?.version ?? s.pluginVersion,
      })),
    })),
  };
  const stored: Record<string, StoredSection> = {};
  let fields = 0;
  for (const part of template.parts)
    for (const s of part.sections) {
      const plugin = sections.get(s.plugin);
      const data = demoFixtures[s.plugin]?.[fixture] ?? Object.values(demoFixtures[s.plugin] ?? {})[0];
      if (!plugin || data === undefined) continue;
      const mutated = hostile(plugin.schema, data);
      if (JSON.stringify(mutated) !== JSON.stringify(data)) fields += 1;
      stored[s.key] = { data: mutated, pluginVersion: plugin.version };
    }
  const org = { name: `荆竹铺镇${NUL}<b>`, parentName: "武冈市\uFFFF" };
  return {
    doc: composeReport({
      template,
      year: 2023,
      org,
      sections: stored,
      registry: sections,
      signedOn: "2024-01-15",
    }),
    fields,
  };
}

const fixtureNames = [...new Set(Object.values(demoFixtures).flatMap((f) => Object.keys(f)))];
const FORBIDDEN_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;

function assertInert(html: string, what: string) {
  const dom = new JSDOM(html).window.document;
  expect(
    dom.querySelectorAll("script, iframe, img, object, embed, link, style:not(head style)").length,
    what,
  ).toBe(0);
  for (const a of dom.querySelectorAll("a"))
    expect(a.getAttribute("href") ?? "", what).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  for (const el of dom.querySelectorAll("*"))
    for (const attr of el.getAttributeNames()) expect(attr, `${what}: ${el.tagName}`).not.toMatch(/^on/i);
}

describe("every format is safe for any user text", () => {
  it("has fixtures to poison", () => {
    expect(fixtureNames.length).toBeGreaterThan(0);
    expect(sections.list().every((p) => Object.keys(demoFixtures[p.id] ?? {}).length > 0)).toBe(true);
  });

  for (const fixture of fixtureNames) {
    it(`fixture “${fixture}”: Markdown, HTML and DOCX carry the hostile text inert`, async () => {
      const { doc, fields } = hostileReport(fixture);
      expect(fields).toBeGreaterThan(5);

      const md = toMarkdown(doc);
      expect(md).not.toMatch(BIDI);
      expect(md).not.toMatch(FORBIDDEN_XML);
      // Rendered by a CommonMark renderer that lets raw HTML through: still no element from user text.
      const rendered = new MarkdownIt({ html: true, linkify: false }).render(md);
      assertInert(rendered, "markdown");
      expect(new JSDOM(rendered).window.document.querySelectorAll("a").length, "markdown links").toBe(0);
      expect(rendered).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");

      const html = toHtml(doc);
      assertInert(html, "html");
      expect(html).not.toMatch(BIDI);
      expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");

      const files = unzipSync(await toDocx(doc));
      for (const name of ["word/document.xml", "docProps/core.xml"]) {
        const xml = strFromU8(files[name]!);
        expect(xml, name).not.toMatch(FORBIDDEN_XML);
        expect(xml, name).not.toMatch(BIDI);
        const parsed = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
        expect(parsed.getElementsByTagName("parsererror").length, `${name} parses as XML 1.0`).toBe(0);
      }
      expect(strFromU8(files["word/document.xml"]!)).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    });
  }

  it("safeText drops what XML 1.0 forbids and the direction overrides, and keeps everything else", () => {
    expect(safeText("a\u0000b\uFFFEc\uFFFFd\u0001e\u202Ef\uD800g")).toBe("abcdefg");
    expect(safeText("第一行\n第二行\t制表 😀 〇")).toBe("第一行\n第二行\t制表 😀 〇");
  });
});
