/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import { sql, type Kysely } from "kysely";

// Accounts hardened (issue 14):
// - app_user.must_change_password: set when an administrator creates or resets an account; the first sign-in
//   then asks for a new password before anything else.
// - the actor's name as it was when they acted, kept with revisions, comments and audit events (a later rename
//   rewrites no history); backfilled from the current names.
// - sign_in_throttle: failed sign-ins counted per account and per client address, with a growing back-off.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("app_user")
    .addColumn("must_change_password", "boolean", (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.alterTable("section_revision").addColumn("saved_by_name", "text").execute();
  await db.schema.alterTable("review_comment").addColumn("author_name", "text").execute();
  await db.schema.alterTable("audit_event").addColumn("actor_name", "text").execute();
  await sql`update section_revision r set saved_by_name = u.display_name from app_user u where u.id = r.saved_by`.execute(
    db,
  );
  await sql`update review_comment c set author_name = u.display_name from app_user u where u.id = c.author_id`.execute(
    db,
  );
  await sql`update audit_event e set actor_name = u.display_name from app_user u where u.id = e.actor_id`.execute(
    db,
  );
  await db.schema
    .createTable("sign_in_throttle")
    // "account:<username>" or "address:<ip>"
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("failures", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("blocked_until", "timestamptz")
    .addColumn("updated_at", "timestamptz", (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("sign_in_throttle").execute();
  await db.schema.alterTable("audit_event").dropColumn("actor_name").execute();
  await db.schema.alterTable("review_comment").dropColumn("author_name").execute();
  await db.schema.alterTable("section_revision").dropColumn("saved_by_name").execute();
  await db.schema.alterTable("app_user").dropColumn("must_change_password").execute();
}
