import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  baseEnv,
  installFakeTerraform,
  readCalls,
  runProcess,
} from '../../agent/fake-terraform.js';

/**
 * examples/opentofu/plan-and-assess.sh with a fake `tofu` on PATH whose `show -json` prints
 * examples/opentofu/plan.json: an OpenTofu 1.12 plan with its own action words (`forget`,
 * `["forget","create"]`, `open` on an ephemeral resource) and an `enabled = false` delete.
 */
const PLAN = resolve('examples/opentofu/plan.json');
const root = mkdtempSync(join(tmpdir(), 'destroy-guard-opentofu-'));
const bin = installFakeTerraform(root);
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface JsonReport {
  verdict: string;
  findings: { address: string; kind: string; requiresApproval: boolean; reason: string }[];
  plans: { terraformVersion: string }[];
}

let runs = 0;

async function planAndAssess(plan: string, format = 'json') {
  const work = join(root, `work-${++runs}`);
  mkdirSync(join(work, 'infra', 'prod'), { recursive: true });
  const log = join(work, 'tofu.log');
  const result = await runProcess(
    'sh',
    [resolve('examples/opentofu/plan-and-assess.sh'), 'infra/prod'],
    {
      cwd: work,
      env: baseEnv(bin, {
        FAKE_TF_LOG: log,
        FAKE_TF_PLAN_JSON: plan,
        DESTROY_GUARD_FORMAT: format,
      }),
    },
  );
  return { ...result, calls: readCalls(log), work };
}

describe('OpenTofu', () => {
  it('plans with tofu, reads `tofu show -json`, and blocks only the real destroy', async () => {
    const run = await planAndAssess(PLAN);
    expect(run.code, run.stderr).toBe(1);
    expect(
      run.calls.map((call) => [call.program, call.chdir, call.subcommand, ...call.args]),
    ).toEqual([
      ['tofu', 'infra/prod', 'plan', '-input=false', '-out=tfplan'],
      ['tofu', 'infra/prod', 'show', '-json', 'tfplan'],
    ]);
    expect(readFileSync(join(run.work, 'infra/prod/plan.json'), 'utf8')).toBe(
      readFileSync(PLAN, 'utf8'),
    );
    const report = JSON.parse(run.stdout) as JsonReport;
    expect(report.plans[0]?.terraformVersion).toBe('1.12.0');
    const byAddress = Object.fromEntries(report.findings.map((f) => [f.address, f]));
    expect(byAddress['aws_dynamodb_table.sessions']).toMatchObject({
      kind: 'destroy',
      requiresApproval: true,
    });
    expect(byAddress['aws_dynamodb_table.sessions']?.reason).toContain('enabled');
    expect(byAddress['aws_db_instance.legacy']).toMatchObject({
      kind: 'forget',
      requiresApproval: false,
    });
    expect(byAddress['aws_s3_bucket.exports']).toMatchObject({
      kind: 'forget',
      requiresApproval: false,
    });
    expect(Object.keys(byAddress).some((address) => address.startsWith('ephemeral.'))).toBe(false);
  });

  it("passes a plan that only forgets and opens: OpenTofu's words that destroy nothing", async () => {
    const plan = JSON.parse(readFileSync(PLAN, 'utf8')) as {
      resource_changes: { address: string }[];
    };
    plan.resource_changes = plan.resource_changes.filter(
      (change) => change.address !== 'aws_dynamodb_table.sessions',
    );
    const file = join(root, 'forget-only.json');
    writeFileSync(file, JSON.stringify(plan));
    const run = await planAndAssess(file, 'text');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('forget');
  });

  it('cannot decide (exit 2) when tofu plan fails', async () => {
    const work = join(root, 'failing');
    mkdirSync(join(work, 'infra'), { recursive: true });
    const run = await runProcess('sh', [resolve('examples/opentofu/plan-and-assess.sh'), 'infra'], {
      cwd: work,
      env: baseEnv(bin, {
        FAKE_TF_LOG: join(work, 'log'),
        FAKE_TF_PLAN_JSON: PLAN,
        FAKE_TF_PLAN_EXIT: '1',
      }),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('tofu plan failed');
  });
});
