/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import { sql, type Kysely } from "kysely";

// Accounts (the tables better-auth uses, created here rather than by its CLI), role assignments scoped to org
// units, and the township → reviewer workflow: section statuses incl. not_applicable, submissions, review
// comments, deadline exceptions and the audit log.

export async function up(db: Kysely<any>): Promise<void> {
  const id = (col: any) => col.primaryKey().defaultTo(sql`gen_random_uuid()`);
  const now = (col: any) => col.notNull().defaultTo(sql`now()`);

  // app_user becomes better-auth's "user" model (fields mapped to snake_case columns).
  await db.schema
    .alterTable("app_user")
    .addColumn("email", "text")
    .addColumn("email_verified", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("image", "text")
    .addColumn("display_username", "text")
    .addColumn("disabled", "boolean", (c) => c.notNull().defaultTo(false))
    .addColumn("updated_at", "timestamptz", now)
    .execute();
  await sql`update app_user set email = username || '@users.nianbao.invalid'`.execute(db);
  await db.schema
    .alterTable("app_user")
    .alterColumn("email", (c) => c.setNotNull())
    .execute();
  await db.schema.alterTable("app_user").addUniqueConstraint("app_user_email_unique", ["email"]).execute();

  await db.schema
    .createTable("role_assignment")
    .addColumn("id", "uuid", id)
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("org_unit_id", "uuid", (c) => c.notNull().references("org_unit.id").onDelete("cascade"))
    .addColumn("role", "text", (c) =>
      c.notNull().check(sql`role in ('admin', 'reviewer', 'editor', 'viewer')`),
    )
    .addColumn("created_at", "timestamptz", now)
    .addUniqueConstraint("role_assignment_unique", ["user_id", "org_unit_id", "role"])
    .execute();
  await sql`insert into role_assignment (user_id, org_unit_id, role)
            select id, org_unit_id, role from app_user where org_unit_id is not null`.execute(db);
  await db.schema.alterTable("app_user").dropColumn("role").dropColumn("org_unit_id").execute();

  await db.schema
    .createTable("auth_session")
    .addColumn("id", "uuid", id)
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("token", "text", (c) => c.notNull().unique())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("ip_address", "text")
    .addColumn("user_agent", "text")
    .addColumn("created_at", "timestamptz", now)
    .addColumn("updated_at", "timestamptz", now)
    .execute();
  await db.schema.createIndex("auth_session_user_idx").on("auth_session").column("user_id").execute();

  await db.schema
    .createTable("auth_account")
    .addColumn("id", "uuid", id)
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("account_id", "text", (c) => c.notNull())
    .addColumn("provider_id", "text", (c) => c.notNull())
    .addColumn("access_token", "text")
    .addColumn("refresh_token", "text")
    .addColumn("id_token", "text")
    .addColumn("access_token_expires_at", "timestamptz")
    .addColumn("refresh_token_expires_at", "timestamptz")
    .addColumn("scope", "text")
    .addColumn("password", "text")
    .addColumn("created_at", "timestamptz", now)
    .addColumn("updated_at", "timestamptz", now)
    .execute();
  await db.schema.createIndex("auth_account_user_idx").on("auth_account").column("user_id").execute();

  await db.schema
    .createTable("auth_verification")
    .addColumn("id", "uuid", id)
    .addColumn("identifier", "text", (c) => c.notNull())
    .addColumn("value", "text", (c) => c.notNull())
    .addColumn("expires_at", "timestamptz", (c) => c.notNull())
    .addColumn("created_at", "timestamptz", now)
    .addColumn("updated_at", "timestamptz", now)
    .execute();

  await db.schema
    .createTable("auth_rate_limit")
    .addColumn("id", "uuid", id)
    .addColumn("key", "text", (c) => c.notNull().unique())
    .addColumn("count", "integer", (c) => c.notNull())
    .addColumn("last_request", "bigint", (c) => c.notNull())
    .execute();

  /** Settings the servers share through the database (e.g. the generated session-signing secret). */
  await db.schema
    .createTable("app_setting")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute();

  // Section statuses: draft / complete / not_applicable (with a reason); a note explains accepted warnings.
  await sql`alter table report_section drop constraint if exists report_section_status_check`.execute(db);
  await sql`alter table report_section add constraint report_section_status_check
            check (status in ('draft', 'complete', 'not_applicable'))`.execute(db);
  await db.schema.alterTable("report_section").addColumn("note", "text").execute();
  await db.schema.alterTable("section_revision").addColumn("note", "text").execute();
  // A save refused as a conflict is kept too (refused = true, revision = the one it collided with).
  await db.schema
    .alterTable("section_revision")
    .addColumn("refused", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.alterTable("section_revision").dropConstraint("section_revision_unique").execute();
  await sql`create unique index section_revision_unique on section_revision (report_section_id, revision) where not refused`.execute(
    db,
  );

  await db.schema
    .createTable("report_submission")
    .addColumn("id", "uuid", id)
    .addColumn("report_id", "uuid", (c) => c.notNull().references("report.id").onDelete("cascade"))
    .addColumn("submitted_at", "timestamptz", now)
    .addColumn("submitted_by", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    /** { [sectionKey]: revision } at the moment of submission. */
    .addColumn("revisions", "jsonb", (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex("report_submission_report_idx")
    .on("report_submission")
    .column("report_id")
    .execute();

  await db.schema
    .createTable("review_comment")
    .addColumn("id", "uuid", id)
    .addColumn("report_id", "uuid", (c) => c.notNull().references("report.id").onDelete("cascade"))
    .addColumn("section_key", "text")
    .addColumn("kind", "text", (c) =>
      c
        .notNull()
        .defaultTo("comment")
        .check(sql`kind in ('comment', 'return', 'approve')`),
    )
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("author_id", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", now)
    .execute();
  await db.schema.createIndex("review_comment_report_idx").on("review_comment").column("report_id").execute();

  await db.schema
    .createTable("deadline_exception")
    .addColumn("id", "uuid", id)
    .addColumn("report_year_id", "uuid", (c) => c.notNull().references("report_year.id").onDelete("cascade"))
    .addColumn("org_unit_id", "uuid", (c) => c.notNull().references("org_unit.id").onDelete("cascade"))
    .addColumn("reason", "text", (c) => c.notNull())
    .addColumn("until", "date", (c) => c.notNull())
    .addColumn("created_by", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", now)
    .addColumn("revoked_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("deadline_exception_year_org_idx")
    .on("deadline_exception")
    .columns(["report_year_id", "org_unit_id"])
    .execute();

  await db.schema
    .createTable("audit_event")
    .addColumn("id", "uuid", id)
    .addColumn("at", "timestamptz", now)
    .addColumn("actor_id", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("target_type", "text", (c) => c.notNull())
    .addColumn("target_id", "text")
    /** The org unit the event concerns (a township, or the county for year-level actions): who may read it. */
    .addColumn("org_unit_id", "uuid", (c) => c.references("org_unit.id").onDelete("set null"))
    .addColumn("report_id", "uuid", (c) => c.references("report.id").onDelete("set null"))
    .addColumn("before", "jsonb")
    .addColumn("after", "jsonb")
    .execute();
  await db.schema.createIndex("audit_event_at_idx").on("audit_event").column("at").execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "audit_event",
    "deadline_exception",
    "review_comment",
    "report_submission",
    "app_setting",
    "auth_rate_limit",
    "auth_verification",
    "auth_account",
    "auth_session",
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.deleteFrom("section_revision").where("refused", "=", true).execute();
  await sql`drop index section_revision_unique`.execute(db);
  await db.schema
    .alterTable("section_revision")
    .addUniqueConstraint("section_revision_unique", ["report_section_id", "revision"])
    .execute();
  await db.schema.alterTable("section_revision").dropColumn("refused").dropColumn("note").execute();
  await db.schema.alterTable("report_section").dropColumn("note").execute();
  await sql`update report_section set status = 'draft' where status = 'not_applicable'`.execute(db);
  await sql`alter table report_section drop constraint if exists report_section_status_check`.execute(db);
  await sql`alter table report_section add constraint report_section_status_check check (status in ('draft', 'complete'))`.execute(
    db,
  );

  await db.schema
    .alterTable("app_user")
    .addColumn("org_unit_id", "uuid", (c) => c.references("org_unit.id").onDelete("set null"))
    .addColumn("role", "text")
    .execute();
  await sql`update app_user u set org_unit_id = a.org_unit_id,
              role = case when a.role = 'viewer' then 'reviewer' else a.role end
            from (select distinct on (user_id) user_id, org_unit_id, role from role_assignment order by user_id, created_at) a
            where a.user_id = u.id`.execute(db);
  await sql`update app_user set role = 'reviewer' where role is null`.execute(db);
  await sql`alter table app_user alter column role set not null`.execute(db);
  await sql`alter table app_user add constraint app_user_role_check check (role in ('admin', 'reviewer', 'editor'))`.execute(
    db,
  );
  await db.schema.dropTable("role_assignment").execute();
  await db.schema.alterTable("app_user").dropConstraint("app_user_email_unique").execute();
  await db.schema
    .alterTable("app_user")
    .dropColumn("email")
    .dropColumn("email_verified")
    .dropColumn("image")
    .dropColumn("display_username")
    .dropColumn("disabled")
    .dropColumn("updated_at")
    .execute();
}
