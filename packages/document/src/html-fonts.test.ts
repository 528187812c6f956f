/**
 * The print font stacks (issue 19): the official fonts first, then the TrueType fallbacks that make Chromium's
 * PDF small and fast, then Noto CJK (so PDF works with Noto alone), then the generic family; bold never
 * falls on a TrueType fallback (no bold face: Chromium would draw its synthetic bold as outlines). And the
 * report's CSS uses these stacks, each where GB/T 9704 puts that style.
 */
import { describe, expect, it } from "vitest";
import { DOCUMENT_CSS, DRAFT_PAGE_CSS, PAGE_CSS } from "./html.ts";
import { FONT_STACK, TRUETYPE_FALLBACKS } from "./html-fonts.ts";

const names = (stack: string) => stack.split(",").map((n) => n.trim().replace(/^"|"$/g, ""));
const truetype: readonly string[] = TRUETYPE_FALLBACKS.map((f) => f.family);
const isNoto = (n: string) => n.startsWith("Noto ");
const GENERIC = ["serif", "sans-serif"];

/** Where each kind of name sits in a stack: -1 when absent. */
function positions(stack: string) {
  const list = names(stack);
  const first = (pred: (n: string) => boolean) => list.findIndex(pred);
  const last = (pred: (n: string) => boolean) => list.findLastIndex(pred);
  const official = (n: string) => !truetype.includes(n) && !isNoto(n) && !GENERIC.includes(n);
  return {
    list,
    lastOfficial: last(official),
    firstTrueType: first((n) => truetype.includes(n)),
    lastTrueType: last((n) => truetype.includes(n)),
    firstNoto: first(isNoto),
    lastNoto: last(isNoto),
    generic: first((n) => GENERIC.includes(n)),
  };
}

describe("print font stacks", () => {
  it.each(Object.entries(FONT_STACK))(
    "%s: official names, then TrueType, then Noto CJK, then the generic family",
    (key, stack) => {
      const p = positions(stack);
      expect(p.lastOfficial).toBeGreaterThanOrEqual(0);
      expect(p.firstNoto).toBeGreaterThan(p.lastOfficial);
      expect(p.generic).toBe(p.list.length - 1);
      expect(p.lastNoto).toBeLessThan(p.generic);
      if (key === "bodyBold") expect(p.firstTrueType).toBe(-1);
      else {
        expect(p.firstTrueType).toBeGreaterThan(p.lastOfficial);
        expect(p.lastTrueType).toBeLessThan(p.firstNoto);
      }
    },
  );

  it("keeps the official names of each style first, and bold the body's official names", () => {
    expect(names(FONT_STACK.body).slice(0, 2)).toEqual(["FangSong_GB2312", "仿宋_GB2312"]);
    expect(names(FONT_STACK.title)[0]).toBe("方正小标宋简体");
    expect(names(FONT_STACK.hei)[0]).toBe("黑体");
    expect(names(FONT_STACK.kai)[0]).toBe("楷体_GB2312");
    expect(names(FONT_STACK.song)[0]).toBe("宋体");
    const official = (s: string) => names(s).filter((n) => !truetype.includes(n) && !isNoto(n));
    expect(official(FONT_STACK.bodyBold)).toEqual(official(FONT_STACK.body));
  });

  it("falls back on a 宋 for 仿宋, 小标宋 and 宋体, a 楷 for 楷体 and a 黑 for 黑体", () => {
    const style = (stack: string) =>
      names(stack)
        .filter((n) => truetype.includes(n))
        .map((n) => TRUETYPE_FALLBACKS.find((f) => f.family === n)!.style);
    expect(style(FONT_STACK.body)).toEqual(["宋"]);
    expect(style(FONT_STACK.title)).toEqual(["宋"]);
    expect(style(FONT_STACK.song)).toEqual(["宋"]);
    expect(style(FONT_STACK.kai)).toEqual(["楷"]);
    expect(style(FONT_STACK.hei)).toEqual(["黑", "黑"]);
    for (const f of TRUETYPE_FALLBACKS) expect(f.debian).toMatch(/^fonts-[a-z0-9-]+$/);
    const recommended = TRUETYPE_FALLBACKS.filter((f) => f.recommended);
    expect(new Set(recommended.map((f) => f.style))).toEqual(new Set(["宋", "楷", "黑"]));
    expect(recommended).toHaveLength(3);
  });
});

describe("the report's CSS uses the stacks", () => {
  const css = `${DOCUMENT_CSS}\n${PAGE_CSS}\n${DRAFT_PAGE_CSS}`;
  /** The font-family of the innermost rules whose selector list names `selector`; exactly one must set it. */
  const familyOf = (source: string, selector: string) => {
    const css = source.replace(/\/\*[\s\S]*?\*\//g, "");
    const rules = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].filter(([, sel]) =>
      sel!.split(",").some((s) => s.trim() === selector),
    );
    const families = rules.flatMap(([, , body]) => /font-family: ([^;]+);/.exec(body!)?.[1] ?? []);
    expect(families, selector).toHaveLength(1);
    return families[0];
  };

  it("sets every font-family from a stack (or inherits)", () => {
    const used = [...css.matchAll(/font-family: ([^;]+);/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThanOrEqual(8);
    const stacks: string[] = Object.values(FONT_STACK);
    for (const f of used) expect(f === "inherit" || stacks.includes(f), f).toBe(true);
  });

  it("puts each style where GB/T 9704 does", () => {
    expect(familyOf(DOCUMENT_CSS, ".nb-doc")).toBe(FONT_STACK.body);
    expect(familyOf(DOCUMENT_CSS, ".nb-doc h1")).toBe(FONT_STACK.title);
    expect(familyOf(DOCUMENT_CSS, ".nb-doc h2")).toBe(FONT_STACK.hei);
    expect(familyOf(DOCUMENT_CSS, ".nb-doc h3")).toBe(FONT_STACK.kai);
    for (const bold of ["strong", "b", "th", "caption", "h4", "h5"])
      expect(familyOf(DOCUMENT_CSS, `.nb-doc ${bold}`)).toBe(FONT_STACK.bodyBold);
    expect(familyOf(DOCUMENT_CSS, ".nb-doc .nb-draft-mark")).toBe(FONT_STACK.hei);
    expect(familyOf(DOCUMENT_CSS, ".nb-doc.nb-draft::before")).toBe(FONT_STACK.hei);
    // The page numbers and the draft's 草稿, in the pages' margin boxes.
    expect(familyOf(PAGE_CSS, "@bottom-right")).toBe(FONT_STACK.song);
    expect(familyOf(PAGE_CSS, "@bottom-left")).toBe(FONT_STACK.song);
    expect(familyOf(DRAFT_PAGE_CSS, "@top-right")).toBe(FONT_STACK.hei);
  });
});
