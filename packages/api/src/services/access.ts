import type { DB, Kysely, Role } from "@nianbao/db";
import { notFound as notFoundError } from "../errors.ts";
import type { SessionUser } from "../auth.ts";

/** What a procedure acts on: a report, an org unit, a report year (its region), or a region (county/city). */
export type Scope = "report" | "org" | "year" | "region";
/** read: see; edit: change a township's report; review: comment/return/approve; administer: years, accounts, exceptions. */
export type Action = "read" | "edit" | "review" | "administer" | "open";

/**
 * The access rules, in one place. A role is held over an org unit and covers it and everything below it.
 * - viewer: read.  reviewer: read + review.  administrator: read + review + administer.
 * - editor: read + edit, only for the one township the role is held over (not its children, not its parent).
 * - open (start a township's report for a year, creating its row): that township's editor, or an administrator.
 */
export function roleAllows(role: Role, action: Action, heldOnTarget: boolean): boolean {
  switch (action) {
    case "read":
      return true;
    case "edit":
      return role === "editor" && heldOnTarget;
    case "review":
      return role === "reviewer" || role === "admin";
    case "administer":
      return role === "admin";
    case "open":
      return (role === "editor" && heldOnTarget) || role === "admin";
  }
}

/** The org unit and its ancestors, nearest first (one read of the org tree's closure table). */
export async function orgChain(db: Kysely<DB>, orgId: string): Promise<string[]> {
  const rows = await db
    .selectFrom("org_unit_closure")
    .select("ancestor_id")
    .where("descendant_id", "=", orgId)
    .orderBy("depth")
    .execute();
  return rows.map((r) => r.ancestor_id);
}

/** May this person do `action` on org unit `orgId`? */
export async function canOnOrg(
  db: Kysely<DB>,
  user: SessionUser,
  action: Action,
  orgId: string,
): Promise<boolean> {
  const chain = await orgChain(db, orgId);
  if (chain.length === 0) return false;
  return user.assignments.some(
    (a) => chain.includes(a.orgUnitId) && roleAllows(a.role, action, a.orgUnitId === orgId),
  );
}

async function targetOrg(db: Kysely<DB>, scope: Scope, id: string): Promise<string> {
  const row =
    scope === "report"
      ? await db.selectFrom("report").select("org_unit_id as org").where("id", "=", id).executeTakeFirst()
      : scope === "year"
        ? await db
            .selectFrom("report_year")
            .select("region_id as org")
            .where("id", "=", id)
            .executeTakeFirst()
        : await db.selectFrom("org_unit").select("id as org").where("id", "=", id).executeTakeFirst();
  if (!row) throw notFoundError(notFound[scope]);
  return row.org;
}

const notFound: Record<Scope, string> = {
  report: "找不到该报告",
  org: "找不到该单位",
  year: "找不到该年度",
  region: "找不到该单位",
};

export async function allowed(
  db: Kysely<DB>,
  user: SessionUser,
  scope: Scope,
  action: Action,
  id: string,
): Promise<boolean> {
  return canOnOrg(db, user, action, await targetOrg(db, scope, id));
}

/** Every org unit the person may do `action` on (for list queries). */
export async function orgsInScope(db: Kysely<DB>, user: SessionUser, action: Action): Promise<Set<string>> {
  const out = new Set<string>();
  if (user.assignments.length === 0) return out;
  // Every unit at or below each held unit, read from the org tree's closure table.
  const rows = await db
    .selectFrom("org_unit_closure")
    .select(["ancestor_id", "descendant_id"])
    .where(
      "ancestor_id",
      "in",
      user.assignments.map((a) => a.orgUnitId),
    )
    .execute();
  for (const a of user.assignments) {
    for (const r of rows) {
      if (r.ancestor_id === a.orgUnitId && roleAllows(a.role, action, r.descendant_id === a.orgUnitId))
        out.add(r.descendant_id);
    }
  }
  return out;
}

export function hasRole(user: SessionUser, roles: Role[]): boolean {
  return user.assignments.some((a) => roles.includes(a.role));
}
