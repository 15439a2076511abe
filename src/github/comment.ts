import type { ApprovalRecord } from '../approval/facts.js';
import { call, type GitHubClient } from './client.js';
import { parseMarker } from './marker.js';
import type { PullRequestRef } from './repo.js';

/** Who the action posts as: the only author whose marker comment is trusted. */
export interface Identity {
  readonly login: string;
}

/** The author of comments written with the workflow's GITHUB_TOKEN. */
export const ACTIONS_BOT = 'github-actions[bot]';

export interface OwnComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
  readonly record: ApprovalRecord;
}

/**
 * `GET /user` answers 403 for the GITHUB_TOKEN (GITHUB.md), whose comments are authored by
 * github-actions[bot]; such installation tokens start with `ghs_`, so the request is skipped.
 * Only that exact login is trusted: any other bot could carry a forged marker.
 */
export async function resolveIdentity(client: GitHubClient, token: string): Promise<Identity> {
  if (token.startsWith('ghs_')) return { login: ACTIONS_BOT };
  try {
    const { data } = await client.rest.users.getAuthenticated();
    return { login: data.login };
  } catch {
    return { login: ACTIONS_BOT };
  }
}

function isOwnAuthor(identity: Identity, user: { login: string } | null | undefined): boolean {
  return (
    user !== null && user !== undefined && user.login.toLowerCase() === identity.login.toLowerCase()
  );
}

/** The action's comments for this key, found by marker and author, oldest first. */
async function listOwnComments(
  client: GitHubClient,
  pr: PullRequestRef,
  key: string,
  identity: Identity,
): Promise<OwnComment[]> {
  const comments = await call('read comments', () =>
    client.paginate(client.rest.issues.listComments, {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      per_page: 100,
    }),
  );
  const own: OwnComment[] = [];
  for (const comment of comments) {
    if (!isOwnAuthor(identity, comment.user)) continue;
    const record = parseMarker(comment.body ?? '', key);
    if (record === undefined) continue;
    own.push({
      id: comment.id,
      body: comment.body ?? '',
      url: comment.html_url,
      record: { ...record, publishedAt: comment.updated_at },
    });
  }
  return own.sort((a, b) => a.id - b.id);
}

/** The action's comment for this key; the oldest if a race left several. */
export async function findOwnComment(
  client: GitHubClient,
  pr: PullRequestRef,
  key: string,
  identity: Identity,
): Promise<OwnComment | undefined> {
  return (await listOwnComments(client, pr, key, identity))[0];
}

/**
 * Two runs of one PR at once (a push and a label) can both find no comment and both create
 * one. After creating, the newer duplicates are deleted so the oldest stays the one comment.
 */
async function removeDuplicates(
  client: GitHubClient,
  pr: PullRequestRef,
  key: string,
  identity: Identity,
  created: number,
): Promise<number> {
  const own = await listOwnComments(client, pr, key, identity);
  const keep = own[0]?.id ?? created;
  for (const duplicate of own.slice(1)) {
    try {
      await client.rest.issues.deleteComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: duplicate.id,
      });
    } catch (error) {
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  return keep;
}

export type CommentWrite = 'created' | 'updated' | 'unchanged';

/** Creates or edits the one comment; no request at all when the body is already current. */
export async function upsertComment(
  client: GitHubClient,
  pr: PullRequestRef,
  existing: OwnComment | undefined,
  body: string,
  dedupe: { readonly key: string; readonly identity: Identity },
): Promise<{ readonly write: CommentWrite; readonly url: string }> {
  if (existing !== undefined && existing.body === body)
    return { write: 'unchanged', url: existing.url };
  if (existing !== undefined) {
    try {
      const { data } = await client.rest.issues.updateComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: existing.id,
        body,
      });
      return { write: 'updated', url: data.html_url };
    } catch (error) {
      // Deleted by a person since we listed it: post a new one rather than fail.
      if ((error as { status?: number }).status !== 404) throw error;
    }
  }
  const { data } = await client.rest.issues.createComment({
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    body,
  });
  const kept = await removeDuplicates(client, pr, dedupe.key, dedupe.identity, data.id);
  if (kept !== data.id) {
    // Another run created the comment first: ours was deleted, bring the survivor up to date.
    const { data: survivor } = await client.rest.issues.updateComment({
      owner: pr.owner,
      repo: pr.repo,
      comment_id: kept,
      body,
    });
    return { write: 'updated', url: survivor.html_url };
  }
  return { write: 'created', url: data.html_url };
}
