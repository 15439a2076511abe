import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  baseEnv,
  HARMLESS_PLAN,
  installFakeTerraform,
  RISKY_PLAN,
  runProcess,
} from '../../agent/fake-terraform.js';

/**
 * examples/gitlab/.gitlab-ci.yml run as a GitLab runner runs it: each job's `script` lines in a
 * shell that stops at the first failing line, in a checkout, with the file's `variables` and
 * GitLab's predefined CI_* variables, a fake terraform on PATH, and a fake GitLab notes API on
 * 127.0.0.1 for the merge-request note.
 */

interface Note {
  id: number;
  body: string;
  author: { id: number; username: string };
}

const BOT = { id: 42, username: 'project_7_bot' };
const notes: Note[] = [];
const writes: string[] = [];
let server: Server;
let api = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    let text = '';
    request.on('data', (chunk: Buffer) => (text += chunk.toString()));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const reply = (status: number, body: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (request.headers['private-token'] !== 'glpat-test')
        return reply(401, { message: '401 Unauthorized' });
      if (url.pathname === '/api/v4/user') return reply(200, BOT);
      const match = /^\/api\/v4\/projects\/7\/merge_requests\/3\/notes(?:\/(\d+))?$/u.exec(
        url.pathname,
      );
      if (match === null) return reply(404, { message: '404 Not found' });
      if (request.method === 'GET') return reply(200, notes);
      writes.push(`${request.method} ${url.pathname}`);
      const { body } = JSON.parse(text) as { body: string };
      if (request.method === 'POST') {
        const note = { id: 100 + notes.length, body, author: BOT };
        notes.push(note);
        return reply(201, note);
      }
      const note = notes.find((n) => n.id === Number(match[1]));
      if (note === undefined) return reply(404, { message: '404 Note Not Found' });
      note.body = body;
      return reply(200, note);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v4`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});
beforeEach(() => {
  notes.length = 0;
  writes.length = 0;
});

const root = mkdtempSync(join(tmpdir(), 'destroy-guard-gitlab-'));
const bin = installFakeTerraform(root);
const pipeline = parse(readFileSync('examples/gitlab/.gitlab-ci.yml', 'utf8')) as {
  stages: string[];
  variables: Record<string, string>;
  [job: string]: unknown;
};
type Job = { stage: string; script: string[] };
const jobs = Object.entries(pipeline)
  .filter(
    (entry): entry is [string, Job] =>
      typeof entry[1] === 'object' && entry[1] !== null && 'script' in entry[1],
  )
  .sort(([, a], [, b]) => pipeline.stages.indexOf(a.stage) - pipeline.stages.indexOf(b.stage));

let runs = 0;

/** The pipeline's jobs in stage order, in one checkout (artifacts stay where `plan` wrote them). */
async function pipelineRun(plan: string, extra: Record<string, string> = {}) {
  const checkout = join(root, `checkout-${++runs}`);
  mkdirSync(join(checkout, 'examples/gitlab'), { recursive: true });
  mkdirSync(join(checkout, pipeline.variables['TF_ROOT']!), { recursive: true });
  copyFileSync(
    resolve('examples/gitlab/destroy-guard-mr.mjs'),
    join(checkout, 'examples/gitlab/destroy-guard-mr.mjs'),
  );
  const env = baseEnv(bin, {
    ...pipeline.variables,
    // A project CI/CD variable overrides the file's: the test's destroy-guard is the checkout's bundle.
    DESTROY_GUARD: `${process.execPath} ${resolve('bin/destroy-guard.js')}`,
    FAKE_TF_LOG: join(checkout, 'terraform.log'),
    FAKE_TF_PLAN_JSON: plan,
    CI: 'true',
    GITLAB_CI: 'true',
    CI_PIPELINE_SOURCE: 'merge_request_event',
    CI_API_V4_URL: api,
    CI_PROJECT_ID: '7',
    CI_PROJECT_DIR: checkout,
    CI_MERGE_REQUEST_IID: '3',
    GITLAB_USER_LOGIN: 'maintainer',
    GITLAB_TOKEN: 'glpat-test',
    ...extra,
  });
  const results: Record<string, { code: number | null; stdout: string; stderr: string }> = {};
  for (const [name, job] of jobs) {
    results[name] = await runProcess('sh', ['-e', '-c', job.script.join('\n')], {
      cwd: checkout,
      env,
    });
    if (results[name].code !== 0) break;
  }
  return results;
}

// A pipeline run starts several node processes; three of them in one test take a while when loaded.
describe('GitLab CI merge-request note', { timeout: 120_000 }, () => {
  it('fails the guard job on a risky plan and posts the Markdown report as one note', async () => {
    const run = await pipelineRun(RISKY_PLAN);
    expect(run['plan']?.code).toBe(0);
    expect(run['destroy-guard']?.code, run['destroy-guard']?.stderr).toBe(1);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.body).toMatch(
      /^<!-- destroy-guard gitlab default -->\n### .*destroy-guard: blocked/u,
    );
    expect(notes[0]?.body).toContain('infra/prod');
    expect(run['destroy-guard']?.stdout).toContain('| Severity | Resource |');
  });

  it('keeps the one note current: unchanged is not rewritten, a new plan updates it', async () => {
    await pipelineRun(RISKY_PLAN);
    await pipelineRun(RISKY_PLAN);
    expect(writes).toEqual(['POST /api/v4/projects/7/merge_requests/3/notes']);
    const passed = await pipelineRun(HARMLESS_PLAN);
    expect(passed['destroy-guard']?.code).toBe(0);
    expect(writes).toEqual([
      'POST /api/v4/projects/7/merge_requests/3/notes',
      'PUT /api/v4/projects/7/merge_requests/3/notes/100',
    ]);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.body).toContain('destroy-guard: pass');
  });

  it('passes a risky plan only for the exact fingerprint a maintainer accepted', async () => {
    const blocked = await pipelineRun(RISKY_PLAN);
    const fingerprint = /fingerprint `([0-9a-f]+)`/u.exec(notes[0]?.body ?? '')?.[1] ?? 'missing';
    expect(blocked['destroy-guard']?.code).toBe(1);
    const accepted = await pipelineRun(RISKY_PLAN, { DESTROY_GUARD_ACCEPT: fingerprint });
    expect(accepted['destroy-guard']?.code, accepted['destroy-guard']?.stdout).toBe(0);
    expect(notes[0]?.body).toContain(
      `**Accepted** by maintainer for fingerprint \`${fingerprint}\``,
    );
    const wrong = await pipelineRun(RISKY_PLAN, { DESTROY_GUARD_ACCEPT: 'f'.repeat(32) });
    expect(wrong['destroy-guard']?.code).toBe(1);
  });

  it('still decides, with a warning, when the note cannot be written', async () => {
    const run = await pipelineRun(RISKY_PLAN, { GITLAB_TOKEN: 'glpat-revoked' });
    expect(run['destroy-guard']?.code).toBe(1);
    expect(run['destroy-guard']?.stderr).toContain(
      'could not write the merge-request note (GET /user: HTTP 401)',
    );
    expect(notes).toHaveLength(0);
  });

  it('writes no note outside a merge request pipeline', async () => {
    const run = await pipelineRun(RISKY_PLAN, {
      CI_MERGE_REQUEST_IID: '',
      CI_PIPELINE_SOURCE: 'push',
    });
    expect(run['destroy-guard']?.code).toBe(1);
    expect(writes).toEqual([]);
  });
});
