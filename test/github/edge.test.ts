import { describe, expect, it } from 'vitest';
import { latestPushAt } from '../../src/github/activity.js';
import { CodeownersUnreadableError, fetchCodeowners } from '../../src/github/codeowners.js';
import { listDirectory } from '../../src/github/contents.js';
import { listChangedFiles } from '../../src/github/files.js';
import { postingIdentity } from '../../src/github/identity.js';
import { latestLabeling } from '../../src/github/labels.js';
import { readPermission } from '../../src/github/permission.js';
import { fakeOctokit } from './octokit.js';

const repo = { owner: 'acme', repo: 'infra' };
const pr = { ...repo, number: 7 };
const CONTENTS = 'GET /repos/{owner}/{repo}/contents/{path}';

describe('CODEOWNERS at the base', () => {
  it('moves on only on 404, in GitHub’s order, and reads the raw text', async () => {
    const { client, calls } = fakeOctokit({
      [CONTENTS]: (params) =>
        params['path'] === 'docs/CODEOWNERS'
          ? { status: 200, data: '* @alice\n' }
          : { status: 404, data: { message: 'Not Found' } },
    });
    expect(await fetchCodeowners(client, repo, 'base')).toEqual({
      path: 'docs/CODEOWNERS',
      text: '* @alice\n',
    });
    expect(calls.map((call) => call.params['path'])).toEqual([
      '.github/CODEOWNERS',
      'CODEOWNERS',
      'docs/CODEOWNERS',
    ]);
    expect(calls.every((call) => call.params['ref'] === 'base')).toBe(true);
  });

  it('never falls through past a file answered in another shape', async () => {
    const { client, calls } = fakeOctokit({
      [CONTENTS]: () => ({ status: 200, data: [{ name: 'x', type: 'file' }] }),
    });
    await expect(fetchCodeowners(client, repo, 'base')).rejects.toBeInstanceOf(
      CodeownersUnreadableError,
    );
    expect(calls).toHaveLength(1);
  });

  it('refuses a binary file', async () => {
    const { client } = fakeOctokit({ [CONTENTS]: () => ({ status: 200, data: 'a\u0000b' }) });
    await expect(fetchCodeowners(client, repo, 'base')).rejects.toThrow(/not text/u);
  });

  it('names the permission on a 403', async () => {
    const { client } = fakeOctokit({
      [CONTENTS]: () => ({
        status: 403,
        data: { message: 'Resource not accessible by integration' },
      }),
    });
    await expect(fetchCodeowners(client, repo, 'base')).rejects.toThrow(/contents: read/u);
  });
});

describe('a module directory at a ref', () => {
  it('lists the files directly inside; none when it does not exist or is a file', async () => {
    const listing = [
      { name: 'main.tf', type: 'file' },
      { name: 'modules', type: 'dir' },
    ];
    const { client, calls } = fakeOctokit({
      [CONTENTS]: (params) =>
        params['path'] === 'infra/db'
          ? { status: 200, data: listing }
          : params['path'] === 'a.tf'
            ? { status: 200, data: { type: 'file' } }
            : { status: 404 },
      'GET /repos/{owner}/{repo}/contents': () => ({
        status: 200,
        data: [{ name: 'root.tf', type: 'file' }],
      }),
    });
    expect(await listDirectory(client, repo, 'infra/db', 'base')).toEqual(['main.tf']);
    expect(await listDirectory(client, repo, 'gone', 'base')).toEqual([]);
    expect(await listDirectory(client, repo, 'a.tf', 'base')).toEqual([]);
    expect(await listDirectory(client, repo, '.', 'base')).toEqual(['root.tf']);
    expect(calls.at(-1)?.route).toBe('GET /repos/{owner}/{repo}/contents');
  });
});

describe('changed files', () => {
  it('lists a rename’s old name as removed, and refuses past the cap without listing', async () => {
    const { client } = fakeOctokit({
      'GET /repos/{owner}/{repo}/pulls/{pull_number}/files': () => ({
        status: 200,
        data: [
          { filename: 'infra/db/new.tf', status: 'renamed', previous_filename: 'infra/db/old.tf' },
        ],
      }),
    });
    expect(await listChangedFiles(client, pr, undefined)).toEqual([
      { filename: 'infra/db/new.tf', status: 'renamed' },
      { filename: 'infra/db/old.tf', status: 'removed' },
    ]);
    await expect(listChangedFiles(client, pr, 3001)).rejects.toThrow(/split the pull request/u);
  });
});

describe('GitHub’s record of the latest push', () => {
  const activity = (entries: unknown[]) =>
    fakeOctokit({
      'GET /repos/{owner}/{repo}/activity': () => ({ status: 200, data: entries }),
    });

  it('is the newest push or force push to the branch, when it made the head', async () => {
    const { client, calls } = activity([
      { after: 'old', timestamp: '2026-11-20T09:00:00Z', activity_type: 'push' },
      { after: 'head', timestamp: '2026-11-20T10:00:00Z', activity_type: 'force_push' },
      { after: 'x', timestamp: '2026-11-20T11:00:00Z', activity_type: 'pr_merge' },
    ]);
    expect(await latestPushAt(client, repo, 'feature', 'head')).toBe('2026-11-20T10:00:00Z');
    expect(calls[0]?.params['ref']).toBe('refs/heads/feature');
  });

  it('is unknown when GitHub’s record lags behind the head', async () => {
    const { client } = activity([
      { after: 'old', timestamp: '2026-11-20T09:00:00Z', activity_type: 'push' },
    ]);
    expect(await latestPushAt(client, repo, 'feature', 'head')).toBeUndefined();
  });
});

describe('collaborator permission', () => {
  it('reads the access level; not a collaborator is none', async () => {
    const { client } = fakeOctokit({
      'GET /repos/{owner}/{repo}/collaborators/{username}/permission': (params) =>
        params['username'] === 'alice'
          ? { status: 200, data: { permission: 'write', role_name: 'maintain' } }
          : { status: 404, data: { message: 'Not Found' } },
    });
    expect(await readPermission(client, repo, 'alice')).toBe('write');
    expect(await readPermission(client, repo, 'nobody')).toBe('none');
  });
});

describe('label events', () => {
  const event = (id: number, kind: string, login: string, app?: string) => ({
    id,
    event: kind,
    created_at: `2026-11-20T10:0${id}:00Z`,
    label: { name: 'Destroy-Approved' },
    actor: { login, type: 'User' },
    performed_via_github_app: app === undefined ? null : { slug: app },
  });

  it('is the latest labeled event after any unlabeled one', () => {
    expect(
      latestLabeling(
        [event(1, 'labeled', 'alice'), event(2, 'unlabeled', 'alice')],
        'destroy-approved',
      ),
    ).toBeUndefined();
    expect(
      latestLabeling(
        [event(3, 'labeled', 'bob', 'app'), event(1, 'labeled', 'alice')],
        'destroy-approved',
      ),
    ).toMatchObject({ eventId: 3, actor: { login: 'bob' }, viaApp: 'app' });
  });
});

describe('the posting identity', () => {
  it('is GraphQL’s viewer, when the kind of token agrees', () => {
    expect(postingIdentity('github-actions[bot]', 'ghs_x')).toBe('github-actions[bot]');
    expect(postingIdentity('infra-guard[bot]', 'ghs_x')).toBe('infra-guard[bot]');
    expect(postingIdentity('octocat', 'github_pat_x')).toBe('octocat');
    expect(() => postingIdentity('octocat', 'ghs_x')).toThrow(/cannot tell/u);
    expect(() => postingIdentity('github-actions[bot]', 'ghp_x')).toThrow(/cannot tell/u);
  });
});
