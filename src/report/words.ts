/**
 * The words every output uses for the same thing (comment, job summary, terminal, annotations),
 * as plain unescaped text: each renderer escapes for its own medium.
 */
import type { Finding } from '../assess/finding.js';
import { severityRank, type Severity } from '../catalog/severity.js';
import type { Category } from '../catalog/types.js';
import {
  isCreateBeforeDestroy,
  isDelete,
  isDestroyBeforeCreate,
  isForget,
} from '../plan/actions.js';
import { escapeInvisible } from './escape.js';
import { codePartsOf } from './parts.js';
import type { Report } from '../assess/report.js';

/** What happens to the object, from `actions` (and the kind, for plan-level findings). */
export function describeAction(finding: Pick<Finding, 'kind' | 'actions' | 'deposed'>): string {
  const actions = finding.actions;
  switch (finding.kind) {
    case 'mass-destroy':
      return 'mass destroy';
    case 'incomplete-plan':
      return 'incomplete plan';
    case 'unknown-action':
      return `unknown action (${actions.length === 0 ? 'none' : actions.join(', ')})`;
    default:
      break;
  }
  if (isDelete(actions))
    return finding.deposed === undefined ? 'destroy' : 'destroy (deposed object)';
  if (isDestroyBeforeCreate(actions)) return 'replace (destroy before create)';
  if (isCreateBeforeDestroy(actions)) return 'replace (create before destroy)';
  if (isForget(actions)) return 'forget (removed from state)';
  return actions.length === 0 ? 'no change' : actions.join(', ');
}

const CATEGORY_WORDS: Readonly<Record<Category, string>> = {
  'relational-database': 'relational database',
  'nosql-database': 'NoSQL database',
  'object-storage': 'object storage',
  'block-storage': 'block storage',
  'file-storage': 'file storage',
  cache: 'cache',
  'queue-stream': 'queue or stream',
  'search-analytics': 'search or analytics',
  'data-warehouse': 'data warehouse',
  'encryption-key': 'encryption key',
  secret: 'secret',
  'dns-zone': 'DNS zone',
  'identity-directory': 'identity directory',
  backup: 'backup',
  log: 'logs',
  'container-registry': 'container registry',
  'source-repository': 'source repository',
  'kubernetes-volume': 'Kubernetes volume',
  'kubernetes-namespace': 'Kubernetes namespace',
  'monitoring-state': 'monitoring state',
  certificate: 'certificate',
  'ml-model': 'machine-learning model',
  domain: 'registered domain',
  workstation: 'workstation',
  'config-store': 'configuration store',
  'other-stateful': 'stateful resource',
};

/** `''` for types the catalog does not know. */
export function describeCategory(category: Category | ''): string {
  return category === '' ? '' : CATEGORY_WORDS[category];
}

/** `1234567` → `1,234,567`, the same on every machine (no locale data involved). */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+$)/gu, ',');
}

/** `1 finding`, `2 findings`. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}

/**
 * How many destroyed types the catalog has no decision for (shown only when some are): their
 * deletes were judged by name, so the reader knows the report rests partly on a guess.
 */
export function describeUnreviewed(count: number): string {
  return `${plural(count, 'destroyed resource type is', 'destroyed resource types are')} not in destroy-guard's catalog and ${count === 1 ? 'was' : 'were'} judged by name; classify ${count === 1 ? 'it' : 'them'} with stateful-types`;
}

export function requiringApproval(findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => finding.requiresApproval);
}

function highestSeverity(findings: readonly Finding[]): Severity | undefined {
  let highest: Severity | undefined;
  for (const finding of findings) {
    if (highest === undefined || severityRank(finding.severity) > severityRank(highest))
      highest = finding.severity;
  }
  return highest;
}

/**
 * What the verdict means, after the verdict word: `3 findings require approval (highest
 * severity: critical)`. Used for the comment's first line, the terminal and the check's message.
 * `risky`: the report's findings that require approval, when the caller has them already.
 */
export function describeVerdict(
  report: Report,
  risky: readonly Finding[] = requiringApproval(report.findings),
): string {
  const count = risky.length;
  const highest = highestSeverity(risky);
  const severity = highest === undefined ? '' : ` (highest severity: ${highest})`;
  switch (report.verdict) {
    case 'pass':
      return 'nothing requires approval';
    case 'approved':
      return `a code owner approved the ${plural(count, 'finding')} that ${count === 1 ? 'requires' : 'require'} approval${severity}`;
    case 'blocked':
      return `${plural(count, 'finding')} ${count === 1 ? 'requires' : 'require'} approval${severity}`;
  }
}

/** `aws_db_instance.main`, `aws_db_instance.main (deposed object 1a2b3c4d)`, or `the whole plan`. */
export function describeSubject(finding: Pick<Finding, 'address' | 'deposed'>): string {
  if (finding.address === '') return 'the whole plan';
  return finding.deposed === undefined
    ? finding.address
    : `${finding.address} (deposed object ${finding.deposed})`;
}

/**
 * One line for a finding, ready to show as plain text (an annotation): `aws_db_instance.main
 * (aws_db_instance): destroy — its resource block is no longer in the configuration; data: no
 * final snapshot …`. Line breaks and invisible characters from the plan are made visible, so
 * the line stays one line and cannot be spoofed.
 */
export function describeFinding(finding: Finding): string {
  const type = finding.type === '' ? '' : ` (${finding.type})`;
  const data = finding.recoverability === '' ? '' : `; data: ${finding.recoverability}`;
  return escapeInvisible(
    `${describeSubject(finding)}${type}: ${describeAction(finding)} — ${finding.reason}${data}`,
  );
}

/** Forcing attributes the reason does not already name (src/assess/reasons.ts `destroyReason`). */
export function unnamedForcingAttributes(
  finding: Pick<Finding, 'reasonParts' | 'forcingAttributes'>,
): string[] {
  if (finding.forcingAttributes.length === 0) return [];
  const named = new Set(codePartsOf(finding.reasonParts));
  return finding.forcingAttributes.filter((attribute) => !named.has(attribute));
}
