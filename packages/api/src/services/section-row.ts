import { sql } from "@nianbao/db";
import type { StoredMetric } from "./section-metrics.ts";

/** A stored section row as the write path needs it. */
export interface SectionRow {
  id: string;
  revision: number;
  status: string;
  plugin_id: string;
  plugin_version: number;
  data: unknown;
  /** The own words stored with it (null: generated text). */
  text: unknown;
  note: string | null;
  /** Its stored metrics (compared with the new ones, so that a save whose figures did not change writes none). */
  metrics: StoredMetric[];
}

/**
 * A section row as one JSON value (`SectionRow`), from the table aliased `s`: the one definition of what the
 * write path reads of a section, whether it locks the row (`lockSection`) or reads it with the report's
 * context (`inSectionTransaction`).
 */
export const SECTION_ROW = sql<SectionRow>`json_build_object('id', s.id, 'revision', s.revision, 'status', s.status,
  'plugin_id', s.plugin_id, 'plugin_version', s.plugin_version, 'data', s.data, 'text', s.text, 'note', s.note,
  'metrics', (select coalesce(json_agg(json_build_array(m.metric_key, m.value, m.numerator, m.denominator,
    m.lower_bound, m.stated, m.unit, m.aggregate, m.plugin_id)), '[]') from section_metric m where m.report_section_id = s.id))`;
