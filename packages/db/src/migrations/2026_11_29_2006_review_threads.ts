/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import { sql, type Kysely } from "kysely";

// Review threads and notifications. A comment now belongs to a thread: on a section (or the whole report),
// optionally pointing at one field (its dot path and the label the reviewer saw). A thread is open until
// resolved, and may be reopened; resolved threads stay. Every existing comment becomes a thread of its own
// (the thread takes the comment's id): open, unless it approved the report or its report is approved.
// Notifications: one row per person and event, written in the event's transaction; read_at marks read.

export async function up(db: Kysely<any>): Promise<void> {
  const id = (col: any) => col.primaryKey().defaultTo(sql`gen_random_uuid()`);
  const now = (col: any) => col.notNull().defaultTo(sql`now()`);
  await db.schema
    .createTable("review_thread")
    .addColumn("id", "uuid", id)
    .addColumn("report_id", "uuid", (c) => c.notNull().references("report.id").onDelete("cascade"))
    .addColumn("section_key", "text")
    .addColumn("field_path", "text")
    .addColumn("field_label", "text")
    .addColumn("status", "text", (c) =>
      c
        .notNull()
        .defaultTo("open")
        .check(sql`status in ('open', 'resolved')`),
    )
    .addColumn("created_by", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("created_at", "timestamptz", now)
    .addColumn("resolved_by", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("resolved_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("review_thread_report_idx")
    .on("review_thread")
    .columns(["report_id", "status"])
    .execute();

  await db.schema
    .alterTable("review_comment")
    .addColumn("thread_id", "uuid", (c) => c.references("review_thread.id").onDelete("cascade"))
    .execute();
  await sql`insert into review_thread (id, report_id, section_key, status, created_by, created_at, resolved_at)
    select c.id, c.report_id, c.section_key,
      case when c.kind = 'approve' or r.status = 'approved' then 'resolved' else 'open' end,
      c.author_id, c.created_at,
      case when c.kind = 'approve' or r.status = 'approved' then c.created_at end
    from review_comment c join report r on r.id = c.report_id`.execute(db);
  await sql`update review_comment set thread_id = id`.execute(db);
  await db.schema
    .alterTable("review_comment")
    .alterColumn("thread_id", (c) => c.setNotNull())
    .execute();
  await db.schema.createIndex("review_comment_thread_idx").on("review_comment").column("thread_id").execute();

  await db.schema
    .createTable("notification")
    .addColumn("id", "uuid", id)
    .addColumn("user_id", "uuid", (c) => c.notNull().references("app_user.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) =>
      c.notNull().check(sql`kind in ('submitted', 'returned', 'approved', 'comment')`),
    )
    .addColumn("report_id", "uuid", (c) => c.references("report.id").onDelete("cascade"))
    .addColumn("section_key", "text")
    .addColumn("thread_id", "uuid", (c) => c.references("review_thread.id").onDelete("set null"))
    .addColumn("actor_id", "uuid", (c) => c.references("app_user.id").onDelete("set null"))
    .addColumn("params", "jsonb", (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn("created_at", "timestamptz", now)
    .addColumn("read_at", "timestamptz")
    .execute();
  await db.schema
    .createIndex("notification_user_idx")
    .on("notification")
    .columns(["user_id", "created_at"])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("notification").execute();
  await db.schema.dropIndex("review_comment_thread_idx").execute();
  await db.schema.alterTable("review_comment").dropColumn("thread_id").execute();
  await db.schema.dropTable("review_thread").execute();
}
