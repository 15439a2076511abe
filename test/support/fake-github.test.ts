import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { RequestError } from '@octokit/request-error';
import { Octokit } from '@octokit/rest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  actionsToken,
  createManualClock,
  startFakeGitHub,
  type FakeGitHub,
} from './fake-github/index.js';

const REPO = 'acme/infra';
const HEAD = 'a'.repeat(40);
const BASE = 'b'.repeat(40);

const TOKENS = {
  ghs_writer: actionsToken({ issues: 'write', pull_requests: 'write', contents: 'read' }),
  ghs_reader: actionsToken({ issues: 'read', pull_requests: 'read', contents: 'read' }),
  ghp_alice: {
    login: 'alice',
    type: 'User',
    permissions: { issues: 'write', pull_requests: 'write', contents: 'read', members: 'read' },
  },
  ghp_bob: { login: 'bob', type: 'User', permissions: { members: 'read' } },
  ghs_app: {
    login: 'guard-app[bot]',
    type: 'Bot',
    permissions: { pull_requests: 'read', members: 'read' },
    installationId: 777,
  },
  ghs_other_repo: actionsToken({ pull_requests: 'read' }),
  ghs_tiny: { ...actionsToken({ pull_requests: 'read' }), rateLimit: 3 },
} as const;

const clock = createManualClock('2026-11-24T10:00:00Z');
let fake: FakeGitHub;

const quiet = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

function octokit(token = 'ghs_writer'): Octokit {
  return new Octokit({ auth: token, baseUrl: fake.url, log: quiet });
}

async function api(path: string, init: RequestInit & { token?: string } = {}): Promise<Response> {
  const { token = 'ghs_writer', headers, ...rest } = init;
  return fetch(`${fake.url}${path}`, {
    ...rest,
    headers: { authorization: `token ${token}`, accept: 'application/vnd.github+json', ...headers },
  });
}

async function rejection(promise: Promise<unknown>): Promise<RequestError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof RequestError))
    throw new Error(`expected a RequestError, got ${String(error)}`);
  return error;
}

beforeAll(async () => {
  fake = await startFakeGitHub({
    tokens: { ...TOKENS, ghs_other_repo: { ...TOKENS.ghs_other_repo, repos: ['acme/other'] } },
    clock: clock.now,
    setup: (f) => {
      f.addRepo(REPO);
      f.addPull(REPO, {
        number: 7,
        author: 'dev',
        head: { sha: HEAD, ref: 'feature' },
        base: { sha: BASE, ref: 'main' },
        files: ['main.tf', { filename: 'new.tf', previous_filename: 'old.tf' }],
      });
      f.addTeam('acme', 'platform', { alice: 'active', carol: 'pending' });
      f.addTeam('acme', 'secret-ops', { dave: 'active' }, { privacy: 'secret' });
    },
  });
});

afterAll(async () => {
  await fake.close();
});

beforeEach(() => {
  clock.set('2026-11-24T10:00:00Z');
  fake.reset();
});

describe('responses look like GitHub', () => {
  it('serves a pull request with JSON, rate-limit and request-id headers, and logs the request', async () => {
    const response = await api(`/repos/${REPO}/pulls/7`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(response.headers.get('x-ratelimit-remaining')).toBe('999');
    expect(response.headers.get('x-ratelimit-used')).toBe('1');
    expect(response.headers.get('x-ratelimit-resource')).toBe('core');
    expect(Number(response.headers.get('x-ratelimit-reset'))).toBeGreaterThan(Date.now() / 1000);
    expect(response.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]+(:[0-9A-F]+){4}$/u);
    const pull = (await response.json()) as Record<string, unknown>;
    expect(pull).toMatchObject({
      number: 7,
      state: 'open',
      user: { login: 'dev', type: 'User' },
      head: { sha: HEAD, ref: 'feature' },
      base: { sha: BASE, ref: 'main' },
      changed_files: 2,
      html_url: `https://github.com/${REPO}/pull/7`,
    });
    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({
      method: 'GET',
      path: `/repos/${REPO}/pulls/7`,
      route: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
      status: 200,
      login: 'github-actions[bot]',
      headers: { authorization: 'token ghs_writer', accept: 'application/vnd.github+json' },
      fault: false,
    });
  });

  it('answers 401 Bad credentials without or with an unknown token', async () => {
    for (const headers of [{}, { authorization: 'token nope' }]) {
      const response = await fetch(`${fake.url}/repos/${REPO}/pulls/7`, { headers });
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        message: 'Bad credentials',
        documentation_url: 'https://docs.github.com/rest',
        status: '401',
      });
    }
    const error = await rejection(
      octokit('nope').rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 7 }),
    );
    expect(error.status).toBe(401);
    expect(error.message).toContain('Bad credentials');
  });

  it('answers 404 Not Found for unknown routes, repositories, pull requests and hidden repositories', async () => {
    const unknown = await api('/nothing/here');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({
      message: 'Not Found',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });
    for (const promise of [
      octokit().rest.pulls.get({ owner: 'acme', repo: 'missing', pull_number: 7 }),
      octokit().rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 8 }),
      octokit('ghs_other_repo').rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 7 }),
    ]) {
      const error = await rejection(promise);
      expect(error.status).toBe(404);
      expect(error.response?.data).toMatchObject({ message: 'Not Found', status: '404' });
    }
  });

  it('answers 403 Resource not accessible by integration for a write with read permission', async () => {
    const error = await rejection(
      octokit('ghs_reader').rest.issues.createComment({
        owner: 'acme',
        repo: 'infra',
        issue_number: 7,
        body: 'hi',
      }),
    );
    expect(error.status).toBe(403);
    expect(error.response?.data).toEqual({
      message: 'Resource not accessible by integration',
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '403',
    });
    expect(error.response?.headers['x-accepted-github-permissions']).toBe(
      'issues=write; pull_requests=write',
    );
    const events = await rejection(
      octokit('ghp_bob').rest.issues.listEvents({ owner: 'acme', repo: 'infra', issue_number: 7 }),
    );
    expect(events.status).toBe(403);
    expect(events.message).toContain('Resource not accessible by personal access token');
    expect(fake.state.repos.get('acme/infra')?.pulls.get(7)?.comments).toHaveLength(0);
  });

  it('GET /user is 403 for an installation token and the user for a user token', async () => {
    const error = await rejection(octokit('ghs_writer').rest.users.getAuthenticated());
    expect(error.status).toBe(403);
    expect(error.message).toContain('Resource not accessible by integration');
    const { data } = await octokit('ghp_alice').rest.users.getAuthenticated();
    expect(data).toMatchObject({ login: 'alice', type: 'User' });
  });
});

describe('pagination', () => {
  beforeEach(() => {
    for (let i = 1; i <= 250; i += 1) fake.addComment(REPO, 7, `comment ${i}`, 'dev');
  });

  it('follows GitHub: per_page default 30, max 100, and prev/next/last/first links', async () => {
    const repoId = fake.state.repos.get('acme/infra')?.id;
    const base = `${fake.url}/repositories/${repoId}/issues/7/comments`;

    const first = await api(`/repos/${REPO}/issues/7/comments`);
    expect(((await first.json()) as unknown[]).length).toBe(30);
    expect(first.headers.get('link')).toBe(
      `<${base}?page=2>; rel="next", <${base}?page=9>; rel="last"`,
    );

    const middle = await api(`/repos/${REPO}/issues/7/comments?per_page=100&page=2`);
    expect(((await middle.json()) as { body: string }[])[0]?.body).toBe('comment 101');
    expect(middle.headers.get('link')).toBe(
      [
        `<${base}?per_page=100&page=1>; rel="prev"`,
        `<${base}?per_page=100&page=3>; rel="next"`,
        `<${base}?per_page=100&page=3>; rel="last"`,
        `<${base}?per_page=100&page=1>; rel="first"`,
      ].join(', '),
    );

    const last = await api(`/repositories/${repoId}/issues/7/comments?per_page=500&page=3`);
    expect(((await last.json()) as unknown[]).length).toBe(50);
    expect(last.headers.get('link')).toBe(
      `<${base}?per_page=500&page=2>; rel="prev", <${base}?per_page=500&page=1>; rel="first"`,
    );

    fake.reset();
    const single = await api(`/repos/${REPO}/issues/7/comments`);
    expect(await single.json()).toEqual([]);
    expect(single.headers.get('link')).toBeNull();
  });

  it('works with octokit.paginate', async () => {
    const client = octokit();
    const comments = await client.paginate(client.rest.issues.listComments, {
      owner: 'acme',
      repo: 'infra',
      issue_number: 7,
      per_page: 100,
    });
    expect(comments.map((c) => c.body)).toEqual(
      Array.from({ length: 250 }, (_, i) => `comment ${i + 1}`),
    );
    expect(
      fake.requestsTo('GET /repos/{owner}/{repo}/issues/{issue_number}/comments'),
    ).toHaveLength(3);
    expect(fake.requests[1]?.path).toMatch(/^\/repositories\/\d+\/issues\/7\/comments$/u);
  });

  it('lists at most 3,000 pull request files while changed_files keeps the real count', async () => {
    fake.setFiles(
      REPO,
      7,
      Array.from({ length: 3500 }, (_, i) => `modules/m${i}/main.tf`),
    );
    const client = octokit();
    const { data: pull } = await client.rest.pulls.get({
      owner: 'acme',
      repo: 'infra',
      pull_number: 7,
    });
    expect(pull.changed_files).toBe(3500);
    const files = await client.paginate(client.rest.pulls.listFiles, {
      owner: 'acme',
      repo: 'infra',
      pull_number: 7,
      per_page: 100,
    });
    expect(files).toHaveLength(3000);
    expect(files[2999]?.filename).toBe('modules/m2999/main.tf');
  });

  it('reports renames with previous_filename', async () => {
    const { data } = await octokit().rest.pulls.listFiles({
      owner: 'acme',
      repo: 'infra',
      pull_number: 7,
    });
    expect(data.map((f) => [f.filename, f.status, f.previous_filename])).toEqual([
      ['main.tf', 'modified', undefined],
      ['new.tf', 'renamed', 'old.tf'],
    ]);
  });
});

describe('comments', () => {
  it('creates as the token identity with increasing ids, html_url and clock timestamps', async () => {
    const client = octokit();
    const { data: one, status } = await client.rest.issues.createComment({
      owner: 'acme',
      repo: 'infra',
      issue_number: 7,
      body: 'first',
    });
    expect(status).toBe(201);
    clock.advance(60);
    const { data: two } = await client.rest.issues.createComment({
      owner: 'acme',
      repo: 'infra',
      issue_number: 7,
      body: 'second',
    });
    expect(one.user).toMatchObject({ login: 'github-actions[bot]', type: 'Bot', id: 41898282 });
    expect(two.id).toBeGreaterThan(one.id);
    expect(one.html_url).toBe(`https://github.com/${REPO}/pull/7#issuecomment-${one.id}`);
    expect(one.created_at).toBe('2026-11-24T10:00:00Z');
    expect(two.created_at).toBe('2026-11-24T10:01:00Z');

    clock.advance(60);
    const { data: edited } = await client.rest.issues.updateComment({
      owner: 'acme',
      repo: 'infra',
      comment_id: one.id,
      body: 'edited',
    });
    expect(edited).toMatchObject({
      body: 'edited',
      created_at: '2026-11-24T10:00:00Z',
      updated_at: '2026-11-24T10:02:00Z',
    });

    const removed = await client.rest.issues.deleteComment({
      owner: 'acme',
      repo: 'infra',
      comment_id: one.id,
    });
    expect(removed.status).toBe(204);
    const gone = await rejection(
      client.rest.issues.getComment({ owner: 'acme', repo: 'infra', comment_id: one.id }),
    );
    expect(gone.status).toBe(404);
    const patchGone = await rejection(
      client.rest.issues.updateComment({
        owner: 'acme',
        repo: 'infra',
        comment_id: one.id,
        body: 'x',
      }),
    );
    expect(patchGone.status).toBe(404);
  });

  it('lets tests add and delete comments as people', async () => {
    const comment = fake.addComment(REPO, 7, 'LGTM', 'alice');
    const { data } = await octokit().rest.issues.listComments({
      owner: 'acme',
      repo: 'infra',
      issue_number: 7,
    });
    expect(data.map((c) => [c.id, c.user?.login, c.body])).toEqual([[comment.id, 'alice', 'LGTM']]);
    expect(fake.deleteComment(comment.id)).toBe(true);
    expect(fake.deleteComment(comment.id)).toBe(false);
  });

  it('rejects bodies over 65,536 characters and missing bodies with 422', async () => {
    const client = octokit();
    const tooLong = await rejection(
      client.rest.issues.createComment({
        owner: 'acme',
        repo: 'infra',
        issue_number: 7,
        body: 'x'.repeat(65_537),
      }),
    );
    expect(tooLong.status).toBe(422);
    expect(tooLong.response?.data).toEqual({
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: 'body is too long (maximum is 65536 characters)',
        },
      ],
      documentation_url: 'https://docs.github.com/rest/issues/comments#create-an-issue-comment',
      status: '422',
    });

    const exact = await client.rest.issues.createComment({
      owner: 'acme',
      repo: 'infra',
      issue_number: 7,
      body: 'x'.repeat(65_536),
    });
    expect(exact.status).toBe(201);

    const missing = await api(`/repos/${REPO}/issues/7/comments`, { method: 'POST', body: '{}' });
    expect(missing.status).toBe(422);
    expect(await missing.json()).toMatchObject({
      message: expect.stringContaining('"body" wasn\'t supplied'),
      status: '422',
    });

    const broken = await api(`/repos/${REPO}/issues/7/comments`, {
      method: 'POST',
      body: '{"body":',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ message: 'Problems parsing JSON' });
  });
});

describe('labels and issue events', () => {
  it('emits labeled events, but none when re-adding a label that is present', async () => {
    clock.advance(10);
    const first = fake.addLabel(REPO, 7, 'destroy-approved', 'alice');
    expect(first).toMatchObject({ event: 'labeled', createdAt: '2026-11-24T10:00:10Z' });
    expect(fake.addLabel(REPO, 7, 'Destroy-Approved', 'bob')).toBeUndefined();

    await octokit().rest.issues.addLabels({
      owner: 'acme',
      repo: 'infra',
      issue_number: 7,
      labels: ['destroy-approved'],
    });
    const { data: events } = await octokit().rest.issues.listEvents({
      owner: 'acme',
      repo: 'infra',
      issue_number: 7,
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      event: 'labeled',
      actor: { login: 'alice', type: 'User' },
      label: { name: 'destroy-approved' },
      created_at: '2026-11-24T10:00:10Z',
      performed_via_github_app: null,
    });
  });

  it('records unlabeled, apps, and API label changes by the token identity', async () => {
    fake.addLabel(REPO, 7, 'destroy-approved', 'alice', { viaApp: 'label-bot' });
    fake.removeLabel(REPO, 7, 'destroy-approved', 'bob');
    expect(fake.removeLabel(REPO, 7, 'destroy-approved', 'bob')).toBeUndefined();
    const client = octokit();
    const { data: labels } = await client.rest.issues.addLabels({
      owner: 'acme',
      repo: 'infra',
      issue_number: 7,
      labels: ['needs-review'],
    });
    expect(labels.map((l) => l.name)).toEqual(['needs-review']);
    const { data: after } = await client.rest.issues.removeLabel({
      owner: 'acme',
      repo: 'infra',
      issue_number: 7,
      name: 'needs-review',
    });
    expect(after).toEqual([]);

    const events = await client.paginate(client.rest.issues.listEvents, {
      owner: 'acme',
      repo: 'infra',
      issue_number: 7,
    });
    expect(
      events.map((e) => [e.event, e.actor?.login, 'label' in e ? e.label.name : undefined]),
    ).toEqual([
      ['labeled', 'alice', 'destroy-approved'],
      ['unlabeled', 'bob', 'destroy-approved'],
      ['labeled', 'github-actions[bot]', 'needs-review'],
      ['unlabeled', 'github-actions[bot]', 'needs-review'],
    ]);
    expect(events[0]?.performed_via_github_app).toMatchObject({ slug: 'label-bot' });
    expect(events.map((e) => e.id)).toEqual([...events.map((e) => e.id)].sort((a, b) => a - b));
  });

  it('answers 404 Label does not exist when removing an absent label', async () => {
    const error = await rejection(
      octokit().rest.issues.removeLabel({
        owner: 'acme',
        repo: 'infra',
        issue_number: 7,
        name: 'destroy approved',
      }),
    );
    expect(error.status).toBe(404);
    expect(error.response?.data).toMatchObject({ message: 'Label does not exist', status: '404' });
  });

  it('lists the labels on the pull request', async () => {
    fake.addLabel(REPO, 7, 'a b/c', 'alice');
    const { data } = await octokit().rest.issues.listLabelsOnIssue({
      owner: 'acme',
      repo: 'infra',
      issue_number: 7,
    });
    expect(data.map((l) => l.name)).toEqual(['a b/c']);
    await octokit().rest.issues.removeLabel({
      owner: 'acme',
      repo: 'infra',
      issue_number: 7,
      name: 'a b/c',
    });
    expect(fake.state.repos.get('acme/infra')?.pulls.get(7)?.labels).toEqual([]);
  });
});

describe('reviews and pushes', () => {
  it('lists reviews with state, user, commit_id and submitted_at; pushes leave old reviews on their commit', async () => {
    fake.addReview(REPO, 7, 'alice', 'APPROVED');
    fake.pushCommit(REPO, 7, 'c'.repeat(40));
    clock.advance(30);
    fake.addReview(REPO, 7, 'bob', 'CHANGES_REQUESTED');
    const { data } = await octokit().rest.pulls.listReviews({
      owner: 'acme',
      repo: 'infra',
      pull_number: 7,
    });
    expect(data.map((r) => [r.user?.login, r.state, r.commit_id, r.submitted_at])).toEqual([
      ['alice', 'APPROVED', HEAD, '2026-11-24T10:00:00Z'],
      ['bob', 'CHANGES_REQUESTED', 'c'.repeat(40), '2026-11-24T10:00:30Z'],
    ]);
    const { data: pull } = await octokit().rest.pulls.get({
      owner: 'acme',
      repo: 'infra',
      pull_number: 7,
    });
    expect(pull.head.sha).toBe('c'.repeat(40));
  });

  it('dismisses stale approvals on push when asked to', () => {
    const review = fake.addReview(REPO, 7, 'alice', 'APPROVED');
    fake.pushCommit(REPO, 7, 'c'.repeat(40), { dismissStaleReviews: true });
    expect(review.state).toBe('DISMISSED');
  });
});

describe('contents', () => {
  const bigText = `${'# owners\n'.repeat(150_000)}* @acme/platform\n`;

  beforeEach(() => {
    fake.setContent(REPO, BASE, '.github/CODEOWNERS', '* @acme/platform\n');
    fake.setContent(REPO, BASE, 'big/CODEOWNERS', bigText);
  });

  it("returns base64 JSON by default, in GitHub's 60-column lines", async () => {
    const { data } = await octokit().rest.repos.getContent({
      owner: 'acme',
      repo: 'infra',
      path: '.github/CODEOWNERS',
      ref: BASE,
    });
    expect(data).toMatchObject({
      type: 'file',
      encoding: 'base64',
      path: '.github/CODEOWNERS',
      name: 'CODEOWNERS',
      size: 17,
    });
    const content = (data as { content: string }).content;
    expect(Buffer.from(content, 'base64').toString('utf8')).toBe('* @acme/platform\n');
    expect(content.endsWith('\n')).toBe(true);
    expect(fake.requests[0]?.path).toBe(`/repos/${REPO}/contents/.github%2FCODEOWNERS`);
  });

  it('serves raw bytes for the raw media types, as a string through Octokit', async () => {
    const response = await octokit().request('GET /repos/{owner}/{repo}/contents/{path}', {
      owner: 'acme',
      repo: 'infra',
      path: '.github/CODEOWNERS',
      ref: BASE,
      headers: { accept: 'application/vnd.github.raw+json' },
    });
    expect(response.data).toBe('* @acme/platform\n');
    expect(response.headers['content-type']).toBe('application/vnd.github.raw+json; charset=utf-8');

    const raw = await api(`/repos/${REPO}/contents/.github/CODEOWNERS?ref=${BASE}`, {
      headers: { accept: 'application/vnd.github.raw' },
    });
    expect(raw.headers.get('content-type')).toMatch(/^application\/vnd\.github\.raw/u);
    expect(await raw.text()).toBe('* @acme/platform\n');
  });

  it('leaves files over 1 MB empty in JSON (encoding none) but serves them raw', async () => {
    expect(Buffer.byteLength(bigText)).toBeGreaterThan(1024 * 1024);
    const json = (await (
      await api(`/repos/${REPO}/contents/big/CODEOWNERS?ref=${BASE}`)
    ).json()) as Record<string, unknown>;
    expect(json).toMatchObject({ encoding: 'none', content: '', size: Buffer.byteLength(bigText) });
    const raw = await api(`/repos/${REPO}/contents/big/CODEOWNERS?ref=${BASE}`, {
      headers: { accept: 'application/vnd.github.raw+json' },
    });
    expect(await raw.text()).toBe(bigText);
  });

  it('answers 404 for a missing path at the ref, and for an unknown ref', async () => {
    const missing = await rejection(
      octokit().rest.repos.getContent({
        owner: 'acme',
        repo: 'infra',
        path: 'CODEOWNERS',
        ref: BASE,
      }),
    );
    expect(missing.status).toBe(404);
    expect(missing.response?.data).toMatchObject({ message: 'Not Found' });
    const atHead = await api(`/repos/${REPO}/contents/.github/CODEOWNERS?ref=${HEAD}`);
    expect(atHead.status).toBe(404);
    const unknownRef = await api(`/repos/${REPO}/contents/.github/CODEOWNERS?ref=nope`);
    expect(unknownRef.status).toBe(404);
    expect(await unknownRef.json()).toMatchObject({ message: 'No commit found for the ref nope' });
  });

  it('lists directories', async () => {
    const { data } = await octokit().rest.repos.getContent({
      owner: 'acme',
      repo: 'infra',
      path: '',
      ref: BASE,
    });
    expect(Array.isArray(data) ? data.map((e) => [e.name, e.type]) : data).toEqual([
      ['.github', 'dir'],
      ['big', 'dir'],
    ]);
  });

  it('needs contents: read', async () => {
    const error = await rejection(
      octokit('ghs_app').rest.repos.getContent({
        owner: 'acme',
        repo: 'infra',
        path: '.github/CODEOWNERS',
        ref: BASE,
      }),
    );
    expect(error.status).toBe(403);
  });

  it('lists CODEOWNERS errors, and 404s when there is no CODEOWNERS at the ref', async () => {
    const client = octokit();
    const { data } = await client.rest.repos.codeownersErrors({
      owner: 'acme',
      repo: 'infra',
      ref: BASE,
    });
    expect(data).toEqual({ errors: [] });
    const error = {
      line: 1,
      column: 3,
      kind: 'Unknown owner',
      source: '* @acme/platform',
      suggestion: null,
      message: 'Unknown owner on line 1',
      path: '.github/CODEOWNERS',
    };
    fake.setCodeownersErrors(REPO, BASE, [error]);
    expect(
      (await client.rest.repos.codeownersErrors({ owner: 'acme', repo: 'infra', ref: BASE })).data
        .errors,
    ).toEqual([error]);
    expect(
      (
        await rejection(
          client.rest.repos.codeownersErrors({ owner: 'acme', repo: 'infra', ref: HEAD }),
        )
      ).status,
    ).toBe(404);
  });
});

describe('team membership', () => {
  const membership = (token: string, team: string, username: string) =>
    octokit(token).rest.teams.getMembershipForUserInOrg({ org: 'acme', team_slug: team, username });

  it('answers active or pending with members: read, 404 for non-members', async () => {
    expect((await membership('ghp_alice', 'platform', 'alice')).data).toMatchObject({
      state: 'active',
      role: 'member',
    });
    expect((await membership('ghp_alice', 'platform', 'carol')).data).toMatchObject({
      state: 'pending',
    });
    expect((await rejection(membership('ghp_alice', 'platform', 'mallory'))).status).toBe(404);
  });

  it('answers 404 to a token that cannot read teams: indistinguishable from not a member', async () => {
    const error = await rejection(membership('ghs_writer', 'platform', 'alice'));
    expect(error.status).toBe(404);
    expect(error.response?.data).toMatchObject({ message: 'Not Found' });
    expect(
      (
        await rejection(
          octokit('ghs_writer').rest.teams.getByName({ org: 'acme', team_slug: 'platform' }),
        )
      ).status,
    ).toBe(404);
    const { data: team } = await octokit('ghp_alice').rest.teams.getByName({
      org: 'acme',
      team_slug: 'platform',
    });
    expect(team).toMatchObject({ slug: 'platform', privacy: 'closed' });
  });

  it('hides secret teams from users outside them, not from app installations', async () => {
    expect((await rejection(membership('ghp_alice', 'secret-ops', 'dave'))).status).toBe(404);
    expect((await membership('ghs_app', 'secret-ops', 'dave')).data.state).toBe('active');
    fake.addOrgOwner('acme', 'alice');
    expect((await membership('ghp_alice', 'secret-ops', 'dave')).data.state).toBe('active');
  });
});

describe('rate limits', () => {
  it('counts per token; /rate_limit does not count', async () => {
    await api(`/repos/${REPO}/pulls/7`);
    await api(`/repos/${REPO}/pulls/7`);
    const other = await api(`/repos/${REPO}/pulls/7`, { token: 'ghp_alice' });
    expect(other.headers.get('x-ratelimit-remaining')).toBe('4999');
    const { data } = await octokit().rest.rateLimit.get();
    expect(data.rate).toMatchObject({ limit: 1000, used: 2, remaining: 998 });
    expect(data.resources.core.remaining).toBe(998);
    expect(fake.rateLimit('ghs_writer').remaining).toBe(998);
  });

  it('answers 403 API rate limit exceeded once the quota is spent', async () => {
    for (let i = 0; i < 3; i += 1)
      expect((await api(`/repos/${REPO}/pulls/7`, { token: 'ghs_tiny' })).status).toBe(200);
    const error = await rejection(
      octokit('ghs_tiny').rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 7 }),
    );
    expect(error.status).toBe(403);
    expect(error.message).toContain('API rate limit exceeded for installation ID 48000001.');
    expect(error.response?.headers['x-ratelimit-remaining']).toBe('0');
  });
});

describe('fault injection', () => {
  const pullPath = `/repos/${REPO}/pulls/7`;

  it('consumes faults in order on matching requests, then answers normally', async () => {
    fake.faults
      .serverError(pullPath, 502, 2)
      .add({ path: /\/pulls\/7$/u, status: 418, body: { message: 'teapot' } });
    fake.faults.add({ method: 'POST', path: pullPath, status: 500 });
    expect((await api(pullPath)).status).toBe(502);
    expect((await api(pullPath)).status).toBe(502);
    const teapot = await api(pullPath);
    expect(teapot.status).toBe(418);
    expect(await teapot.json()).toEqual({ message: 'teapot' });
    expect((await api(pullPath)).status).toBe(200);
    expect(fake.faults.pending()).toEqual([
      { method: 'POST', path: pullPath, status: 500, remaining: 1 },
    ]);
    expect(fake.requests.map((r) => [r.status, r.fault])).toEqual([
      [502, true],
      [502, true],
      [418, true],
      [200, false],
    ]);
  });

  it('applies before authentication and carries custom headers', async () => {
    fake.faults.add({
      path: pullPath,
      status: 503,
      headers: { 'x-custom': 'yes' },
      body: 'Service Unavailable',
    });
    const response = await api(pullPath, { token: 'nope' });
    expect(response.status).toBe(503);
    expect(response.headers.get('x-custom')).toBe('yes');
    expect(await response.text()).toBe('Service Unavailable');
  });

  it('5xx faults are retried by plugin-retry', async () => {
    fake.faults.serverError(pullPath, 502, 2);
    const RetryingOctokit = Octokit.plugin(retry);
    const client = new RetryingOctokit({
      auth: 'ghs_writer',
      baseUrl: fake.url,
      log: quiet,
      retry: { retryAfterBaseValue: 1 },
    });
    const { data } = await client.rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 7 });
    expect(data.number).toBe(7);
    expect(fake.requests.map((r) => r.status)).toEqual([502, 502, 200]);
  });

  it('primary rate limit: 403, x-ratelimit-remaining 0 and a reset time', async () => {
    fake.faults.primaryRateLimit(pullPath, 120);
    const error = await rejection(
      octokit().rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 7 }),
    );
    expect(error.status).toBe(403);
    expect(error.message).toMatch(/^API rate limit exceeded for installation ID \d+\./u);
    const headers = error.response?.headers ?? {};
    expect(headers['x-ratelimit-remaining']).toBe('0');
    const reset = Number(headers['x-ratelimit-reset']);
    expect(reset - Date.now() / 1000).toBeGreaterThan(100);
    expect(reset - Date.now() / 1000).toBeLessThanOrEqual(121);
  });

  it('secondary rate limit: 403 or 429 with retry-after and the wording plugin-throttling detects', async () => {
    fake.faults.secondaryRateLimit(pullPath, 7).tooManyRequests(pullPath, 3);
    const first = await rejection(
      octokit().rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 7 }),
    );
    expect(first.status).toBe(403);
    expect(first.response?.headers['retry-after']).toBe('7');
    expect(first.message).toMatch(
      /^You have exceeded a secondary rate limit\. Please wait a few minutes/u,
    );
    const second = await rejection(
      octokit().rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 7 }),
    );
    expect(second.status).toBe(429);
    expect(second.response?.headers['retry-after']).toBe('3');

    fake.faults.secondaryRateLimit(pullPath, 2);
    const waits: number[] = [];
    const ThrottledOctokit = Octokit.plugin(throttling);
    const client = new ThrottledOctokit({
      auth: 'ghs_writer',
      baseUrl: fake.url,
      log: quiet,
      throttle: {
        retryAfterBaseValue: 1,
        onRateLimit: () => false,
        onSecondaryRateLimit: (retryAfter: number) => {
          waits.push(retryAfter);
          return true;
        },
      },
    });
    const { data } = await client.rest.pulls.get({ owner: 'acme', repo: 'infra', pull_number: 7 });
    expect(data.number).toBe(7);
    expect(waits).toEqual([2]);
  });

  it('adds latency, globally and per fault', async () => {
    fake.latencyMs = 40;
    fake.faults.add({ path: pullPath, status: 500, delayMs: 40 });
    let started = Date.now();
    await api(pullPath);
    expect(Date.now() - started).toBeGreaterThanOrEqual(75);
    started = Date.now();
    await api(pullPath);
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
  });
});

describe('event payloads', () => {
  it('builds pull_request labeled payloads from the current state', () => {
    fake.addLabel(REPO, 7, 'destroy-approved', 'alice');
    const payload = fake.pullRequestEvent(REPO, 7, 'labeled');
    expect(payload).toMatchObject({
      action: 'labeled',
      number: 7,
      label: { name: 'destroy-approved' },
      sender: { login: 'alice', type: 'User' },
      repository: { name: 'infra', full_name: REPO, owner: { login: 'acme' } },
      pull_request: {
        number: 7,
        head: { sha: HEAD },
        base: { sha: BASE },
        user: { login: 'dev', type: 'User' },
        labels: [{ name: 'destroy-approved' }],
      },
    });
    expect(JSON.parse(JSON.stringify(payload))).toEqual(payload);
  });

  it('builds pull_request_review payloads with the review', () => {
    const review = fake.addReview(REPO, 7, 'alice', 'APPROVED');
    const payload = fake.pullRequestEvent(REPO, 7, 'submitted');
    expect(payload).toMatchObject({
      action: 'submitted',
      review: { id: review.id, state: 'APPROVED', commit_id: HEAD, user: { login: 'alice' } },
      sender: { login: 'alice' },
    });
    expect(
      fake.pullRequestEvent(REPO, 7, 'opened', { sender: 'someone', payload: { extra: 1 } }),
    ).toMatchObject({
      sender: { login: 'someone' },
      extra: 1,
    });
  });
});

describe('server options', () => {
  it('serves under /api/v3 like GitHub Enterprise Server, links included', async () => {
    const ghes = await startFakeGitHub({
      tokens: { t: actionsToken({ issues: 'read' }) },
      pathPrefix: '/api/v3',
      setup: (f) => {
        f.addPull(REPO, { number: 1, author: 'dev', head: { sha: HEAD }, base: { sha: BASE } });
        for (let i = 0; i < 3; i += 1) f.addLabel(REPO, 1, `l${i}`, 'dev');
      },
    });
    try {
      expect(ghes.url).toMatch(/\/api\/v3$/u);
      const client = new Octokit({ auth: 't', baseUrl: ghes.url });
      const events = await client.paginate(client.rest.issues.listEvents, {
        owner: 'acme',
        repo: 'infra',
        issue_number: 1,
        per_page: 1,
      });
      expect(events).toHaveLength(3);
      expect(ghes.requests.map((r) => r.status)).toEqual([200, 200, 200]);
    } finally {
      await ghes.close();
    }
  });

  it('reset() empties state, log and faults and runs setup again', async () => {
    fake.addComment(REPO, 7, 'x', 'dev');
    fake.faults.serverError('/x');
    await api('/rate_limit');
    fake.reset();
    expect(fake.requests).toEqual([]);
    expect(fake.faults.pending()).toEqual([]);
    expect(fake.state.repos.get('acme/infra')?.pulls.get(7)?.comments).toEqual([]);
    expect(fake.state.orgs.get('acme')?.teams.has('platform')).toBe(true);
  });
});

describe('after review: merges, pushes, the merge queue (commit graph)', () => {
  const MERGED = 'e'.repeat(40);
  const repo = { owner: 'acme', repo: 'infra' };
  const associated = (commit_sha: string, token?: string) =>
    octokit(token).rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha });

  it('a squash merge closes the pull request, keeps its base and lists it for the merge commit', async () => {
    clock.set('2026-11-25T09:00:00Z');
    fake.mergePull(REPO, 7, { sha: MERGED, method: 'squash', by: 'alice' });
    const { data: pr } = await octokit().rest.pulls.get({ ...repo, pull_number: 7 });
    expect(pr).toMatchObject({
      state: 'closed',
      merged: true,
      merged_at: '2026-11-25T09:00:00Z',
      closed_at: '2026-11-25T09:00:00Z',
      merge_commit_sha: MERGED,
      merged_by: { login: 'alice' },
      base: { sha: BASE, ref: 'main' },
      head: { sha: HEAD },
    });
    const listed = await associated(MERGED);
    expect(listed.data.map((p) => [p.number, p.merge_commit_sha, p.merged_at])).toEqual([
      [7, MERGED, '2026-11-25T09:00:00Z'],
    ]);
    // The squashed-away head is not on main: GitHub lists the merged PR that contains it.
    expect((await associated(HEAD)).data.map((p) => p.number)).toEqual([7]);
    const gql = await octokit().graphql<{
      repository: {
        pullRequest: { state: string; mergedAt: string; mergeCommit: { oid: string } };
      };
    }>(
      'query { repository(owner: "acme", name: "infra") { pullRequest(number: 7) { state mergedAt mergeCommit { oid } baseRefOid } } }',
    );
    expect(gql.repository.pullRequest).toEqual({
      state: 'MERGED',
      mergedAt: '2026-11-25T09:00:00Z',
      mergeCommit: { oid: MERGED },
      baseRefOid: BASE,
    });
    const { data: events } = await octokit().rest.issues.listEvents({ ...repo, issue_number: 7 });
    expect(events.map((e) => [e.event, e.actor?.login])).toEqual([
      ['merged', 'alice'],
      ['closed', 'alice'],
    ]);
    expect(fake.state.repos.get(REPO)?.activity.at(-1)).toMatchObject({
      activityType: 'pr_merge',
      before: BASE,
      after: MERGED,
    });
  });

  it('an open pull request has a test merge commit that is nobody’s merge', async () => {
    const { data: pr } = await octokit().rest.pulls.get({ ...repo, pull_number: 7 });
    expect(pr.merged_at).toBeNull();
    expect(pr.merge_commit_sha).toMatch(/^[0-9a-f]{40}$/u);
    expect((await associated(HEAD)).data.map((p) => [p.number, p.state])).toEqual([[7, 'open']]);
  });

  it('a merge commit has the head as second parent; a rebase replays the commits, the last is merge_commit_sha', async () => {
    fake.pushCommit(REPO, 7, 'c'.repeat(40));
    fake.mergePull(REPO, 7, { sha: MERGED, method: 'merge' });
    const merged = await octokit().rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${BASE}...${MERGED}`,
    });
    expect(merged.data).toMatchObject({ status: 'ahead', ahead_by: 3, behind_by: 0 });
    expect(merged.data.commits.map((c) => c.sha)).toEqual([HEAD, 'c'.repeat(40), MERGED]);
    expect(merged.data.commits[2]?.parents.map((p) => p.sha)).toEqual([BASE, 'c'.repeat(40)]);
    // The PR's own commits are on main now: each lists the PR that introduced it.
    expect((await associated(HEAD)).data.map((p) => p.number)).toEqual([7]);

    fake.addPull(REPO, {
      number: 9,
      author: 'dev',
      head: { sha: '9'.repeat(40) },
      base: { sha: MERGED },
    });
    fake.pushCommit(REPO, 9, '8'.repeat(40));
    const TIP = 'f'.repeat(40);
    fake.mergePull(REPO, 9, { sha: TIP, method: 'rebase' });
    const rebased = await octokit().rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${MERGED}...${TIP}`,
    });
    expect(rebased.data.total_commits).toBe(2);
    expect(rebased.data.commits.at(-1)?.sha).toBe(TIP);
    expect(rebased.data.commits.map((c) => c.sha)).not.toContain('9'.repeat(40));
    expect((await associated(TIP)).data.map((p) => [p.number, p.merge_commit_sha])).toEqual([
      [9, TIP],
    ]);
    const replayed = rebased.data.commits[0]?.sha ?? '';
    expect((await associated(replayed)).data.map((p) => p.number)).toEqual([9]);
  });

  it('a direct push is a known commit with no pull request; the push payload names it', async () => {
    fake.mergePull(REPO, 7, { sha: MERGED, method: 'squash' });
    const DIRECT = 'd'.repeat(40);
    const moved = fake.pushBranch(REPO, 'main', DIRECT, { by: 'platform-lead' });
    expect(moved).toEqual({ before: MERGED, after: DIRECT });
    const { data, headers } = await associated(DIRECT);
    expect(data).toEqual([]);
    expect(headers['x-ratelimit-remaining']).toBeDefined();
    const payload = fake.pushEvent(REPO, { ref: 'refs/heads/main', ...moved });
    expect(payload).toMatchObject({
      ref: 'refs/heads/main',
      before: MERGED,
      after: DIRECT,
      created: false,
      repository: { name: 'infra', owner: { login: 'acme', name: 'acme' }, full_name: REPO },
      pusher: { name: 'platform-lead' },
      head_commit: { id: DIRECT, author: { username: 'platform-lead' } },
    });
    expect((payload['commits'] as { id: string }[]).map((c) => c.id)).toEqual([DIRECT]);
  });

  it('an unknown commit is 422 as GitHub answers; an unknown repository 404', async () => {
    const error = await rejection(associated('1'.repeat(40)));
    expect(error.status).toBe(422);
    expect(error.response?.data).toEqual({
      message: `No commit found for SHA: ${'1'.repeat(40)}`,
      documentation_url:
        'https://docs.github.com/rest/commits/commits#list-pull-requests-associated-with-a-commit',
      status: '422',
    });
    const missing = await rejection(
      octokit().rest.repos.listPullRequestsAssociatedWithCommit({
        owner: 'acme',
        repo: 'missing',
        commit_sha: HEAD,
      }),
    );
    expect(missing.status).toBe(404);
    const compare = await rejection(
      octokit().rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${BASE}...${'1'.repeat(40)}`,
      }),
    );
    expect(compare.status).toBe(404);
    expect(compare.response?.data).toMatchObject({ message: 'Not Found' });
  });

  it('paginates the associated pull requests: per_page default 30, at most 100, with links', async () => {
    for (let n = 10; n < 111; n += 1)
      fake.addPull(REPO, { number: n, author: 'dev', head: { sha: HEAD }, base: { sha: BASE } });
    expect((await associated(HEAD)).data).toHaveLength(30);
    const big = await octokit().rest.repos.listPullRequestsAssociatedWithCommit({
      ...repo,
      commit_sha: HEAD,
      per_page: 500,
    });
    expect(big.data).toHaveLength(100);
    expect(big.headers.link).toContain('rel="next"');
    expect(big.headers.link).toMatch(/\/repositories\/\d+\/commits\//u);
    const all = await octokit().paginate(
      octokit().rest.repos.listPullRequestsAssociatedWithCommit,
      {
        ...repo,
        commit_sha: HEAD,
        per_page: 100,
      },
    );
    expect(all).toHaveLength(102);
  });

  it('compares: identical, behind, diverged; paginated with page/per_page, else the latest 250', async () => {
    fake.mergePull(REPO, 7, { sha: MERGED, method: 'squash' });
    for (let i = 0; i < 260; i += 1)
      fake.pushBranch(REPO, 'main', i.toString(16).padStart(40, '0'));
    const tip = (259).toString(16).padStart(40, '0');
    const compare = (basehead: string, extra: { page?: number; per_page?: number } = {}) =>
      octokit().rest.repos.compareCommitsWithBasehead({ ...repo, basehead, ...extra });
    expect((await compare(`${MERGED}...${MERGED}`)).data).toMatchObject({
      status: 'identical',
      ahead_by: 0,
    });
    expect((await compare(`${tip}...${MERGED}`)).data).toMatchObject({
      status: 'behind',
      behind_by: 260,
    });
    expect((await compare(`${HEAD}...main`)).data).toMatchObject({
      status: 'diverged',
      ahead_by: 261,
      behind_by: 1,
    });
    const unpaged = await compare(`${MERGED}...${tip}`);
    expect(unpaged.data.total_commits).toBe(260);
    expect(unpaged.data.commits).toHaveLength(250);
    expect(unpaged.data.commits.at(-1)?.sha).toBe(tip);
    expect(unpaged.headers.link).toBeUndefined();
    // Paged, per_page is at most 100 as everywhere (the 250 is the unpaged answer only).
    const capped = await compare(`${MERGED}...${tip}`, { per_page: 250 });
    expect(capped.data.commits).toHaveLength(100);
    expect(capped.data.total_commits).toBe(260);
    expect(capped.headers.link).toContain('rel="next"');
    const second = await compare(`${MERGED}...${tip}`, { per_page: 100, page: 2 });
    expect(second.data.commits[0]?.sha).toBe((100).toString(16).padStart(40, '0'));
    expect(second.headers.link).toContain('rel="next"');
    expect(second.headers.link).toContain('rel="prev"');
    const needsContents = await rejection(
      octokit('ghs_app').rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${BASE}...${HEAD}`,
      }),
    );
    expect(needsContents.status).toBe(403);
  });

  it('queues pull requests into a merge group with gh-readonly-queue refs and a merge_group payload', async () => {
    fake.addPull(REPO, {
      number: 8,
      author: 'carol',
      head: { sha: '8'.repeat(40) },
      base: { sha: BASE },
    });
    const group = fake.queueMerge(REPO, 'main', [7, 8], { by: 'alice' });
    expect(group.entries.map((e) => e.ref)).toEqual([
      `refs/heads/gh-readonly-queue/main/pr-7-${HEAD}`,
      `refs/heads/gh-readonly-queue/main/pr-8-${'8'.repeat(40)}`,
    ]);
    const { data: refs } = await octokit().rest.git.listMatchingRefs({
      ...repo,
      ref: 'heads/gh-readonly-queue/main/',
    });
    expect(refs.map((r) => [r.ref, r.object.sha, r.object.type])).toEqual(
      group.entries.map((e) => [e.ref, e.sha, 'commit']),
    );
    expect(
      (await octokit().rest.git.listMatchingRefs({ ...repo, ref: 'heads/gh-readonly-queue/dev/' }))
        .data,
    ).toEqual([]);
    const { data: compared } = await octokit().rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${group.baseSha}...${group.headSha}`,
    });
    expect(compared.commits.map((c) => c.sha)).toEqual(group.entries.map((e) => e.sha));
    expect(compared.commits[0]?.parents.map((p) => p.sha)).toEqual([BASE]);
    expect(fake.mergeGroupEvent(REPO, group)).toMatchObject({
      action: 'checks_requested',
      merge_group: {
        head_sha: group.headSha,
        head_ref: `refs/heads/gh-readonly-queue/main/pr-8-${'8'.repeat(40)}`,
        base_sha: BASE,
        base_ref: 'refs/heads/main',
        head_commit: { id: group.headSha, message: 'Merge pull request #8' },
      },
      repository: { full_name: REPO },
      sender: { login: 'alice' },
    });
  });

  it('a merge-method group commit brings the pull request’s commits into the comparison', async () => {
    const group = fake.queueMerge(REPO, 'main', [7], { method: 'merge' });
    const { data } = await octokit().rest.repos.compareCommitsWithBasehead({
      ...repo,
      basehead: `${group.baseSha}...${group.headSha}`,
    });
    expect(data.commits.map((c) => c.sha)).toEqual([HEAD, group.headSha]);
  });
});
