/**
 * The PR comment renderer under any addresses and any number of findings (0–20,000): the body
 * stays within GitHub's 65,536 UTF-16 code units, every finding that requires approval is
 * either a row of "What would be lost" or counted in the "N … not shown" line, and GitHub's
 * Markdown engine (cmark-gfm, when on PATH) sees tables whose every row has the header's cell
 * count (PRODUCT.md section 5).
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, FindingKind } from '../../src/assess/finding.js';
import type { Severity } from '../../src/catalog/severity.js';
import { utf8Length } from '../../src/report/budget.js';
import { MAX_COMMENT_LENGTH, renderMarkdown } from '../../src/report/markdown.js';
import type { PlanSummary } from '../../src/assess/report.js';
import type { ApprovalNote } from '../../src/approval/note.js';
import { MAX_SUMMARY_BYTES, renderJobSummary } from '../../src/report/summary.js';
import { renderJson } from '../../src/report/json.js';
import { renderText } from '../../src/report/text.js';
import { describeFinding } from '../../src/report/words.js';
import { RAW_CONTROL } from '../report/chars.js';
import { CMARK_GFM, tableShapes, toHtml } from '../report/cmark.js';
import { finding, MARKER, note, plan, report } from '../report/factory.js';
import { RunLog } from './support.js';

const log = new RunLog('test/property/renderer.test.ts');
afterAll(() => log.report());

/** What plan authors control and Markdown, HTML, tables or a terminal might act on. */
const HOSTILE_UNITS = [
  '`',
  '``',
  '|',
  '\\|',
  '<',
  '>',
  '&',
  '&amp;',
  '\n',
  '\r',
  '\r\n',
  '\t',
  '\u0000',
  '\u001B[31m',
  '\u202E',
  '\u2066',
  '\u2069',
  '\u200F',
  '\u200B',
  '\u2028',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '*',
  '_',
  '[',
  ']',
  '(',
  ')',
  '\\',
  '$',
  '~',
  '#',
  '"',
  "'",
  ' ',
  'a',
  'é',
  '😀',
  '👩‍👩‍👧',
  '<details>',
  '</details>',
  '<!--',
  '-->',
  '```',
  '| --- |',
  '<br>',
  '@alice',
  'https://x.y/',
  '\n\n| Severity |',
];

const text = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: fc.constantFrom(...HOSTILE_UNITS), maxLength: Math.ceil(maxLength / 2) }),
  );

/** Addresses: every kind of string, sometimes huge (a single row larger than the budget). */
const address = fc.oneof(
  { weight: 12, arbitrary: text(80) },
  {
    weight: 1,
    arbitrary: fc
      .record({
        unit: fc.constantFrom(...HOSTILE_UNITS),
        count: fc.integer({ min: 1_000, max: 40_000 }),
      })
      .map(({ unit, count }) => unit.repeat(count)),
  },
);

const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];
const KINDS: readonly FindingKind[] = [
  'destroy',
  'replace',
  'backup-destroyed',
  'protection-weakened',
  'mass-destroy',
  'incomplete-plan',
  'unknown-action',
  'other-destroy',
  'forget',
];

/** A finding's shape; the report repeats a few shapes to reach thousands of findings cheaply. */
const shape = fc.record({
  severity: fc.constantFrom(...SEVERITIES),
  requiresApproval: fc.boolean(),
  kind: fc.constantFrom(...KINDS),
  actions: fc.constantFrom<readonly string[]>(
    ['delete'],
    ['delete', 'create'],
    ['create', 'delete'],
    ['forget'],
    ['update'],
    ['delete', 'explode'],
    [],
  ),
  deposed: fc.option(text(12), { nil: undefined }),
  type: text(30),
  reason: text(200),
  recoverability: text(200),
  forcingAttributes: fc.array(text(20), { maxLength: 5 }),
  moduleDir: text(20),
  planPath: text(30),
});

const count = fc.oneof(
  { weight: 4, arbitrary: fc.nat({ max: 30 }) },
  { weight: 2, arbitrary: fc.integer({ min: 31, max: 2_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 2_001, max: 20_000 }) },
);

const scenario = fc.record({
  count,
  addresses: fc.array(address, { minLength: 1, maxLength: 12 }),
  shapes: fc.array(shape, { minLength: 1, maxLength: 6 }),
  plans: fc.array(fc.record({ path: text(40), moduleDir: text(30), terraformVersion: text(10) }), {
    minLength: 1,
    maxLength: 5,
  }),
  marker: fc.boolean(),
  approval: fc.option(
    fc.record({
      approvers: fc.array(text(20), { maxLength: 40 }),
      details: fc.array(text(60), { maxLength: 15 }),
      summary: text(80),
    }),
    { nil: undefined },
  ),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario) {
  const plans: PlanSummary[] = s.plans.map((p) => plan(p));
  const findings: Finding[] = Array.from({ length: s.count }, (_, i) => {
    const f = s.shapes[i % s.shapes.length] ?? s.shapes[0];
    const target = plans[i % plans.length];
    return finding({
      kind: f?.kind ?? 'destroy',
      severity: f?.severity ?? 'high',
      requiresApproval: f?.requiresApproval ?? true,
      actions: f?.actions ?? ['delete'],
      ...(f?.deposed === undefined ? {} : { deposed: f.deposed }),
      address: s.addresses[i % s.addresses.length] ?? '',
      type: f?.type ?? '',
      reason: f?.reason ?? '',
      recoverability: f?.recoverability ?? '',
      forcingAttributes: f?.forcingAttributes ?? [],
      plan: target?.path ?? '',
      moduleDir: target?.moduleDir ?? '',
    });
  });
  const approval: ApprovalNote | undefined =
    s.approval === undefined
      ? undefined
      : note({
          approvers: s.approval.approvers,
          details: s.approval.details,
          summary: s.approval.summary,
        });
  return {
    report: report(findings, { plans }),
    required: findings.filter((f) => f.requiresApproval).length,
    approval,
  };
}

const LEFT_OUT =
  /\*\*⚠️ ([\d,]+) of the ([\d,]+) findings? that requires? approval (?:is|are) not shown here \(size limit\): see [^\n]*?\.\*\*/gu;
const ROW = /^\| (?:🔴|🟠|🟡|🔵|⚪)&nbsp;(?:critical|high|medium|low|info) \| /u;

/** Rows of the "What would be lost" table and what the left-out line says. */
function accountFor(body: string): {
  rows: number;
  leftOut: number;
  total: number | undefined;
  leftOutLines: number;
} {
  const lines = body.split('\n');
  const heading = lines.findIndex((line) => /^#{3,4} What would be lost$/u.test(line));
  let rows = 0;
  if (heading >= 0) {
    let i = heading + 1;
    while (i < lines.length && lines[i] === '') i += 1;
    if ((lines[i] ?? '').startsWith('| Severity |')) {
      i += 2; // header and delimiter rows
      for (; i < lines.length && (lines[i] ?? '') !== ''; i += 1) {
        if (!ROW.test(lines[i] ?? ''))
          throw new Error(
            `a line of the table is not a finding row: ${JSON.stringify(lines[i]?.slice(0, 200))}`,
          );
        rows += 1;
      }
    }
  }
  const matches = [...body.matchAll(LEFT_OUT)];
  const number = (value: string | undefined) => Number((value ?? '').replaceAll(',', ''));
  const match = matches[0];
  return {
    rows,
    leftOut: match === undefined ? 0 : number(match[1]),
    total: match === undefined ? undefined : number(match[2]),
    leftOutLines: matches.length,
  };
}

function checkAccounting(body: string, required: number, what: string): string[] {
  const problems: string[] = [];
  let account: ReturnType<typeof accountFor>;
  try {
    account = accountFor(body);
  } catch (error) {
    return [`${what}: ${String(error)}`];
  }
  if (account.rows + account.leftOut !== required)
    problems.push(
      `${what}: ${account.rows} rows shown + ${account.leftOut} said left out ≠ ${required} requiring approval`,
    );
  if (account.total !== undefined && account.total !== required)
    problems.push(`${what}: the left-out line speaks of ${account.total}, not ${required}`);
  if (account.leftOutLines > 1) problems.push(`${what}: ${account.leftOutLines} left-out lines`);
  return problems;
}

describe('the renderer under any addresses and any number of findings', () => {
  it('keeps the comment within 65,536 UTF-16 code units and accounts for every approval-requiring finding', () => {
    const name = 'renderMarkdown: ≤ 65,536 units, rows + "not shown" = requiring approval';
    fc.assert(
      fc.property(scenario, (s) => {
        const { report: r, required, approval } = build(s);
        const body = renderMarkdown(r, {
          ...(s.marker ? { marker: MARKER } : {}),
          ...(approval === undefined ? {} : { approval }),
        });
        const account = accountFor(body);
        log.outcome(
          name,
          s.count > 2_000
            ? 'over 2,000 findings'
            : s.count > 30
              ? '31–2,000 findings'
              : '0–30 findings',
        );
        log.outcome(name, account.leftOut > 0 ? 'some left out' : 'all shown');
        expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
        expect(checkAccounting(body, required, 'comment')).toEqual([]);
      }),
      log.params(name, 150, 401),
    );
  });

  it('keeps the job summary within its byte budget, with the same accounting', () => {
    const name = 'renderJobSummary: ≤ 1,000,000 UTF-8 bytes, same accounting';
    fc.assert(
      fc.property(scenario, (s) => {
        const { report: r, required, approval } = build(s);
        const summary = renderJobSummary(r, approval === undefined ? {} : { approval });
        expect(utf8Length(summary)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
        expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
        expect(checkAccounting(summary, required, 'summary')).toEqual([]);
      }),
      log.params(name, 40, 402),
    );
  });

  it('keeps the accounting under tight budgets too', () => {
    const name =
      'renderMarkdown with maxLength 200–20,000: within budget or the smallest honest body';
    fc.assert(
      fc.property(scenario, fc.integer({ min: 200, max: 20_000 }), (s, maxLength) => {
        const { report: r, required } = build({ ...s, count: Math.min(s.count, 400) });
        const body = renderMarkdown(r, { marker: MARKER, maxLength });
        // Below the smallest honest body (verdict, count, footer) the renderer may exceed it.
        if (body.length > maxLength) expect(accountFor(body).rows).toBe(0);
        expect(checkAccounting(body, required, `comment at ${maxLength}`)).toEqual([]);
      }),
      log.params(name, 150, 403),
    );
  });

  it.skipIf(CMARK_GFM === undefined)(
    'renders, in cmark-gfm, tables whose every row has the header’s cell count',
    () => {
      const name = 'cmark-gfm: every table row has the header cell count; lost-table rows match';
      fc.assert(
        fc.property(scenario, (s) => {
          const {
            report: r,
            required,
            approval,
          } = build({ ...s, count: Math.min(s.count, 3_000) });
          const body = renderMarkdown(r, {
            marker: MARKER,
            ...(approval === undefined ? {} : { approval }),
          });
          const html = toHtml(body);
          const tables = tableShapes(html);
          for (const table of tables) {
            expect(table.headerCells).toBe(5);
            for (const cells of table.rowCells) expect(cells).toBe(table.headerCells);
          }
          const { rows } = accountFor(body);
          if (required > 0 && rows > 0) expect(tables[0]?.rowCells.length).toBe(rows);
          log.outcome(name, `${tables.length} table(s)`);
        }),
        log.params(name, 60, 404),
      );
    },
  );

  it('writes each annotation (describeFinding) and the terminal report without raw controls, and a faithful JSON report', () => {
    const name =
      'describeFinding one visible line; renderText no raw controls; renderJson round-trips every string';
    fc.assert(
      fc.property(scenario, (s) => {
        const { report: r } = build({ ...s, count: Math.min(s.count, 40) });
        for (const f of r.findings) {
          const line = describeFinding(f);
          expect(line).not.toMatch(RAW_CONTROL);
          expect(line).not.toContain('\n');
        }
        const text = renderText(r);
        for (const line of text.split('\n')) expect(line).not.toMatch(RAW_CONTROL);
        const parsed = JSON.parse(renderJson(r)) as {
          findings: {
            address: string;
            reason: string;
            type: string;
            plan: string;
            deposed?: string;
          }[];
        };
        expect(
          parsed.findings.map((f) => [f.address, f.reason, f.type, f.plan, f.deposed]),
        ).toEqual(r.findings.map((f) => [f.address, f.reason, f.type, f.plan, f.deposed]));
      }),
      log.params(name, 100, 405),
    );
  });
});
