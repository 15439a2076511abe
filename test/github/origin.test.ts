import { describe, expect, it } from 'vitest';
import { GitHubError } from '../../src/github/client.js';
import { parseQueueRef, pullsInGroup, pullsMergedAs } from '../../src/github/origin.js';
import { fakeOctokit } from './octokit.js';

const repo = { owner: 'acme', repo: 'infra' };
const PULLS = 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls';
const COMPARE = 'GET /repos/{owner}/{repo}/compare/{basehead}';
const REFS = 'GET /repos/{owner}/{repo}/git/matching-refs/{ref}';
const sha = (c: string) => c.repeat(40);

function listed(number: number, fields: Record<string, unknown> = {}) {
  return {
    number,
    merged_at: '2026-11-24T10:00:00Z',
    merge_commit_sha: sha('a'),
    base: { ref: 'main', sha: sha('0') },
    ...fields,
  };
}

describe('the pull request a pushed commit was merged as', () => {
  it('keeps only a PR merged as exactly that commit into that branch', async () => {
    const { client, calls } = fakeOctokit({
      [PULLS]: () => ({
        status: 200,
        data: [
          listed(7),
          listed(8, { merged_at: null, merge_commit_sha: sha('a') }), // open: its test merge
          listed(9, { merge_commit_sha: sha('b') }), // merged as another commit
          listed(10, { base: { ref: 'release', sha: sha('0') } }), // merged into another branch
        ],
      }),
    });
    // The base it merged onto, not the branch's tip after the merge (which holds its edits).
    expect(await pullsMergedAs(client, repo, sha('a'), 'main')).toEqual([
      { number: 7, baseSha: sha('0') },
    ]);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(
      `https://api.github.test/repos/acme/infra/commits/${sha('a')}/pulls?per_page=100`,
    );
  });

  it('finds none for a direct push', async () => {
    const { client } = fakeOctokit({ [PULLS]: () => ({ status: 200, data: [] }) });
    expect(await pullsMergedAs(client, repo, sha('a'), 'main')).toEqual([]);
  });

  it('fails with the permission to add on 403, and on an answer of another shape', async () => {
    const denied = fakeOctokit({
      [PULLS]: () => ({ status: 403, data: { message: 'Resource not accessible by integration' } }),
    });
    const error = await pullsMergedAs(denied.client, repo, sha('a'), 'main').catch((e) => e);
    expect(error).toBeInstanceOf(GitHubError);
    expect(String(error)).toContain('pull-requests: read');
    const odd = fakeOctokit({ [PULLS]: () => ({ status: 200, data: [{ number: 'x' }] }) });
    await expect(pullsMergedAs(odd.client, repo, sha('a'), 'main')).rejects.toThrow(
      'unexpected shape',
    );
  });
});

describe('the pull requests of a merge group', () => {
  const group = {
    headSha: sha('3'),
    headRef: `refs/heads/gh-readonly-queue/main/pr-12-${sha('c')}`,
    baseSha: sha('0'),
    baseRef: 'refs/heads/main',
  };
  const ref = (pr: number, head: string, at: string) => ({
    ref: `refs/heads/gh-readonly-queue/main/pr-${pr}-${sha(head)}`,
    object: { sha: sha(at), type: 'commit' },
  });

  it('are the queue entries whose commit is in the group', async () => {
    const { client, calls } = fakeOctokit({
      [COMPARE]: () => ({
        status: 200,
        data: {
          total_commits: 3,
          commits: [{ sha: sha('1') }, { sha: sha('2') }, { sha: sha('3') }],
        },
      }),
      [REFS]: () => ({
        status: 200,
        data: [
          ref(9, '9', '9'),
          ref(10, 'a', '1'),
          ref(11, 'b', '2'),
          ref(12, 'c', '3'),
          ref(13, 'd', '4'),
        ],
      }),
    });
    expect(await pullsInGroup(client, repo, group)).toEqual([
      { number: 10, headSha: sha('a') },
      { number: 11, headSha: sha('b') },
      { number: 12, headSha: sha('c') },
    ]);
    expect(calls.map((call) => call.route)).toEqual([COMPARE, REFS]);
    expect(calls[0]?.params).toEqual({
      owner: 'acme',
      repo: 'infra',
      basehead: `${sha('0')}...${sha('3')}`,
    });
    // Octokit escapes the slashes of a ref parameter; GitHub reads them back.
    expect(decodeURIComponent(calls[1]?.url ?? '')).toBe(
      'https://api.github.test/repos/acme/infra/git/matching-refs/heads/gh-readonly-queue/main/?per_page=100',
    );
  });

  it('always include the PR the head ref names', async () => {
    const { client } = fakeOctokit({
      [COMPARE]: () => ({ status: 200, data: { total_commits: 1, commits: [{ sha: sha('3') }] } }),
      [REFS]: () => ({ status: 200, data: [] }),
    });
    expect(await pullsInGroup(client, repo, group)).toEqual([{ number: 12, headSha: sha('c') }]);
  });

  it('refuses a group longer than GitHub lists', async () => {
    const { client } = fakeOctokit({
      [COMPARE]: () => ({
        status: 200,
        data: { total_commits: 300, commits: [{ sha: sha('3') }] },
      }),
      [REFS]: () => ({ status: 200, data: [] }),
    });
    await expect(pullsInGroup(client, repo, group)).rejects.toThrow('queue fewer pull requests');
  });

  it('reads queue refs of bases with slashes, and nothing else', () => {
    expect(
      parseQueueRef(`refs/heads/gh-readonly-queue/release/1.x/pr-4-${sha('e')}`, 'release/1.x'),
    ).toEqual({ number: 4, headSha: sha('e') });
    expect(
      parseQueueRef(`refs/heads/gh-readonly-queue/main/pr-4-${sha('e')}`, 'release/1.x'),
    ).toBeUndefined();
    expect(
      parseQueueRef(`refs/heads/gh-readonly-queue/main/pr-x-${sha('e')}`, 'main'),
    ).toBeUndefined();
    expect(parseQueueRef(`refs/heads/main`, 'main')).toBeUndefined();
  });
});
