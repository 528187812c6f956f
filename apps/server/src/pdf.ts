/**
 * PDF from the report's print HTML with the system's headless Chromium (playwright-core drives it; no
 * browser is downloaded). The print HTML carries the page: A4, GB/T 9704 margins and "— 1 —" page numbers
 * (PAGE_CSS in @nianbao/document), so Chromium is asked to keep the CSS page size. Fonts are whatever CJK
 * fonts the machine has (fonts-noto-cjk at least; the TrueType ones of FONT_STACK in @nianbao/document make
 * the PDF about 1.5× cheaper and 2.4× smaller, issue 19). Kept out of @nianbao/document so that the writers
 * stay pure.
 */
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import type { Browser, Page } from "playwright-core";

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
  /** How many documents it prints at once (more callers wait their turn). */
  readonly concurrency: number;
  close(): Promise<void>;
}

/**
 * How many documents one browser prints at once: one per core and one more (a page waits on fonts and IPC
 * part of the time), at most 4 — enough to keep 2 cores busy without piling up tabs and memory.
 */
export function defaultPdfConcurrency(): number {
  return Math.min(4, availableParallelism() + 1);
}

/**
 * Start Chromium once; render as many documents as needed, at most `concurrency` at a time, each in a tab
 * of a small pool (a tab is reused for the next document, its fonts already loaded; a tab that failed is
 * closed and replaced); close it all at the end. Callers beyond the bound wait their turn.
 */
export async function openPdfRenderer(
  path: string = chromiumPath(),
  { concurrency = defaultPdfConcurrency() }: { concurrency?: number } = {},
): Promise<PdfRenderer> {
  if (!existsSync(path)) throw new ChromiumMissingError(path);
  // Loaded on the first PDF: playwright-core is large, and most starts of the server never print one.
  const { chromium } = await import("playwright-core");
  const browser: Browser = await chromium.launch({
    executablePath: path,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const idle: Page[] = [];
  const waiting: Array<() => void> = [];
  let busy = 0;
  const acquire = async (): Promise<Page> => {
    while (busy >= concurrency) await new Promise<void>((r) => waiting.push(r));
    busy += 1;
    try {
      return idle.pop() ?? (await browser.newPage());
    } catch (e) {
      release(null);
      throw e;
    }
  };
  const release = (page: Page | null) => {
    if (page) idle.push(page);
    busy -= 1;
    waiting.shift()?.();
  };
  return {
    async render(html) {
      const page = await acquire();
      let reusable = false;
      try {
        await page.setContent(html, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, format: "A4" });
        reusable = true;
        return new Uint8Array(pdf);
      } finally {
        if (!reusable) await page.close().catch(() => undefined);
        release(reusable ? page : null);
      }
    },
    concurrency,
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
    concurrency: defaultPdfConcurrency(),
    async close() {
      const r = started;
      started = null;
      if (r) await (await r.catch(() => null))?.close();
    },
  };
}
