/**
 * Terminal output for `destroy-guard assess`. Every plan-derived string goes through
 * escapeInvisible: an address holding ESC or CSI could otherwise rewrite the screen (or hide
 * the verdict) when the report is printed.
 */
import type { Finding } from '../assess/finding.js';
import { SEVERITIES, type Severity } from '../catalog/severity.js';
import { escapeInvisible } from './escape.js';
import type { PlanSummary, Report, Verdict } from '../assess/report.js';
import {
  describeAction,
  describeCategory,
  describeSubject,
  describeUnreviewed,
  describeVerdict,
  formatCount,
  plural,
  unnamedForcingAttributes,
} from './words.js';

export interface TextOptions {
  /** ANSI colours; the CLI decides (a TTY, `NO_COLOR`, `--color`). */
  readonly color?: boolean;
}

type Paint = (text: string, style: Style) => string;
type Style = Severity | Verdict | 'dim' | 'bold';

const ANSI: Readonly<Record<Style, string>> = {
  critical: '1;31',
  high: '31',
  medium: '33',
  low: '36',
  info: '2',
  blocked: '1;31',
  approved: '1;32',
  pass: '1;32',
  dim: '2',
  bold: '1',
};

function painter(color: boolean): Paint {
  return color ? (text, style) => `\u001b[${ANSI[style]}m${text}\u001b[0m` : (text) => text;
}

const safe = escapeInvisible;

export function renderText(report: Report, options: TextOptions = {}): string {
  const paint = painter(options.color === true);
  const several = report.plans.length > 1;
  const required = report.findings.filter((finding) => finding.requiresApproval);
  const others = report.findings.filter((finding) => !finding.requiresApproval);
  const lines: string[] = [
    `destroy-guard: ${paint(report.verdict.toUpperCase(), report.verdict)} — ${describeVerdict(report)}`,
  ];

  if (required.length > 0) {
    lines.push('', paint('What would be lost:', 'bold'));
    for (const severity of SEVERITIES) {
      const group = required.filter((finding) => finding.severity === severity);
      if (group.length === 0) continue;
      lines.push('', paint(`${severity.toUpperCase()} (${formatCount(group.length)})`, severity));
      for (const finding of group) lines.push(...detailLines(finding, several, paint));
    }
  }

  if (others.length > 0) {
    lines.push(
      '',
      paint(
        `Other findings (${plural(others.length, 'finding')} below fail-on ${report.failOn}):`,
        'bold',
      ),
    );
    const width = others.reduce((widest, finding) => Math.max(widest, finding.severity.length), 0);
    for (const finding of others) {
      const where = several ? ` [${safe(finding.moduleDir)}]` : '';
      const type = finding.type === '' ? '' : ` (${safe(finding.type)})`;
      lines.push(
        `  ${paint(finding.severity.padEnd(width), finding.severity)}  ${safe(describeSubject(finding))}${type}${where}: ${safe(describeAction(finding))} — ${safe(finding.reason)}`,
      );
    }
  }

  if (report.plans.length > 0) {
    lines.push('', paint(`Plans (${formatCount(report.plans.length)}):`, 'bold'));
    for (const plan of report.plans) lines.push(`  ${planLine(plan)}`);
  }
  if (report.unreviewedTypes.length > 0) {
    lines.push('', `${describeUnreviewed(report.unreviewedTypes.length)}.`);
  }
  lines.push('', paint(`fingerprint ${report.fingerprint} · fail-on ${report.failOn}`, 'dim'));
  return `${lines.join('\n')}\n`;
}

function detailLines(finding: Finding, several: boolean, paint: Paint): string[] {
  const category = describeCategory(finding.category);
  const type =
    finding.type === '' ? '' : `  ${safe(finding.type)}${category === '' ? '' : ` (${category})`}`;
  const label = (name: string) => paint(name.padEnd(7), 'dim');
  const lines = [`  ${paint(safe(describeSubject(finding)), 'bold')}${type}`];
  if (several || finding.address === '')
    lines.push(`    ${label('plan')}${safe(finding.plan)} (module ${safe(finding.moduleDir)})`);
  lines.push(`    ${label('action')}${safe(describeAction(finding))}`);
  const forcing = unnamedForcingAttributes(finding);
  const forced = forcing.length === 0 ? '' : ` (forced by ${forcing.map(safe).join(', ')})`;
  lines.push(`    ${label('why')}${safe(finding.reason)}${forced}`);
  if (finding.recoverability !== '')
    lines.push(`    ${label('data')}${safe(finding.recoverability)}`);
  return lines;
}

function planLine(plan: PlanSummary): string {
  const { counts } = plan;
  const flags = [plan.errored ? 'errored' : '', plan.complete ? '' : 'incomplete'].filter(
    (flag) => flag !== '',
  );
  const changes = [
    `${formatCount(counts.create)} to create`,
    `${formatCount(counts.update)} to update`,
    `${formatCount(counts.replace)} to replace`,
    `${formatCount(counts.delete)} to destroy`,
    `${formatCount(counts.forget)} to forget`,
  ];
  if (counts.deferred > 0) changes.push(`${formatCount(counts.deferred)} deferred`);
  if (counts.unknown > 0) changes.push(`${formatCount(counts.unknown)} unknown`);
  const version = plan.terraformVersion === '' ? '' : `, terraform ${safe(plan.terraformVersion)}`;
  const flagged = flags.length === 0 ? '' : ` [${flags.join(', ')}]`;
  return `${safe(plan.path)} (module ${safe(plan.moduleDir)}${version})${flagged}: ${changes.join(', ')}`;
}
