/**
 * The webhook payload a runner writes to GITHUB_EVENT_PATH for pull_request,
 * pull_request_target and pull_request_review, built from the fake's current state. The
 * payload is a snapshot: a re-run keeps it while the API moves on (GITHUB.md).
 */
import { requirePull, requireRepo } from './world.js';
import { label, pull, repository, review, user, type Urls } from './serialize.js';
import { account, key, labelDefinition, type ActorInput, type FakeState } from './state.js';

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
