import { createTestDb, type TestDatabase } from "@nianbao/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccount } from "./auth.ts";
import { appRouter } from "./root.ts";
import { seededApi } from "./test-support.ts";
import type { Access } from "./trpc.ts";

// The access matrix: every procedure of appRouter, called as every kind of person, on a target in 武冈市
// (荆竹铺镇's report). A procedure without an access rule fails the first test; the expected outcome of each rule
// is written out below, independently of the code that enforces it.

const engine = process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite";
type Person = "anonymous" | "editorA" | "editorB" | "reviewer" | "viewer" | "adminA" | "adminB";
const PEOPLE: Record<Person, string | null> = {
  anonymous: null,
  editorA: "jingzhupu", // 荆竹铺镇's editor: the target township
  editorB: "dengyuantai", // another township's editor, same city
  reviewer: "reviewer", // 武冈市
  viewer: "viewer", // 武冈市
  adminA: "admin", // 武冈市
  adminB: "longhui", // administrator of another county
};

/** Who may pass each rule, for a target in 荆竹铺镇 (report/org) or 武冈市 (year/region). */
function expected(access: Access): Person[] {
  switch (access.kind) {
    case "public":
      return Object.keys(PEOPLE) as Person[];
    case "signedIn":
    case "self":
      return ["editorA", "editorB", "reviewer", "viewer", "adminA", "adminB"];
    case "anyAdmin":
      return ["adminA", "adminB"];
    case "report":
    case "org":
      return {
        read: ["editorA", "reviewer", "viewer", "adminA"],
        edit: ["editorA"],
        review: ["reviewer", "adminA"],
        administer: ["adminA"],
        open: ["editorA", "adminA"],
      }[access.action] as Person[];
    case "year":
    case "region":
      return {
        read: ["reviewer", "viewer", "adminA"],
        edit: [],
        review: ["reviewer", "adminA"],
        administer: ["adminA"],
        open: ["adminA"],
      }[access.action] as Person[];
  }
}

let t: TestDatabase;
let s: Awaited<ReturnType<typeof seededApi>>;
const target: Record<"report" | "org" | "year" | "region", string> = {
  report: "",
  org: "",
  year: "",
  region: "",
};

const procedures = Object.entries(
  (
    appRouter._def as unknown as {
      procedures: Record<string, { _def: { meta?: { access?: Access }; type: string } }>;
    }
  ).procedures,
);

beforeAll(async () => {
  t = await createTestDb();
  s = await seededApi(t.db);
  const county = await t.db
    .insertInto("org_unit")
    .values({ name: "隆回县", kind: "county", parent_id: null })
    .returning("id")
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto("org_unit")
    .values({ name: "桃洪镇", kind: "township", parent_id: county.id })
    .execute();
  await createAccount(s.auth, t.db, {
    username: "longhui",
    displayName: "隆回县管理员",
    password: "Taohong-river-kite-42",
    role: "admin",
    orgUnitId: county.id,
  });
  const org = await t.db
    .selectFrom("org_unit")
    .select(["id", "parent_id"])
    .where("name", "=", "荆竹铺镇")
    .executeTakeFirstOrThrow();
  const year = await t.db
    .selectFrom("report_year")
    .select("id")
    .where("year", "=", 2024)
    .executeTakeFirstOrThrow();
  const report = await (await s.as("admin")).report.open({ yearId: year.id, orgId: org.id });
  Object.assign(target, { report: report.id, org: org.id, year: year.id, region: org.parent_id! });
});
afterAll(() => t?.dispose());

function callPath(caller: unknown, path: string, input: unknown): Promise<unknown> {
  const fn = path.split(".").reduce<any>((c, k) => c[k], caller);
  return fn(input);
}

async function outcome(person: Person, path: string, access: Access): Promise<"allowed" | "refused"> {
  const caller = await s.as(PEOPLE[person]);
  const input = "field" in access ? { [access.field]: target[access.kind] } : undefined;
  try {
    await callPath(caller, path, input);
    return "allowed";
  } catch (e) {
    if (!(e instanceof TRPCError)) throw e;
    if (e.code === "FORBIDDEN" || e.code === "UNAUTHORIZED") return "refused";
    return "allowed"; // past the access rule (then e.g. BAD_REQUEST for the rest of the input, or a workflow precondition)
  }
}

describe(`access matrix (${engine})`, () => {
  it("every procedure has an access rule", () => {
    const missing = procedures.filter(([, p]) => !p._def.meta?.access).map(([path]) => path);
    expect(
      missing,
      "procedures without an access rule: build them from the base procedures in trpc.ts",
    ).toEqual([]);
    expect(procedures.length).toBeGreaterThan(25);
  });

  it("each person reaches exactly the procedures their role allows on 荆竹铺镇 and 武冈市", async () => {
    const rows: string[] = [];
    const want: string[] = [];
    for (const [path, p] of procedures) {
      const access = p._def.meta!.access!;
      const allowed = expected(access);
      for (const person of Object.keys(PEOPLE) as Person[]) {
        rows.push(`${path} ${person} ${await outcome(person, path, access)}`);
        want.push(`${path} ${person} ${allowed.includes(person) ? "allowed" : "refused"}`);
      }
    }
    expect(rows).toEqual(want);
  }, 120_000);

  it("an administrator of another county sees nothing of 武冈市", async () => {
    const b = await s.as("longhui");
    expect((await b.org.townships()).map((o) => o.name)).toEqual(["桃洪镇"]);
    expect(await b.year.list()).toEqual([]);
    expect(await b.report.list({ awaitingReview: false })).toEqual([]);
    expect((await b.account.list()).map((a) => a.username)).toEqual(["longhui"]);
    expect(
      (await b.audit.list({ pageSize: 100 })).rows.filter(
        (e) => e.orgName !== "隆回县" && e.orgName !== "桃洪镇",
      ),
    ).toEqual([]);
  });

  it("a township editor lists only their township; a reviewer the whole city", async () => {
    const a = await s.as("jingzhupu");
    expect(new Set((await a.report.list({ awaitingReview: false })).map((r) => r.orgName))).toEqual(
      new Set(["荆竹铺镇"]),
    );
    const r = await s.as("reviewer");
    expect(new Set((await r.report.list({ awaitingReview: false })).map((x) => x.orgName)).size).toBe(6);
  });
});

describe(`a forced password change (${engine})`, () => {
  it("leaves an account nothing but its own password and sessions until it is done", async () => {
    const admin = await s.as("admin");
    const { id } = await admin.account.create({
      username: "newclerk",
      displayName: "新填报员",
      password: "Initial-kite-river-77",
      role: "editor",
      orgUnitId: target.org,
    });
    const caller = await s.as("newclerk");
    const rows: string[] = [];
    for (const [path, p] of procedures) {
      const access = p._def.meta!.access!;
      const input = "field" in access ? { [access.field]: target[access.kind] } : undefined;
      let result = "allowed";
      try {
        await callPath(caller, path, input);
      } catch (e) {
        if (!(e instanceof TRPCError)) throw e;
        if (e.code === "FORBIDDEN" || e.code === "UNAUTHORIZED") result = "refused";
      }
      if (path !== "session.changePassword") rows.push(`${path} ${access.kind} ${result}`);
    }
    const reachable = rows.filter((r) => r.endsWith(" allowed")).map((r) => r.split(" ")[1]);
    expect(new Set(reachable)).toEqual(new Set(["public", "self"]));
    await caller.session.changePassword({
      currentPassword: "Initial-kite-river-77",
      newPassword: "Own-choice-lantern-93",
    });
    const after = await s.as("newclerk");
    expect((await after.report.list()).length).toBeGreaterThan(0);
    expect(
      (
        await t.db
          .selectFrom("app_user")
          .select("must_change_password")
          .where("id", "=", id)
          .executeTakeFirstOrThrow()
      ).must_change_password,
    ).toBe(false);
  });
});
