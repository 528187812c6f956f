import type { DB, Kysely, Role } from "@nianbao/db";
import { TRPCError } from "@trpc/server";
import type { SessionUser } from "../auth.ts";

/** What a procedure acts on: a report, an org unit, a report year (its region), or a region (county/city). */
export type Scope = "report" | "org" | "year" | "region";
/** read: see; edit: change a township's report; review: comment/return/approve; administer: years, accounts, exceptions. */
export type Action = "read" | "edit" | "review" | "administer";

/**
 * The access rules, in one place. A role is held over an org unit and covers it and everything below it.
 * - viewer: read.  reviewer: read + review.  administrator: read + review + administer.
 * - editor: read + edit, only for the one township the role is held over (not its children, not its parent).
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
  }
}

/** The org unit and its ancestors, nearest first. */
export async function orgChain(db: Kysely<DB>, orgId: string): Promise<string[]> {
  const chain: string[] = [];
  let current: string | null = orgId;
  while (current && chain.length < 10) {
    const row: { parent_id: string | null } | undefined = await db
      .selectFrom("org_unit")
      .select("parent_id")
      .where("id", "=", current)
      .executeTakeFirst();
    if (!row) break;
    chain.push(current);
    current = row.parent_id;
  }
  return chain;
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
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: notFound[scope] });
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
  const all = await db.selectFrom("org_unit").select(["id", "parent_id"]).execute();
  const children = new Map<string, string[]>();
  for (const o of all)
    if (o.parent_id) children.set(o.parent_id, [...(children.get(o.parent_id) ?? []), o.id]);
  const out = new Set<string>();
  for (const a of user.assignments) {
    const stack = [a.orgUnitId];
    while (stack.length) {
      const id = stack.pop()!;
      if (roleAllows(a.role, action, id === a.orgUnitId)) out.add(id);
      stack.push(...(children.get(id) ?? []));
    }
  }
  return out;
}

export function hasRole(user: SessionUser, roles: Role[]): boolean {
  return user.assignments.some((a) => roles.includes(a.role));
}
