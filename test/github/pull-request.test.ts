import { describe, expect, it } from 'vitest';
import { readPullRequest, restLogin } from '../../src/github/pull-request.js';
import { fakeOctokit } from './octokit.js';

const pr = { owner: 'acme', repo: 'infra', number: 7 };
const page = (hasNextPage: boolean, endCursor: string | null) => ({ hasNextPage, endCursor });

function comment(id: number, edits: { __typename: string; login: string }[] = []) {
  return {
    id: `IC_${id}`,
    databaseId: id,
    url: `https://github.com/acme/infra/pull/7#issuecomment-${id}`,
    body: `body ${id}`,
    createdAt: '2026-11-20T09:00:00Z',
    updatedAt: '2026-11-20T09:00:00Z',
    author: { __typename: 'Bot', login: 'github-actions' },
    editor: edits.at(-1) ?? null,
    userContentEdits: { totalCount: edits.length, nodes: edits.map((editor) => ({ editor })) },
  };
}

function answer(
  comments: unknown[],
  commentsPage: ReturnType<typeof page>,
  commits: unknown[] = [],
) {
  return {
    status: 200,
    data: {
      data: {
        viewer: { login: 'github-actions[bot]' },
        repository: {
          pullRequest: {
            baseRefOid: 'base',
            baseRefName: 'main',
            headRefOid: 'head',
            headRefName: 'feature',
            headRepository: { nameWithOwner: 'acme/infra' },
            author: { __typename: 'User', login: 'dev' },
            labels: { nodes: [{ name: 'destroy-approved' }] },
            comments: { pageInfo: commentsPage, nodes: comments },
            commits: { totalCount: commits.length, pageInfo: page(false, null), nodes: commits },
          },
        },
      },
    },
  };
}

describe('the pull request through GraphQL', () => {
  it('writes bot logins in REST form and collects every editor', async () => {
    const edits = [
      { __typename: 'Bot', login: 'github-actions' },
      { __typename: 'User', login: 'mallory' },
    ];
    const { client } = fakeOctokit({
      'POST /graphql': () => answer([comment(1, edits)], page(false, null)),
    });
    const live = await readPullRequest(client, pr);
    expect(live).toMatchObject({
      viewer: 'github-actions[bot]',
      baseSha: 'base',
      headRepo: 'acme/infra',
      labels: ['destroy-approved'],
    });
    expect(live.comments[0]).toMatchObject({
      author: 'github-actions[bot]',
      editors: ['github-actions[bot]', 'mallory', 'mallory'],
      editsComplete: true,
    });
    expect(restLogin({ __typename: 'User', login: 'octocat' })).toBe('octocat');
  });

  it('pages through comments without reading the finished commits again', async () => {
    const commit = {
      commit: {
        oid: 'c1',
        parents: { totalCount: 1, nodes: [{ oid: 'base' }] },
        author: { user: { login: 'dev' } },
        committer: null,
      },
    };
    const { client, calls } = fakeOctokit({
      'POST /graphql': (params) =>
        params['comments'] === null
          ? answer([comment(1)], page(true, 'p1'), [commit])
          : answer([comment(2)], page(false, null), [commit]),
    });
    const live = await readPullRequest(client, pr);
    expect(live.comments.map((entry) => entry.id)).toEqual([1, 2]);
    expect(live.commits).toEqual([
      { oid: 'c1', parents: ['base'], author: 'dev', committer: undefined },
    ]);
    expect(calls.map((call) => call.params['comments'])).toEqual([null, 'p1']);
  });

  it('says so when the pull request cannot be seen', async () => {
    const { client } = fakeOctokit({
      'POST /graphql': () => ({
        status: 200,
        data: { data: { viewer: { login: 'x[bot]' }, repository: null } },
      }),
    });
    await expect(readPullRequest(client, pr)).rejects.toThrow(/pull-requests: read/u);
  });
});
