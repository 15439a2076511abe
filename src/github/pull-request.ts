import * as z from 'zod';
import type { Account } from '../approval/facts.js';
import type { CommentFacts } from '../approval/trust.js';
import { call, type GitHubClient } from './client.js';
import type { PullRequestRef } from './repo.js';

/**
 * One GraphQL query reads what REST would take five requests for (docs/github.md,
 * "GraphQL"): who the token is (`viewer`), the pull request as it is now (its base may
 * differ from the event payload's: a retargeted PR), its live labels, the action's comment
 * candidates with their edit history (REST does not say who edited a comment), and the
 * commits with their GitHub-matched authors and committers.
 */
const QUERY = `query($owner: String!, $repo: String!, $number: Int!, $comments: String, $commits: String) {
  viewer { login }
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      baseRefOid baseRefName headRefOid headRefName
      headRepository { nameWithOwner }
      author { __typename login }
      labels(first: 100) { nodes { name } }
      comments(first: 100, after: $comments) {
        pageInfo { hasNextPage endCursor }
        nodes {
          id databaseId url body createdAt updatedAt
          author { __typename login }
          editor { __typename login }
          userContentEdits(first: 100) { totalCount nodes { editor { __typename login } } }
        }
      }
      commits(first: 100, after: $commits) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes { commit { oid
          parents(first: 2) { totalCount nodes { oid } }
          author { user { login } }
          committer { user { login } } } }
      }
    }
  }
}`;

const actor = z.object({ __typename: z.string(), login: z.string() }).nullable();
const page = z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() });
const gitActor = z.object({ user: z.object({ login: z.string() }).nullable() }).nullable();

const comment = z.object({
  id: z.string(),
  databaseId: z.number().int(),
  url: z.string(),
  body: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  author: actor,
  editor: actor,
  userContentEdits: z.object({
    totalCount: z.number().int(),
    nodes: z.array(z.object({ editor: actor }).nullable()),
  }),
});

const commit = z.object({
  commit: z.object({
    oid: z.string(),
    parents: z.object({
      totalCount: z.number().int(),
      nodes: z.array(z.object({ oid: z.string() })),
    }),
    author: gitActor,
    committer: gitActor,
  }),
});

const response = z.object({
  viewer: z.object({ login: z.string().min(1) }),
  repository: z
    .object({
      pullRequest: z
        .object({
          baseRefOid: z.string(),
          baseRefName: z.string(),
          headRefOid: z.string(),
          headRefName: z.string(),
          headRepository: z.object({ nameWithOwner: z.string() }).nullable(),
          author: actor,
          labels: z.object({ nodes: z.array(z.object({ name: z.string() })) }),
          comments: z.object({ pageInfo: page, nodes: z.array(comment) }),
          commits: z.object({
            totalCount: z.number().int(),
            pageInfo: page,
            nodes: z.array(commit),
          }),
        })
        .nullable(),
    })
    .nullable(),
});

export interface PullCommit {
  readonly oid: string;
  readonly parents: readonly string[];
  readonly author: string | undefined;
  readonly committer: string | undefined;
}

export interface LivePullRequest {
  /** The token's own login, REST form (`github-actions[bot]`, `my-app[bot]`, `octocat`). */
  readonly viewer: string;
  readonly baseSha: string;
  readonly baseRef: string;
  readonly headSha: string;
  readonly headRef: string;
  /** `owner/name` of the head repository (a fork's pushes are recorded there). */
  readonly headRepo: string | undefined;
  readonly author: Account | undefined;
  readonly labels: readonly string[];
  readonly comments: readonly CommentFacts[];
  readonly commits: readonly PullCommit[];
  readonly commitCount: number;
}

/** GraphQL names a bot `github-actions`; REST, and everything after this edge, `github-actions[bot]`. */
export function restLogin(node: { __typename: string; login: string }): string {
  return node.__typename === 'Bot' && !node.login.endsWith('[bot]')
    ? `${node.login}[bot]`
    : node.login;
}

function commentFacts(node: z.infer<typeof comment>): CommentFacts {
  const editors = node.userContentEdits.nodes.flatMap((edit) =>
    edit?.editor === null || edit?.editor === undefined ? [] : [restLogin(edit.editor)],
  );
  if (node.editor !== null) editors.push(restLogin(node.editor));
  return {
    id: node.databaseId,
    nodeId: node.id,
    url: node.url,
    body: node.body,
    author: node.author === null ? undefined : restLogin(node.author),
    createdAt: node.createdAt,
    updatedAt: node.updatedAt,
    editors,
    editsComplete: node.userContentEdits.totalCount <= node.userContentEdits.nodes.length,
  };
}

/** GitHub lists at most 250 commits of a pull request (docs/github.md). */
export const MAX_PULL_COMMITS = 250;

export async function readPullRequest(
  client: GitHubClient,
  pr: PullRequestRef,
): Promise<LivePullRequest> {
  const cursors: { comments: string | null; commits: string | null } = {
    comments: null,
    commits: null,
  };
  const collected = { comments: [] as CommentFacts[], commits: [] as PullCommit[] };
  // Each connection is read page by page; one that is done keeps its cursor and is not re-read.
  const reading = { comments: true, commits: true };
  for (;;) {
    const pull = await queryOnce(client, pr, cursors);
    if (reading.comments) collected.comments.push(...pull.comments.nodes.map(commentFacts));
    if (reading.commits) collected.commits.push(...pull.commits.nodes.map(commitOf));
    const { comments, commits } = pull;
    reading.comments = reading.comments && comments.pageInfo.hasNextPage;
    reading.commits =
      reading.commits &&
      commits.pageInfo.hasNextPage &&
      collected.commits.length < MAX_PULL_COMMITS;
    if (!reading.comments && !reading.commits) {
      return {
        viewer: pull.viewer,
        baseSha: pull.baseRefOid,
        baseRef: pull.baseRefName,
        headSha: pull.headRefOid,
        headRef: pull.headRefName,
        headRepo: pull.headRepository?.nameWithOwner,
        author:
          pull.author === null
            ? undefined
            : { login: restLogin(pull.author), type: pull.author.__typename },
        labels: pull.labels.nodes.map((node) => node.name),
        comments: dedupe(collected.comments),
        commits: collected.commits,
        commitCount: commits.totalCount,
      };
    }
    if (reading.comments) cursors.comments = comments.pageInfo.endCursor;
    if (reading.commits) cursors.commits = commits.pageInfo.endCursor;
  }
}

type PullNode = NonNullable<NonNullable<z.infer<typeof response>['repository']>['pullRequest']> & {
  readonly viewer: string;
};

async function queryOnce(
  client: GitHubClient,
  pr: PullRequestRef,
  cursors: { comments: string | null; commits: string | null },
): Promise<PullNode> {
  const raw: unknown = await call('read the pull request', () =>
    client.graphql(QUERY, { owner: pr.owner, repo: pr.repo, number: pr.number, ...cursors }),
  );
  const parsed = response.safeParse(raw);
  if (!parsed.success) {
    throw new Error(
      `could not read the pull request: GitHub's GraphQL answer had an unexpected shape (${parsed.error.issues[0]?.path.join('.') ?? ''})`,
    );
  }
  const pull = parsed.data.repository?.pullRequest;
  if (pull === null || pull === undefined) {
    throw new Error(
      `could not read the pull request: ${pr.owner}/${pr.repo}#${pr.number} was not found; check that the token can read it (pull-requests: read)`,
    );
  }
  return { ...pull, viewer: parsed.data.viewer.login };
}

function commitOf({ commit: node }: z.infer<typeof commit>): PullCommit {
  return {
    oid: node.oid,
    parents: node.parents.nodes.map((parent) => parent.oid),
    author: node.author?.user?.login,
    committer: node.committer?.user?.login,
  };
}

function dedupe(comments: readonly CommentFacts[]): CommentFacts[] {
  const byId = new Map<number, CommentFacts>();
  for (const entry of comments) byId.set(entry.id, entry);
  return [...byId.values()];
}
