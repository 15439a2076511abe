import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../e2e/harness.js';
import { BASE, HEAD, inputs, PR, REPO, RISKY_PLAN, TOKENS } from '../e2e/world.js';
import { actionsToken, startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';

/**
 * GitHub Enterprise Server serves the REST API under `/api/v3` and the runner sets
 * GITHUB_API_URL to it. The fake answers only under that prefix (anything else is a 404), so a
 * request built against api.github.com's paths would fail the run.
 */
let fake: FakeGitHub;

beforeAll(async () => {
  fake = await startFakeGitHub({
    pathPrefix: '/api/v3',
    tokens: {
      [TOKENS.job]: actionsToken({ issues: 'write', pull_requests: 'write', contents: 'read' }),
    },
    setup: (f) => {
      f.addPull(REPO, {
        number: PR,
        author: 'dev',
        head: { sha: HEAD },
        base: { sha: BASE },
        files: ['infra/db/main.tf'],
      });
      f.setContent(REPO, BASE, '.github/CODEOWNERS', '/infra/db/ @alice\n');
      f.setContent(REPO, BASE, 'infra/db/main.tf', 'resource "aws_db_instance" "orders" {}\n');
    },
  });
});
afterAll(async () => {
  await fake.close();
});

describe('GitHub Enterprise Server', () => {
  it('guards a pull request through GITHUB_API_URL with /api/v3', async () => {
    expect(fake.url).toMatch(/\/api\/v3$/u);
    const run = await runAction({
      fake,
      event: 'pull_request',
      payload: fake.pullRequestEvent(REPO, PR, 'synchronize'),
      inputs: inputs(RISKY_PLAN),
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.outputs['verdict']).toBe('blocked');
    expect(run.outputs['comment-url']).not.toBe('');
    expect(fake.requests.length).toBeGreaterThan(0);
    expect(fake.requests.filter((request) => request.status === 404)).toEqual([]);
    expect(
      fake.requestsTo('POST /repos/{owner}/{repo}/issues/{issue_number}/comments'),
    ).toHaveLength(1);
  });
});
