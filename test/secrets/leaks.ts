/**
 * Every output destroy-guard produces for one plan file, and the search for planted values in
 * them: the CLI's three formats under two option sets, the job summary, the PR comment and
 * each finding's annotation text (describeFinding), plus a per-finding check that a protection
 * attribute marked sensitive is shown without its value (booleans cannot be made distinctive).
 */
import { Readable } from 'node:stream';
import { assessPlans } from '../../src/engine/engine.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/assess/report.js';
import { renderJobSummary } from '../../src/report/summary.js';
import { describeFinding } from '../../src/report/words.js';
import { runIn } from '../property/support.js';
import { MARK, changeKey, type Planter, type SensitiveProtections } from './plant.js';

export interface Output {
  readonly name: string;
  readonly text: string;
}

/** `--stateful-types '*'` makes every destroyed type stateful, so its `before` is judged and described. */
export const OPTION_SETS: readonly (readonly string[])[] = [
  [],
  ['--fail-on', 'info', '--stateful-types', '*'],
];
export const FORMATS = ['text', 'markdown', 'json'] as const;

export interface Collected {
  readonly outputs: Output[];
  readonly report: Report;
  readonly codes: number[];
}

/** All CLI outputs, and the engine's report (fail-on info, every type stateful) rendered every way. */
export async function collectOutputs(file: string, cwd: string): Promise<Collected> {
  const outputs: Output[] = [];
  const codes: number[] = [];
  for (const options of OPTION_SETS) {
    for (const format of FORMATS) {
      const result = await runIn(cwd, ['assess', file, '--format', format, ...options]);
      codes.push(result.code);
      outputs.push({
        name: `cli --format ${format} ${options.join(' ')}`.trim(),
        text: result.stdout + result.stderr,
      });
    }
  }
  const report = await assessPlans([file], {
    failOn: 'info',
    statefulTypes: ['*'],
    ignore: [],
    cwd,
    workspace: cwd,
    stdin: Readable.from([]),
  });
  outputs.push({ name: 'renderJobSummary', text: renderJobSummary(report) });
  outputs.push({
    name: 'renderMarkdown (comment)',
    text: renderMarkdown(report, {
      marker: '<!-- destroy-guard key=default -->',
      approval: {
        status: 'missing',
        summary: 'Waiting for a code owner.',
        details: [],
        approvers: ['@alice'],
        howTo: 'Apply the label.',
      },
    }),
  });
  report.findings.forEach((finding, index) =>
    outputs.push({
      name: `describeFinding #${index} (${finding.address})`,
      text: describeFinding(finding),
    }),
  );
  return { outputs, report, codes };
}

/** Digit runs of nine or more (or grouped with commas) in `text`, commas removed. */
function numbersIn(text: string): string[] {
  return [...text.matchAll(/\d{1,3}(?:,\d{3}){2,}|\d{9,}/gu)].map((match) =>
    match[0].replaceAll(',', ''),
  );
}

/** Where any planted value appears: the marker prefix (catches cut values too) or a planted number. */
export function leaksIn(outputs: readonly Output[], planter: Planter): string[] {
  const numbers = new Set(planter.numbers.map(String));
  const leaks: string[] = [];
  for (const output of outputs) {
    const at = output.text.indexOf(MARK);
    if (at >= 0)
      leaks.push(`${output.name}: …${output.text.slice(Math.max(0, at - 120), at + 60)}…`);
    for (const number of numbersIn(output.text)) {
      if (numbers.has(number)) leaks.push(`${output.name}: planted number ${number}`);
    }
  }
  return leaks;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * A protection attribute marked sensitive on its change may be named, never shown with a
 * value: not `attr = value`, not `attr: before → after`, and no before/after in the report.
 */
export function sensitiveProtectionLeaks(
  report: Report,
  sensitive: ReadonlyMap<string, SensitiveProtections>,
): { leaks: string[]; checked: number } {
  const leaks: string[] = [];
  let checked = 0;
  for (const finding of report.findings) {
    const marks = sensitive.get(changeKey(finding.address, finding.deposed));
    if (marks === undefined) continue;
    const text = describeFinding(finding);
    // A destroy is judged from `before` alone (providers read state at destroy time); an
    // update compares both sides. A side the engine does not read may show a documented
    // default under the same name, which is no plan value.
    const sides =
      finding.kind === 'protection-weakened'
        ? [...marks.before, ...marks.after]
        : [...marks.before];
    for (const attribute of new Set(sides)) {
      checked += 1;
      if (new RegExp(`(?<![\\w.])${escapeRegExp(attribute)}(?: = |: )`, 'u').test(text)) {
        leaks.push(
          `${finding.address}: sensitive ${attribute} shown with its value: ${text.slice(0, 400)}`,
        );
      }
      for (const protection of finding.protections) {
        if (
          protection.attribute === attribute &&
          ('before' in protection || 'after' in protection)
        ) {
          leaks.push(
            `${finding.address}: sensitive ${attribute} has a value in the report: ${JSON.stringify(protection)}`,
          );
        }
      }
    }
  }
  return { leaks, checked };
}
