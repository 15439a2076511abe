import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decideProgram, type Env } from '../judge/program.js';
import { isTfName } from '../shell/names.js';
import { readTfArgs } from '../judge/terraform.js';
import { guardedApply, runReal, sha256, type ShimContext } from './apply.js';
import { rememberDestroyPlan } from './destroy-plans.js';
import { firstOnPath, isShimFile, realBinary } from './resolve.js';

/** A shim refuses with this exit code, and one line saying what to do instead. */
const EXIT_REFUSED = 2;
/** As a shell says when a command is not found. */
const EXIT_NOT_FOUND = 127;

export interface ShimRun {
  readonly name: string;
  readonly shimDir: string;
  readonly args: readonly string[];
  readonly env: Env;
  readonly cwd: string;
  stderr(text: string): void;
}

/** Runs one shimmed program: refuses it, or runs the real one (an apply through a checked plan). */
export async function runShim(run: ShimRun): Promise<number> {
  const refuse = (reason: string): number => {
    run.stderr(`destroy-guard: refused: ${reason.replace(/\s*\n\s*/g, ' ')}\n`);
    return EXIT_REFUSED;
  };
  const binary = realBinary(run.name, run.shimDir, run.env['PATH'], run.cwd);
  if (binary === undefined) {
    run.stderr(
      `destroy-guard shim: ${run.name}: command not found on PATH after ${run.shimDir}; install ${run.name} or put its directory on PATH\n`,
    );
    return EXIT_NOT_FOUND;
  }
  const isGuarded = (value: string): boolean => isGuardedBinary(value, run.env, run.cwd);
  const decision = decideProgram(run.name, run.args, run.env, isGuarded);
  const ctx: ShimContext = { binary, shimDir: run.shimDir, cwd: run.cwd, env: run.env, refuse };
  if (decision.kind === 'refuse') return refuse(decision.reason);
  if (decision.kind === 'apply') return guardedApply(ctx, decision.call);
  const status = runReal(ctx, run.args);
  if (status === 0 && isTfName(run.name)) return recordDestroyPlan(run, ctx);
  return status;
}

/** A path or name that reaches a shim: terragrunt's --tf-path may only name one. */
export function isGuardedBinary(value: string, env: Env, cwd: string): boolean {
  if (value === '') return false;
  const file = value.includes('/')
    ? path.resolve(cwd, value)
    : firstOnPath(value, env['PATH'], cwd);
  return file !== undefined && isShimFile(file);
}

/** After `plan -destroy -out=F` succeeded: remember F so that it is never applied. */
function recordDestroyPlan(run: ShimRun, ctx: ShimContext): number {
  const call = readTfArgs(run.args, run.env);
  if ('error' in call || call.sub !== 'plan') return 0;
  if (!call.args.some((arg) => /^--?destroy(?:=(?!false)|$)/.test(arg))) return 0;
  const out = outFile(call.args);
  if (out === undefined) return 0;
  const base = call.chdir === undefined ? run.cwd : path.resolve(run.cwd, call.chdir);
  try {
    if (rememberDestroyPlan(run.shimDir, sha256(readFileSync(path.resolve(base, out))))) return 0;
  } catch {
    // unreadable: nothing to remember, and nothing an apply could read either
    return 0;
  }
  return ctx.refuse(
    `could not record ${out} as a destroy plan in ${run.shimDir}; delete ${out}, it must not be applied`,
  );
}

function outFile(args: readonly string[]): string | undefined {
  for (let k = 0; k < args.length; k++) {
    const arg = args[k] ?? '';
    const match = /^--?out(?:=(.*))?$/.exec(arg);
    if (match !== null) return match[1] ?? args[k + 1];
  }
  return undefined;
}
