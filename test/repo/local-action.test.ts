import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseOutputs } from '../e2e/harness.js';

/**
 * The committed bundle run by GitHub's own local runner for JavaScript actions,
 * `@github/local-action`, on a `push` (no pull request, so no token and no API): once as a
 * hosted runner provides the step (output, summary and temp files), once as a bare runner
 * that provides none of them. The verdict and outputs must be the same.
 */

const LOCAL_ACTION = resolve('node_modules/@github/local-action/bin/local-action.js');
const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string }>;
};
const scratch = mkdtempSync(join(tmpdir(), 'destroy-guard-local-action-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface LocalRun {
  readonly code: number;
  readonly stdout: string;
  readonly outputs: Record<string, string>;
  readonly summary: string | undefined;
}

/** Every input as the runner passes it: the plan, and action.yml's defaults for the rest. */
function inputLines(plan: string): string[] {
  return Object.entries(action.inputs).map(([name, input]) => {
    const value = name === 'plan' ? plan : (input.default ?? '');
    // `${{ github.token }}` is the runner's to expand; a push run needs no token.
    return `INPUT_${name.toUpperCase()}=${value.startsWith('${{') ? '' : value}`;
  });
}

/** `::set-output name=x::value`: what @actions/core prints when there is no GITHUB_OUTPUT. */
function setOutputCommands(stdout: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gmu))
    outputs[match[1] ?? ''] = match[2] ?? '';
  return outputs;
}

function runLocal(name: string, plan: string, hosted: boolean): LocalRun {
  const dir = join(scratch, name);
  rmSync(dir, { recursive: true, force: true });
  const files = { output: join(dir, 'output'), summary: join(dir, 'summary.md'), temp: dir };
  const env = [...inputLines(plan), 'GITHUB_EVENT_NAME=push', 'GITHUB_ACTIONS=true'];
  mkdirSync(dir, { recursive: true });
  if (hosted) {
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    env.push(
      `GITHUB_OUTPUT=${files.output}`,
      `GITHUB_STEP_SUMMARY=${files.summary}`,
      `RUNNER_TEMP=${files.temp}`,
    );
  }
  const dotenv = join(dir, '.env');
  writeFileSync(dotenv, `${env.join('\n')}\n`);
  const result = spawnSync(
    process.execPath,
    [LOCAL_ACTION, 'run', '.', 'test/repo/local-action/entry.js', dotenv],
    {
      encoding: 'utf8',
      // Only what any shell has: no GITHUB_* or RUNNER_* leaks in from the machine running tests.
      env: { PATH: process.env['PATH'], HOME: process.env['HOME'], npm_config_offline: 'true' },
      timeout: 120_000,
    },
  );
  return {
    code: result.status ?? -1,
    stdout: result.stdout,
    outputs: hosted
      ? parseOutputs(readFileSync(files.output, 'utf8'))
      : setOutputCommands(result.stdout),
    summary: hosted ? readFileSync(files.summary, 'utf8') : undefined,
  };
}

/** What the command line says of the same plan: the action must agree with it. */
function cliReport(plan: string): {
  fingerprint: string;
  findings: { requiresApproval: boolean }[];
} {
  const result = spawnSync(
    process.execPath,
    ['bin/destroy-guard.js', 'assess', '--format', 'json', plan],
    {
      encoding: 'utf8',
    },
  );
  return JSON.parse(result.stdout) as ReturnType<typeof cliReport>;
}

const CASES = [
  { plan: 'examples/harmless/plan.json', verdict: 'pass', code: 0 },
  { plan: 'examples/incident/plan.json', verdict: 'blocked', code: 1 },
] as const;

// Each run starts npm, tsx and the bundle: seconds alone, much more on a loaded machine.
describe('the bundled action under @github/local-action, on push', { timeout: 180_000 }, () => {
  for (const { plan, verdict, code } of CASES) {
    for (const hosted of [true, false]) {
      const runner = hosted ? 'with' : 'without';
      it(`${verdict}: ${plan} ${runner} GITHUB_STEP_SUMMARY, GITHUB_OUTPUT and RUNNER_TEMP`, () => {
        const run = runLocal(`${verdict}-${runner}`, plan, hosted);
        expect(run.stdout).not.toContain('Unable to find environment variable');
        expect(run.stdout).not.toContain('does not export a run() function');
        expect(run.code, run.stdout).toBe(code);
        expect(run.outputs['verdict']).toBe(verdict);
        const expected = cliReport(plan);
        const requiring = expected.findings.filter((finding) => finding.requiresApproval).length;
        expect(run.outputs['requires-approval']).toBe(String(requiring));
        expect(run.outputs['fingerprint']).toBe(expected.fingerprint);
        const report = run.outputs['report'] ?? '';
        expect(existsSync(report), `report ${report}`).toBe(true);
        expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ verdict });
        if (hosted) {
          expect(run.summary).toContain('destroy-guard');
          expect(run.stdout).not.toMatch(/^::warning::/mu);
        } else {
          expect(run.stdout).toMatch(/^::warning::This runner provides no job summary file/mu);
          expect(run.stdout).toMatch(/^::warning::RUNNER_TEMP is not set/mu);
          rmSync(report, { force: true });
        }
        if (verdict === 'blocked') expect(run.stdout).toMatch(/^::error::destroy-guard: blocked/mu);
      });
    }
  }
});
