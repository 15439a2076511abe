import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HARMLESS_PLAN, RISKY_PLAN } from './fake-terraform.js';
import { CLI, makeSandbox, runInSandbox, violations, type Sandbox } from './sandbox.js';

let box: Sandbox;

beforeAll(() => {
  box = makeSandbox();
});

afterAll(() => {
  box.remove();
});

describe('destroy-guard shim DIR', () => {
  it('writes small scripts that call this destroy-guard with an absolute node', () => {
    const text = readFileSync(join(box.shim, 'terraform'), 'utf8');
    expect(text).toMatch(/^#!\/bin\/sh\n# destroy-guard shim/);
    expect(text).toContain(`'${process.execPath}' '${CLI}' shim --exec 'terraform'`);
    expect(text.split('\n').length).toBeLessThan(8);
  });

  it('will not write over a real binary', () => {
    const run = spawnSync(process.execPath, [CLI, 'shim', box.fakes], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/is not a destroy-guard shim; choose an empty directory/);
  });
});

describe('the shim', () => {
  it('applies the exact bytes it assessed, not a file changed in between', async () => {
    copyFileSync(HARMLESS_PLAN, join(box.work, 'racy.tfplan'));
    const outcome = await runInSandbox(box, 'terraform apply racy.tfplan', {
      FAKE_TF_SHOW_REPLACES: join(box.work, 'racy.tfplan'),
    });
    expect(outcome.code).toBe(0);
    expect(readFileSync(join(box.work, 'racy.tfplan'), 'utf8')).toBe(
      readFileSync(RISKY_PLAN, 'utf8'),
    );
    expect(outcome.applied).toBe(readFileSync(HARMLESS_PLAN, 'utf8'));
    const apply = outcome.tf.find((call) => call.subcommand === 'apply');
    expect(apply?.args[0]).not.toBe('racy.tfplan');
  });

  it('plans to a private file, assesses it and applies that file', async () => {
    const outcome = await runInSandbox(box, 'terraform apply -auto-approve -var x=1');
    expect(outcome.tf.map((call) => call.subcommand)).toEqual(['plan', 'show', 'apply']);
    const [plan, , apply] = outcome.tf;
    expect(plan?.args).toContain('-var');
    expect(plan?.args).not.toContain('-auto-approve');
    expect(apply?.args).toEqual(['-auto-approve', plan?.args[0]?.replace('-out=', '')]);
  });

  it('applies nothing when the plan it made is risky, and says what a person must do', async () => {
    const outcome = await runInSandbox(box, 'terraform apply -auto-approve', {
      FAKE_TF_PLAN_JSON: RISKY_PLAN,
    });
    expect(outcome.code).toBe(2);
    expect(outcome.tf.map((call) => call.subcommand)).toEqual(['plan', 'show']);
    expect(outcome.stderr).toMatch(
      /BLOCKED.*aws_db_instance\.orders.*a person must review the plan/,
    );
  });

  it('applies nothing when plan fails', async () => {
    const outcome = await runInSandbox(box, 'terraform apply', { FAKE_TF_PLAN_EXIT: '1' });
    expect(outcome.code).toBe(2);
    expect(outcome.tf.map((call) => call.subcommand)).toEqual(['plan']);
  });

  it('reads TF_CLI_ARGS and TF_CLI_ARGS_apply as Terraform does', async () => {
    for (const env of [
      { TF_CLI_ARGS: '-destroy' },
      { TF_CLI_ARGS_apply: 'risky.tfplan' },
      { TF_CLI_ARGS_apply: '-destroy -auto-approve' },
    ]) {
      const outcome = await runInSandbox(box, 'terraform apply', env);
      expect(outcome.code).toBe(2);
      expect(outcome.tf.filter((call) => call.subcommand === 'apply')).toEqual([]);
    }
  });

  it('finds the plan where -chdir puts it', async () => {
    mkdirSync(join(box.work, 'infra', 'dev'), { recursive: true });
    copyFileSync(RISKY_PLAN, join(box.work, 'infra', 'dev', 'tfplan'));
    const risky = await runInSandbox(box, 'terraform -chdir=infra/dev apply tfplan');
    expect(risky.code).toBe(2);
    const harmless = await runInSandbox(box, 'terraform -chdir=infra/prod apply tfplan');
    expect(harmless.code).toBe(0);
    expect(harmless.tf.at(-1)?.cwd).toBe(join(box.work, 'infra', 'prod'));
  });

  it('refuses to apply a plan saved by plan -destroy, even one the catalog finds harmless', async () => {
    const outcome = await runInSandbox(
      box,
      'terraform plan -destroy -out=gone.tfplan && terraform apply gone.tfplan',
    );
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(/saved by terraform plan -destroy/);
    expect(violations(outcome)).toEqual([]);
  });

  it('skips its own directory and other copies of the shim, so it never runs itself', async () => {
    const second = join(box.root, 'shim-2');
    execFileSync(process.execPath, [CLI, 'shim', second]);
    const outcome = await runInSandbox(box, 'terraform version', {
      PATH: `${second}:${box.shim}:${box.path}`,
    });
    expect(outcome.code).toBe(0);
    expect(outcome.tf.map((call) => call.subcommand)).toEqual(['version']);
  });

  it('works with a PATH that holds neither node nor the system directories', async () => {
    const outcome = await runInSandbox(box, 'terraform version', {
      PATH: `${box.shim}:${box.fakes}`,
    });
    expect(outcome.code).toBe(0);
    expect(outcome.tf).toHaveLength(1);
  });

  it('says so when no real binary follows it on PATH', async () => {
    const outcome = await runInSandbox(box, 'terraform version', {
      PATH: `${box.shim}:/usr/bin:/bin`,
    });
    expect(outcome.code).toBe(127);
    expect(outcome.stderr).toMatch(/terraform: command not found on PATH after/);
  });

  it('guards an absolute path to itself like the name', async () => {
    const outcome = await runInSandbox(box, `${box.shim}/terraform destroy`);
    expect(outcome.code).toBe(2);
    expect(outcome.tf).toEqual([]);
  });
});
