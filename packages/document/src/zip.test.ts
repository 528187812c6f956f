import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { crc32, prepareZipEntry, writeZip } from "./zip.ts";

describe("zip writer", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array())).toBe(0);
  });

  it("writes archives another reader opens, with UTF-8 names, reused and fresh entries", () => {
    const shared = prepareZipEntry("word/styles.xml", "<w:styles/>".repeat(500));
    const a = unzipSync(writeZip([prepareZipEntry("荆竹铺镇.xml", "<甲/>"), shared]));
    const b = unzipSync(writeZip([prepareZipEntry("empty.txt", ""), shared], new Date(2024, 0, 15, 9, 30)));
    expect(Object.keys(a)).toEqual(["荆竹铺镇.xml", "word/styles.xml"]);
    expect(strFromU8(a["荆竹铺镇.xml"]!)).toBe("<甲/>");
    expect(strFromU8(b["word/styles.xml"]!)).toBe("<w:styles/>".repeat(500));
    expect(b["empty.txt"]).toHaveLength(0);
  });
});
