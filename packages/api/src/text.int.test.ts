/**
 * The township's own words through tRPC: switching a section to own words and back, saving text with live
 * figures, validation of the text, the warnings of text against fields, the unbound-figure count, revisions.
 */
import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { demoFixtures } from "@nianbao/sections";
import { doc, fig, para, txt, walkFigures, type TextDoc } from "@nianbao/text";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { createCaller } from "./root.ts";
import { rejection, seededApi } from "./test-support.ts";
import type { DomainError } from "./errors.ts";

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let t: TestDatabase;
let api: ReturnType<typeof createCaller>;
let reviewer: ReturnType<typeof createCaller>;
let reportId: string;
let orgId: string;
const key = "dispute-resolution";
const fixture = demoFixtures["dispute-resolution"]!.jingzhupu2023 as Record<string, any>;

beforeAll(async () => {
  t = await createTestDb();
  const s = await seededApi(t.db);
  api = await s.as("jingzhupu");
  reviewer = await s.as("reviewer");
  const org = (await api.org.townships()).find((o) => o.name === "荆竹铺镇")!;
  orgId = org.id;
  const year = (await api.year.forOrg({ orgId: org.id })).find((y) => y.year === 2023)!;
  reportId = (await api.report.open({ yearId: year.id, orgId: org.id })).id;
});
afterAll(() => t?.dispose());

async function sectionMarkdown(): Promise<string> {
  const md = (await api.document.render({ reportId, format: "md" })).content;
  const from = md.indexOf("依法化解矛盾纠纷");
  return md.slice(from, md.indexOf("\n#", from + 1));
}

describe(`own words (${engine})`, () => {
  let generatedMd: string;
  let revision: number;

  it("a generated section has no text and a catalog of its figures with current values", async () => {
    const s = await api.section.get({ reportId, sectionKey: key });
    expect(s.text).toBeNull();
    expect(s.catalog.find((c) => c.key === "metric:disputesMediated")).toMatchObject({
      value: "37起",
      kind: "quantity",
      unit: "起",
    });
    generatedMd = await sectionMarkdown();
    revision = s.revision;
  });

  it("用自己的话写 keeps the text as it read, with tokens in place, as a new revision", async () => {
    const r = await api.section.toOwnWords({ reportId, sectionKey: key, baseRevision: revision });
    expect(r.revision).toBe(revision + 1);
    expect(walkFigures(r.text).map((f) => f.key)).toContain("metric:disputesMediated");
    const s = await api.section.get({ reportId, sectionKey: key });
    expect(s.text).toEqual(r.text);
    expect(await sectionMarkdown()).toBe(generatedMd);
    revision = s.revision;
    const again = await rejection(
      api.section.toOwnWords({ reportId, sectionKey: key, baseRevision: revision }),
    );
    expect(again.code).toBe("BAD_REQUEST");
  });

  it("a token follows its field: change the field, the text changes", async () => {
    const s = await api.section.get({ reportId, sectionKey: key });
    const data = { ...fixture, mediated: { ...fixture.mediated, value: 41 } };
    const saved = await api.section.save({ reportId, sectionKey: key, baseRevision: s.revision, data });
    expect(saved.revision).toBe(s.revision + 1);
    const md = await sectionMarkdown();
    expect(md).toContain("41起");
    expect(md).not.toContain("37起");
    expect((await api.section.get({ reportId, sectionKey: key })).text).toEqual(s.text); // kept when omitted
    expect((await api.report.metrics({ reportId })).find((m) => m.key === "disputesMediated")?.value).toBe(
      41,
    );
    revision = saved.revision;
  });

  it("saves the township's own text; plain figures are counted as unbound and contradictions warned", async () => {
    const s = await api.section.get({ reportId, sectionKey: key });
    const text: TextDoc = doc(
      para(
        txt("全年共调处矛盾纠纷"),
        fig("metric:disputesMediated"),
        txt("，化解率"),
        fig("metric:resolutionRate"),
        txt("。"),
      ),
      para(txt("今年以来调处矛盾纠纷45起，接待来访群众120人次。")),
    );
    const saved = await api.section.save({
      reportId,
      sectionKey: key,
      baseRevision: s.revision,
      data: s.data,
      text,
    });
    expect(saved.checks.map((c) => c.id)).toContain("text-figure-contradicts");
    expect(saved.checks.find((c) => c.id === "text-figure-contradicts")!.message).toContain("调处矛盾纠纷");
    const row = await t.db
      .selectFrom("report_section")
      .select(["unbound_figures"])
      .where("report_id", "=", reportId)
      .where("section_key", "=", key)
      .executeTakeFirstOrThrow();
    expect(row.unbound_figures).toBe(2);
    // The dashboard counts them on the township's row.
    const parent = await t.db
      .selectFrom("org_unit")
      .select("parent_id")
      .where("id", "=", orgId)
      .executeTakeFirstOrThrow();
    const c = await reviewer.dashboard.completeness({ regionId: parent.parent_id!, year: 2023 });
    expect(c.rows.find((r) => r.org.id === orgId)?.unboundFigures).toBe(2);
    expect(c.rows.filter((r) => r.org.id !== orgId).every((r) => r.unboundFigures === 0)).toBe(true);
    const md = await sectionMarkdown();
    expect(md).toContain("全年共调处矛盾纠纷41起");
    revision = saved.revision;
  });

  it("refuses a malformed text with a message naming the field, and keeps the stored one", async () => {
    const before = await api.section.get({ reportId, sectionKey: key });
    const bad = {
      type: "doc",
      content: [
        {
          type: "paragraph",
          content: [{ type: "text", text: "x", marks: [{ type: "textStyle", attrs: { color: "red" } }] }],
        },
      ],
    };
    const err = await rejection(
      api.section.save({ reportId, sectionKey: key, baseRevision: revision, data: before.data, text: bad }),
    );
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toMatch(/^正文格式不正确/);
    expect((err.cause as DomainError).fieldErrors![0]!.path).toBe("text");
    const huge = doc(para(txt("字".repeat(70_000))));
    const tooBig = await rejection(
      api.section.save({ reportId, sectionKey: key, baseRevision: revision, data: before.data, text: huge }),
    );
    expect(tooBig.message).toContain("不超过");
    expect((await api.section.get({ reportId, sectionKey: key })).revision).toBe(revision);
  });

  it("a token bound to an empty field is a warning and prints its label", async () => {
    const s = await api.section.get({ reportId, sectionKey: key });
    const data = { ...fixture, mediated: { ...fixture.mediated, value: null } };
    const saved = await api.section.save({
      reportId,
      sectionKey: key,
      baseRevision: s.revision,
      data,
      text: s.text,
    });
    expect(saved.checks.find((c) => c.id === "text-figure-empty")?.message).toContain("调处矛盾纠纷");
    expect(await sectionMarkdown()).toContain("【调处矛盾纠纷】");
    // Asked to be complete, the warning keeps it a draft until a note accepts it.
    const kept = await api.section.save({
      reportId,
      sectionKey: key,
      baseRevision: saved.revision,
      data,
      text: s.text,
      complete: true,
    });
    expect(kept).toMatchObject({ status: "draft", notice: { reason: "note_required" } });
    expect(kept.notice!.message).toContain("调处矛盾纠纷");
    // The same rule before submitting: the report's text warnings, section by section.
    const warnings = await api.report.textWarnings({ reportId });
    expect(warnings).toContainEqual(expect.objectContaining({ sectionKey: key, id: "text-figure-empty" }));
    revision = kept.revision;
  });

  it("the figures of unsaved form values, for the editor", async () => {
    const figures = await api.section.figures({
      reportId,
      sectionKey: key,
      data: { ...fixture, mediated: { ...fixture.mediated, value: 1500, qualifier: "余" } },
    });
    expect(figures.find((c) => c.key === "metric:disputesMediated")?.value).toBe("1500余起");
    const bad = await rejection(
      api.section.figures({ reportId, sectionKey: key, data: { mediated: "many" } }),
    );
    expect(bad.code).toBe("BAD_REQUEST");
  });

  it("back to generated text keeps the own words in the history, and restoring brings them back", async () => {
    const s = await api.section.get({ reportId, sectionKey: key });
    const back = await api.section.toGenerated({ reportId, sectionKey: key, baseRevision: s.revision });
    const now = await api.section.get({ reportId, sectionKey: key });
    expect(now.text).toBeNull();
    const revs = await t.db
      .selectFrom("section_revision as r")
      .innerJoin("report_section as x", "x.id", "r.report_section_id")
      .select(["r.id", "r.revision", "r.text"])
      .where("x.report_id", "=", reportId)
      .where("x.section_key", "=", key)
      .orderBy("r.revision", "desc")
      .execute();
    expect(revs[0]).toMatchObject({ revision: back.revision, text: null });
    const withText = revs.find((r) => r.revision === s.revision)!;
    expect(withText.text).toEqual(s.text);
    await api.section.restore({
      reportId,
      sectionKey: key,
      revisionId: withText.id,
      baseRevision: back.revision,
    });
    expect((await api.section.get({ reportId, sectionKey: key })).text).toEqual(s.text);
  });

  it("the history diffs the own words by paragraph, figures by label, and the switches of mode", async () => {
    const revs = await api.section.revisions({ reportId, sectionKey: key });
    const all = revs.flatMap((r) => r.changes);
    expect(all).toContainEqual({ path: "正文", before: "自动生成的文字", after: "自己的话" });
    expect(all).toContainEqual({ path: "正文", before: "自己的话", after: "自动生成的文字" });
    const edited = all.find((c) => c.after === "今年以来调处矛盾纠纷45起，接待来访群众120人次。");
    expect(edited?.path).toMatch(/^第\d+段$/);
    expect(
      all.some((c) => c.after?.includes("【调处矛盾纠纷】") || c.before?.includes("【调处矛盾纠纷】")),
    ).toBe(true);
    expect(all.every((c) => !c.path.startsWith("metric:") && !(c.after ?? "").includes("metric:"))).toBe(
      true,
    );
  });

  it("a stale switch is refused as a conflict", async () => {
    const s = await api.section.get({ reportId, sectionKey: key });
    const err = await rejection(
      api.section.toGenerated({ reportId, sectionKey: key, baseRevision: s.revision - 1 }),
    );
    expect(err.code).toBe("CONFLICT");
  });
});

describe(`own words carried forward (${engine})`, () => {
  it("prefill carries the text: tokens re-bound, years moved on; another township and last year's figures flagged", async () => {
    const s23 = await api.section.get({ reportId, sectionKey: "plans" });
    const text = doc(
      para(txt("2024年，我镇将学习邓元泰镇经验，全年组织法治培训4次，"), fig("metric:measures"), txt("。")),
    );
    await api.section.save({
      reportId,
      sectionKey: "plans",
      baseRevision: s23.revision,
      data: s23.data,
      text,
    });

    const org = (await api.org.townships()).find((o) => o.name === "荆竹铺镇")!;
    const year24 = (await api.year.forOrg({ orgId: org.id })).find((y) => y.year === 2024)!;
    const report24 = (await api.report.open({ yearId: year24.id, orgId: org.id })).id;
    const before = await api.section.get({ reportId: report24, sectionKey: "plans" });
    const r = await api.section.prefill({
      reportId: report24,
      sectionKey: "plans",
      baseRevision: before.revision,
    });
    expect(r.fromYear).toBe(2023);
    const s24 = await api.section.get({ reportId: report24, sectionKey: "plans" });
    const printed = JSON.stringify(s24.text);
    expect(printed).toContain("2025年，我镇将学习邓元泰镇经验");
    expect(walkFigures(s24.text!).map((f) => f.key)).toEqual(["metric:measures"]);
    const ids = s24.checks.map((c) => c.id);
    expect(ids).toContain("text-other-org");
    expect(ids).toContain("text-last-year-figure");
    expect(s24.checks.find((c) => c.id === "text-last-year-figure")!.message).toContain("4次");
  });
});
