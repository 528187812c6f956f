/**
 * `nianbao export`: every assigned township's report of a year, as DOCX or PDF files in one zip archive,
 * each named as people name it ("荆竹铺镇2023年法治政府建设年度报告.docx"). The archive is streamed to its
 * file as each report is rendered: memory stays flat however many townships (a province's 40,000).
 */
import { createWriteStream, rmSync } from "node:fs";
import { finished } from "node:stream/promises";
import {
  renderReportFile,
  reportsOfYear,
  type FileFormat,
  type PdfWriter,
  type SectionLookup,
} from "@nianbao/api/documents";
import type { DB, Kysely } from "@nianbao/db";
import { Zip, ZipPassThrough } from "fflate";

export interface ZipEntry {
  name: string;
  body: Uint8Array;
}

/**
 * Writes `entries` as a zip archive to the file `path`, one entry at a time, waiting for the disk when it
 * falls behind. Entries are stored, not compressed (DOCX and PDF are compressed already). Returns the
 * names written. On failure the partial file is removed.
 */
export async function zipToFile(path: string, entries: AsyncIterable<ZipEntry>): Promise<string[]> {
  const out = createWriteStream(path);
  let failure: unknown = null;
  out.on("error", (e) => (failure ??= e));
  const zip = new Zip((err, chunk, final) => {
    if (err) failure ??= err;
    else {
      out.write(chunk);
      if (final) out.end();
    }
  });
  const names: string[] = [];
  try {
    for await (const entry of entries) {
      if (failure) throw failure;
      const file = new ZipPassThrough(entry.name);
      zip.add(file);
      file.push(entry.body, true);
      names.push(entry.name);
      if (out.writableNeedDrain) await drained(out);
    }
    zip.end();
    await finished(out);
    if (failure) throw failure;
    return names;
  } catch (e) {
    out.destroy();
    rmSync(path, { force: true });
    throw e;
  }
}

/** Resolves when `out` drains, rejects when it fails; leaves no listener behind either way. */
function drained(out: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve, reject) => {
    const onDrain = () => {
      out.off("error", onError);
      resolve();
    };
    const onError = (e: unknown) => {
      out.off("drain", onDrain);
      reject(e);
    };
    out.once("drain", onDrain);
    out.once("error", onError);
  });
}

/**
 * `fn` over `items` with at most `limit` calls in flight, the results yielded in the items' order (a
 * failure surfaces when its turn comes; the calls still in flight then finish unobserved).
 */
export async function* inOrder<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R> {
  const inFlight: Array<Promise<R>> = [];
  let next = 0;
  const start = () => {
    const p = fn(items[next]!, next);
    p.catch(() => undefined); // handled when its turn comes
    inFlight.push(p);
    next += 1;
  };
  while (next < items.length && inFlight.length < limit) start();
  while (inFlight.length > 0) {
    const result = await inFlight.shift()!;
    if (next < items.length) start();
    yield result;
  }
}

export async function exportYear(
  db: Kysely<DB>,
  sections: SectionLookup,
  year: number,
  format: FileFormat,
  path: string,
  options: {
    pdf?: PdfWriter;
    /** Reports rendered at once: PDF keeps the browser's tabs busy, DOCX overlaps reading and writing. */
    concurrency?: number;
    onFile?: (orgName: string, index: number, total: number) => void;
    onStart?: (total: number) => void;
  } = {},
): Promise<{ files: string[] }> {
  const reports = await reportsOfYear(db, year);
  if (reports.length === 0) throw new Error(`${year}年度没有需要报送的乡镇`);
  options.onStart?.(reports.length);
  const seen = new Set<string>();
  const render = (r: (typeof reports)[number]) =>
    renderReportFile(db, sections, r.reportId, format, options.pdf);
  const concurrency = options.concurrency ?? (format === "pdf" ? 4 : 2);
  async function* entries(): AsyncGenerator<ZipEntry> {
    let i = 0;
    for await (const file of inOrder(reports, concurrency, render)) {
      const r = reports[i]!;
      // Two townships of the same name in different counties: the county goes in front.
      const name = seen.has(file.fileName) ? `${r.parentName ?? ""}${file.fileName}` : file.fileName;
      seen.add(name);
      yield { name, body: file.body };
      options.onFile?.(r.orgName, i, reports.length);
      i += 1;
    }
  }
  return { files: await zipToFile(path, entries()) };
}
