import { closeSync, openSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { assessPlans } from '../../engine/engine.js';
import { errorMessage } from '../../util/errors.js';
import type { Env } from '../judge/program.js';

export interface SavedPlan {
  /** The real terraform, tofu or terragrunt. */
  readonly binary: string;
  readonly tool: string;
  readonly globals: readonly string[];
  /** The private copy: the bytes assessed are the bytes applied. */
  readonly file: string;
  readonly cwd: string;
  readonly env: Env;
}

/** undefined when destroy-guard passes the plan; otherwise the one-line reason it does not. */
export async function assessSavedPlan(plan: SavedPlan): Promise<string | undefined> {
  const json = path.join(path.dirname(plan.file), 'plan.json');
  const out = openSync(json, 'w', 0o600);
  const show = spawnSync(plan.binary, [...plan.globals, 'show', '-json', plan.file], {
    cwd: plan.cwd,
    env: plan.env,
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  closeSync(out);
  if (show.error !== undefined || show.status !== 0) {
    const why = show.error?.message ?? firstLine(show.stderr) ?? `exit ${String(show.status)}`;
    return `could not read the saved plan (${plan.tool} show -json failed: ${why}); nothing was applied`;
  }
  try {
    const report = await assessPlans([json], {
      failOn: 'high',
      statefulTypes: [],
      ignore: [],
      cwd: plan.cwd,
      workspace: plan.cwd,
      stdin: new PassThrough(),
    });
    if (report.verdict === 'pass') return undefined;
    const risky = report.findings.filter((finding) => finding.requiresApproval);
    const listed = risky
      .slice(0, 3)
      .map((f) => [f.kind, f.address].filter((x) => x !== '').join(' '));
    const more = risky.length > 3 ? `, and ${risky.length - 3} more` : '';
    return `destroy-guard BLOCKED this plan (risk ${report.risk}: ${listed.join(', ')}${more}); nothing was applied; a person must review the plan (${plan.tool} show -json PLAN | destroy-guard assess -) and apply it, or get it approved in a pull request`;
  } catch (error) {
    return `destroy-guard could not assess the plan (${errorMessage(error).split('\n')[0] ?? ''}); nothing was applied`;
  }
}

/** The line of a tool's stderr that says what went wrong (Terraform prints warnings first). */
function firstLine(text: string | null): string | undefined {
  const lines = (text ?? '')
    // eslint-disable-next-line no-control-regex -- colour codes in Terraform's diagnostics
    .replace(/\x1b\[[0-9;]*[A-Za-z]/g, '')
    .split('\n')
    .map((line) => line.replace(/[│╷╵]/g, '').trim())
    .filter((line) => line !== '');
  return lines.find((line) => /\berror\b/i.test(line)) ?? lines[0];
}
