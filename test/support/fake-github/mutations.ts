/**
 * Changes to the world made the way GitHub makes them: labelling emits an issue event (but
 * re-adding a present label does not), a push moves `head.sha` and leaves old reviews on their
 * old commit, and so on. Both the test helpers and the API routes go through these.
 */
import type { Clock } from './clock.js';
import {
  account,
  findComment,
  labelDefinition,
  labelIndex,
  nextId,
  type Account,
  type ActorInput,
  type CommentRecord,
  type FakeState,
  type IssueEventRecord,
  type PullRecord,
  type RepoRecord,
  type ReviewRecord,
  type ReviewState,
} from './state.js';
import { app, requirePull, requireRepo, stamp, type AppInput, type When } from './world.js';

/** "Update branch": GitHub merges the base into the head, committed by web-flow. */
export function updateBranch(
  state: FakeState,
  now: Clock,
  repoName: string,
  number: number,
  sha: string,
  by: ActorInput,
  options: When = {},
): PullRecord {
  const pull = requirePull(state, repoName, number);
  return pushCommit(state, now, repoName, number, sha, {
    ...options,
    by,
    author: by,
    committer: { login: 'web-flow', type: 'User' },
    parents: [pull.head.sha, pull.base.sha],
  });
}

/** The PR's base is changed (retargeted, or the base branch moved): the payload keeps the old one. */
export function setBase(
  state: FakeState,
  repoName: string,
  number: number,
  base: { sha: string; ref?: string },
): void {
  const pull = requirePull(state, repoName, number);
  pull.base = { sha: base.sha, ref: base.ref ?? pull.base.ref };
}

export interface LabelOptions extends When {
  /** The App that performed the change on the actor's behalf (`performed_via_github_app`). */
  readonly viaApp?: AppInput;
}

/** Applies a label; GitHub emits no `labeled` event when the label is already present. */
export function addLabel(
  state: FakeState,
  now: Clock,
  repoName: string,
  number: number,
  name: string,
  actor: ActorInput,
  options: LabelOptions = {},
): IssueEventRecord | undefined {
  const repo = requireRepo(state, repoName);
  const pull = requirePull(state, repoName, number);
  if (labelIndex(pull, name) !== -1) return undefined;
  const definition = labelDefinition(state, repo, name);
  pull.labels.push(definition.name);
  return pushEvent(state, now, pull, 'labeled', definition, account(state, actor), options);
}

/** Removes a label if present, emitting `unlabeled`; returns undefined when it was absent. */
export function removeLabel(
  state: FakeState,
  now: Clock,
  repoName: string,
  number: number,
  name: string,
  actor: ActorInput,
  options: LabelOptions = {},
): IssueEventRecord | undefined {
  const repo = requireRepo(state, repoName);
  const pull = requirePull(state, repoName, number);
  const index = labelIndex(pull, name);
  if (index === -1) return undefined;
  pull.labels.splice(index, 1);
  const definition = labelDefinition(state, repo, name);
  return pushEvent(state, now, pull, 'unlabeled', definition, account(state, actor), options);
}

function pushEvent(
  state: FakeState,
  now: Clock,
  pull: PullRecord,
  event: 'labeled' | 'unlabeled',
  label: { name: string; color: string },
  actor: Account,
  options: LabelOptions,
): IssueEventRecord {
  const record: IssueEventRecord = {
    id: nextId(state, 'event'),
    event,
    actor,
    label: { name: label.name, color: label.color },
    createdAt: stamp(now, options),
    viaApp: options.viaApp === undefined ? null : app(state, options.viaApp),
  };
  pull.events.push(record);
  pull.updatedAt = record.createdAt;
  return record;
}

export interface CommentOptions extends When {
  readonly viaApp?: AppInput;
}

export function addComment(
  state: FakeState,
  now: Clock,
  repoName: string,
  number: number,
  body: string,
  author: ActorInput,
  options: CommentOptions = {},
): CommentRecord {
  const pull = requirePull(state, repoName, number);
  const at = stamp(now, options);
  const comment: CommentRecord = {
    id: nextId(state, 'comment'),
    body,
    user: account(state, author),
    createdAt: at,
    updatedAt: at,
    viaApp: options.viaApp === undefined ? null : app(state, options.viaApp),
    edits: [],
  };
  pull.comments.push(comment);
  return comment;
}

function locateComment(
  state: FakeState,
  id: number,
): { repo: RepoRecord; pull: PullRecord; comment: CommentRecord } | undefined {
  for (const repo of state.repos.values()) {
    const found = findComment(repo, id);
    if (found !== undefined) return { repo, ...found };
  }
  return undefined;
}

export interface EditOptions extends When {
  /** Who edits; default the comment's author. Anyone with write access can edit any comment. */
  readonly by?: ActorInput;
}

/**
 * Edits a comment and keeps its history as GitHub does: the first edit also records the
 * original as an edit by the author (`includesCreatedEdit`), then one entry per edit.
 */
export function recordEdit(
  comment: CommentRecord,
  editor: Account,
  body: string,
  at: string,
): void {
  if (comment.edits.length === 0)
    comment.edits.push({ editor: comment.user, editedAt: comment.createdAt });
  comment.edits.push({ editor, editedAt: at });
  comment.body = body;
  comment.updatedAt = at;
}

export function editComment(
  state: FakeState,
  now: Clock,
  id: number,
  body: string,
  options: EditOptions = {},
): CommentRecord {
  const found = locateComment(state, id);
  if (found === undefined) throw new Error(`fake-github: no comment ${id}`);
  const editor = options.by === undefined ? found.comment.user : account(state, options.by);
  recordEdit(found.comment, editor, body, stamp(now, options));
  return found.comment;
}

/** Deletes a comment the way a person would in the UI; false when there was none. */
export function deleteComment(state: FakeState, id: number): boolean {
  const found = locateComment(state, id);
  if (found === undefined) return false;
  found.pull.comments.splice(found.pull.comments.indexOf(found.comment), 1);
  return true;
}

export interface ReviewOptions extends When {
  /** The commit reviewed; defaults to the pull request's current head. */
  readonly commitId?: string;
  readonly body?: string;
}

export function addReview(
  state: FakeState,
  now: Clock,
  repoName: string,
  number: number,
  reviewer: ActorInput,
  reviewState: ReviewState,
  options: ReviewOptions = {},
): ReviewRecord {
  const pull = requirePull(state, repoName, number);
  const review: ReviewRecord = {
    id: nextId(state, 'review'),
    user: account(state, reviewer),
    state: reviewState,
    body: options.body ?? '',
    commitId: options.commitId ?? pull.head.sha,
    submittedAt: stamp(now, options),
  };
  pull.reviews.push(review);
  return review;
}

export function dismissReview(
  state: FakeState,
  repoName: string,
  number: number,
  id: number,
): ReviewRecord {
  const review = requirePull(state, repoName, number).reviews.find((r) => r.id === id);
  if (review === undefined)
    throw new Error(`fake-github: no review ${id} on ${repoName}#${number}`);
  review.state = 'DISMISSED';
  return review;
}

export interface PushOptions extends When {
  /** Branch protection "Dismiss stale pull request approvals when new commits are pushed". */
  readonly dismissStaleReviews?: boolean;
  /** Who pushes (the activity log's actor); default the pull request's author. */
  readonly by?: ActorInput;
  /** The new commit's author and committer as GitHub matched them; default the pusher. */
  readonly author?: ActorInput | null;
  readonly committer?: ActorInput | null;
  /** Parents of the new commit; default the previous head. */
  readonly parents?: readonly string[];
  /** The commit date the author wrote (any value: it proves nothing). */
  readonly commitDate?: string;
  /** A force push replaces the PR's commits with this one. */
  readonly force?: boolean;
}

/** A push to the head branch: new head SHA; existing reviews keep their old `commit_id`. */
export function pushCommit(
  state: FakeState,
  now: Clock,
  repoName: string,
  number: number,
  sha: string,
  options: PushOptions = {},
): PullRecord {
  const pull = requirePull(state, repoName, number);
  const repo = requireRepo(state, repoName);
  const at = stamp(now, options);
  const pusher = options.by === undefined ? pull.user : account(state, options.by);
  const who = (input: ActorInput | null | undefined): Account | null =>
    input === null ? null : input === undefined ? pusher : account(state, input);
  if (options.force === true) pull.commits.length = 0;
  pull.commits.push({
    sha,
    parents: options.parents ?? [pull.head.sha],
    author: who(options.author),
    committer: who(options.committer),
    date: options.commitDate ?? at,
    message: 'Change',
  });
  repo.activity.push({
    id: nextId(state, 'misc'),
    ref: `refs/heads/${pull.head.ref}`,
    before: pull.head.sha,
    after: sha,
    timestamp: at,
    activityType: options.force === true ? 'force_push' : 'push',
    actor: pusher,
  });
  pull.head.sha = sha;
  pull.updatedAt = at;
  if (options.dismissStaleReviews === true) {
    for (const review of pull.reviews) if (review.state === 'APPROVED') review.state = 'DISMISSED';
  }
  return pull;
}
