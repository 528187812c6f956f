/* eslint-disable @typescript-eslint/no-explicit-any -- migrations use Kysely<any>: frozen in time */
import type { Kysely } from "kysely";

// The document's frame per report (issue 16): its 文号, its issuers (a list: joint issuance; null = the year
// template's), its addressee (null = the template's, "" = none), and the township's own outline within the
// county's rules (sections it added, headings it retitled; null = none). The signature date is `signed_on`.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("report")
    .addColumn("doc_number", "text")
    .addColumn("issuers", "jsonb")
    .addColumn("addressee", "text")
    .addColumn("outline", "jsonb")
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable("report")
    .dropColumn("doc_number")
    .dropColumn("issuers")
    .dropColumn("addressee")
    .dropColumn("outline")
    .execute();
}
