import { describe, expect, it } from 'vitest';
import { MAX_COMMENT_LENGTH, renderMarkdown } from '../../src/report/markdown.js';
import { expectGolden } from './golden.js';
import { finding, MARKER, note, otherFinding, plan, report } from './factory.js';
import {
  APPROVED,
  APPROVED_NOTE,
  BLOCKED,
  BLOCKED_MIXED,
  DB_DESTROY,
  MISSING_NOTE,
  PASS,
} from './scenarios.js';

describe('renderMarkdown golden files', () => {
  it('renders a blocked report with mixed findings over two root modules', () => {
    expectGolden('blocked-mixed.md', renderMarkdown(BLOCKED_MIXED, { marker: MARKER }));
  });

  it('renders a pass report as a clean "nothing requires approval" body', () => {
    expectGolden('pass.md', renderMarkdown(PASS, { marker: MARKER }));
  });

  it('renders an approved report with its approval note', () => {
    expectGolden(
      'approved.md',
      renderMarkdown(APPROVED, { marker: MARKER, approval: APPROVED_NOTE }),
    );
  });

  it('renders a blocked report with the missing-approval note and who can approve', () => {
    expectGolden(
      'blocked-missing-approval.md',
      renderMarkdown(BLOCKED, { marker: MARKER, approval: MISSING_NOTE }),
    );
  });
});

describe('renderMarkdown', () => {
  it('starts with the marker, then the verdict in one line', () => {
    const lines = renderMarkdown(BLOCKED, { marker: MARKER }).split('\n');
    expect(lines[0]).toBe(MARKER);
    expect(lines[1]).toBe(
      '### 🛑 destroy-guard: blocked — 2 findings require approval (highest severity: critical)',
    );
  });

  it('says nothing requires approval when the plan has no findings at all', () => {
    const body = renderMarkdown(report([]));
    expect(body).toContain('### ✅ destroy-guard: pass — nothing requires approval\n');
    expect(body).toContain('Nothing is at or above fail-on `high`.\n');
    expect(body).not.toContain('What would be lost');
    expect(body).not.toContain('Other findings');
  });

  it('lists the approval-requiring findings most severe first, whatever order the report has', () => {
    const body = renderMarkdown(
      report([
        finding({ severity: 'high', address: 'aws_s3_bucket.second' }),
        finding({ severity: 'critical', address: 'aws_db_instance.first' }),
      ]),
    );
    expect(body.indexOf('aws_db_instance.first')).toBeLessThan(
      body.indexOf('aws_s3_bucket.second'),
    );
  });

  it('names every action shape', () => {
    const body = renderMarkdown(
      report([
        finding({ address: 'a.delete', actions: ['delete'] }),
        finding({ address: 'a.dbc', actions: ['delete', 'create'] }),
        finding({ address: 'a.cbd', actions: ['create', 'delete'] }),
        finding({ address: 'a.deposed', actions: ['delete'], deposed: 'abcd1234' }),
        finding({ kind: 'protection-weakened', address: 'a.update', actions: ['update'] }),
      ]),
    );
    for (const words of [
      '| destroy |',
      '| replace (destroy before create) |',
      '| replace (create before destroy) |',
      '| destroy (deposed object) |',
      '| update |',
    ]) {
      expect(body).toContain(words);
    }
    expect(body).toContain('`a.deposed`<br>deposed `abcd1234` · `aws_db_instance`');
  });

  it('adds forcing attributes the reason does not already name', () => {
    const body = renderMarkdown(
      report([
        finding({
          actions: ['delete', 'create'],
          reason: 'replaced: the object is tainted (forced by `engine`)',
          forcingAttributes: ['engine', 'tags["a|b"]'],
        }),
      ]),
    );
    expect(body).toContain('(forced by `engine`)<br>forced by `tags["a\\|b"]`');
  });

  it('renders the approval note: failed rules, who can approve, how', () => {
    const body = renderMarkdown(BLOCKED, {
      approval: note({
        status: 'refused',
        summary: 'No valid approval yet.',
        details: [
          '@dev is the pull request author; someone else must approve (allow-self-approval is false)',
        ],
      }),
    });
    expect(body).toContain(
      '#### Approval\n\n⛔ **No valid approval yet.**\n\n- @dev is the pull request author;',
    );
    expect(body).toContain('**Who can approve:** `@acme/dba`, `@acme/platform`, `@maria`\n');
    expect(body).toContain(
      '**How:** A code owner of the paths above reviews this plan and applies the `destroy-approved` label.',
    );
    // The approval section follows what would be lost.
    expect(body.indexOf('#### Approval')).toBeGreaterThan(body.indexOf('What would be lost'));
  });

  it('caps a long approval note and says how many lines are left out', () => {
    const details = Array.from({ length: 40 }, (_, i) => `\`apps/${i}/main.tf\` has no code owner`);
    const approvers = Array.from({ length: 45 }, (_, i) => `@user${i}`);
    const body = renderMarkdown(BLOCKED, {
      approval: note({ status: 'refused', details, approvers }),
    });
    expect(body).toContain('- … and 30 more: see the job summary\n');
    expect(body).toContain('`@user29` and 15 more (see the job summary)');
    expect(body).not.toContain('@user30`');
  });

  it('says so when nobody can approve', () => {
    const body = renderMarkdown(BLOCKED, { approval: note({ status: 'refused', approvers: [] }) });
    expect(body).toContain(
      '**Who can approve:** nobody yet: no code owner covers the affected paths',
    );
  });

  it('keeps a line break in the note from ending its block', () => {
    const body = renderMarkdown(BLOCKED, {
      approval: note({ summary: 'Waiting.\n\n</details>\n# spoof' }),
    });
    expect(body).toContain('**Waiting.\\u{A}\\u{A}</details>\\u{A}# spoof**');
  });

  it('puts lower findings and per-plan counts in <details>, after the approval note', () => {
    const body = renderMarkdown(BLOCKED_MIXED, { approval: MISSING_NOTE });
    const approval = body.indexOf('#### Approval');
    const others = body.indexOf(
      '<details><summary>Other findings (3 findings below fail-on <code>high</code>, not blocking)</summary>',
    );
    const plans = body.indexOf('<details><summary>Plans (2 plans)</summary>');
    expect(approval).toBeGreaterThan(0);
    expect(others).toBeGreaterThan(approval);
    expect(plans).toBeGreaterThan(others);
    expect(body.trimEnd().split('\n').at(-1)).toBe(
      '<sub>fingerprint `5f2c9a41d0e8b7c3a6f1e2d4c8b9a703` · fail-on `high` · 2 plans</sub>',
    );
  });

  it('shows type and category under the address, and the root module when there are several plans', () => {
    expect(renderMarkdown(BLOCKED)).toContain(
      '| 🔴&nbsp;critical | `aws_db_instance.orders`<br>`aws_db_instance` · relational database | destroy |',
    );
    expect(renderMarkdown(BLOCKED_MIXED)).toContain(
      '| 🔴&nbsp;critical | `aws_db_instance.orders`<br>`aws_db_instance` · relational database · in `infra/prod` | destroy |',
    );
    expect(renderMarkdown(BLOCKED_MIXED)).toContain(
      '| 🔴&nbsp;critical | _whole plan_<br>in `infra/staging` | mass destroy |',
    );
    expect(
      renderMarkdown(
        report([finding({ kind: 'mass-destroy', address: '', type: '', category: '' })]),
      ),
    ).toContain('| 🔴&nbsp;critical | _whole plan_<br>`infra/prod/plan.json` | mass destroy |');
  });

  it('tells plans of one root module apart by their path', () => {
    const plans = [
      plan({ path: 'a/plan.json', moduleDir: 'infra' }),
      plan({ path: 'b/plan.json', moduleDir: 'infra' }),
    ];
    const body = renderMarkdown(
      report([finding({ plan: 'b/plan.json', moduleDir: 'infra' })], { plans }),
    );
    expect(body).toContain('· in `infra` (`b/plan.json`) |');
  });

  it('renders an approved report with the count that was approved', () => {
    expect(renderMarkdown(APPROVED, { approval: APPROVED_NOTE }).split('\n')[0]).toBe(
      '### ✅ destroy-guard: approved — a code owner approved the 2 findings that require approval (highest severity: critical)',
    );
  });

  it('uses the title and the details pointer it is given', () => {
    const body = renderMarkdown(
      report([DB_DESTROY, ...Array.from({ length: 50 }, () => DB_DESTROY)]),
      {
        title: 'destroy-guard (prod)',
        maxLength: 3_000,
        detailsPointer: '[the job summary](https://github.com/acme/infra/actions/runs/42)',
      },
    );
    expect(body.startsWith('### 🛑 destroy-guard (prod): blocked')).toBe(true);
    expect(body).toContain(
      'see [the job summary](https://github.com/acme/infra/actions/runs/42).**',
    );
  });

  it("stays within GitHub's limit by default", () => {
    expect(MAX_COMMENT_LENGTH).toBe(65_536);
    const body = renderMarkdown(report(Array.from({ length: 2_000 }, () => otherFinding())));
    expect(body.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
  });
});
