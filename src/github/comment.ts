import { sameLogin } from '../approval/accounts.js';
import { parseRecord, type RecordScope } from '../approval/record.js';
import { statusOf, type GitHubClient } from './client.js';
import type { PullRequestRef } from './repo.js';

export interface ExistingComment {
  readonly id: number;
  readonly body: string;
  readonly url: string;
}

export type CommentWrite = 'created' | 'updated' | 'replaced' | 'unchanged';

export interface CommentPlan {
  readonly existing: ExistingComment | undefined;
  /** The existing comment's record is untrusted: post a new comment and delete it. */
  readonly replace: boolean;
  readonly identity: string;
  readonly scope: RecordScope;
}

/**
 * Creates, edits or replaces the one comment; no request at all when the body is current.
 * A comment someone else edited stays untrusted for good (its edit history keeps them), so
 * it is replaced by a fresh one rather than edited (docs/approval.md, "Trust").
 */
export async function upsertComment(
  client: GitHubClient,
  pr: PullRequestRef,
  plan: CommentPlan,
  body: string,
): Promise<{ readonly write: CommentWrite; readonly url: string }> {
  const { existing } = plan;
  if (existing !== undefined && !plan.replace) {
    if (existing.body === body) return { write: 'unchanged', url: existing.url };
    try {
      const { data } = await client.rest.issues.updateComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: existing.id,
        body,
      });
      return { write: 'updated', url: data.html_url };
    } catch (error) {
      // Deleted by a person since we read it: post a new one rather than fail.
      if (statusOf(error) !== 404) throw error;
    }
  }
  const { data } = await client.rest.issues.createComment({
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    body,
  });
  if (plan.replace && existing !== undefined) await deleteQuietly(client, pr, existing.id);
  const kept = await removeDuplicates(client, pr, plan, data.id);
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
  return { write: plan.replace ? 'replaced' : 'created', url: data.html_url };
}

async function deleteQuietly(client: GitHubClient, pr: PullRequestRef, id: number): Promise<void> {
  try {
    await client.rest.issues.deleteComment({ owner: pr.owner, repo: pr.repo, comment_id: id });
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}

/**
 * Two runs of one PR at once (a push and a label) can both find no comment and both create
 * one. After creating, the newer duplicates are deleted so the oldest stays the one comment.
 */
async function removeDuplicates(
  client: GitHubClient,
  pr: PullRequestRef,
  plan: CommentPlan,
  created: number,
): Promise<number> {
  const comments = await client.paginate(client.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  });
  const own = comments
    .filter(
      (comment) =>
        comment.user !== null &&
        comment.user !== undefined &&
        sameLogin(comment.user.login, plan.identity) &&
        comment.id !== plan.existing?.id &&
        parseRecord(comment.body ?? '', plan.scope, undefined).kind === 'record',
    )
    .map((comment) => comment.id)
    .sort((a, b) => a - b);
  const keep = own[0] ?? created;
  for (const duplicate of own.slice(1)) await deleteQuietly(client, pr, duplicate);
  return keep;
}
