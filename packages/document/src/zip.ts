/**
 * A small zip writer for documents assembled from parts that mostly never change: a part can be deflated
 * once and reused (`prepareZipEntry`), and only the parts that differ per file are deflated per file. The
 * deflating and the CRC-32 are Node's zlib (native). UTF-8 names; no zip64 (a document is small).
 */
import { crc32 as zlibCrc32, deflateRawSync } from "node:zlib";

/** CRC-32 of the zip format: zlib's, native (Node ≥ 20.15). */
export function crc32(data: Uint8Array): number {
  return zlibCrc32(data) >>> 0;
}

export interface ZipEntry {
  name: Uint8Array;
  crc: number;
  size: number;
  deflated: Uint8Array;
}

const encoder = new TextEncoder();

/** A part deflated and checksummed, ready to be written into any number of archives. */
export function prepareZipEntry(name: string, data: Uint8Array | string, level = 6): ZipEntry {
  const bytes = typeof data === "string" ? encoder.encode(data) : data;
  return {
    name: encoder.encode(name),
    crc: crc32(bytes),
    size: bytes.length,
    deflated: deflateRawSync(bytes, { level }),
  };
}

/** The date and time fields of a zip header (MS-DOS format, local time). */
function dosDateTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1),
    date: ((d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}

/** The archive of `entries`, in order, each stamped with `when`. */
export function writeZip(entries: readonly ZipEntry[], when: Date = new Date()): Uint8Array {
  const { time, date } = dosDateTime(when);
  let size = 22;
  for (const e of entries) size += 30 + 46 + 2 * e.name.length + e.deflated.length;
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (v: number) => {
    view.setUint16(at, v, true);
    at += 2;
  };
  const u32 = (v: number) => {
    view.setUint32(at, v, true);
    at += 4;
  };
  const bytes = (b: Uint8Array) => {
    out.set(b, at);
    at += b.length;
  };
  const header = (e: ZipEntry) => {
    u16(20); // version needed: 2.0 (deflate)
    u16(0x0800); // UTF-8 names
    u16(8); // deflate
    u16(time);
    u16(date);
    u32(e.crc);
    u32(e.deflated.length);
    u32(e.size);
    u16(e.name.length);
    u16(0); // no extra field
  };
  const offsets: number[] = [];
  for (const e of entries) {
    offsets.push(at);
    u32(0x04034b50);
    header(e);
    bytes(e.name);
    bytes(e.deflated);
  }
  const central = at;
  entries.forEach((e, i) => {
    u32(0x02014b50);
    u16(20); // made by: 2.0
    header(e);
    u16(0); // no comment
    u16(0); // disk 0
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(offsets[i]!);
    bytes(e.name);
  });
  const centralSize = at - central;
  u32(0x06054b50);
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(centralSize);
  u32(central);
  u16(0); // no comment
  return out;
}
