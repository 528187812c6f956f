import type { AnySectionPlugin } from "@nianbao/sdk";
import type { SectionFixtures } from "@nianbao/sdk/testing";
import businessEnvironment from "@nianbao/section-business-environment";
import { fixtures as businessEnvironmentFixtures } from "@nianbao/section-business-environment/fixtures";
import custom from "@nianbao/section-custom";
import { fixtures as customFixtures } from "@nianbao/section-custom/fixtures";
import decisionMaking from "@nianbao/section-decision-making";
import { fixtures as decisionMakingFixtures } from "@nianbao/section-decision-making/fixtures";
import disclosure from "@nianbao/section-disclosure";
import { fixtures as disclosureFixtures } from "@nianbao/section-disclosure/fixtures";
import disputeResolution from "@nianbao/section-dispute-resolution";
import { fixtures as disputeResolutionFixtures } from "@nianbao/section-dispute-resolution/fixtures";
import governmentFunctions from "@nianbao/section-government-functions";
import { fixtures as governmentFunctionsFixtures } from "@nianbao/section-government-functions/fixtures";
import lawEnforcement from "@nianbao/section-law-enforcement";
import { fixtures as lawEnforcementFixtures } from "@nianbao/section-law-enforcement/fixtures";
import leadership from "@nianbao/section-leadership";
import { fixtures as leadershipFixtures } from "@nianbao/section-leadership/fixtures";
import legalStudy from "@nianbao/section-legal-study";
import { fixtures as legalStudyFixtures } from "@nianbao/section-legal-study/fixtures";
import normativeDocuments from "@nianbao/section-normative-documents";
import { fixtures as normativeDocumentsFixtures } from "@nianbao/section-normative-documents/fixtures";
import overview from "@nianbao/section-overview";
import { fixtures as overviewFixtures } from "@nianbao/section-overview/fixtures";
import plans from "@nianbao/section-plans";
import { fixtures as plansFixtures } from "@nianbao/section-plans/fixtures";
import powerOversight from "@nianbao/section-power-oversight";
import { fixtures as powerOversightFixtures } from "@nianbao/section-power-oversight/fixtures";
import problems from "@nianbao/section-problems";
import { fixtures as problemsFixtures } from "@nianbao/section-problems/fixtures";
import ruleOfLawThought from "@nianbao/section-rule-of-law-thought";
import { fixtures as ruleOfLawThoughtFixtures } from "@nianbao/section-rule-of-law-thought/fixtures";
import legalPublicity from "@nianbao/section-legal-publicity";
import { fixtures as legalPublicityFixtures } from "@nianbao/section-legal-publicity/fixtures";
import grassrootsGovernance from "@nianbao/section-grassroots-governance";
import { fixtures as grassrootsGovernanceFixtures } from "@nianbao/section-grassroots-governance/fixtures";
import reconsiderationLitigation from "@nianbao/section-reconsideration-litigation";
import { fixtures as reconsiderationLitigationFixtures } from "@nianbao/section-reconsideration-litigation/fixtures";
import safetyPetitions from "@nianbao/section-safety-petitions";
import { fixtures as safetyPetitionsFixtures } from "@nianbao/section-safety-petitions/fixtures";

/**
 * Every installed section plugin, in the order of the reference outline. Adding a plugin: add its package to this package's dependencies and to
 * this list (a test fails when a folder under plugins/ is missing here).
 */
export const installedSections: readonly AnySectionPlugin[] = [
  overview,
  ruleOfLawThought,
  legalStudy,
  governmentFunctions,
  normativeDocuments,
  decisionMaking,
  businessEnvironment,
  lawEnforcement,
  powerOversight,
  disclosure,
  disputeResolution,
  reconsiderationLitigation,
  safetyPetitions,
  grassrootsGovernance,
  legalPublicity,
  leadership,
  problems,
  plans,
  custom,
];

export class SectionRegistry {
  readonly #byId: ReadonlyMap<string, AnySectionPlugin>;

  constructor(plugins: readonly AnySectionPlugin[]) {
    const map = new Map<string, AnySectionPlugin>();
    for (const p of plugins) {
      if (map.has(p.id)) throw new Error(`section plugin "${p.id}" is registered twice`);
      map.set(p.id, p);
    }
    this.#byId = map;
  }

  get(id: string): AnySectionPlugin | undefined {
    return this.#byId.get(id);
  }

  has(id: string): boolean {
    return this.#byId.has(id);
  }

  list(): AnySectionPlugin[] {
    return [...this.#byId.values()];
  }
}

export const sections = new SectionRegistry(installedSections);

/**
 * Every plugin's test fixtures (valid, invalid and legacy data) by plugin id: the sandbox offers them, the
 * demo seed uses the valid ones.
 */
export const sectionFixtures: Readonly<Record<string, SectionFixtures>> = {
  "business-environment": businessEnvironmentFixtures,
  custom: customFixtures,
  "decision-making": decisionMakingFixtures,
  disclosure: disclosureFixtures,
  "dispute-resolution": disputeResolutionFixtures,
  "government-functions": governmentFunctionsFixtures,
  "grassroots-governance": grassrootsGovernanceFixtures,
  "law-enforcement": lawEnforcementFixtures,
  leadership: leadershipFixtures,
  "legal-publicity": legalPublicityFixtures,
  "legal-study": legalStudyFixtures,
  "normative-documents": normativeDocumentsFixtures,
  overview: overviewFixtures,
  plans: plansFixtures,
  "power-oversight": powerOversightFixtures,
  problems: problemsFixtures,
  "reconsideration-litigation": reconsiderationLitigationFixtures,
  "rule-of-law-thought": ruleOfLawThoughtFixtures,
  "safety-petitions": safetyPetitionsFixtures,
};

/**
 * Each plugin's valid fixtures by plugin id, used for the demo data (`seed --demo`): `jingzhupu2023` holds
 * the reference report's content, `demo2024` the demo's second year.
 */
export const demoFixtures: Readonly<Record<string, Readonly<Record<string, unknown>>>> = Object.fromEntries(
  Object.entries(sectionFixtures).map(([id, f]) => [id, f.valid]),
);
