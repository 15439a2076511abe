import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  baseEnv,
  HARMLESS_PLAN,
  installFakeTerraform,
  readCalls,
  RISKY_PLAN,
  runProcess,
  type ProcessResult,
  type TfCall,
} from './fake-terraform.js';

const SCRIPT = resolve('examples/guarded-apply/guarded-apply.sh');

let root: string;
let bin: string;
let textPlan: string;
let runs = 0;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'destroy-guard-guarded-apply-'));
  bin = installFakeTerraform(root);
  textPlan = join(root, 'not-json.txt');
  writeFileSync(textPlan, 'This plan was written by a terraform wrapper, not by show -json.\n');
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

interface GuardedRun extends ProcessResult {
  readonly calls: TfCall[];
  /** The TMPDIR the script ran with, to check it left nothing behind. */
  readonly tmp: string;
}

/** Runs guarded-apply.sh in a fresh work directory (with infra/prod in it) against the fake. */
async function guardedApply(
  args: readonly string[],
  plan: string,
  env: Readonly<Record<string, string>> = {},
): Promise<GuardedRun> {
  const dir = join(root, `run-${++runs}`);
  const tmp = join(dir, 'tmp');
  mkdirSync(join(dir, 'infra', 'prod'), { recursive: true });
  mkdirSync(tmp);
  const log = join(dir, 'terraform.log');
  const result = await runProcess(SCRIPT, args, {
    cwd: dir,
    env: baseEnv(bin, { TMPDIR: tmp, FAKE_TF_LOG: log, FAKE_TF_PLAN_JSON: plan, ...env }),
  });
  return { ...result, calls: readCalls(log), tmp };
}

function subcommands(run: GuardedRun): string[] {
  return run.calls.map((call) => call.subcommand);
}

/** The plan file guarded-apply chose, from its `plan -out=FILE` call. */
function planFile(run: GuardedRun): string {
  const out = run.calls[0]?.args.find((arg) => arg.startsWith('-out='));
  if (out === undefined) throw new Error(`no plan -out in ${JSON.stringify(run.calls)}`);
  return out.slice('-out='.length);
}

function expectCleanedUp(run: GuardedRun): void {
  expect(readdirSync(run.tmp)).toEqual([]);
  if (run.calls.length > 0) expect(existsSync(dirname(planFile(run)))).toBe(false);
}

describe('guarded-apply.sh', () => {
  it('applies the saved plan destroy-guard passed', async () => {
    const run = await guardedApply([], HARMLESS_PLAN);
    expect(run.code).toBe(0);
    expect(subcommands(run)).toEqual(['plan', 'show', 'apply']);
    const file = planFile(run);
    expect(run.calls[1]?.args).toEqual(['-json', file]);
    expect(run.calls[2]?.args).toEqual([file]);
    expect(run.stdout).toContain('destroy-guard: PASS');
    expect(run.stdout).toContain('Apply complete! (fake)');
    expectCleanedUp(run);
  });

  it('blocks a plan that destroys the database: exit 1, nothing applied', async () => {
    const run = await guardedApply([], RISKY_PLAN);
    expect(run.code).toBe(1);
    expect(subcommands(run)).toEqual(['plan', 'show']);
    expect(run.stdout).toContain('destroy-guard: BLOCKED');
    expect(run.stdout).toContain('aws_db_instance.orders');
    expect(run.stderr).toContain('guarded-apply: BLOCKED');
    expect(run.stderr).toContain('nothing was applied');
    expectCleanedUp(run);
  });

  it('applies a blocked plan with --override, after a loud warning', async () => {
    const run = await guardedApply(['--override'], RISKY_PLAN);
    expect(run.code).toBe(0);
    expect(subcommands(run)).toEqual(['plan', 'show', 'apply']);
    expect(run.stderr).toContain(
      'OVERRIDE: destroy-guard BLOCKED this plan and it is being applied anyway',
    );
    expect(run.stdout).toContain('destroy-guard: BLOCKED');
    expectCleanedUp(run);
  });

  it('applies a blocked plan with DESTROY_GUARD_OVERRIDE=1, and with no other value', async () => {
    const overridden = await guardedApply([], RISKY_PLAN, { DESTROY_GUARD_OVERRIDE: '1' });
    expect(overridden.code).toBe(0);
    expect(subcommands(overridden)).toEqual(['plan', 'show', 'apply']);
    expect(overridden.stderr).toContain('OVERRIDE');

    const notQuite = await guardedApply([], RISKY_PLAN, { DESTROY_GUARD_OVERRIDE: 'yes' });
    expect(notQuite.code).toBe(1);
    expect(subcommands(notQuite)).toEqual(['plan', 'show']);
  });

  it('does not warn about an override when the plan passes', async () => {
    const run = await guardedApply(['--override'], HARMLESS_PLAN);
    expect(run.code).toBe(0);
    expect(subcommands(run)).toEqual(['plan', 'show', 'apply']);
    expect(run.stderr).not.toContain('OVERRIDE');
  });

  it('never applies when destroy-guard could not assess the plan, even with --override', async () => {
    for (const args of [[], ['--override']]) {
      const run = await guardedApply(args, textPlan);
      expect(run.code).toBe(2);
      expect(subcommands(run)).toEqual(['plan', 'show']);
      expect(run.stderr).toContain('is not JSON');
      expect(run.stderr).toContain(
        'guarded-apply: destroy-guard could not assess the plan (exit 2); nothing was applied',
      );
      expectCleanedUp(run);
    }
  });

  it('stops with exit 2 when terraform plan fails', async () => {
    const run = await guardedApply([], HARMLESS_PLAN, { FAKE_TF_PLAN_EXIT: '1' });
    expect(run.code).toBe(2);
    expect(subcommands(run)).toEqual(['plan']);
    expect(run.stderr).toContain(
      'guarded-apply: terraform plan failed (exit 1); nothing was applied',
    );
    expectCleanedUp(run);
  });

  it('stops with exit 2 when terraform show fails', async () => {
    const run = await guardedApply(['--override'], HARMLESS_PLAN, { FAKE_TF_SHOW_EXIT: '1' });
    expect(run.code).toBe(2);
    expect(subcommands(run)).toEqual(['plan', 'show']);
    expect(run.stderr).toContain(
      'guarded-apply: terraform show -json failed (exit 1); nothing was applied',
    );
    expectCleanedUp(run);
  });

  it('stops before planning when destroy-guard cannot run', async () => {
    const run = await guardedApply([], HARMLESS_PLAN, {
      DESTROY_GUARD: join(root, 'missing', 'destroy-guard'),
    });
    expect(run.code).toBe(2);
    expect(run.calls).toEqual([]);
    expect(run.stderr).toContain('cannot run destroy-guard');
    expect(run.stderr).toContain('npm install --save-dev destroy-guard');
  });

  it('exits 3 when the apply itself fails', async () => {
    const run = await guardedApply([], HARMLESS_PLAN, { FAKE_TF_APPLY_EXIT: '1' });
    expect(run.code).toBe(3);
    expect(subcommands(run)).toEqual(['plan', 'show', 'apply']);
    expect(run.stderr).toContain('terraform apply failed (exit 1)');
    expectCleanedUp(run);
  });

  it('passes -chdir to every terraform call and the other arguments to plan', async () => {
    const args = ['-chdir=infra/prod', '-var=note=two words', '-target=module.db', '-input=false'];
    const run = await guardedApply(args, HARMLESS_PLAN);
    expect(run.code).toBe(0);
    expect(subcommands(run)).toEqual(['plan', 'show', 'apply']);
    for (const call of run.calls) {
      expect(call.chdir).toBe('infra/prod');
      expect(call.cwd.endsWith(join('infra', 'prod'))).toBe(true);
    }
    expect(run.calls[0]?.args.slice(1)).toEqual([
      '-var=note=two words',
      '-target=module.db',
      '-input=false',
    ]);
  });

  it('reads its own options in any order before the plan arguments', async () => {
    const run = await guardedApply(
      ['--override', '-chdir=infra/prod', '--', '-refresh=false'],
      RISKY_PLAN,
    );
    expect(run.code).toBe(0);
    expect(run.calls.map((call) => call.chdir)).toEqual(['infra/prod', 'infra/prod', 'infra/prod']);
    expect(run.calls[0]?.args.slice(1)).toEqual(['-refresh=false']);
  });

  it('runs OpenTofu with TERRAFORM=tofu', async () => {
    const run = await guardedApply([], HARMLESS_PLAN, { TERRAFORM: 'tofu' });
    expect(run.code).toBe(0);
    expect(run.calls.map((call) => `${call.program} ${call.subcommand}`)).toEqual([
      'tofu plan',
      'tofu show',
      'tofu apply',
    ]);
  });

  it('refuses a plan file or exit-code option of its own choosing', async () => {
    for (const arg of ['-out=mine.tfplan', '-detailed-exitcode']) {
      const run = await guardedApply([arg], HARMLESS_PLAN);
      expect(run.code).toBe(2);
      expect(run.calls).toEqual([]);
      expect(run.stderr).toContain(`do not pass ${arg}`);
    }
  });

  it('refuses -chdir without a directory', async () => {
    const run = await guardedApply(['-chdir='], HARMLESS_PLAN);
    expect(run.code).toBe(2);
    expect(run.calls).toEqual([]);
  });

  it('prints its usage with --help', async () => {
    const run = await guardedApply(['--help'], HARMLESS_PLAN);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('usage: guarded-apply.sh [-chdir=DIR] [--override]');
    expect(run.calls).toEqual([]);
  });
});
