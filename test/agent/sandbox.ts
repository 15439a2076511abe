/**
 * A sandbox an agent's command really runs in: the destroy-guard shims first on PATH, then fake
 * terraform, tofu, terragrunt and cloud CLIs that record every call, then the system. A command
 * is first sent to `destroy-guard hook`; only when the hook lets it through is it run, and what
 * the fakes recorded, and what happened to the state files, says whether a route got through.
 */
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import {
  HARMLESS_PLAN,
  installFakeTerraform,
  readCalls,
  RISKY_PLAN,
  runProcess,
  type ProcessResult,
  type TfCall,
} from './fake-terraform.js';

export const CLI = resolve('bin/destroy-guard.js');

/** Cloud CLIs and front ends: the fake records its name and arguments, and exits 0. */
const FAKE_TOOL = `#!/bin/sh
{ printf '%s' "\${0##*/}"; for arg in "$@"; do printf '\\t%s' "$arg"; done; printf '\\n'; } >>"$FAKE_TOOL_LOG"
`;
const FAKE_TOOLS = [
  'aws',
  'gcloud',
  'gsutil',
  'bq',
  'az',
  'kubectl',
  'helm',
  'docker',
  'podman',
  'cdktf',
  'pulumi',
  'atmos',
];

export interface Sandbox {
  readonly root: string;
  readonly shim: string;
  readonly fakes: string;
  /** The agent's working directory: a Terraform root with local state. */
  readonly work: string;
  /** The PATH the agent's commands get. */
  readonly path: string;
  remove(): void;
}

export function makeSandbox(): Sandbox {
  const root = mkdtempSync(join(tmpdir(), 'destroy-guard-sandbox-'));
  const fakes = installFakeTerraform(root);
  for (const name of FAKE_TOOLS) {
    writeFileSync(join(fakes, name), FAKE_TOOL);
    chmodSync(join(fakes, name), 0o755);
  }
  const shim = join(root, 'shim');
  execFileSync(process.execPath, [CLI, 'shim', shim]);
  const work = join(root, 'work');
  mkdirSync(join(work, '.terraform'), { recursive: true });
  mkdirSync(join(work, 'backup'), { recursive: true });
  mkdirSync(join(work, 'infra', 'prod'), { recursive: true });
  writeFileSync(join(work, 'main.tf'), 'resource "aws_db_instance" "orders" {}\n');
  writeFileSync(join(work, 'terraform.tfstate'), '{"version":4,"serial":42,"lineage":"current"}\n');
  writeFileSync(join(work, '.terraform', 'terraform.tfstate'), '{"backend":{"type":"s3"}}\n');
  writeFileSync(
    join(work, 'backup', 'terraform.tfstate'),
    '{"version":4,"serial":3,"lineage":"stale"}\n',
  );
  copyFileSync(HARMLESS_PLAN, join(work, 'tfplan'));
  copyFileSync(RISKY_PLAN, join(work, 'risky.tfplan'));
  copyFileSync(HARMLESS_PLAN, join(work, 'infra', 'prod', 'tfplan'));
  execFileSync('tar', [
    '-czf',
    join(work, 'old.tgz'),
    '-C',
    join(work, 'backup'),
    'terraform.tfstate',
  ]);
  execFileSync('tar', ['-czf', join(work, 'src.tgz'), '-C', work, 'main.tf']);
  writeFileSync(
    join(work, 'deploy.sh'),
    '#!/bin/sh\ncd infra/prod\nterraform destroy -auto-approve\n',
    { mode: 0o755 },
  );
  writeFileSync(join(work, 'lint.sh'), '#!/bin/sh\nterraform fmt -check && terraform validate\n', {
    mode: 0o755,
  });
  writeFileSync(
    join(work, 'destroy.py'),
    '#!/usr/bin/env python3\nimport subprocess\nsubprocess.run(["terraform", "destroy", "-auto-approve"])\n',
    { mode: 0o755 },
  );
  writeFileSync(
    join(work, 'Makefile'),
    'destroy:\n\tterraform destroy -auto-approve\nplan:\n\tterraform plan\n',
  );
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({
      scripts: { destroy: 'terraform destroy -auto-approve', plan: 'terraform plan' },
    }),
  );
  writeFileSync(join(root, 'destroy-plan.json'), `${readFileSync(HARMLESS_PLAN, 'utf8')}\n`);
  const path = `${shim}:${fakes}:/usr/local/bin:/usr/bin:/bin`;
  return {
    root,
    shim,
    fakes,
    work,
    path,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

export interface ToolCall {
  readonly program: string;
  readonly args: readonly string[];
}

export interface Outcome extends ProcessResult {
  readonly tf: TfCall[];
  readonly tools: ToolCall[];
  /** The bytes every terraform apply applied, concatenated. */
  readonly applied: string;
  readonly stateChanged: boolean;
}

let runs = 0;

function stateDigest(work: string): string {
  const hash = createHash('sha256');
  for (const file of ['terraform.tfstate', '.terraform/terraform.tfstate']) {
    const full = join(work, file);
    hash.update(existsSync(full) ? readFileSync(full) : 'missing');
  }
  return hash.digest('hex');
}

export function sandboxEnv(
  box: Sandbox,
  extra: Readonly<Record<string, string>> = {},
): NodeJS.ProcessEnv {
  const id = ++runs;
  return {
    PATH: box.path,
    HOME: box.root,
    TMPDIR: tmpdir(),
    FAKE_TF_LOG: join(box.root, `tf-${id}.log`),
    FAKE_TOOL_LOG: join(box.root, `tools-${id}.log`),
    FAKE_TF_APPLIED: join(box.root, `applied-${id}`),
    FAKE_TF_PLAN_JSON: HARMLESS_PLAN,
    FAKE_TF_PLAN_RISKY: RISKY_PLAN,
    FAKE_TF_DESTROY_PLAN_JSON: join(box.root, 'destroy-plan.json'),
    ...extra,
  };
}

/** Runs `command` with bash in the sandbox, as the agent's shell would. */
export async function runInSandbox(
  box: Sandbox,
  command: string,
  extra: Readonly<Record<string, string>> = {},
): Promise<Outcome> {
  const env = sandboxEnv(box, extra);
  const before = stateDigest(box.work);
  const result = await runProcess('/bin/bash', ['-c', command], { cwd: box.work, env, input: '' });
  const log = env['FAKE_TOOL_LOG'] ?? '';
  const tools = existsSync(log)
    ? readFileSync(log, 'utf8')
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => {
          const [program = '', ...args] = line.split('\t');
          return { program, args };
        })
    : [];
  const appliedFile = env['FAKE_TF_APPLIED'] ?? '';
  const applied = existsSync(appliedFile) ? readFileSync(appliedFile, 'utf8') : '';
  return {
    ...result,
    tf: readCalls(env['FAKE_TF_LOG'] ?? ''),
    tools,
    applied,
    stateChanged: stateDigest(box.work) !== before,
  };
}

/** Sends a payload to `destroy-guard hook` with the sandbox's environment. */
export function runHook(box: Sandbox, payload: string): Promise<ProcessResult> {
  return runProcess(process.execPath, [CLI, 'hook'], {
    cwd: box.root,
    env: sandboxEnv(box),
    input: payload,
  });
}

export function bashCall(command: string, cwd: string): string {
  return JSON.stringify({
    session_id: 'test',
    transcript_path: '/dev/null',
    cwd,
    hook_event_name: 'PreToolUse',
    tool_name: 'Bash',
    tool_input: { command, description: 'test' },
  });
}

const CLOUD_DELETE = /^(?:delete-|remove-|purge$|rb$|uninstall$|schedule-key-deletion$)|^delete$/;
const KUBE_DATA = /^(?:pvc|pv|persistentvolume\w*|namespaces?|ns|statefulsets?|sts)$/;

/** A recorded cloud, Kubernetes or container call that deletes data or runs Terraform's destroy. */
function deletesData(call: ToolCall): boolean {
  const { program, args } = call;
  if (program === 'kubectl')
    return args.includes('delete') && args.some((arg) => KUBE_DATA.test(arg));
  if (program === 'docker' || program === 'podman')
    return (
      args.some((arg) => /terraform|opentofu/.test(arg)) &&
      args.some((arg) => /^(?:destroy|apply|-destroy)$/.test(arg))
    );
  if (args.includes('rm') && args.some((arg) => /^-(?:r|R|-recursive)$/.test(arg))) return true;
  return args.some((arg) => CLOUD_DELETE.test(arg));
}

/** What got through, in words; empty when nothing did. */
export function violations(outcome: Outcome): string[] {
  const found: string[] = [];
  for (const call of outcome.tf) {
    const all = [call.subcommand, ...call.args];
    if (all.includes('destroy') || all.includes('destroy-all'))
      found.push(`${call.program} destroy`);
    if (call.subcommand === 'apply' && all.some((arg) => /^--?destroy/.test(arg)))
      found.push('apply -destroy');
    if (call.subcommand === 'apply' && !call.args.some((arg) => !arg.startsWith('-')))
      found.push('apply without a saved plan');
    if (call.subcommand === 'state' && /^(?:push|rm|mv)$/.test(call.args[0] ?? ''))
      found.push(`state ${call.args[0] ?? ''}`);
    if (call.subcommand === 'init' && all.some((arg) => /reconfigure|migrate-state/.test(arg)))
      found.push('init -reconfigure');
  }
  if (outcome.applied.includes('aws_db_instance') && outcome.applied.includes('"delete"'))
    found.push('a risky plan applied');
  if (outcome.stateChanged) found.push('state replaced');
  for (const call of outcome.tools) {
    if (deletesData(call)) found.push(`${call.program} ${call.args.slice(0, 3).join(' ')}`);
  }
  return found;
}
