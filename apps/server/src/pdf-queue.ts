/**
 * PDF rendering through a bounded queue: Chromium prints `renderer.concurrency` documents at once and the
 * rest wait, but no more than `maxQueued` in all and `perUser` per person — past that the download answers
 * 429 with Retry-After (a DomainError "busy", mapped to HTTP once, by httpError), so nobody can pile up
 * renders that keep everyone else waiting.
 */
import { DomainError } from "@nianbao/api";
import type { PdfRenderer } from "./pdf.ts";

export interface PdfQueueOptions {
  /** Renders running or waiting, over everyone (default: 3 × the renderer's concurrency). */
  maxQueued?: number;
  /** Renders running or waiting for one person (default 2). */
  perUser?: number;
  /** What a refusal asks the client to wait, in seconds (default 5). */
  retryAfter?: number;
}

export interface PdfQueue {
  render(userId: string, html: string): Promise<Uint8Array>;
  /** Renders running or waiting now (overall). */
  readonly pending: number;
}

export function pdfQueue(renderer: PdfRenderer, options: PdfQueueOptions = {}): PdfQueue {
  const maxQueued = options.maxQueued ?? renderer.concurrency * 3;
  const perUser = options.perUser ?? 2;
  const retryAfter = options.retryAfter ?? 5;
  const byUser = new Map<string, number>();
  let pending = 0;
  const busy = (message: string) =>
    new DomainError("busy", `${message}，请 ${retryAfter} 秒后再试`, { retryAfter });
  return {
    get pending() {
      return pending;
    },
    async render(userId, html) {
      const mine = byUser.get(userId) ?? 0;
      if (mine >= perUser) throw busy(`您已有 ${mine} 份 PDF 正在生成`);
      if (pending >= maxQueued) throw busy("正在生成的 PDF 太多");
      pending += 1;
      byUser.set(userId, mine + 1);
      try {
        return await renderer.render(html);
      } finally {
        pending -= 1;
        const left = (byUser.get(userId) ?? 1) - 1;
        if (left > 0) byUser.set(userId, left);
        else byUser.delete(userId);
      }
    },
  };
}
