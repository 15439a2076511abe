import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The destroy-guard command line the scripts under test run: the committed bundle. */
export const DESTROY_GUARD = `${process.execPath} ${resolve('bin/destroy-guard.js')}`;
export const RISKY_PLAN = resolve('examples/incident/plan.json');
export const HARMLESS_PLAN = resolve('examples/harmless/plan.json');

/**
 * A stand-in for terraform, tofu and terragrunt: records each call (program, directory after
 * -chdir, -chdir, TF_DATA_DIR, subcommand, arguments) as a tab-separated line in $FAKE_TF_LOG,
 * then imitates the three commands the scripts use. `plan -out=F` copies $FAKE_TF_PLAN_JSON
 * to F, so `show -json F` prints whatever plan the test chose; `apply` only says it applied.
 */
const FAKE_TERRAFORM = `#!/bin/sh
name=\${0##*/}
chdir=
while [ $# -gt 0 ]; do
  case $1 in
    -chdir=*) chdir=\${1#-chdir=}; shift ;;
    *) break ;;
  esac
done
if [ -n "$chdir" ]; then cd "$chdir" || exit 1; fi
sub=\${1:-}
if [ $# -gt 0 ]; then shift; fi
{
  printf '%s\\t%s\\t%s\\t%s\\t%s' "$name" "$PWD" "$chdir" "\${TF_DATA_DIR:-}" "$sub"
  for arg in "$@"; do printf '\\t%s' "$arg"; done
  printf '\\n'
} >>"$FAKE_TF_LOG"
last=
for arg in "$@"; do last=$arg; done
case $sub in
  plan)
    # A destroy plan's bytes differ from a normal plan's, as Terraform's do.
    plan_json=$FAKE_TF_PLAN_JSON
    for arg in "$@"; do case $arg in -destroy) plan_json=\${FAKE_TF_DESTROY_PLAN_JSON:-$FAKE_TF_PLAN_JSON} ;; esac; done
    if [ "\${FAKE_TF_PLAN_EXIT:-0}" != 0 ]; then echo "Error: fake plan failed" >&2; exit "$FAKE_TF_PLAN_EXIT"; fi
    for arg in "$@"; do
      case $arg in -out=*) cp "$plan_json" "\${arg#-out=}" || exit 1 ;; esac
    done
    echo "Plan: fake plan written" ;;
  show)
    if [ "\${FAKE_TF_SHOW_EXIT:-0}" != 0 ]; then echo "Error: fake show failed" >&2; exit "$FAKE_TF_SHOW_EXIT"; fi
    if [ ! -f "$last" ]; then echo "Error: Failed to read the given file as a state or plan file: $last" >&2; exit 1; fi
    cat "$last"
    # A plan file changed between the guard's check and the apply: the race the shim closes.
    if [ -n "\${FAKE_TF_SHOW_REPLACES:-}" ]; then cp "$FAKE_TF_PLAN_RISKY" "$FAKE_TF_SHOW_REPLACES"; fi ;;
  apply)
    if [ "\${FAKE_TF_APPLY_EXIT:-0}" != 0 ]; then echo "Error: fake apply failed" >&2; exit "$FAKE_TF_APPLY_EXIT"; fi
    # The bytes applied, to check they are the bytes assessed.
    if [ -n "\${FAKE_TF_APPLIED:-}" ] && [ -f "$last" ]; then cat "$last" >>"$FAKE_TF_APPLIED"; fi
    echo "Apply complete! (fake)" ;;
esac
`;

export interface TfCall {
  readonly program: string;
  /** The directory the fake ran in, after following -chdir. */
  readonly cwd: string;
  readonly chdir: string;
  readonly tfDataDir: string;
  readonly subcommand: string;
  readonly args: readonly string[];
}

/** Writes terraform, tofu and terragrunt fakes into `dir/bin`; returns that directory. */
export function installFakeTerraform(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin, { recursive: true });
  for (const name of ['terraform', 'tofu', 'terragrunt']) {
    const file = join(bin, name);
    writeFileSync(file, FAKE_TERRAFORM);
    chmodSync(file, 0o755);
  }
  return bin;
}

export function readCalls(log: string): TfCall[] {
  if (!existsSync(log)) return [];
  return readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [program = '', cwd = '', chdir = '', tfDataDir = '', subcommand = '', ...args] =
        line.split('\t');
      return { program, cwd, chdir, tfDataDir, subcommand, args };
    });
}

/** An environment with only what the scripts need: no override or TF_CLI_ARGS leaks in. */
export function baseEnv(bin: string, extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  return {
    PATH: `${bin}:${process.env['PATH'] ?? ''}`,
    HOME: process.env['HOME'],
    DESTROY_GUARD,
    ...extra,
  };
}

export interface ProcessResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function runProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string },
): Promise<ProcessResult> {
  return new Promise((resolvePromise, reject) => {
    const input = options.input;
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolvePromise({ code, stdout, stderr }));
    if (child.stdin !== null && input !== undefined) {
      // A process that exits without reading its input (a refusal can) closes the pipe early.
      child.stdin.on('error', () => undefined);
      child.stdin.end(input);
    }
  });
}
