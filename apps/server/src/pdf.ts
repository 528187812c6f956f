/**
 * PDF from the report's print HTML with the system's headless Chromium (playwright-core drives it; no
 * browser is downloaded). The print HTML carries the page: A4, GB/T 9704 margins and "— 1 —" page numbers
 * (PAGE_CSS in @nianbao/document), so Chromium is asked to keep the CSS page size. Fonts are whatever CJK
 * fonts the machine has (fonts-noto-cjk at least). Kept out of @nianbao/document so that the writers stay pure.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.CHROMIUM_PATH || "/usr/bin/chromium";
}

export class ChromiumMissingError extends Error {
  constructor(path: string) {
    super(
      `生成 PDF 需要 Chromium，但在 ${path} 找不到：请安装（Debian/Ubuntu：apt-get install -y chromium fonts-noto-cjk），或用环境变量 CHROMIUM_PATH 指定其位置。` +
        ` / PDF needs Chromium, not found at ${path}: install it (apt-get install -y chromium fonts-noto-cjk) or set CHROMIUM_PATH.`,
    );
    this.name = "ChromiumMissingError";
  }
}

export interface PdfRenderer {
  /** The PDF of a standalone HTML document. */
  render(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** Start Chromium once; render as many documents as needed (one tab each); close it at the end. */
export async function openPdfRenderer(path: string = chromiumPath()): Promise<PdfRenderer> {
  if (!existsSync(path)) throw new ChromiumMissingError(path);
  const browser: Browser = await chromium.launch({
    executablePath: path,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  return {
    async render(html) {
      const page = await browser.newPage();
      try {
        await page.setContent(html, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, format: "A4" });
        return new Uint8Array(pdf);
      } finally {
        await page.close();
      }
    },
    close: () => browser.close(),
  };
}

/**
 * A renderer started on first use and kept for the server's lifetime (Chromium takes a second to start;
 * a tab per document is cheap). A failed start is not cached, so installing Chromium later works.
 */
export function lazyPdfRenderer(path?: string): PdfRenderer {
  let started: Promise<PdfRenderer> | null = null;
  return {
    async render(html) {
      started ??= openPdfRenderer(path).catch((e: unknown) => {
        started = null;
        throw e;
      });
      return (await started).render(html);
    },
    async close() {
      const r = started;
      started = null;
      if (r) await (await r.catch(() => null))?.close();
    },
  };
}
