import { readFileSync } from "node:fs";
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createCaller } from "./root.ts";
import { reasonOf, rejection, seededApi } from "./test-support.ts";

/**
 * import.preview reads a report against the year's template and writes nothing; import.accept writes through
 * the write path: overwriting saved sections needs a confirmation, what existed stays as a revision, and the
 * import is audited.
 */
const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let t: TestDatabase;
let api: ReturnType<typeof createCaller>;
let reportId: string;

const text = readFileSync(
  new URL("../../../docs/reference/jingzhupu-2023-report.txt", import.meta.url),
  "utf8",
)
  .replaceAll("2023", "2024")
  .replace("37 起", "41 起");

beforeAll(async () => {
  t = await createTestDb();
  const s = await seededApi(t.db);
  api = await s.as("jingzhupu");
  const org = (await api.org.townships()).find((o) => o.name === "荆竹铺镇")!;
  const year = (await api.year.forOrg({ orgId: org.id })).find((y) => y.year === 2024)!;
  reportId = (await api.report.open({ yearId: year.id, orgId: org.id })).id;
});
afterAll(() => t?.dispose());

describe(`importing a report (${engine})`, () => {
  it("previews without writing, then accepts only with a confirmation over saved sections; the old content stays a revision; audited", async () => {
    const before = await api.section.get({ reportId, sectionKey: "dispute-resolution" });
    const preview = await api.import.preview({ reportId, source: { kind: "text", text } });
    expect(preview.summary.sections.matched).toBeGreaterThanOrEqual(10);
    expect(preview.figures.find((f) => f.text.includes("41"))).toMatchObject({
      status: "bound",
      key: "metric:disputesMediated",
    });
    expect((await api.section.get({ reportId, sectionKey: "dispute-resolution" })).revision).toBe(
      before.revision,
    );

    if (preview.saved.length) {
      const refused = await rejection(api.import.accept({ reportId, source: { kind: "text", text } }));
      expect(reasonOf(refused)).toBe("conflict");
      expect(refused.message).toContain("确认覆盖");
    }
    const accepted = await api.import.accept({
      reportId,
      source: { kind: "text", text },
      fileName: "荆竹铺镇2024.txt",
      confirmOverwrite: true,
    });
    expect(accepted.written).toContain("dispute-resolution");
    const after = await api.section.get({ reportId, sectionKey: "dispute-resolution" });
    expect(after.revision).toBe(before.revision + 1);
    expect(after.data).toMatchObject({ mediated: { value: 41 } });
    expect(after.text).not.toBeNull();
    const revisions = await api.section.revisions({ reportId, sectionKey: "dispute-resolution" });
    expect(revisions.length).toBeGreaterThanOrEqual(before.revision + 1);
    const md = (await api.document.render({ reportId, format: "md" })).content;
    expect(md).toContain("2024年全镇共调处各类矛盾纠纷41起");
    const events = await t.db
      .selectFrom("audit_event")
      .select(["action"])
      .where("report_id", "=", reportId)
      .where("action", "=", "report.import")
      .execute();
    expect(events).toHaveLength(1);
    const report = await t.db
      .selectFrom("report")
      .select(["imported_at", "import_source"])
      .where("id", "=", reportId)
      .executeTakeFirstOrThrow();
    expect(report.import_source).toBe("荆竹铺镇2024.txt");
    expect(report.imported_at).not.toBeNull();
  });

  it("refuses bad input with a Chinese message, never a 500", async () => {
    const e = await rejection(
      api.import.preview({
        reportId,
        source: { kind: "docx", base64: Buffer.from("not a docx").toString("base64") },
      }),
    );
    expect(reasonOf(e)).toBe("invalid");
    expect(e.message).toContain("Word");
    const empty = await rejection(api.import.preview({ reportId, source: { kind: "text", text: "   " } }));
    expect(reasonOf(empty)).toBe("invalid");
  });
});
