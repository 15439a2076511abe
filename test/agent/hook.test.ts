import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

const HOOK = resolve('examples/agent-hook/destroy-guard-hook.mjs');

let root: string;
let bin: string;
/** The agent's working directory: saved plans and scripts the commands below refer to. */
let work: string;
let runs = 0;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'destroy-guard-hook-'));
  bin = installFakeTerraform(root);
  work = join(root, 'work');
  mkdirSync(join(work, 'infra', 'prod'), { recursive: true });
  mkdirSync(join(work, 'infra', 'dev'), { recursive: true });
  // The fake's `show -json F` prints F, so a saved plan here is simply the plan JSON.
  copyFileSync(HARMLESS_PLAN, join(work, 'tfplan'));
  copyFileSync(RISKY_PLAN, join(work, 'risky.tfplan'));
  copyFileSync(RISKY_PLAN, join(work, 'infra', 'prod', 'tfplan'));
  copyFileSync(HARMLESS_PLAN, join(work, 'infra', 'dev', 'tfplan'));
  writeFileSync(
    join(work, 'text.tfplan'),
    'Terraform will perform the following actions: (text, not JSON)\n',
  );
  writeFileSync(
    join(work, 'deploy.sh'),
    '#!/usr/bin/env bash\nset -e\ncd infra/prod\nterraform destroy -auto-approve\n',
    {
      mode: 0o755,
    },
  );
  writeFileSync(join(work, 'lint.sh'), '#!/bin/sh\nterraform fmt -check && terraform validate\n', {
    mode: 0o755,
  });
});

afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

interface HookRun extends ProcessResult {
  readonly calls: TfCall[];
}

async function runHook(
  input: string,
  env: Readonly<Record<string, string>> = {},
): Promise<HookRun> {
  const log = join(root, `hook-${++runs}.log`);
  const result = await runProcess(process.execPath, [HOOK], {
    cwd: root, // the hook must take the agent's directory from the tool call, not its own
    env: baseEnv(bin, { FAKE_TF_LOG: log, ...env }),
    input,
  });
  return { ...result, calls: readCalls(log) };
}

function toolCall(command: string, cwd = work): string {
  return JSON.stringify({
    session_id: 'test',
    transcript_path: '/dev/null',
    cwd,
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_input: { command, description: 'test' },
  });
}

type Expected = 'allow' | 'refuse';

/** Commands that apply or destroy, or might: refused without running anything. */
const REFUSED: readonly (readonly [command: string, reason: string])[] = [
  ['terraform apply', 'apply without a saved plan'],
  ['terraform apply -auto-approve', 'apply without a saved plan'],
  ['terraform apply -auto-approve -var-file prod.tfvars', 'apply without a saved plan'],
  ['terraform destroy', 'destroy deletes resources'],
  ['terraform destroy -auto-approve -target=aws_db_instance.orders', 'destroy deletes resources'],
  ['terraform apply -destroy', 'apply -destroy deletes resources'],
  ['terraform apply -destroy -auto-approve tfplan', 'apply -destroy deletes resources'],
  ['tofu apply', 'apply without a saved plan'],
  ['tofu destroy -auto-approve', 'destroy deletes resources'],
  ['terraform -chdir=infra/prod apply', 'apply without a saved plan'],
  ['terraform -chdir=infra/prod destroy -auto-approve', 'destroy deletes resources'],
  ['terraform -chdir infra/prod apply', 'is not a terraform command this hook knows'],
  ['TF_VAR_env=prod terraform apply -auto-approve', 'apply without a saved plan'],
  ['AWS_PROFILE=prod TF_LOG=debug terraform destroy', 'destroy deletes resources'],
  ['env AWS_PROFILE=prod terraform apply', 'apply without a saved plan'],
  ['cd infra/prod && terraform apply -auto-approve', 'apply without a saved plan'],
  ['cd infra/prod; terraform destroy', 'destroy deletes resources'],
  ['terraform plan -out=tfplan || terraform apply -auto-approve', 'apply without a saved plan'],
  ['terraform init && terraform apply -auto-approve | tee apply.log', 'apply without a saved plan'],
  ['cd infra/prod\nterraform apply -auto-approve', 'apply without a saved plan'],
  ['terraform validate &\nterraform destroy', 'destroy deletes resources'],
  ['sudo terraform apply', 'apply without a saved plan'],
  ['sudo -u deploy -E terraform destroy -auto-approve', 'destroy deletes resources'],
  ['/usr/local/bin/terraform apply', 'apply without a saved plan'],
  ['./bin/terraform destroy', 'destroy deletes resources'],
  ['~/bin/tofu apply -auto-approve', 'apply without a saved plan'],
  ['/opt/terraform-1.9.8 apply', 'apply without a saved plan'],
  ['"terraform" apply', 'apply without a saved plan'],
  ['terra\'form\' app"ly"', 'apply without a saved plan'],
  ['terraform \\\n  apply -auto-approve', 'apply without a saved plan'],
  ["$'terraform\\x20apply'", 'names the program `terraform apply` as one word'],
  ['timeout 600 terraform apply -auto-approve', 'apply without a saved plan'],
  ['nohup terraform apply -auto-approve > apply.log 2>&1 &', 'apply without a saved plan'],
  ['aws-vault exec prod -- terraform destroy', 'destroy deletes resources'],
  ['op run --env-file=.env -- terraform apply -auto-approve', 'apply without a saved plan'],
  ['doppler run -- tofu destroy', 'destroy deletes resources'],
  ['mise exec terraform@1.9 -- terraform apply', 'apply without a saved plan'],
  ['terragrunt apply', 'apply without a saved plan'],
  ['terragrunt destroy', 'destroy deletes resources'],
  ['terragrunt run-all apply', '`terragrunt run-all` runs apply or destroy'],
  [
    'terragrunt run-all destroy --terragrunt-non-interactive',
    '`terragrunt run-all` runs apply or destroy',
  ],
  ['terragrunt run --all apply', '`terragrunt run` runs apply or destroy'],
  ['terragrunt apply --all', 'applies many modules at once'],
  ['terragrunt stack run apply', '`terragrunt stack` runs apply or destroy'],
  ['(cd infra/prod && terraform apply -auto-approve)', 'apply without a saved plan'],
  ['{ terraform apply; }', 'apply without a saved plan'],
  ['if true; then terraform destroy; fi', 'destroy deletes resources'],
  ['while true; do terraform apply -auto-approve; sleep 60; done', 'apply without a saved plan'],
  ['case "$ENV" in prod) terraform apply;; esac', 'could not be read as shell'],
  [
    'for d in infra/*; do terraform -chdir="$d" apply -auto-approve; done',
    'apply without a saved plan',
  ],
  ['echo "$(terraform apply -auto-approve)"', 'apply without a saved plan'],
  ['echo `terraform destroy -auto-approve`', 'destroy deletes resources'],
  ['cat <(terraform apply -auto-approve)', 'apply without a saved plan'],
  ['bash -c "terraform destroy"', 'destroy deletes resources'],
  ["sh -c 'cd infra/prod && terraform apply -auto-approve'", 'apply without a saved plan'],
  ['bash -lc "terraform apply"', 'apply without a saved plan'],
  ['sudo bash -c "terraform destroy -auto-approve"', 'destroy deletes resources'],
  ['eval "terraform apply"', 'apply without a saved plan'],
  ['echo "terraform apply" | bash', 'feeds `terraform apply` to a shell later in the pipeline'],
  ['echo apply | xargs terraform', 'xargs supplies terraform'],
  [
    'ls -d infra/* | xargs -I{} terraform -chdir={} apply -auto-approve',
    'apply without a saved plan',
  ],
  [
    "bash <<'EOF'\ncd infra/prod\nterraform destroy -auto-approve\nEOF",
    'destroy deletes resources',
  ],
  [
    "cat > run.sh <<'EOF'\nterraform apply -auto-approve\nEOF",
    'writes `terraform apply` into a file',
  ],
  ['ssh bastion "terraform apply -auto-approve"', 'as text to `ssh`'],
  ['ssh bastion terraform apply tfplan', 'runs through ssh'],
  [
    'docker run --rm -v "$PWD:/w" -w /w hashicorp/terraform:1.9 apply -auto-approve',
    'apply without a saved plan',
  ],
  ['python3 -c "import os; os.system(\'terraform apply -auto-approve\')"', 'as text to `python3`'],
  ['bash deploy.sh', 'destroy deletes resources'],
  ['./deploy.sh', 'destroy deletes resources'],
  ['source deploy.sh', 'destroy deletes resources'],
  ['$TF apply -auto-approve', 'named by an expansion'],
  ['terraform $CMD', 'cannot tell which terraform command'],
  ['terraform apply $PLAN', 'named by an expansion'],
  ['terraform apply tfplan other.tfplan', 'more than one plan'],
  ['f() { terraform apply; }; f', 'could not be read as shell'],
  [`${'eval '.repeat(12)}terraform apply`, 'nested more than 8 deep'],
  ['TF_CLI_ARGS_apply=-destroy terraform apply tfplan', 'TF_CLI_ARGS_apply adds arguments'],
  ['export TF_CLI_ARGS="risky.tfplan" && terraform apply tfplan', 'TF_CLI_ARGS adds arguments'],
  ['guarded-apply.sh --override -chdir=infra/prod', 'only a person may'],
  [
    'DESTROY_GUARD_OVERRIDE=1 ./examples/guarded-apply/guarded-apply.sh',
    'only a person may override',
  ],
  ['export DESTROY_GUARD_OVERRIDE=1', 'only a person may override'],
  ['DESTROY_GUARD=true guarded-apply.sh', 'only a person may'],
];

/** Commands that do not apply, or apply a saved plan destroy-guard passes: allowed. */
const ALLOWED: readonly string[] = [
  'ls -la',
  'terraform plan',
  'terraform plan -out=tfplan',
  'terraform -chdir=infra/prod plan -destroy -out=tfplan',
  'terraform init -upgrade && terraform validate',
  'tofu fmt -recursive',
  'terraform state list',
  'terraform show -json tfplan > plan.json',
  'terraform -version',
  'which terraform',
  'terragrunt run-all plan',
  'terragrunt plan -destroy -out=tfplan',
  'echo "terraform apply"',
  'echo terraform destroy',
  "printf '%s\\n' 'run terraform apply from CI'",
  'grep -rn "terraform apply" docs/',
  'git commit -m "docs: never terraform apply from a laptop"',
  'terraform plan # and only then terraform apply',
  '# terraform destroy',
  'bash lint.sh',
  './examples/guarded-apply/guarded-apply.sh -chdir=infra/prod',
  'npm test',
];

/** Saved plans that destroy-guard passes (tfplan and infra/dev/tfplan are harmless). */
const ALLOWED_SAVED_PLANS: readonly string[] = [
  'terraform apply tfplan',
  'terraform apply -auto-approve -input=false tfplan',
  'terraform apply -lock-timeout 60s tfplan',
  'terraform -chdir=infra/dev apply tfplan',
  'cd infra/dev && terraform apply tfplan',
  'tofu apply tfplan',
  'terragrunt apply tfplan',
  'sudo terraform apply tfplan',
  'TF_IN_AUTOMATION=1 terraform apply tfplan',
  'bash -c "terraform apply tfplan"',
  'terraform show -json tfplan | npx destroy-guard assess - && terraform apply tfplan',
  'terraform apply tfplan && rm tfplan',
  'terraform init -input=false && terraform workspace select prod && terraform apply tfplan',
  'export TF_IN_AUTOMATION=1; cd infra/dev && terraform apply tfplan',
  'TF_CLI_ARGS=-no-color terraform apply tfplan',
];

/** Saved plans refused after running show (and, for the first ones, destroy-guard). */
const REFUSED_SAVED_PLANS: readonly (readonly [command: string, reason: string])[] = [
  ['terraform apply risky.tfplan', 'destroy-guard BLOCKED this saved plan (risk critical'],
  ['terraform -chdir=infra/prod apply tfplan', 'destroy-guard BLOCKED this saved plan'],
  ['cd infra/prod && terraform apply tfplan', 'destroy-guard BLOCKED this saved plan'],
  ['cd infra/prod && tofu apply -auto-approve tfplan', 'destroy-guard BLOCKED this saved plan'],
  [
    'terraform apply tfplan && terraform apply risky.tfplan',
    'destroy-guard BLOCKED this saved plan',
  ],
  ['terraform apply text.tfplan', 'destroy-guard could not assess the saved plan'],
  ['terraform apply missing.tfplan', 'could not read the saved plan'],
];

/** Saved plans refused before anything runs: the command itself could change the plan. */
const REFUSED_BEFORE_SHOW: readonly (readonly [command: string, reason: string])[] = [
  [
    'terraform plan -out=tfplan && terraform apply tfplan',
    'runs earlier in the same command and could write tfplan',
  ],
  ['make plan && terraform apply tfplan', '`make plan` runs earlier in the same command'],
  ['cp risky.tfplan tfplan && terraform apply tfplan', '`cp risky.tfplan tfplan` runs earlier'],
  ['echo x > tfplan; terraform apply tfplan', 'runs earlier in the same command'],
  ['cd "$DIR" && terraform apply tfplan', 'makes the directory unknown'],
  ['terraform apply "$PLAN"', 'named by an expansion'],
];

async function expectJudged(
  command: string,
  expected: Expected,
  reason?: string,
): Promise<HookRun> {
  const run = await runHook(toolCall(command));
  if (expected === 'allow') {
    expect({ code: run.code, stderr: run.stderr }).toEqual({ code: 0, stderr: '' });
  } else {
    expect(run.code).toBe(2);
    const lines = run.stderr.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^destroy-guard: /);
    if (reason !== undefined) expect(lines[0]).toContain(reason);
  }
  expect(run.stdout).toBe('');
  // The hook reads plans; it never applies one.
  expect(run.calls.filter((call) => call.subcommand !== 'show')).toEqual([]);
  return run;
}

describe('the agent hook', () => {
  it.concurrent.each(REFUSED)('refuses %j', async (command, reason) => {
    const run = await expectJudged(command, 'refuse', reason);
    expect(run.calls).toEqual([]);
  });

  it.concurrent.each(ALLOWED)('allows %j', async (command) => {
    const run = await expectJudged(command, 'allow');
    expect(run.calls).toEqual([]);
  });

  it.concurrent.each(ALLOWED_SAVED_PLANS)(
    'allows %j after destroy-guard passed the saved plan',
    async (command) => {
      const run = await expectJudged(command, 'allow');
      expect(run.calls.map((call) => call.subcommand)).toEqual(['show']);
      expect(run.calls[0]?.args).toEqual(['-json', 'tfplan']);
    },
  );

  it.concurrent.each(REFUSED_SAVED_PLANS)(
    'refuses %j after reading the saved plan',
    async (command, reason) => {
      const run = await expectJudged(command, 'refuse', reason);
      expect(run.calls.length).toBeGreaterThan(0);
    },
  );

  it.concurrent.each(REFUSED_BEFORE_SHOW)(
    'refuses %j without reading the plan',
    async (command, reason) => {
      const run = await expectJudged(command, 'refuse', reason);
      expect(run.calls).toEqual([]);
    },
  );

  it('tells the agent the fix when it refuses an apply without a saved plan', async () => {
    const run = await expectJudged('cd infra/prod && terraform apply -auto-approve', 'refuse');
    expect(run.stderr).toContain(
      'fix: plan to a file, then apply the saved plan: terraform plan -out=tfplan && terraform apply tfplan',
    );
    const tofu = await expectJudged('tofu destroy', 'refuse');
    expect(tofu.stderr).toContain('tofu plan -out=tfplan && tofu apply tfplan');
  });

  it('names what a blocked saved plan would destroy, and that a person must decide', async () => {
    const run = await expectJudged('terraform apply risky.tfplan', 'refuse');
    expect(run.stderr).toContain('destroy aws_db_instance.orders');
    expect(run.stderr).toContain('mass-destroy');
    expect(run.stderr).toContain('a person must review and apply this plan');
  });

  it('reads the saved plan where the apply would: -chdir, cd, and the environment prefix', async () => {
    const chdir = await expectJudged('terraform -chdir=infra/dev apply tfplan', 'allow');
    expect(chdir.calls).toEqual([
      expect.objectContaining({
        chdir: 'infra/dev',
        cwd: join(work, 'infra', 'dev'),
        subcommand: 'show',
      }),
    ]);
    const cd = await expectJudged('cd infra && cd dev && terraform apply tfplan', 'allow');
    expect(cd.calls).toEqual([
      expect.objectContaining({ chdir: '', cwd: join(work, 'infra', 'dev') }),
    ]);
    const env = await expectJudged('TF_DATA_DIR=.tf-data terraform apply tfplan', 'allow');
    expect(env.calls).toEqual([expect.objectContaining({ tfDataDir: '.tf-data', cwd: work })]);
    const subshell = await expectJudged('(cd infra/prod) && terraform apply tfplan', 'allow');
    expect(subshell.calls).toEqual([expect.objectContaining({ cwd: work })]);
  });

  it('runs the same program to read the plan: OpenTofu, terragrunt, an absolute path', async () => {
    for (const program of ['tofu', 'terragrunt', join(bin, 'terraform')]) {
      const run = await expectJudged(`${program} apply tfplan`, 'allow');
      expect(run.calls.map((call) => call.program)).toEqual([program.split('/').pop()]);
    }
  });

  it('accepts a bare {"command": …} and ignores tools that run no command', async () => {
    const bare = await runHook(JSON.stringify({ command: 'terraform destroy -auto-approve' }));
    expect(bare.code).toBe(2);
    expect(bare.stderr).toContain('destroy deletes resources');
    const write = await runHook(
      JSON.stringify({
        tool_name: 'Write',
        tool_input: { file_path: 'run.sh', content: 'terraform apply' },
      }),
    );
    expect({ code: write.code, stderr: write.stderr }).toEqual({ code: 0, stderr: '' });
  });

  it('takes the directory from the tool call', async () => {
    const run = await runHook(toolCall('terraform apply tfplan', join(work, 'infra', 'prod')));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('destroy-guard BLOCKED this saved plan');
    expect(run.calls).toEqual([expect.objectContaining({ cwd: join(work, 'infra', 'prod') })]);
  });

  it('refuses when it cannot read the tool call', async () => {
    const run = await runHook('terraform apply');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^destroy-guard: could not read the tool call on standard input/);
  });

  it('refuses when it fails: a crash or a missing module must not let the command run', async () => {
    const deep = `echo ${'$('.repeat(20_000)}x${')'.repeat(20_000)}`;
    const crashed = await runHook(toolCall(deep));
    expect(crashed.code).toBe(2);
    expect(crashed.stderr).toMatch(
      /^destroy-guard: the hook failed \(.*\), so it refuses to be safe\n$/,
    );

    const alone = join(root, 'entry-only');
    mkdirSync(alone);
    copyFileSync(HOOK, join(alone, 'destroy-guard-hook.mjs'));
    const missing = await runProcess(process.execPath, [join(alone, 'destroy-guard-hook.mjs')], {
      cwd: root,
      env: baseEnv(bin, {}),
      input: toolCall('ls'),
    });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('the hook failed (Cannot find module');
  });

  it('refuses a saved plan when destroy-guard cannot run', async () => {
    const run = await runHook(toolCall('terraform apply tfplan'), {
      DESTROY_GUARD: join(root, 'missing', 'destroy-guard'),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('destroy-guard could not assess the saved plan');
    expect(run.stderr).toContain('was not found');
  });
});
