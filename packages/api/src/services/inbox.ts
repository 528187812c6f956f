import type { DB, Kysely } from "@nianbao/db";
import { templateSections, yearTemplateSchema } from "@nianbao/document";
import type { SessionUser } from "../auth.ts";
import { hasRole, orgsInScope } from "./access.ts";
import { today } from "./edit-state.ts";

/**
 * The to-do list on each role's home page. A township editor: each report of a published year with its
 * deadline (days left, an open exception extending it), its status, and the sections carrying open review
 * threads (a returned report first). A reviewer: submissions waiting, oldest first. An administrator: the
 * townships of a published year that have not started, or are late (deadline passed, not submitted).
 */

const DAY = 86_400_000;

/** Whole days from `from` to `to` (both yyyy-mm-dd), negative when `to` has passed. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** Reports of published years for these townships, with the effective deadline (an open exception extends it). */
async function reportsOf(db: Kysely<DB>, orgIds: string[]) {
  if (orgIds.length === 0) return [];
  return db
    .selectFrom("report_year_assignment as a")
    .innerJoin("report_year as y", "y.id", "a.report_year_id")
    .innerJoin("org_unit as o", "o.id", "a.org_unit_id")
    .leftJoin("report as r", (j) =>
      j.onRef("r.report_year_id", "=", "a.report_year_id").onRef("r.org_unit_id", "=", "a.org_unit_id"),
    )
    .select((eb) => [
      "y.id as yearId",
      "y.year",
      "y.deadline",
      "y.template",
      "o.id as orgId",
      "o.name as orgName",
      "r.id as reportId",
      "r.status",
      "r.submitted_at as submittedAt",
      "r.imported_at as importedAt",
      "r.import_source as importSource",
      eb
        .selectFrom("deadline_exception as e")
        .select((e) => e.fn.max("e.until").as("until"))
        .whereRef("e.report_year_id", "=", "a.report_year_id")
        .whereRef("e.org_unit_id", "=", "a.org_unit_id")
        .where("e.revoked_at", "is", null)
        .as("exceptionUntil"),
      eb
        .selectFrom("report_section as s")
        .select((s) => s.fn.countAll<string>().as("n"))
        .whereRef("s.report_id", "=", "r.id")
        .as("sectionsStarted"),
    ])
    .where("y.status", "=", "published")
    .where("a.org_unit_id", "in", orgIds)
    .orderBy("y.year", "desc")
    .orderBy("o.name")
    .execute();
}

/** A report imported from a Word or text file: when, and the file's name (null: written on the platform). */
function importedOf(r: { importedAt: Date | null; importSource: string | null }) {
  return r.importedAt ? { at: r.importedAt, source: r.importSource } : null;
}

function effectiveDeadline(deadline: string | null, exceptionUntil: unknown): string | null {
  const until = typeof exceptionUntil === "string" ? exceptionUntil : null;
  if (!deadline) return until;
  return until && until > deadline ? until : deadline;
}

async function clerkItems(db: Kysely<DB>, user: SessionUser, on: string) {
  const editable = [...(await orgsInScope(db, user, "edit"))];
  const reports = (await reportsOf(db, editable)).filter((r) => r.status !== "approved");
  const ids = reports.flatMap((r) => (r.reportId ? [r.reportId] : []));
  const open = ids.length
    ? await db
        .selectFrom("review_thread")
        .select(["report_id", "section_key", (eb) => eb.fn.countAll<string>().as("n")])
        .where("report_id", "in", ids)
        .where("status", "=", "open")
        .groupBy(["report_id", "section_key"])
        .execute()
    : [];
  return reports
    .map((r) => {
      const deadline = effectiveDeadline(r.deadline, r.exceptionUntil);
      const headings = new Map(
        templateSections(yearTemplateSchema.parse(r.template)).map((s) => [s.key, s.heading || s.key]),
      );
      const threads = open.filter((o) => o.report_id === r.reportId);
      return {
        reportId: r.reportId,
        yearId: r.yearId,
        orgId: r.orgId,
        orgName: r.orgName,
        year: r.year,
        status: r.status ?? "draft",
        deadline,
        daysLeft: deadline ? daysBetween(on, deadline) : null,
        openThreads: threads.reduce((n, o) => n + Number(o.n), 0),
        imported: importedOf(r),
        /** Sections carrying open threads (null key: the whole report). */
        sections: threads.map((o) => ({
          sectionKey: o.section_key,
          heading: o.section_key ? (headings.get(o.section_key) ?? o.section_key) : null,
          open: Number(o.n),
        })),
      };
    })
    .sort((a, b) => Number(b.status === "returned") - Number(a.status === "returned"));
}

async function reviewerItems(db: Kysely<DB>, user: SessionUser, on: string) {
  const scope = [...(await orgsInScope(db, user, "review"))];
  const rows = (await reportsOf(db, scope)).filter((r) => r.status === "submitted" && r.reportId);
  return rows
    .map((r) => ({
      reportId: r.reportId!,
      orgName: r.orgName,
      year: r.year,
      submittedAt: r.submittedAt,
      imported: importedOf(r),
      daysWaiting: r.submittedAt
        ? Math.max(0, daysBetween(new Date(r.submittedAt).toISOString().slice(0, 10), on))
        : 0,
    }))
    .sort((a, b) => b.daysWaiting - a.daysWaiting);
}

async function adminItems(db: Kysely<DB>, user: SessionUser, on: string) {
  const scope = [...(await orgsInScope(db, user, "administer"))];
  const rows = await reportsOf(db, scope);
  return rows.flatMap((r) => {
    const deadline = effectiveDeadline(r.deadline, r.exceptionUntil);
    const late = !!deadline && on > deadline && r.status !== "submitted" && r.status !== "approved";
    const notStarted = !r.reportId || Number(r.sectionsStarted ?? 0) === 0;
    if (!late && !notStarted) return [];
    return [
      {
        orgId: r.orgId,
        orgName: r.orgName,
        year: r.year,
        yearId: r.yearId,
        reportId: r.reportId,
        status: r.status ?? "draft",
        deadline,
        late,
        notStarted,
        daysLate: late && deadline ? daysBetween(deadline, on) : 0,
      },
    ];
  });
}

/** The signed-in person's to-do list, one part per role held (empty parts for roles not held are omitted). */
export async function inbox(db: Kysely<DB>, user: SessionUser, on: string = today()) {
  return {
    today: on,
    clerk: hasRole(user, ["editor"]) ? await clerkItems(db, user, on) : null,
    reviewer: hasRole(user, ["reviewer", "admin"]) ? await reviewerItems(db, user, on) : null,
    admin: hasRole(user, ["admin"]) ? await adminItems(db, user, on) : null,
  };
}
