/**
 * The slice of GitHub's GraphQL schema the fake serves, built on demand from the fake's
 * state: `viewer`, `repository.pullRequest` with labels, comments (with their edit history,
 * which REST does not give) and commits. Bots are written without `[bot]`, as GraphQL
 * does; `viewer` answers with the token's login, `[bot]` included for installation tokens.
 */
import type { Identity } from '../auth.js';
import { allows, canSeeRepo } from '../auth.js';
import { nodeId, type Urls } from '../serialize.js';
import {
  findRepo,
  fullName,
  type Account,
  type CommentRecord,
  type CommitRecord,
  type FakeState,
  type PullRecord,
  type RepoRecord,
} from '../state.js';
import { FieldError, QueryError, type GqlNode } from './execute.js';

export const MAX_FIRST = 100;
const MAX_PULL_COMMITS = 250;

function cursorOf(index: number): string {
  return Buffer.from(`cursor:v2:${index}`).toString('base64');
}

function indexOf(cursor: unknown): number {
  if (typeof cursor !== 'string') return -1;
  const match = /^cursor:v2:(\d+)$/u.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match?.[1] === undefined ? -1 : Number(match[1]);
}

/** GitHub's connection arguments: `first` (1–100) is required; `after` is a cursor. */
function connection<T>(
  name: string,
  items: readonly T[],
  args: Record<string, unknown>,
  node: (item: T) => unknown,
): GqlNode {
  const first = args['first'];
  if (typeof first !== 'number') {
    throw new QueryError([
      {
        message: `You must provide a \`first\` or \`last\` value to properly paginate the \`${name}\` connection.`,
      },
    ]);
  }
  if (first > MAX_FIRST || first < 0) {
    throw new QueryError([
      {
        message: `Requesting ${first} records on the \`${name}\` connection exceeds the \`first\` limit of ${MAX_FIRST} records.`,
      },
    ]);
  }
  const start = indexOf(args['after']) + 1;
  const page = items.slice(start, start + first);
  const end = start + page.length - 1;
  return {
    __typename: `${name}Connection`,
    totalCount: items.length,
    pageInfo: {
      __typename: 'PageInfo',
      hasNextPage: start + page.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: page.length === 0 ? null : cursorOf(start),
      endCursor: page.length === 0 ? null : cursorOf(end),
    },
    nodes: page.map(node),
  };
}

function actor(account: Account | null): GqlNode | null {
  if (account === null) return null;
  const bot = account.type === 'Bot';
  return {
    __typename: bot ? 'Bot' : account.type === 'Organization' ? 'Organization' : 'User',
    __interfaces: ['Actor'],
    login: bot ? account.login.replace(/\[bot\]$/u, '') : account.login,
    databaseId: account.id,
  };
}

function commentNode(
  urls: Urls,
  repo: RepoRecord,
  pull: PullRecord,
  entry: CommentRecord,
): GqlNode {
  const last = entry.edits.at(-1);
  return {
    __typename: 'IssueComment',
    __interfaces: ['Comment', 'Node'],
    id: nodeId('IC', entry.id),
    databaseId: entry.id,
    url: `${urls.web}/${fullName(repo)}/pull/${pull.number}#issuecomment-${entry.id}`,
    body: entry.body,
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
    lastEditedAt: last?.editedAt ?? null,
    includesCreatedEdit: entry.edits.length > 0,
    author: actor(entry.user),
    editor: last === undefined ? null : actor(last.editor),
    // Newest first, as GitHub lists them.
    userContentEdits: (args: Record<string, unknown>) =>
      connection('UserContentEdit', [...entry.edits].reverse(), args, (edit) => ({
        __typename: 'UserContentEdit',
        editedAt: edit.editedAt,
        createdAt: edit.editedAt,
        editor: actor(edit.editor),
      })),
  };
}

function gitActor(account: Account | null, date: string): GqlNode {
  return {
    __typename: 'GitActor',
    name: account?.login ?? 'someone',
    email: 'someone@example.com',
    date,
    // Bots are not Users: GraphQL's GitActor.user is null for them.
    user:
      account === null || account.type === 'Bot'
        ? null
        : { __typename: 'User', login: account.login },
  };
}

function commitNode(entry: CommitRecord): GqlNode {
  return {
    __typename: 'PullRequestCommit',
    commit: {
      __typename: 'Commit',
      oid: entry.sha,
      message: entry.message,
      committedDate: entry.date,
      authoredDate: entry.date,
      author: gitActor(entry.author, entry.date),
      committer: gitActor(entry.committer, entry.date),
      parents: (args: Record<string, unknown>) =>
        connection('Commit', entry.parents, args, (oid) => ({ __typename: 'Commit', oid })),
    },
  };
}

function pullNode(urls: Urls, state: FakeState, repo: RepoRecord, pull: PullRecord): GqlNode {
  const headRepo = findRepo(state, ...(pull.head.repo.split('/') as [string, string]));
  return {
    __typename: 'PullRequest',
    number: pull.number,
    state: pull.merged ? 'MERGED' : pull.state.toUpperCase(),
    merged: pull.merged,
    mergedAt: repo.git.merges.get(pull.number)?.mergedAt ?? null,
    mergeCommit: (() => {
      const sha = repo.git.merges.get(pull.number)?.sha;
      return sha === undefined ? null : { __typename: 'Commit', oid: sha };
    })(),
    baseRefOid: pull.base.sha,
    baseRefName: pull.base.ref,
    headRefOid: pull.head.sha,
    headRefName: pull.head.ref,
    headRepository: {
      __typename: 'Repository',
      nameWithOwner: headRepo === undefined ? pull.head.repo : fullName(headRepo),
    },
    author: actor(pull.user),
    labels: (args: Record<string, unknown>) =>
      connection('Label', pull.labels, args, (name) => ({ __typename: 'Label', name })),
    comments: (args: Record<string, unknown>) =>
      connection('IssueComment', pull.comments, args, (entry) =>
        commentNode(urls, repo, pull, entry),
      ),
    commits: (args: Record<string, unknown>) =>
      connection('PullRequestCommit', pull.commits.slice(0, MAX_PULL_COMMITS), args, commitNode),
  };
}

const READ_PULLS = [
  { scope: 'pull_requests', level: 'read' },
  { scope: 'issues', level: 'read' },
] as const;

export function rootNode(state: FakeState, urls: Urls, identity: Identity): GqlNode {
  return {
    __typename: 'Query',
    viewer: { __typename: 'User', login: identity.login },
    repository: (args: Record<string, unknown>) => {
      const owner = String(args['owner'] ?? '');
      const name = String(args['name'] ?? '');
      const repo = findRepo(state, owner, name);
      if (repo === undefined || !canSeeRepo(identity, fullName(repo)))
        throw new FieldError(
          'NOT_FOUND',
          `Could not resolve to a Repository with the name '${owner}/${name}'.`,
        );
      return {
        __typename: 'Repository',
        nameWithOwner: fullName(repo),
        pullRequest: (pullArgs: Record<string, unknown>) => {
          if (!allows(identity, READ_PULLS))
            throw new FieldError(
              'FORBIDDEN',
              `Resource not accessible by ${identity.type === 'Bot' ? 'integration' : 'personal access token'}`,
            );
          const pull = repo.pulls.get(Number(pullArgs['number']));
          if (pull === undefined)
            throw new FieldError(
              'NOT_FOUND',
              `Could not resolve to a PullRequest with the number of ${String(pullArgs['number'])}.`,
            );
          return pullNode(urls, state, repo, pull);
        },
      };
    },
  };
}
