import { emptyCounts } from '../../src/assess/counts.js';
import { plainText, type Finding, type Part } from '../../src/assess/finding.js';
import { riskOf } from '../../src/catalog/severity.js';
import type { ChangeCounts, PlanSummary, Report, Verdict } from '../../src/assess/report.js';
import type { ApprovalNote } from '../../src/approval/note.js';

/** A fixed fingerprint: the renderers print it, they do not compute it. */
export const FINGERPRINT = '5f2c9a41d0e8b7c3a6f1e2d4c8b9a703';

const NO_CHANGES: ChangeCounts = emptyCounts();

export function counts(fields: Partial<ChangeCounts> = {}): ChangeCounts {
  return { ...NO_CHANGES, ...fields };
}

export function plan(fields: Partial<PlanSummary> = {}): PlanSummary {
  return {
    path: 'infra/prod/plan.json',
    moduleDir: 'infra/prod',
    formatVersion: '1.2',
    terraformVersion: '1.11.4',
    errored: false,
    complete: true,
    counts: counts({ create: 2, update: 1, delete: 3, replace: 1 }),
    ...fields,
  };
}

/**
 * Test shorthand: a sentence written with `code spans` becomes the parts src/assess would
 * build (code parts for the spans). Only the tests read backticks this way.
 */
export function partsOf(sentence: string): Part[] {
  return sentence
    .split(/(`[^`]+`)/u)
    .filter((piece) => piece !== '')
    .map((piece) =>
      piece.length > 2 && piece.startsWith('`') && piece.endsWith('`')
        ? { code: piece.slice(1, -1) }
        : piece,
    );
}

/** A stateful destroy that requires approval, changed by `fields`. */
export function finding(fields: Partial<Finding> = {}): Finding {
  const base = rawFinding(fields);
  const reasonParts = fields.reasonParts ?? partsOf(base.reason);
  const recoverabilityParts = fields.recoverabilityParts ?? partsOf(base.recoverability);
  return {
    ...base,
    reason: plainText(reasonParts),
    reasonParts,
    recoverability: plainText(recoverabilityParts),
    recoverabilityParts,
  };
}

function rawFinding(
  fields: Partial<Finding>,
): Omit<Finding, 'reasonParts' | 'recoverabilityParts'> {
  return {
    kind: 'destroy',
    severity: 'critical',
    requiresApproval: true,
    plan: 'infra/prod/plan.json',
    moduleDir: 'infra/prod',
    address: 'aws_db_instance.orders',
    type: 'aws_db_instance',
    actions: ['delete'],
    category: 'relational-database',
    reason: 'destroyed: its resource block is no longer in the configuration',
    recoverability: 'lost: no final snapshot (`skip_final_snapshot = true`)',
    forcingAttributes: [],
    protections: [{ attribute: 'skip_final_snapshot', before: true }],
    ...fields,
  };
}

/** A non-stateful destroy below the default threshold. */
export function otherFinding(fields: Partial<Finding> = {}): Finding {
  return finding({
    kind: 'other-destroy',
    severity: 'low',
    requiresApproval: false,
    address: 'null_resource.migrate',
    type: 'null_resource',
    category: '',
    reason: 'destroyed: its resource block is no longer in the configuration',
    recoverability: '',
    protections: [],
    ...fields,
  });
}

export interface ReportFields {
  readonly verdict?: Verdict;
  readonly plans?: readonly PlanSummary[];
  readonly failOn?: string;
  readonly unreviewedTypes?: readonly string[];
}

/** A report as src/assess/build-report.ts shapes it; the verdict follows the findings unless given. */
export function report(findings: readonly Finding[], fields: ReportFields = {}): Report {
  const risky = findings.some((item) => item.requiresApproval);
  return {
    version: 1,
    verdict: fields.verdict ?? (risky ? 'blocked' : 'pass'),
    risk: riskOf(findings.map((item) => item.severity)),
    fingerprint: FINGERPRINT,
    failOn: fields.failOn ?? 'high',
    plans: fields.plans ?? [plan()],
    findings,
    unreviewedTypes: fields.unreviewedTypes ?? [],
  };
}

export function note(fields: Partial<ApprovalNote> = {}): ApprovalNote {
  return {
    status: 'missing',
    summary: 'Waiting for a code owner to approve.',
    details: [],
    approvers: ['@acme/dba', '@acme/platform', '@maria'],
    howTo:
      'A code owner of the paths above reviews this plan and applies the `destroy-approved` label.',
    ...fields,
  };
}

export const MARKER = `<!-- destroy-guard key=default fingerprint=${FINGERPRINT} -->`;

/** `count` approval-requiring findings with distinct addresses, severities mixed. */
export function manyFindings(count: number, fields: Partial<Finding> = {}): Finding[] {
  const severities = ['critical', 'high'] as const;
  return Array.from({ length: count }, (_, index) =>
    finding({
      address: `module.tenant["t${index}"].aws_db_instance.db`,
      severity: severities[index % 2] ?? 'high',
      ...fields,
    }),
  );
}
