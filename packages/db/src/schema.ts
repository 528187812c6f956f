import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

/** jsonb: read as parsed JSON, written as a JSON string (the same on PGlite and on pg). */
export type Json = ColumnType<unknown, string, string>;
/** timestamptz: read as Date, written as Date or ISO string, defaulted by the database. */
export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
/** date: read and written as "yyyy-mm-dd" (both engines are configured not to turn it into a Date). */
export type DateString = ColumnType<string, string, string>;

export type OrgKind = "city" | "county" | "township" | "street";

export interface OrgUnitTable {
  id: Generated<string>;
  parent_id: string | null;
  name: string;
  kind: OrgKind;
  created_at: Timestamp;
}

/** Every (ancestor, descendant) pair of the org tree, self pairs included (depth 0); kept by triggers. */
export interface OrgUnitClosureTable {
  ancestor_id: string;
  descendant_id: string;
  depth: number;
}

/** An account (better-auth's "user" model, mapped to snake_case columns). */
export interface AppUserTable {
  id: Generated<string>;
  username: string;
  display_name: string;
  display_username: string | null;
  email: string;
  email_verified: Generated<boolean>;
  image: string | null;
  disabled: Generated<boolean>;
  /** Set when an administrator created or reset the account: the next sign-in must choose a new password. */
  must_change_password: Generated<boolean>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type Role = "admin" | "reviewer" | "editor" | "viewer";

/** A role held over an org unit and everything below it (an editor's unit is one township). */
export interface RoleAssignmentTable {
  id: Generated<string>;
  user_id: string;
  org_unit_id: string;
  role: Role;
  created_at: Timestamp;
}

/** better-auth's session, account, verification and rate-limit models. */
export interface AuthSessionTable {
  id: Generated<string>;
  user_id: string;
  token: string;
  expires_at: Timestamp;
  ip_address: string | null;
  user_agent: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuthAccountTable {
  id: Generated<string>;
  user_id: string;
  account_id: string;
  provider_id: string;
  access_token: string | null;
  refresh_token: string | null;
  id_token: string | null;
  access_token_expires_at: Timestamp | null;
  refresh_token_expires_at: Timestamp | null;
  scope: string | null;
  password: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuthVerificationTable {
  id: Generated<string>;
  identifier: string;
  value: string;
  expires_at: Timestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface AuthRateLimitTable {
  id: Generated<string>;
  key: string;
  count: number;
  last_request: ColumnType<string, number | string | bigint, number | string | bigint>;
}

/** Failed sign-ins per account ("account:<username>") and per client address ("address:<ip>"). */
export interface SignInThrottleTable {
  key: string;
  failures: Generated<number>;
  blocked_until: Timestamp | null;
  updated_at: Generated<Timestamp>;
}

export interface AppSettingTable {
  key: string;
  value: string;
}

export interface ReportSubmissionTable {
  id: Generated<string>;
  report_id: string;
  submitted_at: Timestamp;
  submitted_by: string | null;
  /** { [sectionKey]: revision } when submitted. */
  revisions: Json;
}

export interface ReviewCommentTable {
  id: Generated<string>;
  report_id: string;
  /** null: a comment on the whole report. */
  section_key: string | null;
  kind: Generated<"comment" | "return" | "approve">;
  body: string;
  author_id: string | null;
  /** The author's display name when they wrote it (a later rename rewrites no history). */
  author_name: string | null;
  created_at: Timestamp;
  thread_id: string;
}

/** A review thread: on a section (null: the whole report), optionally on one field of it. */
export interface ReviewThreadTable {
  id: Generated<string>;
  report_id: string;
  section_key: string | null;
  /** The field's dot path in the section's data, and its label as the reviewer saw it. */
  field_path: string | null;
  field_label: string | null;
  status: Generated<"open" | "resolved">;
  created_by: string | null;
  created_at: Timestamp;
  resolved_by: string | null;
  resolved_at: Timestamp | null;
}

export type NotificationKind = "submitted" | "returned" | "approved" | "comment";

/** One person's notice of an event (written in the event's transaction); read_at null while unread. */
export interface NotificationTable {
  id: Generated<string>;
  user_id: string;
  kind: NotificationKind;
  report_id: string | null;
  section_key: string | null;
  thread_id: string | null;
  actor_id: string | null;
  params: ColumnType<unknown, string | undefined, string>;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export interface DeadlineExceptionTable {
  id: Generated<string>;
  report_year_id: string;
  org_unit_id: string;
  reason: string;
  /** Editing stays open until the end of this day. */
  until: DateString;
  created_by: string | null;
  created_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface AuditEventTable {
  id: Generated<string>;
  at: Timestamp;
  actor_id: string | null;
  /** The actor's display name when they acted. */
  actor_name: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  org_unit_id: string | null;
  report_id: string | null;
  before: Json | null;
  after: Json | null;
}

export type ReportYearStatus = "draft" | "published" | "closed";

export interface ReportYearTable {
  id: Generated<string>;
  /** The county or city whose townships report. */
  region_id: string;
  year: number;
  status: ReportYearStatus;
  deadline: DateString | null;
  /** The year template (see @nianbao/document yearTemplateSchema). */
  template: Json;
  template_revision: Generated<number>;
  published_at: Timestamp | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ReportYearAssignmentTable {
  report_year_id: string;
  org_unit_id: string;
}

/** Every published revision of a year's template, frozen. */
export interface ReportYearRevisionTable {
  report_year_id: string;
  revision: number;
  template: Json;
  deadline: DateString | null;
  /** What the revision changed and did to townships with data: [{ kind, sectionKey, text }]. */
  summary: Json;
  published_at: Timestamp;
  published_by: string | null;
}

export type ReportStatus = "draft" | "submitted" | "returned" | "approved";

export interface ReportTable {
  id: Generated<string>;
  report_year_id: string;
  org_unit_id: string;
  status: Generated<ReportStatus>;
  signed_on: DateString | null;
  /** Last submission to the county (null until submitted). */
  submitted_at: Timestamp | null;
  /** Approval by the reviewer (null until approved). */
  approved_at: Timestamp | null;
  /** 文号 (migration 2026_11_29_2002). */
  doc_number: Generated<string | null>;
  /** The issuers, a JSON list of names; null: the year template's. */
  issuers: ColumnType<unknown, string | null | undefined, string | null>;
  /** 主送机关; null: the template's; "": none. */
  addressee: Generated<string | null>;
  /** The township's own outline (@nianbao/document townshipOutlineSchema); null: none. */
  outline: ColumnType<unknown, string | null | undefined, string | null>;
  /** 保密审查 { reviewer, reviewedOn, withheld[], recordedBy } (migration 2026_11_29_2012); null: not reviewed. */
  secrecy_review: ColumnType<unknown, string | null | undefined, string | null>;
  /** Published on the public page; null: not reachable signed out. */
  published_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** When the report was imported from a Word or text file (null: written on the platform). */
  imported_at: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** The file it was imported from (its name). */
  import_source: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export type SectionStatus = "draft" | "complete" | "not_applicable";

export interface ReportSectionTable {
  id: Generated<string>;
  report_id: string;
  /** The template section key this entry belongs to. */
  section_key: string;
  plugin_id: string;
  /** The plugin data-shape version `data` was saved under. */
  plugin_version: number;
  data: Json;
  status: SectionStatus;
  /** Optimistic lock: every save increments it; a save based on an older revision is refused. */
  revision: number;
  /** The reason a section is not applicable, or the note accepting its warnings. */
  note: string | null;
  /** The township's own words (a @nianbao/text document); null: generated mode (the plugin's renderer). */
  text: Json | null;
  /** Figures typed as plain text in `text`, not bound to a field (for the dashboard). */
  unbound_figures: Generated<number>;
  updated_at: Timestamp;
  updated_by: string | null;
}

export interface SectionRevisionTable {
  id: Generated<string>;
  report_section_id: string;
  revision: number;
  plugin_version: number;
  data: Json;
  status: SectionStatus;
  note: string | null;
  /** The own words saved with this revision (null: generated mode). */
  text: Json | null;
  /** A save refused as a conflict, kept so nothing is lost (revision = the one it collided with). */
  refused: Generated<boolean>;
  saved_at: Timestamp;
  saved_by: string | null;
  /** The saver's display name when they saved. */
  saved_by_name: string | null;
  /** Written by an import from a Word or text file (migration 2026_11_29_2220). */
  imported: Generated<boolean>;
  /** The file it was imported from (its name; null: pasted text or not imported). */
  import_source: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SectionMetricTable {
  report_section_id: string;
  report_id: string;
  plugin_id: string;
  metric_key: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  lower_bound: boolean;
  /** A rate given only as a stated percentage (value, no counts): counted apart (migration 2026_11_29_1630). */
  stated: Generated<boolean>;
  unit: string;
  aggregate: "sum" | "rate" | "max" | "min";
}

/** A report year's metrics aggregated over its expected reports (partial aggregates), kept current by triggers (migration 0400). */
export interface MetricRollupTable {
  report_year_id: string;
  plugin_id: string;
  metric_key: string;
  sum: number | null;
  num: number | null;
  den: number | null;
  max: number | null;
  min: number | null;
  n: number;
  lb: boolean | null;
  /** How many reports gave the rate only as a stated percentage. */
  stated: Generated<number>;
}

/** A report year's completeness and timeliness, kept current by triggers (migration 0400). */
export interface YearProgressTable {
  report_year_id: string;
  expected: number;
  started: number;
  submitted: number;
  approved: number;
  on_time: number;
}

/** Per report year and section key: the expected reports that saved / completed the section (triggers). */
export interface YearSectionProgressTable {
  report_year_id: string;
  section_key: string;
  started: number;
  complete: number;
}

export interface DB {
  org_unit: OrgUnitTable;
  org_unit_closure: OrgUnitClosureTable;
  app_user: AppUserTable;
  role_assignment: RoleAssignmentTable;
  auth_session: AuthSessionTable;
  auth_account: AuthAccountTable;
  auth_verification: AuthVerificationTable;
  auth_rate_limit: AuthRateLimitTable;
  app_setting: AppSettingTable;
  sign_in_throttle: SignInThrottleTable;
  report_submission: ReportSubmissionTable;
  review_comment: ReviewCommentTable;
  review_thread: ReviewThreadTable;
  notification: NotificationTable;
  deadline_exception: DeadlineExceptionTable;
  audit_event: AuditEventTable;
  report_year: ReportYearTable;
  report_year_assignment: ReportYearAssignmentTable;
  report_year_revision: ReportYearRevisionTable;
  report: ReportTable;
  report_section: ReportSectionTable;
  section_revision: SectionRevisionTable;
  section_metric: SectionMetricTable;
  metric_rollup: MetricRollupTable;
  year_progress: YearProgressTable;
  year_section_progress: YearSectionProgressTable;
}

export type OrgUnit = Selectable<OrgUnitTable>;
export type ReportYear = Selectable<ReportYearTable>;
export type Report = Selectable<ReportTable>;
export type ReportSection = Selectable<ReportSectionTable>;
export type NewReportSection = Insertable<ReportSectionTable>;
export type ReportSectionUpdate = Updateable<ReportSectionTable>;
