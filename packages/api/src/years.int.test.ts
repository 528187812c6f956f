import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { referenceOutline2023, type YearTemplate } from "@nianbao/document";
import { demoFixtures, sectionFixtures, sections } from "@nianbao/sections";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "./auth.ts";
import type { createCaller } from "./root.ts";
import { rejection, seededApi } from "./test-support.ts";
import type { DomainError } from "./errors.ts";

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
let t: TestDatabase;
let api: ReturnType<typeof createCaller>;
let seeded: Awaited<ReturnType<typeof seededApi>>;
let regionId: string;
let jingzhupu: string;
let year2023: string;
let year2024: string;

const legalStudy = demoFixtures["legal-study"]! as Record<string, any>;
/** 荆竹铺镇 2023 as filed under legal-study v1 (the plugin's own legacy fixture: the courses in one string). */
const legalStudyV1 = sectionFixtures["legal-study"]!.legacy!.find((l) => l.version === 1)!.data;
/** The installed legal-study version, which carried-forward data is upgraded to. */
const legalStudyVersion = sections.get("legal-study")!.version;

const clone = (x: YearTemplate): YearTemplate => structuredClone(x);
const outlineLabels = (
  outline: Array<{
    numbering: string | null;
    title: string | null;
    sections: Array<{ numbering: string | null; heading: string | null; key: string }>;
  }>,
) =>
  outline.flatMap((p) => [
    `${p.numbering ?? ""}${p.title ?? ""}`,
    ...p.sections.map((s) => `${s.numbering ?? ""}${s.heading ?? s.key}`),
  ]);

beforeAll(async () => {
  t = await createTestDb();
  // One account that administers 武冈市 and edits 荆竹铺镇's reports: this file walks both sides of a year.
  seeded = await seededApi(t.db);
  const city = await t.db
    .selectFrom("org_unit")
    .select("id")
    .where("name", "=", "武冈市")
    .executeTakeFirstOrThrow();
  const town = await t.db
    .selectFrom("org_unit")
    .select("id")
    .where("name", "=", "荆竹铺镇")
    .executeTakeFirstOrThrow();
  const userId = await createAccount(seeded.auth, t.db, {
    username: "both",
    displayName: "管理员兼填报员",
    password: "Twofold-kite-river-8",
    role: "admin",
    orgUnitId: city.id,
  });
  await t.db
    .insertInto("role_assignment")
    .values({ user_id: userId, org_unit_id: town.id, role: "editor" })
    .execute();
  api = await seeded.as("both");
  regionId = (await api.yearAdmin.regions()).find((r) => r.name === "武冈市")!.id;
  jingzhupu = (await api.org.townships()).find((o) => o.name === "荆竹铺镇")!.id;
  const years = await api.yearAdmin.list({ regionId });
  year2023 = years.find((y) => y.year === 2023)!.id;
  year2024 = years.find((y) => y.year === 2024)!.id;
});
afterAll(() => t?.dispose());

describe(`year templates (${engine})`, () => {
  let year2025: string;

  it("creates a year from a copy of an earlier year: same outline and townships, pinned to the installed plugins, a draft", async () => {
    const { id } = await api.yearAdmin.create({
      regionId,
      year: 2025,
      from: { kind: "copy", yearId: year2023 },
    });
    year2025 = id;
    const y = await api.yearAdmin.byId({ yearId: id });
    const source = await api.yearAdmin.byId({ yearId: year2023 });
    expect(y.status).toBe("draft");
    expect(y.template.parts.map((p) => p.sections.map((s) => s.key))).toEqual(
      source.template.parts.map((p) => p.sections.map((s) => s.key)),
    );
    expect(y.template.parts[1]!.sections[0]).toMatchObject({
      plugin: "legal-study",
      pluginVersion: sections.get("legal-study")!.version,
    });
    expect(new Set(y.orgIds)).toEqual(new Set(source.orgIds));
    expect(y.issues).toEqual([]);
    expect(source.revisions.map((r) => r.revision)).toEqual([1]);
    // A draft is not the townships' yet.
    expect((await api.year.forOrg({ orgId: jingzhupu })).map((x) => x.year)).not.toContain(2025);
    expect((await rejection(api.report.open({ yearId: id, orgId: jingzhupu }))).message).toBe(
      "本年度模板尚未发布，暂不能填报",
    );
    // One year per region and year number.
    expect(
      (
        await rejection(
          api.yearAdmin.create({ regionId, year: 2025, from: { kind: "preset", preset: "official" } }),
        )
      ).code,
    ).toBe("CONFLICT");
  });

  it("creates a year from a built-in preset with every township of the region assigned", async () => {
    const { id } = await api.yearAdmin.create({
      regionId,
      year: 2030,
      from: { kind: "preset", preset: "official" },
    });
    const y = await api.yearAdmin.byId({ yearId: id });
    expect(y.template.parts.map((p) => p.key)).toEqual([
      "opening",
      "measures",
      "shortcomings",
      "first-responsible",
      "plans",
      "other",
    ]);
    expect(y.orgIds).toHaveLength(6);
  });

  it("refuses to publish with a clear message for every validation error, and saves nothing wrong", async () => {
    const y = await api.yearAdmin.byId({ yearId: year2025 });
    const bad = clone(y.template);
    bad.parts[1]!.sections[0]!.plugin = "no-such-plugin";
    bad.parts[1]!.sections[1]!.key = "legal-study";
    bad.parts[2]!.sections = [];
    const saved = await api.yearAdmin.saveDraft({
      yearId: year2025,
      template: bad,
      deadline: "2099-03-01",
      orgIds: y.orgIds,
    });
    expect(saved.issues.map((i) => i.message)).toEqual([
      "第2部分“工作开展情况”第1栏使用的栏目插件“no-such-plugin”未安装",
      "栏目“legal-study”重复（第2部分“工作开展情况”第1栏已有同名栏目）",
      "第3部分“存在的问题”没有任何栏目，请添加栏目或删除该部分",
    ]);
    const err = await rejection(api.yearAdmin.publish({ yearId: year2025 }));
    expect(err.code).toBe("BAD_REQUEST");
    expect(err.message).toContain("模板未通过校验，不能发布：");
    expect(err.message).toContain("栏目插件“no-such-plugin”未安装");
    expect((err.cause as DomainError).fieldErrors!.map((f) => f.path)).toEqual([
      "template.parts.1.sections.0.plugin",
      "template.parts.1.sections.1.key",
      "template.parts.2.sections",
    ]);
    // A malformed template is refused outright, with field errors.
    const malformed = await rejection(
      api.yearAdmin.saveDraft({ yearId: year2025, template: { parts: [] }, deadline: null, orgIds: [] }),
    );
    expect(malformed.code).toBe("BAD_REQUEST");
    expect((malformed.cause as DomainError).fieldErrors!.length).toBeGreaterThan(0);
    // No deadline, no townships.
    await api.yearAdmin.saveDraft({ yearId: year2025, template: y.template, deadline: null, orgIds: [] });
    expect((await rejection(api.yearAdmin.publish({ yearId: year2025 }))).message).toBe(
      "不能发布：请设置报送截止日期；请至少指定一个报送乡镇",
    );
    // A township outside the region.
    const outsider = await t.db
      .insertInto("org_unit")
      .values({ name: "外县", kind: "county", parent_id: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    const stranger = await t.db
      .insertInto("org_unit")
      .values({ name: "外镇", kind: "township", parent_id: outsider.id })
      .returning("id")
      .executeTakeFirstOrThrow();
    expect(
      (
        await rejection(
          api.yearAdmin.saveDraft({
            yearId: year2025,
            template: y.template,
            deadline: null,
            orgIds: [stranger.id],
          }),
        )
      ).message,
    ).toBe("报送乡镇必须属于本年度所在的市、县");
  });

  it("publishes: disabled sections vanish, swapped sections renumber, the template freezes", async () => {
    const y = await api.yearAdmin.byId({ yearId: year2025 });
    const tpl = clone(referenceOutline2023);
    const work = tpl.parts[1]!.sections;
    work.find((s) => s.key === "business-environment")!.enabled = false;
    const a = work.findIndex((s) => s.key === "legal-study");
    const b = work.findIndex((s) => s.key === "government-functions");
    [work[a], work[b]] = [work[b]!, work[a]!];
    work.find((s) => s.key === "legal-study")!.settings = { minStudySessions: 6 };
    tpl.addressee = "市委、市政府：";
    const pinned = {
      ...tpl,
      parts: tpl.parts.map((p) => ({
        ...p,
        sections: p.sections.map((s) => ({ ...s, pluginVersion: sections.get(s.plugin)!.version })),
      })),
    };
    const orgIds = (await api.yearAdmin.byId({ yearId: year2023 })).orgIds;
    expect(
      (await api.yearAdmin.saveDraft({ yearId: year2025, template: pinned, deadline: "2099-03-01", orgIds }))
        .issues,
    ).toEqual([]);
    expect(await api.yearAdmin.publish({ yearId: year2025 })).toMatchObject({ revision: 1 });
    expect(y.id).toBe(year2025);

    const published = await api.yearAdmin.byId({ yearId: year2025 });
    expect(published).toMatchObject({ status: "published", templateRevision: 1, deadline: "2099-03-01" });
    expect(published.revisions.map((r) => r.revision)).toEqual([1]);
    // Frozen: the draft route is closed.
    expect(
      (
        await rejection(
          api.yearAdmin.saveDraft({ yearId: year2025, template: pinned, deadline: "2099-03-01", orgIds }),
        )
      ).message,
    ).toBe("模板已发布并冻结；修改请发布新的修订版");
    expect((await rejection(api.yearAdmin.publish({ yearId: year2025 }))).message).toBe("该年度已发布");

    const report = await api.report.open({ yearId: year2025, orgId: jingzhupu });
    const labels = outlineLabels(report.outline);
    expect(labels.slice(0, 12)).toEqual([
      "",
      "overview",
      "一、工作开展情况",
      "（一）依法全面履行政府职能方面",
      "（二）强化法治思维和依法行政能力方面",
      "（三）完善依法执政制度体系方面",
      "（四）健全依法决策机制方面",
      "（五）严格规范公正文明执法方面",
      "（六）强化行政权力监督制约方面",
      "（七）全面推进政务公开",
      "（八）依法化解矛盾纠纷方面",
      "（九）加强组织领导方面",
    ]);
    expect(labels.join()).not.toContain("优化法治化营商环境");
    // Every section carries the template's required flag (the submit rule reads it).
    expect(report.outline.flatMap((p) => p.sections).every((s) => typeof s.required === "boolean")).toBe(
      true,
    );
    // The year's settings reach the plugin's checks.
    expect(
      (await api.section.get({ reportId: report.id, sectionKey: "legal-study" })).settings,
    ).toMatchObject({ minStudySessions: 6 });
    // A disabled section cannot be filled.
    expect(
      (await rejection(api.section.get({ reportId: report.id, sectionKey: "business-environment" }))).code,
    ).toBe("NOT_FOUND");

    // The preview shows every enabled section (the empty ones with a placeholder); the document leaves the
    // headings of unfilled sections out (issue 16).
    const doc = await api.document.render({ reportId: report.id, format: "md", preview: true });
    expect(doc.content).toContain("市委、市政府：");
    expect(doc.content).toContain("（一）依法全面履行政府职能方面");
    expect(doc.content).not.toContain("优化法治化营商环境");
    const final = await api.document.render({ reportId: report.id, format: "md" });
    expect(final.content).toContain("市委、市政府：");
    expect(final.content).not.toContain("依法全面履行政府职能方面");
  });

  it("publishes a revision that removes a section with data (kept, hidden, restorable) and adds an empty one", async () => {
    const report = await api.report.open({ yearId: year2025, orgId: jingzhupu });
    const data = legalStudy.demo2024;
    await api.section.save({ reportId: report.id, sectionKey: "legal-study", baseRevision: 0, data });
    const y = await api.yearAdmin.byId({ yearId: year2025 });
    expect(y.filled).toEqual({ "legal-study": 1 });

    const next = clone(y.template);
    next.parts[1]!.sections = next.parts[1]!.sections.filter((s) => s.key !== "legal-study");
    next.parts[1]!.sections.push({
      key: "rule-of-law-villages",
      plugin: "custom",
      pluginVersion: 1,
      heading: "推进法治乡村建设",
      enabled: true,
      required: false,
      settings: {},
    });
    const settings = { yearId: year2025, template: next, deadline: y.deadline, orgIds: y.orgIds };
    const preview = await api.yearAdmin.previewRevision(settings);
    expect(preview.changes.map((c) => c.text)).toEqual([
      "移除栏目“强化法治思维和依法行政能力方面”：已填报的1个乡镇的数据保留（隐藏，重新启用即可恢复）",
      "新增栏目“推进法治乡村建设”：各乡镇该栏目为空，需补充填报",
    ]);
    const revised = await api.yearAdmin.revise({ ...settings, baseRevision: 1 });
    expect(revised.revision).toBe(2);
    expect(revised.summary).toEqual(preview.changes);

    const after = await api.report.byId({ reportId: report.id });
    const keys = after.outline.flatMap((p) => p.sections.map((s) => s.key));
    expect(keys).not.toContain("legal-study");
    expect(after.outline[1]!.sections.find((s) => s.key === "rule-of-law-villages")).toMatchObject({
      status: "empty",
      numbering: "（九）",
      required: false,
    });
    expect(after.templateRevision).toBe(2);
    expect(after.hidden).toEqual([
      expect.objectContaining({ key: "legal-study", pluginId: "legal-study", revision: 1 }),
    ]);
    // Nothing was deleted.
    const row = await t.db
      .selectFrom("report_section")
      .select(["data"])
      .where("report_id", "=", report.id)
      .where("section_key", "=", "legal-study")
      .executeTakeFirstOrThrow();
    expect(row.data).toEqual(data);
    // Revision 1 stays frozen as published.
    const r1 = await api.yearAdmin.revision({ yearId: year2025, revision: 1 });
    expect(r1.template.parts[1]!.sections.map((s) => s.key)).toContain("legal-study");
    expect((await api.yearAdmin.byId({ yearId: year2025 })).revisions.map((r) => r.revision)).toEqual([2, 1]);

    // A stale revision and an empty change are refused.
    expect((await rejection(api.yearAdmin.revise({ ...settings, baseRevision: 1 }))).code).toBe("CONFLICT");
    expect((await rejection(api.yearAdmin.revise({ ...settings, baseRevision: 2 }))).message).toBe(
      "模板没有任何变化，无需发布修订",
    );
    // An invalid revision is refused like an invalid draft.
    const broken = clone(next);
    broken.parts[1]!.sections.push({ ...broken.parts[1]!.sections[0]! });
    expect(
      (await rejection(api.yearAdmin.revise({ ...settings, template: broken, baseRevision: 2 }))).message,
    ).toContain("重复");

    // Restoring the section brings the township's data back.
    const restored = clone(y.template);
    const r3 = await api.yearAdmin.revise({ ...settings, template: restored, baseRevision: 2 });
    expect(r3.summary.map((c) => c.text)).toEqual([
      "移除栏目“推进法治乡村建设”：尚无乡镇填报",
      "恢复栏目“强化法治思维和依法行政能力方面”：1个乡镇此前填报的数据重新显示",
    ]);
    expect((await api.section.get({ reportId: report.id, sectionKey: "legal-study" })).data).toEqual(data);
    expect((await api.report.byId({ reportId: report.id })).hidden).toEqual([]);
  });

  it("opens and renders data filed under an older plugin version as filed, and upgrades it when carried into a new year", async () => {
    const report2023 = await api.report.open({ yearId: year2023, orgId: jingzhupu });
    // 2023 was filed under legal-study v1 (courses as one string) and the year pins v1.
    const v1 = legalStudyV1;
    await t.db
      .updateTable("report_section")
      .set({ plugin_version: 1, data: JSON.stringify(v1) })
      .where("report_id", "=", report2023.id)
      .where("section_key", "=", "legal-study")
      .execute();
    const y2023 = await t.db
      .selectFrom("report_year")
      .select("template")
      .where("id", "=", year2023)
      .executeTakeFirstOrThrow();
    const pinnedV1 = structuredClone(y2023.template) as any;
    pinnedV1.parts[1].sections[0].pluginVersion = 1;
    await t.db
      .updateTable("report_year")
      .set({ template: JSON.stringify(pinnedV1) })
      .where("id", "=", year2023)
      .execute();

    const s = await api.section.get({ reportId: report2023.id, sectionKey: "legal-study" });
    expect(s).toMatchObject({ pinnedVersion: 1, filedVersion: 1 });
    expect(s.data).toEqual(legalStudy.jingzhupu2023);
    const md = (await api.document.render({ reportId: report2023.id, format: "md" })).content;
    expect(md).toContain("积极组织全镇干部参加人民调解、执法网络培训班，参与率100%");
    // The stored row is untouched by reading.
    const stored = await t.db
      .selectFrom("report_section")
      .select(["plugin_version"])
      .where("report_id", "=", report2023.id)
      .where("section_key", "=", "legal-study")
      .executeTakeFirstOrThrow();
    expect(stored.plugin_version).toBe(1);

    // Carry forward into 2024: last year's section beside this year's, then an explicit prefill (migrated to the current version).
    const report2024 = await api.report.open({ yearId: year2024, orgId: jingzhupu });
    const previous = await api.section.previous({ reportId: report2024.id, sectionKey: "legal-study" });
    expect(previous).toMatchObject({
      year: 2023,
      sectionKey: "legal-study",
      filedVersion: 1,
      currentVersion: legalStudyVersion,
      heading: "强化法治思维和依法行政能力方面",
    });
    expect(previous!.blocks.map((b: any) => b.text).join("")).toContain("人民调解、执法网络培训班");
    const current = await api.section.get({ reportId: report2024.id, sectionKey: "legal-study" });
    expect(
      (
        await rejection(
          api.section.prefill({
            reportId: report2024.id,
            sectionKey: "legal-study",
            baseRevision: current.revision - 1,
          }),
        )
      ).code,
    ).toBe("CONFLICT");
    const prefilled = await api.section.prefill({
      reportId: report2024.id,
      sectionKey: "legal-study",
      baseRevision: current.revision,
    });
    expect(prefilled).toMatchObject({
      revision: current.revision + 1,
      status: "draft",
      fromYear: 2023,
      migratedFrom: 1,
      migratedTo: legalStudyVersion,
    });
    const after = await api.section.get({ reportId: report2024.id, sectionKey: "legal-study" });
    expect(after.data).toEqual(legalStudy.jingzhupu2023);
    expect(after.filedVersion).toBe(legalStudyVersion);
    // This year's earlier revision is kept.
    // (Counting saved revisions; the refused stale prefill above is kept too, marked refused.)
    expect(
      (await api.section.revisions({ reportId: report2024.id, sectionKey: "legal-study" })).filter(
        (r) => !r.refused,
      ).length,
    ).toBe(current.revision + 1);

    // A year cannot pin a version newer than the installed plugin.
    const tooNew = structuredClone(pinnedV1);
    tooNew.parts[1].sections[0].pluginVersion = 9;
    const y = await api.yearAdmin.byId({ yearId: year2023 });
    const err = await rejection(
      api.yearAdmin.revise({
        yearId: year2023,
        baseRevision: y.templateRevision,
        template: tooNew,
        deadline: y.deadline,
        orgIds: y.orgIds,
      }),
    );
    expect(err.message).toContain(`固定的插件版本 v9 高于已安装的 v${legalStudyVersion}`);
  });

  it("has no previous year to carry from in a township's first year", async () => {
    const report2023 = await api.report.open({ yearId: year2023, orgId: jingzhupu });
    expect(await api.section.previous({ reportId: report2023.id, sectionKey: "legal-study" })).toBeNull();
    expect(
      (
        await rejection(
          api.section.prefill({ reportId: report2023.id, sectionKey: "legal-study", baseRevision: 1 }),
        )
      ).message,
    ).toBe("上一年度没有可导入的本栏目内容");
  });

  it("exports a year and imports it into another installation's region, validating the file", async () => {
    const file = await api.yearAdmin.export({ yearId: year2025 });
    expect(file).toMatchObject({
      format: "nianbao-year-template",
      formatVersion: 1,
      year: 2025,
      regionName: "武冈市",
      templateRevision: 3,
    });
    const json = JSON.parse(JSON.stringify(file));

    const other = await t.db
      .insertInto("org_unit")
      .values({ name: "新宁县", kind: "county", parent_id: null })
      .returning("id")
      .executeTakeFirstOrThrow();
    // The same person administers the other county too.
    const both = await t.db
      .selectFrom("app_user")
      .select("id")
      .where("username", "=", "both")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("role_assignment")
      .values({ user_id: both.id, org_unit_id: other.id, role: "admin" })
      .execute();
    api = await seeded.as("both");
    await t.db
      .insertInto("org_unit")
      .values([
        { name: "金石镇", kind: "township", parent_id: other.id },
        { name: "回龙镇", kind: "township", parent_id: other.id },
      ])
      .execute();
    const imported = await api.yearAdmin.import({ regionId: other.id, file: json });
    expect(imported.year).toBe(2025);
    const y = await api.yearAdmin.byId({ yearId: imported.id });
    expect(y).toMatchObject({ status: "draft", deadline: "2099-03-01" });
    expect(y.template).toEqual(file.template);
    expect(y.orgIds).toHaveLength(2);
    // Round trip: exporting the imported year gives the same template.
    expect((await api.yearAdmin.export({ yearId: imported.id })).template).toEqual(file.template);
    expect((await rejection(api.yearAdmin.import({ regionId: other.id, file: json }))).message).toBe(
      "该地区已有2025年度，未导入",
    );

    const cases: Array<[unknown, string]> = [
      [{ ...json, format: "docx" }, "不是年报模板文件"],
      [
        {
          ...json,
          template: {
            ...json.template,
            parts: [
              {
                ...json.template.parts[0],
                sections: [{ ...json.template.parts[0].sections[0], plugin: "ghost" }],
              },
            ],
          },
        },
        "栏目插件“ghost”未安装",
      ],
      [
        { ...json, template: { ...json.template, parts: [...json.template.parts, json.template.parts[0]] } },
        "重复",
      ],
      [
        {
          ...json,
          template: {
            ...json.template,
            parts: [...json.template.parts, { key: "empty", title: "空部分", sections: [] }],
          },
        },
        "“空部分”没有任何栏目",
      ],
      [{ ...json, template: { titlePattern: "" } }, "模板文件未通过校验"],
    ];
    for (const [bad, message] of cases) {
      const err = await rejection(api.yearAdmin.import({ regionId: other.id, file: bad, year: 2040 }));
      expect(err.code).toBe("BAD_REQUEST");
      expect(err.message).toContain(message);
    }
    expect((await api.yearAdmin.list({ regionId: other.id })).map((x) => x.year)).toEqual([2025]);
  });
});
