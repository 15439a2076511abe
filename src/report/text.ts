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

/**
 * Findings below fail-on listed one by one up to this many; past it they are grouped by
 * severity, kind and type and counted: a terminal is no place for 400,000 lines, and
 * `--format json` has every one of them.
 */
export const LISTED_OTHERS = 50;
/** Groups shown when the other findings are counted; the rest are summed in one line. */
const LISTED_GROUPS = 30;
/** Lines per piece written. */
const LINES_PER_CHUNK = 512;

export function renderText(report: Report, options: TextOptions = {}): string {
  let text = '';
  for (const chunk of renderTextChunks(report, options)) text += chunk;
  return text;
}

/** renderText in pieces, so a report with many findings that require approval is never one string. */
export function* renderTextChunks(report: Report, options: TextOptions = {}): Generator<string> {
  const paint = painter(options.color === true);
  const several = report.plans.length > 1;
  // One pass over a report of any size: the findings that require approval by severity, the
  // others counted by severity, kind and type, and kept while few enough to list.
  const required = new Map<Severity, Finding[]>();
  const risky: Finding[] = [];
  const counted = new Counted();
  const listed: Finding[] = [];
  for (const finding of report.findings) {
    if (!finding.requiresApproval) {
      counted.add(finding);
      if (listed.length <= LISTED_OTHERS) listed.push(finding);
    } else {
      risky.push(finding);
      const same = required.get(finding.severity);
      if (same === undefined) required.set(finding.severity, [finding]);
      else same.push(finding);
    }
  }
  const others = counted.total;
  let lines: string[] = [
    `destroy-guard: ${paint(report.verdict.toUpperCase(), report.verdict)} — ${describeVerdict(report, risky)}`,
  ];
  const flush = function* (): Generator<string> {
    if (lines.length < LINES_PER_CHUNK) return;
    yield `${lines.join('\n')}\n`;
    lines = [];
  };
  if (required.size > 0) {
    lines.push('', paint('What would be lost:', 'bold'));
    for (const severity of SEVERITIES) {
      const findings = required.get(severity) ?? [];
      if (findings.length === 0) continue;
      lines.push(
        '',
        paint(`${severity.toUpperCase()} (${formatCount(findings.length)})`, severity),
      );
      for (const finding of findings) {
        lines.push(...detailLines(finding, several, paint));
        yield* flush();
      }
    }
  }
  if (others > 0) {
    lines.push(
      '',
      paint(
        `Other findings (${plural(others, 'finding')} below fail-on ${report.failOn}):`,
        'bold',
      ),
    );
    if (others <= LISTED_OTHERS) lines.push(...otherLines(listed, several, paint));
    else lines.push(...groupLines(counted, paint));
  }
  if (report.plans.length > 0) {
    lines.push('', paint(`Plans (${formatCount(report.plans.length)}):`, 'bold'));
    for (const plan of report.plans) lines.push(`  ${planLine(plan)}`);
  }
  if (report.unreviewedTypes.length > 0) {
    lines.push('', `${describeUnreviewed(report.unreviewedTypes.length)}.`);
  }
  lines.push('', paint(`fingerprint ${report.fingerprint} · fail-on ${report.failOn}`, 'dim'));
  yield `${lines.join('\n')}\n`;
}

/** The findings below fail-on, one line each. */
function otherLines(others: readonly Finding[], several: boolean, paint: Paint): string[] {
  const width = others.reduce((widest, finding) => Math.max(widest, finding.severity.length), 0);
  return others.map((finding) => {
    const where = several ? ` [${safe(finding.moduleDir)}]` : '';
    const type = finding.type === '' ? '' : ` (${safe(finding.type)})`;
    return `  ${paint(finding.severity.padEnd(width), finding.severity)}  ${safe(describeSubject(finding))}${type}${where}: ${safe(describeAction(finding))} — ${safe(finding.reason)}`;
  });
}

interface Group {
  readonly severity: Severity;
  readonly kind: string;
  readonly type: string;
  count: number;
}

/**
 * The findings below fail-on counted by severity, kind and type, each group where its first
 * finding came. One map inside the other: findings share those strings, so no key is made
 * per finding; and sorted findings come in runs of one group, which skip the maps.
 */
class Counted {
  readonly #groups = new Map<string, Map<string, Map<string, Group>>>();
  readonly all: Group[] = [];
  total = 0;
  #last: Group | undefined;

  add(finding: Finding): void {
    this.total += 1;
    const last = this.#last;
    if (
      last !== undefined &&
      last.type === finding.type &&
      last.kind === finding.kind &&
      last.severity === finding.severity
    ) {
      last.count += 1;
      return;
    }
    let byKind = this.#groups.get(finding.severity);
    if (byKind === undefined) this.#groups.set(finding.severity, (byKind = new Map()));
    let byType = byKind.get(finding.kind);
    if (byType === undefined) byKind.set(finding.kind, (byType = new Map()));
    let group = byType.get(finding.type);
    if (group !== undefined) group.count += 1;
    else {
      group = { severity: finding.severity, kind: finding.kind, type: finding.type, count: 1 };
      byType.set(finding.type, group);
      this.all.push(group);
    }
    this.#last = group;
  }
}

/** The other findings counted, largest groups first. */
function groupLines(counted: Counted, paint: Paint): string[] {
  const { all, total } = counted;
  const sorted = all.sort(
    (a, b) => b.count - a.count || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0),
  );
  const width = sorted.reduce((widest, group) => Math.max(widest, group.severity.length), 0);
  const lines = sorted.slice(0, LISTED_GROUPS).map((group) => {
    const type = group.type === '' ? '' : ` ${safe(group.type)}`;
    return `  ${paint(group.severity.padEnd(width), group.severity)}  ${formatCount(group.count)} × ${group.kind}${type}`;
  });
  const rest = sorted.slice(LISTED_GROUPS);
  if (rest.length > 0) {
    const count = rest.reduce((sum, group) => sum + group.count, 0);
    lines.push(`  … and ${plural(count, 'finding')} in ${formatCount(rest.length)} more groups`);
  }
  lines.push(
    paint(
      `  ${formatCount(total)} findings counted, not listed; \`destroy-guard assess --format json\` lists every one`,
      'dim',
    ),
  );
  return lines;
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
