/**
 * The shim's apply: never what the agent typed, always a plan destroy-guard has just passed.
 * `apply PLAN` copies PLAN into a private directory first and applies that copy, so a file
 * changed after the check is never what runs; `apply` alone plans into that directory first.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ApplyCall } from '../judge/decision.js';
import type { Env } from '../judge/program.js';
import { assessSavedPlan } from './assess.js';
import { isDestroyPlan } from './destroy-plans.js';

export interface ShimContext {
  readonly binary: string;
  readonly shimDir: string;
  readonly cwd: string;
  readonly env: Env;
  refuse(reason: string): number;
}

/** Runs the real binary with the terminal attached; its exit code (signals: 128 + n). */
export function runReal(ctx: ShimContext, args: readonly string[], env: Env = ctx.env): number {
  const result = spawnSync(ctx.binary, args, { cwd: ctx.cwd, env, stdio: 'inherit' });
  if (result.error !== undefined)
    return ctx.refuse(`could not run ${ctx.binary}: ${result.error.message}`);
  if (result.status !== null) return result.status;
  return 128 + (result.signal === 'SIGINT' ? 2 : result.signal === 'SIGTERM' ? 15 : 9);
}

/** TF_CLI_ARGS* were folded into the arguments already; they must not be added twice. */
function withoutCliArgs(env: Env): Env {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !/^TF_CLI_ARGS(?:_|$)/.test(name)),
  );
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export async function guardedApply(ctx: ShimContext, call: ApplyCall): Promise<number> {
  const work = mkdtempSync(path.join(tmpdir(), 'destroy-guard-'));
  chmodSync(work, 0o700);
  try {
    return await applyIn(work, ctx, call);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function applyIn(work: string, ctx: ShimContext, call: ApplyCall): Promise<number> {
  const tool = call.family;
  const env = withoutCliArgs(ctx.env);
  const copy = path.join(work, 'tfplan');
  if (call.plan === undefined) {
    const status = runReal(ctx, [...call.globals, 'plan', `-out=${copy}`, ...call.planArgs], env);
    if (status !== 0)
      return ctx.refuse(`${tool} plan failed (exit ${status}); nothing was applied`);
  } else {
    const base = call.chdir === undefined ? ctx.cwd : path.resolve(ctx.cwd, call.chdir);
    let bytes: Buffer;
    try {
      bytes = readFileSync(path.resolve(base, call.plan));
    } catch {
      return ctx.refuse(
        `cannot read the saved plan ${call.plan}; write it with ${tool} plan -out=${call.plan} first`,
      );
    }
    if (isDestroyPlan(ctx.shimDir, sha256(bytes))) {
      return ctx.refuse(
        `${call.plan} was saved by ${tool} plan -destroy: applying it deletes everything it manages; a person must do this at their own terminal after reviewing it`,
      );
    }
    writeFileSync(copy, bytes, { mode: 0o600 });
  }
  const why = await assessSavedPlan({
    binary: ctx.binary,
    tool,
    globals: call.globals,
    file: copy,
    cwd: ctx.cwd,
    env,
  });
  if (why !== undefined) return ctx.refuse(why);
  return runReal(ctx, [...call.globals, 'apply', ...call.applyArgs, copy], env);
}
