/**
 * The frame's signature date and publication: an administrator may set the signature date before approval,
 * approval sets it otherwise; an approved report gets its secrecy review and is published; signed out, the
 * public list shows only published reports, and their public documents print withheld passages as ×××;
 * nothing unpublished (or reopened) is reachable. The township's own outline is refused outside the county's
 * rules.
 */
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { sections } from "@nianbao/sections";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeStoredReport, writeDocument } from "./services/documents.ts";
import { todayInChina } from "./services/frame.ts";
import { findReportByNames } from "./services/lookup.ts";
import { composePublicReport } from "./services/publication.ts";
import { reasonOf, rejection, seededApi } from "./test-support.ts";
import { DomainError } from "./errors.ts";

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let t: TestDatabase;
let s: Awaited<ReturnType<typeof seededApi>>;

beforeAll(async () => {
  t = await createTestDb();
  s = await seededApi(t.db);
}, 60_000);
afterAll(() => t?.dispose());

async function publicReason(reportId: string): Promise<string | null> {
  try {
    await composePublicReport(t.db, sections, reportId);
    return null;
  } catch (e) {
    return e instanceof DomainError ? e.reason : String(e);
  }
}

describe(`the signature date (${engine})`, () => {
  it("an administrator sets (and clears) it before approval; approval writes the day of approval when none is set", async () => {
    const reportId = await findReportByNames(t.db, 2023, "稠树塘镇");
    const admin = await s.as("admin");
    await admin.frame.setSignedOn({ reportId, signedOn: "2024-03-06" });
    expect((await admin.report.byId({ reportId })).frame.signedOn).toBe("2024-03-06");
    await admin.frame.setSignedOn({ reportId, signedOn: null });
    await (await s.as("reviewer")).report.approve({ reportId });
    const view = await admin.report.byId({ reportId });
    expect(view.frame.signedOn).toBe(todayInChina());
    const md = writeDocument(await composeStoredReport(t.db, sections, reportId), "md");
    const [y, m, d] = todayInChina().split("-").map(Number);
    expect(md).toContain(`${y}年${m}月${d}日`);
    expect(md, "an approved report is no draft").not.toContain("草稿");
    expect(reasonOf(await rejection(admin.frame.setSignedOn({ reportId, signedOn: "2024-03-01" })))).toBe(
      "wrong_state",
    );
  });

  it("only an administrator sets it, and only a real date", async () => {
    const reportId = await findReportByNames(t.db, 2024, "荆竹铺镇");
    expect(
      reasonOf(
        await rejection((await s.as("jingzhupu")).frame.setSignedOn({ reportId, signedOn: "2025-02-01" })),
      ),
    ).toBe("forbidden");
    expect(
      reasonOf(
        await rejection((await s.as("admin")).frame.setSignedOn({ reportId, signedOn: "2025-02-30" })),
      ),
    ).toBe("invalid");
  });
});

describe(`the frame and the outline, by the township (${engine})`, () => {
  it("saves the 文号, issuers and addressee, validated", async () => {
    const reportId = await findReportByNames(t.db, 2024, "荆竹铺镇");
    const api = await s.as("jingzhupu");
    await api.frame.save({
      reportId,
      docNumber: "荆发〔2025〕1号",
      issuers: ["中共荆竹铺镇委员会", "荆竹铺镇人民政府"],
      addressee: "",
    });
    const doc = await composeStoredReport(t.db, sections, reportId);
    expect([doc.docNumber, doc.issuers, doc.addressee, doc.draft]).toEqual([
      "荆发〔2025〕1号",
      ["中共荆竹铺镇委员会", "荆竹铺镇人民政府"],
      null,
      true,
    ]);
    const refused = await rejection(
      api.frame.save({ reportId, docNumber: "文".repeat(51), issuers: [""], addressee: null }),
    );
    expect(reasonOf(refused)).toBe("invalid");
    expect(refused.message).toMatch(/文号|发文机关/);
    const audit = await t.db
      .selectFrom("audit_event")
      .select("action")
      .where("report_id", "=", reportId)
      .where("action", "=", "report.frame")
      .execute();
    expect(audit.length).toBe(1);
  });

  it("refuses own sections and retitles where the county does not allow them", async () => {
    const reportId = await findReportByNames(t.db, 2024, "荆竹铺镇");
    const api = await s.as("jingzhupu");
    expect(
      reasonOf(
        await rejection(api.outline.add({ reportId, partKey: "measures", after: null, heading: "特色工作" })),
      ),
    ).toBe("wrong_state");
    expect(
      reasonOf(
        await rejection(api.outline.retitle({ reportId, sectionKey: "disclosure", heading: "政务公开" })),
      ),
    ).toBe("wrong_state");
    expect(
      reasonOf(
        await rejection(api.outline.add({ reportId, partKey: "nope", after: null, heading: "特色工作" })),
      ),
    ).toBe("invalid");
    expect(
      reasonOf(
        await rejection(api.outline.add({ reportId, partKey: "measures", after: null, heading: "  " })),
      ),
    ).toBe("invalid");
    expect(reasonOf(await rejection(api.outline.remove({ reportId, sectionKey: "disclosure" })))).toBe(
      "invalid",
    );
  });
});

describe(`publication (${engine})`, () => {
  let reportId = "";
  let passage = "";

  beforeAll(async () => {
    reportId = await findReportByNames(t.db, 2023, "文坪镇");
    const md = writeDocument(await composeStoredReport(t.db, sections, reportId), "md");
    passage = md
      .split("\n")
      .find((l) => l.length > 60 && !l.startsWith("#"))!
      .slice(10, 30);
  });

  it("refuses to publish before the secrecy review, and a review before approval", async () => {
    const admin = await s.as("admin");
    expect(reasonOf(await rejection(admin.publication.publish({ reportId })))).toBe("wrong_state");
    const draft = await findReportByNames(t.db, 2024, "荆竹铺镇");
    expect(
      reasonOf(
        await rejection(
          admin.publication.review({
            reportId: draft,
            reviewer: "王某",
            reviewedOn: "2025-03-10",
            withheld: [],
          }),
        ),
      ),
    ).toBe("wrong_state");
    expect(reasonOf(await rejection((await s.as("reviewer")).publication.publish({ reportId })))).toBe(
      "forbidden",
    );
  });

  it("publishes after the review; signed out, the list shows it and its documents withhold the passage", async () => {
    const admin = await s.as("admin");
    expect(await (await s.as(null)).public.reports()).toEqual([]);
    expect(await publicReason(reportId)).toBe("not_found");
    await admin.publication.review({
      reportId,
      reviewer: "武冈市保密办 王某",
      reviewedOn: "2024-03-20",
      withheld: [passage],
    });
    await admin.publication.publish({ reportId });
    const list = await (await s.as(null)).public.reports();
    expect(list.map((r) => [r.orgName, r.year, r.regionName])).toEqual([["文坪镇", 2023, "武冈市"]]);
    const { doc } = await composePublicReport(t.db, sections, reportId);
    const md = writeDocument(doc, "md");
    expect(md).not.toContain(passage);
    expect(md).toContain("×××");
    expect(writeDocument(doc, "html")).not.toContain(passage);
    const view = await admin.report.byId({ reportId });
    expect(view.publication.secrecyReview).toMatchObject({
      reviewer: "武冈市保密办 王某",
      withheld: [passage],
    });
    expect(view.publication.publishedAt).not.toBeNull();
  });

  it("keeps every unpublished report unreachable, and a reopened one leaves the public page", async () => {
    for (const [year, name] of [
      [2024, "荆竹铺镇"],
      [2023, "湾头桥镇"],
      [2024, "稠树塘镇"],
    ] as const) {
      expect(await publicReason(await findReportByNames(t.db, year, name)), `${name} ${year}`).toBe(
        "not_found",
      );
    }
    await (await s.as("admin")).report.reopen({ reportId, reason: "补充材料" });
    expect(await (await s.as(null)).public.reports()).toEqual([]);
    expect(await publicReason(reportId)).toBe("not_found");
  });
});
