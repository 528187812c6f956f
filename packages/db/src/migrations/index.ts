import type { Migration } from "kysely";
import * as initial from "./2026_11_26_0001_initial.ts";
import * as reportTimes from "./2026_11_26_0002_report_times.ts";
import * as yearRevisions from "./2026_11_26_0100_year_revisions.ts";
import * as accountsWorkflow from "./2026_11_26_0200_accounts_workflow.ts";
import * as dashboard from "./2026_11_26_0300_dashboard.ts";
import * as yearRollups from "./2026_11_26_0400_year_rollups.ts";
import * as sectionText from "./2026_11_29_1615_section_text.ts";
import * as statedRates from "./2026_11_29_1630_stated_rates.ts";
import * as accountSecurity from "./2026_11_29_2001_account_security.ts";
import * as reportFrame from "./2026_11_29_2002_report_frame.ts";
import * as reportImported from "./2026_11_29_2005_report_imported.ts";
import * as reviewThreads from "./2026_11_29_2006_review_threads.ts";
import * as publication from "./2026_11_29_2012_publication.ts";
import * as revisionImported from "./2026_11_29_2220_revision_imported.ts";
import * as rollupRowTriggers from "./2026_11_29_2330_rollup_row_triggers.ts";

/** Every migration, in order. Names are timestamps; a shipped migration is never edited. */
export const migrations: Record<string, Migration> = {
  "2026_11_26_0001_initial": initial,
  "2026_11_26_0002_report_times": reportTimes,
  "2026_11_26_0100_year_revisions": yearRevisions,
  "2026_11_26_0200_accounts_workflow": accountsWorkflow,
  "2026_11_26_0300_dashboard": dashboard,
  "2026_11_26_0400_year_rollups": yearRollups,
  "2026_11_29_1615_section_text": sectionText,
  "2026_11_29_1630_stated_rates": statedRates,
  "2026_11_29_2001_account_security": accountSecurity,
  "2026_11_29_2002_report_frame": reportFrame,
  "2026_11_29_2005_report_imported": reportImported,
  "2026_11_29_2006_review_threads": reviewThreads,
  "2026_11_29_2012_publication": publication,
  "2026_11_29_2220_revision_imported": revisionImported,
  "2026_11_29_2330_rollup_row_triggers": rollupRowTriggers,
};
