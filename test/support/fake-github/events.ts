/**
 * The webhook payload a runner writes to GITHUB_EVENT_PATH for pull_request,
 * pull_request_target, pull_request_review, push and merge_group, built from the fake's
 * current state. The payload is a snapshot: a re-run keeps it while the API moves on (GITHUB.md).
 */
import { aheadOf, commitGraph, madeUpSha, type MergeGroup } from './git.js';
import { requirePull, requireRepo } from './world.js';
import { label, pull, repository, review, user, type Urls } from './serialize.js';
import {
  account,
  key,
  labelDefinition,
  type ActorInput,
  type CommitRecord,
  type FakeState,
} from './state.js';

export type PullRequestAction =
  | 'opened'
  | 'synchronize'
  | 'reopened'
  | 'edited'
  | 'closed'
  | 'labeled'
  | 'unlabeled'
  | 'ready_for_review'
  | 'submitted'
  | 'dismissed';

export interface PullRequestEventExtra {
  /** For labeled/unlabeled: the label (default: the latest such event's label). */
  readonly label?: string;
  /** For submitted/dismissed (pull_request_review): the review id (default: the latest review). */
  readonly reviewId?: number;
  /** Default: the labeller, the reviewer, or the pull request's author. */
  readonly sender?: ActorInput;
  /** synchronize: the previous head SHA. */
  readonly before?: string;
  /** Merged over the payload last, to model anything else. */
  readonly payload?: Readonly<Record<string, unknown>>;
}

export type EventPayload = Record<string, unknown>;

export function buildPullRequestEvent(
  state: FakeState,
  urls: Urls,
  repoName: string,
  number: number,
  action: PullRequestAction,
  extra: PullRequestEventExtra = {},
): EventPayload {
  const repo = requireRepo(state, repoName);
  const record = requirePull(state, repoName, number);
  const labels = record.labels.map((name) => labelDefinition(state, repo, name));
  const payload: EventPayload = {
    action,
    number: record.number,
    pull_request: pull(urls, repo, record, labels),
    repository: repository(urls, repo),
  };
  let sender = record.user;

  if (action === 'labeled' || action === 'unlabeled') {
    const event = [...record.events]
      .reverse()
      .find(
        (entry) =>
          entry.event === action &&
          (extra.label === undefined || key(entry.label?.name ?? '') === key(extra.label)),
      );
    const name = extra.label ?? event?.label?.name;
    if (name === undefined)
      throw new Error(`fake-github: no ${action} event on ${repoName}#${number}; pass extra.label`);
    payload['label'] = label(urls, repo, labelDefinition(state, repo, name));
    if (event !== undefined) sender = event.actor;
  }

  if (action === 'submitted' || action === 'dismissed' || extra.reviewId !== undefined) {
    const entry =
      extra.reviewId === undefined
        ? record.reviews.at(-1)
        : record.reviews.find((r) => r.id === extra.reviewId);
    if (entry === undefined)
      throw new Error(`fake-github: no review on ${repoName}#${number} for a ${action} event`);
    payload['review'] = review(urls, repo, record, entry);
    sender = entry.user;
  }

  if (extra.before !== undefined) {
    payload['before'] = extra.before;
    payload['after'] = record.head.sha;
  }
  payload['sender'] = user(
    urls,
    extra.sender === undefined ? sender : account(state, extra.sender),
  );
  return { ...payload, ...extra.payload };
}

/** The `head_commit` / `commits[]` shape of push payloads. */
function pushCommitJson(urls: Urls, repoName: string, commit: CommitRecord): EventPayload {
  const person = (who: CommitRecord['author']) => ({
    name: who?.login ?? 'someone',
    email: `${who?.login ?? 'someone'}@users.noreply.github.com`,
    ...(who === null ? {} : { username: who.login }),
  });
  return {
    id: commit.sha,
    tree_id: madeUpSha(`tree:${commit.sha}`),
    distinct: true,
    message: commit.message,
    timestamp: commit.date,
    url: `${urls.web}/${repoName}/commit/${commit.sha}`,
    author: person(commit.author),
    committer: person(commit.committer),
    added: [],
    removed: [],
    modified: [],
  };
}

export interface PushEventInput {
  /** `refs/heads/main`. */
  readonly ref: string;
  readonly before: string;
  readonly after: string;
  /** Default: the author of `after`, else the repository's owner. */
  readonly pusher?: ActorInput;
}

/** GitHub's `push` payload, from the fake's commit graph (commits: `before..after`, at most 20). */
export function buildPushEvent(
  state: FakeState,
  urls: Urls,
  repoName: string,
  input: PushEventInput,
): EventPayload {
  const repo = requireRepo(state, repoName);
  const graph = commitGraph(repo);
  const head = graph.get(input.after);
  const zero = /^0+$/u.test(input.before);
  const shas = zero ? [input.after] : aheadOf(graph, input.before, input.after);
  const pusher =
    input.pusher === undefined ? (head?.author ?? repo.owner) : account(state, input.pusher);
  return {
    ref: input.ref,
    before: input.before,
    after: input.after,
    created: zero,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${urls.web}/${repoName}/compare/${input.before.slice(0, 12)}...${input.after.slice(0, 12)}`,
    commits: shas.slice(-20).flatMap((sha) => {
      const commit = graph.get(sha);
      return commit === undefined ? [] : [pushCommitJson(urls, repoName, commit)];
    }),
    head_commit: head === undefined ? null : pushCommitJson(urls, repoName, head),
    // Push payloads carry the repository with `owner.name` as well as `owner.login`.
    repository: {
      ...repository(urls, repo),
      owner: { ...user(urls, repo.owner), name: repo.owner.login },
    },
    pusher: { name: pusher.login, email: `${pusher.login}@users.noreply.github.com` },
    sender: user(urls, pusher),
  };
}

/** GitHub's `merge_group` payload (action `checks_requested`) for a group the queue built. */
export function buildMergeGroupEvent(
  state: FakeState,
  urls: Urls,
  repoName: string,
  group: MergeGroup,
): EventPayload {
  const repo = requireRepo(state, repoName);
  const head = commitGraph(repo).get(group.headSha);
  if (head === undefined) throw new Error(`fake-github: no commit ${group.headSha}`);
  const full = pushCommitJson(urls, repoName, head);
  const headCommit = Object.fromEntries(
    ['id', 'tree_id', 'message', 'timestamp', 'author', 'committer'].map((name) => [
      name,
      name === 'author' || name === 'committer'
        ? {
            name: head[name]?.login ?? 'someone',
            email: `${head[name]?.login ?? 'someone'}@users.noreply.github.com`,
          }
        : full[name],
    ]),
  );
  return {
    action: 'checks_requested',
    merge_group: {
      head_sha: group.headSha,
      head_ref: group.headRef,
      base_sha: group.baseSha,
      base_ref: group.baseRef,
      head_commit: headCommit,
    },
    repository: repository(urls, repo),
    sender: user(urls, group.queuedBy),
  };
}
