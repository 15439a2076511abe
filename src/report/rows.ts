/**
 * Markdown table rows for findings and plans. Each row is one line ending in `\n`, rendered on
 * demand so the budget in layout.ts only pays for the rows it can show.
 */
import type { Finding } from '../assess/finding.js';
import type { Severity } from '../catalog/severity.js';
import { codeSpan, escapeText } from './escape.js';
import { partsToMarkdown } from './parts.js';
import type { ChangeCounts, PlanSummary } from '../assess/report.js';
import {
  describeAction,
  describeCategory,
  formatCount,
  unnamedForcingAttributes,
} from './words.js';

/** How long "why" and "what happens to the data" may be once the comment runs out of room. */
const SHORT_CELL_CHARS = 90;
const SHORT_FORCING = 3;

const SEVERITY_ICONS: Readonly<Record<Severity, string>> = {
  critical: '🔴',
  high: '🟠',
  medium: '🟡',
  low: '🔵',
  info: '⚪',
};

function severityBadge(severity: Severity): string {
  return `${SEVERITY_ICONS[severity]}&nbsp;${severity}`; // icon and word stay on one line
}

const NONE = '—';

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |\n`;
}

function header(titles: readonly string[]): string {
  return row(titles) + row(titles.map(() => '---'));
}

/** Where a finding is, when the report has several plans. */
export interface PlanContext {
  /** Module directories that more than one plan shares: the plan path tells them apart. */
  readonly sharedModuleDirs: ReadonlySet<string>;
}

export function planContextFor(plans: readonly PlanSummary[]): PlanContext | undefined {
  if (plans.length <= 1) return undefined;
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const plan of plans) {
    if (seen.has(plan.moduleDir)) shared.add(plan.moduleDir);
    seen.add(plan.moduleDir);
  }
  return { sharedModuleDirs: shared };
}

/**
 * Five columns: a comment is about 900 pixels wide, and every column more pushes "what
 * happens to the data" off-screen behind a horizontal scroll bar. Type, category and root
 * module go under the address instead.
 */
export const FINDING_HEADER = header([
  'Severity',
  'Resource',
  'Action',
  'Why',
  'What happens to the data',
]);

export type CellLength = 'full' | 'short';

export function findingRow(
  finding: Finding,
  context: PlanContext | undefined,
  length: CellLength,
): string {
  const limit = length === 'short' ? SHORT_CELL_CHARS : undefined;
  return row([
    severityBadge(finding.severity),
    resourceCell(finding, context),
    escapeText(describeAction(finding)),
    whyCell(finding, limit),
    finding.recoverability === ''
      ? NONE
      : partsToMarkdown(finding.recoverabilityParts, 'table', limit),
  ]);
}

/** The address, then what it is and where: `deposed …` · type · category · root module. */
function resourceCell(finding: Finding, context: PlanContext | undefined): string {
  const about: string[] = [];
  if (finding.deposed !== undefined) about.push(`deposed ${codeSpan(finding.deposed, 'table')}`);
  if (finding.type !== '') about.push(codeSpan(finding.type, 'table'));
  const category = describeCategory(finding.category);
  if (category !== '') about.push(escapeText(category));
  if (context !== undefined) {
    const shared = context.sharedModuleDirs.has(finding.moduleDir);
    const plan = shared ? ` (${codeSpan(finding.plan, 'table')})` : '';
    about.push(`in ${codeSpan(finding.moduleDir, 'table')}${plan}`);
  } else if (finding.address === '') {
    about.push(codeSpan(finding.plan, 'table'));
  }
  const subject = finding.address === '' ? '_whole plan_' : codeSpan(finding.address, 'table');
  return about.length === 0 ? subject : `${subject}<br>${about.join(' · ')}`;
}

function whyCell(finding: Finding, limit: number | undefined): string {
  const reason =
    finding.reason === '' ? NONE : partsToMarkdown(finding.reasonParts, 'table', limit);
  const forcing = unnamedForcingAttributes(finding);
  if (forcing.length === 0) return reason;
  const shown = limit === undefined ? forcing : forcing.slice(0, SHORT_FORCING);
  const more =
    forcing.length - shown.length > 0
      ? ` and ${formatCount(forcing.length - shown.length)} more`
      : '';
  return `${reason}<br>forced by ${shown.map((attribute) => codeSpan(attribute, 'table')).join(', ')}${more}`;
}

/** Five columns too: the counts share one cell, as Terraform's own "Plan: 2 to add, …" line does. */
export const PLAN_HEADER = header([
  'Root module',
  'Terraform',
  'Changes',
  'Need approval',
  'Notes',
]);

const COUNT_WORDS: ReadonlyArray<readonly [keyof ChangeCounts, string]> = [
  ['create', 'create'],
  ['update', 'update'],
  ['replace', 'replace'],
  ['delete', 'destroy'],
  ['forget', 'forget'],
];

export function planRow(plan: PlanSummary, needApproval: number): string {
  const { counts } = plan;
  const changes = COUNT_WORDS.filter(([key]) => counts[key] > 0).map(
    ([key, word]) => `${formatCount(counts[key])} ${word}`,
  );
  const notes: string[] = [];
  if (plan.errored) notes.push('errored');
  if (!plan.complete) notes.push('incomplete');
  if (counts.deferred > 0) notes.push(`${formatCount(counts.deferred)} deferred`);
  if (counts.unknown > 0) notes.push(`${formatCount(counts.unknown)} unknown action`);
  return row([
    `${codeSpan(plan.moduleDir, 'table')}<br>${codeSpan(plan.path, 'table')}`,
    plan.terraformVersion === '' ? NONE : escapeText(plan.terraformVersion),
    changes.length === 0 ? 'no changes' : changes.join(', '),
    needApproval === 0 ? '0' : `**${formatCount(needApproval)}**`,
    notes.length === 0 ? NONE : notes.join(', '),
  ]);
}

/** Approval-requiring findings per plan, keyed like `planKey`. */
export function approvalCounts(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const finding of findings) {
    if (!finding.requiresApproval) continue;
    const key = planKey(finding.moduleDir, finding.plan);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function planKey(moduleDir: string, path: string): string {
  return JSON.stringify([moduleDir, path]);
}

/** Whether the short form of the row cuts something. */
export function isShortened(finding: Finding): boolean {
  return (
    finding.reason.length > SHORT_CELL_CHARS ||
    finding.recoverability.length > SHORT_CELL_CHARS ||
    unnamedForcingAttributes(finding).length > SHORT_FORCING
  );
}
