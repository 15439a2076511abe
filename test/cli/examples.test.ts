import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/assess/report.js';
import { runCli } from './run-cli.js';

async function assessJson(
  plan: string,
  ...extra: string[]
): Promise<{ code: number; report: Report }> {
  const result = await runCli(['assess', plan, '--format', 'json', ...extra]);
  expect(result.stderr).toBe('');
  return { code: result.code, report: JSON.parse(result.stdout) as Report };
}

describe('the bundled examples', () => {
  it('blocks the 2026 incident replay: the database, its backups and a mass destroy', async () => {
    const { code, report } = await assessJson('examples/incident/plan.json');
    expect(code).toBe(1);
    expect(report.verdict).toBe('blocked');
    expect(report.risk).toBe('critical');
    const critical = report.findings
      .filter((f) => f.severity === 'critical')
      .map((f) => [f.kind, f.address]);
    expect(critical).toEqual(
      expect.arrayContaining([
        ['mass-destroy', ''],
        ['destroy', 'aws_db_instance.orders'],
        ['backup-destroyed', 'aws_db_snapshot.before_migration'],
        ['backup-destroyed', 'aws_backup_vault.main'],
      ]),
    );
    const db = report.findings.find((f) => f.address === 'aws_db_instance.orders');
    expect(db?.recoverability).toContain('lost: no final snapshot (skip_final_snapshot = true)');
    expect(report.findings.find((f) => f.address === 'aws_vpc.main')).toMatchObject({
      kind: 'other-destroy',
      requiresApproval: false,
    });
  });

  it('passes the harmless plan', async () => {
    const { code, report } = await assessJson('examples/harmless/plan.json');
    expect(code).toBe(0);
    expect(report).toMatchObject({ verdict: 'pass', risk: 'none', findings: [] });
  });

  it('explains a database replaced by a forcing attribute', async () => {
    const { code, report } = await assessJson('examples/replace-database/plan.json');
    expect(code).toBe(1);
    const db = report.findings.find((f) => f.address === 'aws_db_instance.orders');
    expect(db).toMatchObject({
      kind: 'replace',
      requiresApproval: true,
      forcingAttributes: ['engine'],
    });
    expect(db?.reason).toContain('forced by engine');
    expect(db?.recoverability).toContain(
      'survives: final snapshot prod-orders-final-2026-11 is taken',
    );
  });

  it('catches deletion protection and force_destroy switched off', async () => {
    const { code, report } = await assessJson('examples/deletion-protection-off/plan.json');
    expect(code).toBe(1);
    expect(report.findings.map((f) => [f.kind, f.address])).toEqual([
      ['protection-weakened', 'aws_db_instance.orders'],
      ['protection-weakened', 'aws_s3_bucket.audit_logs'],
    ]);
    expect(report.findings[0]?.reason).toContain('deletion_protection: true → false');
  });

  it('reads a plan from standard input', async () => {
    const result = await runCli(
      ['assess', '-', '--format', 'json'],
      readFileSync('examples/incident/plan.json', 'utf8'),
    );
    expect(result.code).toBe(1);
    expect((JSON.parse(result.stdout) as Report).plans[0]?.path).toBe('-');
  });

  it('lowers the bar with --fail-on and leaves addresses out with --ignore', async () => {
    expect(
      (await runCli(['assess', 'examples/harmless/plan.json', '--fail-on', 'info'])).code,
    ).toBe(0);
    const ignored = await runCli([
      'assess',
      'examples/deletion-protection-off/plan.json',
      '--ignore',
      'aws_*',
    ]);
    expect(ignored.code).toBe(0);
  });
});

describe('Terraform 1.11 output', () => {
  const dir = 'test/fixtures/terraform-1.11';

  it('flags a real destroy-mode plan as a mass destroy', async () => {
    const { code, report } = await assessJson(`${dir}/destroy-mode.json`);
    expect(code).toBe(1);
    expect(report.findings[0]).toMatchObject({ kind: 'mass-destroy', severity: 'critical' });
  });

  it('treats terraform_data as stateful only when told to', async () => {
    expect((await assessJson(`${dir}/shrink-replace.json`)).code).toBe(0);
    const { code, report } = await assessJson(
      `${dir}/shrink-replace.json`,
      '--stateful-types',
      'terraform_data=critical',
    );
    expect(code).toBe(1);
    expect(
      report.findings.filter((f) => f.requiresApproval).map((f) => [f.kind, f.address]),
    ).toEqual([
      ['replace', 'terraform_data.cache'],
      ['destroy', 'terraform_data.db[1]'],
      ['destroy', 'terraform_data.db[2]'],
    ]);
  });

  it('reports a forget as information only', async () => {
    const { code, report } = await assessJson(
      `${dir}/forget.json`,
      '--stateful-types',
      'terraform_data=critical',
    );
    expect(code).toBe(0);
    expect(report.findings).toMatchObject([
      { kind: 'forget', severity: 'info', address: 'terraform_data.cache' },
    ]);
  });

  it('never passes an errored plan', async () => {
    const { code, report } = await assessJson(`${dir}/errored.json`, '--fail-on', 'critical');
    expect(code).toBe(1);
    expect(report.findings[0]).toMatchObject({ kind: 'incomplete-plan', requiresApproval: true });
  });
});

describe('usage and bad input', () => {
  it.each([
    [['assess', 'does-not-exist.json'], /does-not-exist\.json/u],
    [['assess', 'test/fixtures/terraform-1.11/binary.tfplan'], /terraform show -json/u],
    [['assess', 'test/fixtures/terraform-1.11/plan-text.txt'], /terraform show -json/u],
    [['assess', 'nothing/**/*.json'], /matched no file/u],
    [['assess', 'examples/harmless/plan.json', '--fail-on', 'urgent'], /--fail-on: "urgent"/u],
    [['assess', 'examples/harmless/plan.json', '--format', 'yaml'], /--format: "yaml"/u],
    [['assess', 'examples/harmless/plan.json', '--stateful-types', 'x=urgent'], /stateful-types/u],
    [['assess', '--bogus'], /bogus/u],
    [['assess'], /no plan given/u],
    [['frobnicate'], /unknown command/u],
  ])('%j exits 2 with one line', async (args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });
});
