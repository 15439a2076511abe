import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { EventPayload, FakeGitHub } from '../support/fake-github/index.js';

import { ensureFreshBundle } from './bundle.js';

export const ACTION = resolve('dist/index.js');

// Never test a stale bundle: rebuild it from src/ when it differs.
ensureFreshBundle();

export interface ActionRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  readonly outputs: Readonly<Record<string, string>>;
  readonly summary: string;
  /** The JSON report the `report` output points at, parsed; undefined when none was written. */
  readonly report: { verdict: string; findings: unknown[] } | undefined;
  /** Milliseconds from spawning the process to the fake's first request, when there was one. */
  readonly startupMs: number | undefined;
}

export interface RunOptions {
  readonly fake: FakeGitHub;
  readonly event: string;
  readonly payload?: EventPayload;
  /** Action inputs by their action.yml names. */
  readonly inputs: Readonly<Record<string, string>>;
}

/**
 * Runs the bundled action the way a runner does: `node dist/index.js` with INPUT_* variables,
 * the event payload in a file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and
 * GITHUB_API_URL pointing at the fake GitHub.
 */
export async function runAction(options: RunOptions): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'destroy-guard-e2e-'));
  try {
    const eventPath = join(dir, 'event.json');
    const outputPath = join(dir, 'output');
    const summaryPath = join(dir, 'summary.md');
    writeFileSync(eventPath, JSON.stringify(options.payload ?? {}));
    writeFileSync(outputPath, '');
    writeFileSync(summaryPath, '');
    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.event,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_API_URL: options.fake.url,
      GITHUB_WORKSPACE: process.cwd(),
      GITHUB_REPOSITORY: 'acme/infra',
      RUNNER_TEMP: dir,
    };
    // The runner keeps hyphens and upper-cases the rest (GITHUB.md, action conventions).
    for (const [name, value] of Object.entries(options.inputs))
      env[`INPUT_${name.replace(/ /gu, '_').toUpperCase()}`] = value;

    const requestsBefore = options.fake.requests.length;
    const started = performance.now();
    const startedWall = Date.now();
    const { code, stdout, stderr } = await new Promise<{
      code: number;
      stdout: string;
      stderr: string;
    }>((done, fail) => {
      const child = spawn(process.execPath, [ACTION], { env, cwd: process.cwd() });
      let out = '';
      let err = '';
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.on('error', fail);
      child.on('close', (status) => done({ code: status ?? -1, stdout: out, stderr: err }));
    });
    const elapsed = performance.now() - started;
    const first = options.fake.requests[requestsBefore];
    const outputs = parseOutputs(readFileSync(outputPath, 'utf8'));
    const reportPath = outputs['report'];
    return {
      code,
      stdout,
      stderr,
      outputs,
      summary: readFileSync(summaryPath, 'utf8'),
      report:
        reportPath === undefined
          ? undefined
          : (JSON.parse(readFileSync(reportPath, 'utf8')) as ActionRun['report']),
      startupMs: first === undefined ? undefined : Math.min(elapsed, first.time - startedWall),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks (@actions/core's format). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const match = /^([^<]+)<<(.+)$/u.exec(lines[i] ?? '');
    if (match === null) continue;
    const [, name, delimiter] = match;
    const value: string[] = [];
    for (i += 1; i < lines.length && lines[i] !== delimiter; i += 1) value.push(lines[i] ?? '');
    outputs[name ?? ''] = value.join('\n');
  }
  return outputs;
}

/** The `::error::` / `::warning::` workflow commands the action printed. */
export function annotations(stdout: string, level: 'error' | 'warning'): string[] {
  return stdout.split('\n').filter((line) => line.startsWith(`::${level}`));
}
