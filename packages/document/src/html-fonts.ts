/**
 * The CSS font stacks of the printed report (HTML, the web preview, and the PDF Chromium prints from it).
 *
 * Each stack names the official fonts first (仿宋_GB2312, 黑体, 楷体_GB2312, 方正小标宋简体 and their other
 * spellings), so a machine that has them prints the official look. Next come free TrueType-outline fonts of
 * mainland (Simplified) glyph forms that Debian packages — the recommended install for fast PDFs (README,
 * "PDF"): fonts-arphic-gbsn00lp (AR PL SungtiL GB, a 宋), fonts-arphic-gkai00mp (AR PL KaitiM GB, a 楷) and
 * fonts-wqy-microhei / fonts-wqy-zenhei (WenQuanYi, a 黑). Noto CJK (fonts-noto-cjk) comes last, so that any
 * character the GB2312 fonts lack still prints in its Simplified form and PDF works with Noto alone.
 *
 * Why TrueType before Noto: Noto CJK's outlines are OpenType-CFF, which Chromium's PDF writer (Skia) embeds
 * as Type 3 glyph programs — about twice the CPU of a report and three times the file size of the same
 * report with TrueType fonts, which it embeds as subset CID TrueType fonts (issue 19).
 */
const list = (...names: string[]) => names.map((n) => (/^[a-z-]+$/.test(n) ? n : `"${n}"`)).join(", ");

/**
 * The TrueType fallbacks, each with the Debian package that installs it: what `pnpm bench render` looks for
 * and the README recommends (`recommended`: one of each style; Zen Hei is the other 黑 a machine may have).
 * None of them has a bold face.
 */
export const TRUETYPE_FALLBACKS = [
  { family: "AR PL SungtiL GB", style: "宋", debian: "fonts-arphic-gbsn00lp", recommended: true },
  { family: "AR PL KaitiM GB", style: "楷", debian: "fonts-arphic-gkai00mp", recommended: true },
  { family: "WenQuanYi Micro Hei", style: "黑", debian: "fonts-wqy-microhei", recommended: true },
  { family: "WenQuanYi Zen Hei", style: "黑", debian: "fonts-wqy-zenhei", recommended: false },
] as const;

const FANGSONG = ["FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong"];
const NOTO_SERIF = ["Noto Serif CJK SC", "Noto Serif SC", "serif"];

export const FONT_STACK = {
  /** 仿宋 (the body): a 宋 stands in for it where no 仿宋 is installed. */
  body: list(...FANGSONG, "AR PL SungtiL GB", ...NOTO_SERIF),
  /**
   * The body's bold (run-in headings, h4/h5, table headers, captions). The TrueType fallbacks have no bold
   * face, and Chromium's synthetic bold of them is written into the PDF as outlines on every use (three
   * bold run-ins made a 200 kB report 490 kB), so bold skips them for Noto Serif CJK's real bold.
   */
  bodyBold: list(...FANGSONG, ...NOTO_SERIF),
  /** 小标宋 (the title). */
  title: list("方正小标宋简体", "FZXiaoBiaoSong-B05S", "小标宋", "SimSun", "AR PL SungtiL GB", ...NOTO_SERIF),
  /** 黑体 (一、 headings, the 草稿 mark and watermark). */
  hei: list(
    "黑体",
    "SimHei",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "sans-serif",
  ),
  /** 楷体 (（一） headings). */
  kai: list("楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "AR PL KaitiM GB", ...NOTO_SERIF),
  /** 宋体 (the page numbers). */
  song: list("宋体", "SimSun", "AR PL SungtiL GB", ...NOTO_SERIF),
} as const;
