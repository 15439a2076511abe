import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/assess/finding.js';
import { utf8Length } from '../../src/report/budget.js';
import { MAX_COMMENT_LENGTH, renderMarkdown } from '../../src/report/markdown.js';
import { MAX_SUMMARY_BYTES, renderJobSummary } from '../../src/report/summary.js';
import { finding, manyFindings, MARKER, note, otherFinding, plan, report } from './factory.js';

const LEFT_OUT =
  /\*\*⚠️ ([\d,]+) of the ([\d,]+) findings? that requires? approval (?:is|are) not shown here \(size limit\): see (.+)\.\*\*/u;

/** Rows of the "What would be lost" table, and the count its left-out line gives. */
function shownAndLeftOut(body: string): { rows: string[]; leftOut: number; total?: number } {
  const start = body.indexOf('What would be lost');
  const table =
    start === -1 ? '' : body.slice(start, body.indexOf('\n\n', body.indexOf('| --- |', start)));
  const rows = table.split('\n').filter((line) => /^\| [🔴🟠🟡🔵⚪]/u.test(line));
  const match = LEFT_OUT.exec(body);
  if (match === null) return { rows, leftOut: 0 };
  const number = (text: string | undefined) => Number((text ?? '').replaceAll(',', ''));
  return { rows, leftOut: number(match[1]), total: number(match[2]) };
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

describe('the comment size budget', () => {
  for (const total of [10_000, 50_000]) {
    it(`fits ${total.toLocaleString('en-US')} approval-requiring findings, says exactly how many are left out, most severe kept`, () => {
      const big = report(manyFindings(total), {
        plans: Array.from({ length: 200 }, (_, i) => plan({ moduleDir: `stacks/${i}` })),
      });
      const { value: body, ms } = timed(() => renderMarkdown(big, { marker: MARKER }));
      console.log(`${total} findings: ${body.length} characters in ${ms.toFixed(1)} ms`);
      expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
      expect(body.length).toBeGreaterThan(MAX_COMMENT_LENGTH - 2_000); // the room is used, not wasted
      const { rows, leftOut, total: stated } = shownAndLeftOut(body);
      expect(stated).toBe(total);
      expect(rows.length).toBeGreaterThan(100);
      expect(rows.length + leftOut).toBe(total);
      expect(rows.every((row) => row.startsWith('| 🔴&nbsp;critical'))).toBe(true);
      expect(body).toContain('see the job summary.**');
      expect(body).toContain(
        '_Left out for length: per-plan counts (200 plans). See the job summary._',
      );
      expect(body.trimEnd().endsWith('· 200 plans</sub>')).toBe(true);
    });
  }

  it('renders 10,000 findings without a quadratic step', () => {
    const big = report(manyFindings(10_000));
    renderMarkdown(big); // warm up the JIT, as a long-running runner would be
    const runs = Array.from({ length: 5 }, () => timed(() => renderMarkdown(big)).ms);
    const best = Math.min(...runs);
    console.log(`10,000 findings: best of 5 ${best.toFixed(1)} ms`);
    // About 10 ms here; the bound only catches a quadratic step (seconds), speed is `npm run bench`'s.
    expect(best).toBeLessThan(2000);
  });

  it('lets the per-plan counts go first, then other findings', () => {
    const findings = [
      finding(),
      ...Array.from({ length: 30 }, (_, i) => otherFinding({ address: `null_resource.n${i}` })),
    ];
    const plans = Array.from({ length: 200 }, (_, i) =>
      plan({ moduleDir: `stacks/${String(i).padStart(3, '0')}`, path: `stacks/${i}/plan.json` }),
    );
    const full = renderMarkdown(report(findings, { plans }), { maxLength: 1_000_000 });
    expect(full).toContain('Plans (200 plans)');

    // Room for everything but some plan rows: plans are cut, with a count; all findings stay.
    const somePlans = renderMarkdown(report(findings, { plans }), {
      maxLength: full.length - 2_000,
    });
    expect(somePlans.length).toBeLessThanOrEqual(full.length - 2_000);
    expect(somePlans).toMatch(/_… and \d+ more plans: see the job summary\._/u);
    expect(somePlans).toContain('null_resource.n29');

    // Room for the findings only: the plan table goes, other findings are cut next.
    const noPlans = renderMarkdown(report(findings, { plans }), { maxLength: 5_000 });
    expect(noPlans).not.toContain('<summary>Plans');
    expect(noPlans).toContain('per-plan counts (200 plans)');
    expect(noPlans).toMatch(/_… and \d+ more findings: see the job summary\._/u);
    expect(noPlans).toContain('`aws_db_instance.orders`');
    expect(noPlans).toContain('| lost: no final snapshot (`skip_final_snapshot = true`) |');
  });

  it('shortens "why" and "what happens to the data" before leaving out an approval-requiring row', () => {
    const long = 'a very long explanation of why this happens, '.repeat(20);
    const findings = Array.from({ length: 20 }, (_, i) =>
      finding({ address: `aws_db_instance.d${i}`, reason: long, recoverability: long }),
    );
    const others = [otherFinding()];
    const body = renderMarkdown(report([...findings, ...others]), { maxLength: 8_000 });
    expect(body.length).toBeLessThanOrEqual(8_000);
    const { rows, leftOut } = shownAndLeftOut(body);
    expect(rows).toHaveLength(20);
    expect(leftOut).toBe(0);
    expect(rows[0]).toContain('…');
    expect(body).toContain(
      '_Left out for length: the full text of long reasons; 1 other finding; per-plan counts (1 plan).',
    );
  });

  it('never exceeds the budget, never loses count, for any budget', () => {
    const findings: Finding[] = [
      ...manyFindings(300),
      ...Array.from({ length: 100 }, (_, i) => otherFinding({ address: `null_resource.n${i}` })),
    ];
    const big = report(findings, {
      plans: Array.from({ length: 20 }, (_, i) => plan({ moduleDir: `m${i}` })),
    });
    const approval = note({
      status: 'refused',
      details: ['the `destroy-approved` label is not applied'],
    });
    for (let budget = 1_200; budget <= 120_000; budget = Math.ceil(budget * 1.13)) {
      const body = renderMarkdown(big, { maxLength: budget, marker: MARKER, approval });
      expect(body.length, `budget ${budget}`).toBeLessThanOrEqual(budget);
      const { rows, leftOut } = shownAndLeftOut(body);
      expect(rows.length + leftOut, `budget ${budget}`).toBe(300);
      expect(
        body.startsWith(`${MARKER}\n### 🛑 destroy-guard: blocked — 300 findings require approval`),
      ).toBe(true);
    }
  });

  it('counts UTF-16 code units, as GitHub does', () => {
    const wide = Array.from({ length: 3_000 }, (_, i) =>
      finding({ address: `aws_s3_bucket.b["🚀🚀🚀🚀🚀${i}日本語"]` }),
    );
    const body = renderMarkdown(report(wide));
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    const { rows, leftOut } = shownAndLeftOut(body);
    expect(rows.length + leftOut).toBe(3_000);
  });

  it('keeps the verdict and the count when even one row does not fit', () => {
    const body = renderMarkdown(report(manyFindings(5)), { maxLength: 600, marker: MARKER });
    expect(body.length).toBeLessThanOrEqual(600);
    expect(body).toContain(
      '**⚠️ 5 of the 5 findings that require approval are not shown here (size limit): see the job summary.**',
    );
    expect(shownAndLeftOut(body).rows).toHaveLength(0);
  });
});

describe('the job summary budget', () => {
  it('lists every finding of a large report in full', () => {
    const big = report([
      ...manyFindings(2_000),
      ...Array.from({ length: 2_000 }, (_, i) => otherFinding({ address: `null_resource.n${i}` })),
    ]);
    const summary = renderJobSummary(big);
    expect(utf8Length(summary)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(shownAndLeftOut(summary).rows).toHaveLength(2_000);
    expect(summary).toContain('null_resource.n1999');
    expect(summary).not.toContain('<details>');
  });

  it('keeps within 1 MB of UTF-8 with 50,000 findings and points to the JSON report', () => {
    const big = report(
      manyFindings(50_000).map((item, i) => ({
        ...item,
        address: `aws_s3_bucket.b["日本語${i}"]`,
      })),
    );
    const { value: summary, ms } = timed(() => renderJobSummary(big));
    const bytes = utf8Length(summary);
    console.log(`job summary, 50,000 findings: ${bytes} bytes in ${ms.toFixed(1)} ms`);
    expect(bytes).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
    expect(bytes).toBe(Buffer.byteLength(summary, 'utf8'));
    const { rows, leftOut } = shownAndLeftOut(summary);
    expect(rows.length + leftOut).toBe(50_000);
    expect(summary).toContain('see the JSON report (the `report` output).**');
  });
});
