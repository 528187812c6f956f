import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures, sections } from "@nianbao/sections";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createCaller } from "./root.ts";
import { seedDemo } from "./services/demo.ts";
import { rejection, seededApi } from "./test-support.ts";
import { DomainError } from "./errors.ts";

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let t: TestDatabase;
let api: ReturnType<typeof createCaller>;
let admin: ReturnType<typeof createCaller>;
let reportId: string;

const legalStudy = demoFixtures["legal-study"]!.jingzhupu2023 as Record<string, any>;

beforeAll(async () => {
  t = await createTestDb();
  const s = await seededApi(t.db);
  expect(s.seeded.created).toBe(true);
  api = await s.as("jingzhupu");
  admin = await s.as("admin");
  const orgs = await api.org.townships();
  const org = orgs.find((o) => o.name === "荆竹铺镇")!;
  const year = (await api.year.forOrg({ orgId: org.id })).find((y) => y.year === 2023)!;
  reportId = (await api.report.open({ yearId: year.id, orgId: org.id })).id;
});
afterAll(() => t?.dispose());

describe(`sections through tRPC (${engine})`, () => {
  it("opens the demo report with its numbered outline and the seeded legal-study section", async () => {
    const report = await api.report.byId({ reportId });
    expect(report.org.name).toBe("荆竹铺镇");
    expect(report.outline.map((p) => `${p.numbering ?? ""}${p.title ?? ""}`)).toEqual([
      "",
      "一、工作开展情况",
      "二、存在的问题",
      "三、下一步工作打算",
    ]);
    const work = report.outline[1]!.sections;
    expect(work).toHaveLength(10);
    expect(work[0]).toMatchObject({
      key: "legal-study",
      numbering: "（一）",
      heading: "强化法治思维和依法行政能力方面",
      status: "draft",
      revision: 1,
    });
    expect(work[9]).toMatchObject({ numbering: "（十）", heading: "加强组织领导方面" });
  });

  it("returns the stored data, and saving increments the revision, keeps every revision and stores metrics", async () => {
    const s = await api.section.get({ reportId, sectionKey: "legal-study" });
    expect(s.data).toEqual(legalStudy);
    expect(s.revision).toBe(1);

    const next = { ...legalStudy, centralGroup: { frequency: "每季度", sessions: 5 } };
    const saved = await api.section.save({
      reportId,
      sectionKey: "legal-study",
      baseRevision: 1,
      data: next,
    });
    expect(saved).toMatchObject({ revision: 2, status: "draft", checks: [] });

    expect(
      (await api.section.revisions({ reportId, sectionKey: "legal-study" })).map((r) => r.revision),
    ).toEqual([2, 1]);
    const metrics = await api.report.metrics({ reportId });
    expect(metrics.find((m) => m.key === "studySessions")).toMatchObject({
      value: 5,
      unit: "次",
      aggregate: "sum",
    });
    expect(metrics.find((m) => m.key === "trainingParticipation")).toMatchObject({
      value: 100,
      numerator: 86,
      denominator: 86,
    });
  });

  it("refuses a stale revision with CONFLICT and leaves the stored data unchanged", async () => {
    const before = await api.section.get({ reportId, sectionKey: "legal-study" });
    const stale = { ...legalStudy, centralGroup: { frequency: "每月", sessions: 12 } };
    const err = await rejection(
      api.section.save({
        reportId,
        sectionKey: "legal-study",
        baseRevision: before.revision - 1,
        data: stale,
      }),
    );
    expect(err.code).toBe("CONFLICT");
    expect(err.message).toContain(`第${before.revision}版`);
    const after = await api.section.get({ reportId, sectionKey: "legal-study" });
    expect(after.data).toEqual(before.data);
    expect(after.revision).toBe(before.revision);
    const revisions = await api.section.revisions({ reportId, sectionKey: "legal-study" });
    expect(revisions.filter((r) => !r.refused)).toHaveLength(before.revision);
    // The refused content is kept too, marked as refused.
    expect(
      revisions
        .filter((r) => r.refused)
        .map((r) => r.changes.find((c) => c.path === "centralGroup.sessions")?.after),
    ).toEqual(["12"]);
  });

  it("refuses a first save that claims a revision, and a concurrent first save", async () => {
    const err = await rejection(
      api.section.save({ reportId, sectionKey: "government-functions", baseRevision: 3, data: {} }),
    );
    // government-functions may not be installed yet; either way nothing is written.
    expect(["CONFLICT", "PRECONDITION_FAILED", "BAD_REQUEST"]).toContain(err.code);
  });

  it("refuses invalid section data with field errors located in the data, writing nothing", async () => {
    const before = await api.section.get({ reportId, sectionKey: "legal-study" });
    const bad = {
      ...legalStudy,
      centralGroup: { frequency: "每季度", sessions: -2 },
      training: { ...legalStudy.training, participation: { numerator: 90, denominator: 86 } },
    };
    const err = await rejection(
      api.section.save({ reportId, sectionKey: "legal-study", baseRevision: before.revision, data: bad }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.cause).toBeInstanceOf(DomainError);
    const paths = (err.cause as DomainError).fieldErrors!.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(["data.centralGroup.sessions", "data.training.participation.numerator"]),
    );
    expect((await api.section.get({ reportId, sectionKey: "legal-study" })).revision).toBe(before.revision);
  });

  it("refuses malformed input (no revision, bad id) before touching the database", async () => {
    const noRevision = await rejection(
      api.section.save({ reportId, sectionKey: "legal-study", data: legalStudy } as never),
    );
    expect(noRevision.code).toBe("BAD_REQUEST");
    const badId = await rejection(api.section.get({ reportId: "not-a-uuid", sectionKey: "legal-study" }));
    expect(badId.code).toBe("BAD_REQUEST");
    const unknown = await rejection(api.section.get({ reportId, sectionKey: "no-such-section" }));
    expect(unknown.code).toBe("NOT_FOUND");
  });

  it("keeps a section asked to be complete as a draft, with a notice, while an error-level check fails; complete once fixed", async () => {
    const s0 = await api.section.get({ reportId, sectionKey: "legal-study" });
    const inconsistent = {
      ...legalStudy,
      exam: {
        ...legalStudy.exam,
        participation: { ...legalStudy.exam.participation, numerator: 50, denominator: 50 },
        pass: { ...legalStudy.exam.pass, numerator: 40, denominator: 45 },
      },
    };
    const kept = await api.section.save({
      reportId,
      sectionKey: "legal-study",
      baseRevision: s0.revision,
      data: inconsistent,
      complete: true,
    });
    expect(kept.status).toBe("draft");
    expect(kept.revision).toBe(s0.revision + 1);
    expect(kept.notice?.reason).toBe("checks_failed");
    expect(kept.notice?.message).toContain("已保存为草稿");
    expect(kept.notice?.fieldErrors.length).toBeGreaterThan(0);
    const s = await api.section.get({ reportId, sectionKey: "legal-study" });
    expect(s.data).toEqual(inconsistent);

    const ok = await api.section.save({
      reportId,
      sectionKey: "legal-study",
      baseRevision: s.revision,
      data: legalStudy,
      complete: true,
    });
    expect(ok.status).toBe("complete");
    const report = await api.report.byId({ reportId });
    expect(report.outline[1]!.sections[0]!.status).toBe("complete");
  });

  it("renders the report as Markdown and HTML from the stored data", async () => {
    const md = await api.document.render({ reportId, format: "md" });
    expect(md.title).toBe("2023年荆竹铺镇法治政府建设年度报告");
    expect(md.content).toContain("# 2023年荆竹铺镇法治政府建设年度报告");
    expect(md.content).toContain("### （一）强化法治思维和依法行政能力方面");
    expect(md.content).toContain("安排法律知识的学习4次");
    const html = await api.document.render({ reportId, format: "html" });
    expect(html.content).toContain("<h2>一、工作开展情况</h2>");
    expect(html.content).toContain("参与率100%");
  });

  it("seeding again changes nothing", async () => {
    const before = await api.section.get({ reportId, sectionKey: "legal-study" });
    expect((await seedDemo(t.db, sections, demoFixtures)).created).toBe(false);
    expect((await api.section.get({ reportId, sectionKey: "legal-study" })).revision).toBe(before.revision);
    expect((await api.org.townships()).filter((o) => o.name === "荆竹铺镇")).toHaveLength(1);
  });

  it("refuses to open a report for a township not assigned to the year", async () => {
    const city = await t.db
      .selectFrom("org_unit")
      .select("id")
      .where("name", "=", "武冈市")
      .executeTakeFirstOrThrow();
    const other = await t.db
      .insertInto("org_unit")
      .values({ name: "新设镇", kind: "township", parent_id: city.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    const year = (await admin.year.list()).find((y) => y.year === 2023)!;
    expect((await rejection(api.report.open({ yearId: year.id, orgId: other.id }))).code).toBe("FORBIDDEN");
    const err = await rejection(admin.report.open({ yearId: year.id, orgId: other.id }));
    expect(err.code).toBe("NOT_FOUND");
    expect(err.message).toBe("该乡镇不在本年度报送范围内");
  });
});
