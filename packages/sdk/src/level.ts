/**
 * Level words: how a report names its own township and the units below it. A 镇 writes 全镇, 镇党委, 镇政府,
 * 小事不出村; a 乡 writes 全乡, 乡党委, 乡政府; a 街道 writes 全街道, 街道党工委, 街道办事处, 小事不出社区.
 * Every renderer takes these words from here (`levelWords(ctx.org)`), never hard-codes 镇.
 */

export type TownshipLevel = "镇" | "乡" | "街道";

/** The kind of a reporting org unit (org_unit.kind): a township (乡 or 镇) or a street office (街道). */
export type ReportingOrgKind = "township" | "street";

/** What the level is read from: the org unit's kind, with its name as the fallback (and to tell 乡 from 镇). */
export interface OrgLevelSource {
  name: string;
  /** org_unit.kind; absent for callers that only know a name. */
  kind?: string | null;
}

/**
 * The township's level. A `street` unit is a 街道; a `township` is a 乡 when its name ends in 乡 (民族乡
 * too) and a 镇 otherwise. Without a kind the name decides: …街道 / …街道办事处 → 街道, …乡 → 乡, else 镇.
 */
export function townshipLevel(org: string | OrgLevelSource): TownshipLevel {
  const { name, kind } = typeof org === "string" ? { name: org, kind: null } : org;
  const n = name.trim();
  if (kind === "street" || /街道(办事处)?$/.test(n)) return "街道";
  if (n.endsWith("乡")) return "乡";
  return "镇";
}

export interface LevelWords {
  /** 镇 / 乡 / 街道 */
  level: TownshipLevel;
  /** 全镇 / 全乡 / 全街道 */
  whole: string;
  /** 我镇 / 我乡 / 我街道 */
  we: string;
  /** 本镇 / 本乡 / 本街道 */
  own: string;
  /** 镇党委 / 乡党委 / 街道党工委 */
  party: string;
  /** 镇政府 / 乡政府 / 街道办事处 */
  government: string;
  /** 镇人民政府 / 乡人民政府 / 街道办事处 */
  governmentFull: string;
  /** 镇党委、镇政府 / 乡党委、乡政府 / 街道党工委、办事处 */
  partyAndGovernment: string;
  /** 镇党委政府 / 乡党委政府 / 街道党工委、办事处 (the run-together form) */
  partyGovernment: string;
  /** 镇党委书记 / 乡党委书记 / 街道党工委书记 */
  partySecretary: string;
  /** 镇长 / 乡长 / 街道办事处主任 */
  head: string;
  /** 镇机关 / 乡机关 / 街道机关 */
  organs: string;
  /** 镇域 / 乡域 / 辖区 */
  area: string;
  /** 镇司法所 / 乡司法所 / 街道司法所 */
  justiceOffice: string;
  /** The units below: 村 under a 镇 or 乡, 社区 under a 街道. */
  village: "村" | "社区";
  /** 各村 / 各社区 */
  everyVillage: string;
  /** 镇村干部 / 乡村干部 / 街道社区干部 */
  cadres: string;
  /** 村务公开 / 居务公开 */
  villageAffairs: string;
  /** “小事不出村、大事不出镇” / “小事不出社区、大事不出街道” (without quotation marks) */
  localResolution: string;
}

const WORDS: Record<TownshipLevel, LevelWords> = {
  镇: wordsOf("镇"),
  乡: wordsOf("乡"),
  街道: wordsOf("街道"),
};

function wordsOf(level: TownshipLevel): LevelWords {
  const street = level === "街道";
  const village = street ? "社区" : "村";
  return {
    level,
    whole: `全${level}`,
    we: `我${level}`,
    own: `本${level}`,
    party: street ? "街道党工委" : `${level}党委`,
    government: street ? "街道办事处" : `${level}政府`,
    governmentFull: street ? "街道办事处" : `${level}人民政府`,
    partyAndGovernment: street ? "街道党工委、办事处" : `${level}党委、${level}政府`,
    partyGovernment: street ? "街道党工委、办事处" : `${level}党委政府`,
    partySecretary: street ? "街道党工委书记" : `${level}党委书记`,
    head: street ? "街道办事处主任" : `${level}长`,
    organs: `${level}机关`,
    area: street ? "辖区" : `${level}域`,
    justiceOffice: `${level}司法所`,
    village,
    everyVillage: `各${village}`,
    cadres: street ? "街道社区干部" : level === "乡" ? "乡村干部" : "镇村干部",
    villageAffairs: street ? "居务公开" : "村务公开",
    localResolution: `小事不出${village}、大事不出${level}`,
  };
}

/** The level words of a township, from its org unit's kind and name (see `townshipLevel`). */
export function levelWords(org: string | OrgLevelSource): LevelWords {
  return WORDS[townshipLevel(org)];
}

/**
 * A 镇 that is not part of another word (乡镇, 城镇, 集镇, 村镇, 重镇, 名镇 and 镇压 are words of their own):
 * what the conformance suite looks for in a 乡's or a 街道's report.
 */
export const STRAY_TOWN = /(?<![乡城集村重名古])镇(?!压|定|静)/u;
