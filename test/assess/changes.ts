import {
  PlanAssessor,
  type AssessOptions,
  type PlanAssessment,
} from '../../src/assess/assess-plan.js';
import type { Severity } from '../../src/catalog/severity.js';
import { buildCatalog } from '../../src/catalog/index.js';
import type { PlanChange, PlanMeta } from '../../src/plan/model.js';
import { globMatcher } from '../../src/util/glob.js';

/** A resource change as the plan reader hands it over, with only what a test cares about. */
export function change(
  address: string,
  actions: string[],
  fields: Partial<PlanChange> = {},
): PlanChange {
  const type = fields.type ?? address.replace(/^(module\.[^.]+\.)*/u, '').split('.')[0] ?? '';
  return {
    address,
    mode: 'managed',
    type,
    name: 'x',
    providerName: 'registry.terraform.io/hashicorp/aws',
    actions,
    replacePaths: [],
    before: null,
    after: null,
    beforeSensitive: false,
    afterSensitive: false,
    afterUnknown: {},
    ...fields,
  };
}

export const COMPLETE: PlanMeta = {
  formatVersion: '1.2',
  terraformVersion: '1.11.4',
  errored: false,
  complete: true,
};

export interface AssessTestOptions {
  failOn?: Severity;
  statefulTypes?: string[];
  ignore?: string[];
  meta?: Partial<PlanMeta>;
  moduleDir?: string;
}

export function assess(
  changes: readonly PlanChange[],
  options: AssessTestOptions = {},
): PlanAssessment {
  const assessOptions: AssessOptions = {
    catalog: buildCatalog(options.statefulTypes ?? []),
    failOn: options.failOn ?? 'high',
    isIgnored: globMatcher(options.ignore ?? []),
  };
  const assessor = new PlanAssessor(
    { path: 'plan.json', moduleDir: options.moduleDir ?? 'infra' },
    assessOptions,
  );
  changes.forEach(assessor.add);
  return assessor.finish({ ...COMPLETE, ...options.meta });
}

/** The one finding for an address (fails the test when there is not exactly one). */
export function only(assessment: PlanAssessment, address: string) {
  const found = assessment.findings.filter((finding) => finding.address === address);
  if (found.length !== 1)
    throw new Error(`expected one finding for ${address}, got ${found.length}`);
  return found[0]!;
}
