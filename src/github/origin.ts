import * as z from 'zod';
import { call, type GitHubClient, type Operation } from './client.js';
import type { Repo } from './repo.js';

/**
 * Which pull requests a commit came from, read from GitHub's own records (docs/github.md,
 * "Apply after merge" and "Merge queues"); nothing here comes from a commit message or any
 * other text a writer chose.
 */
const pull = z.object({
  number: z.number().int().positive(),
  merged_at: z.string().nullable(),
  merge_commit_sha: z.string().nullable(),
  base: z.object({ ref: z.string(), sha: z.string() }),
});

/** A merged pull request, with its base commit as it was when it merged. */
export interface MergedPull {
  readonly number: number;
  readonly baseSha: string;
}

/**
 * The pull requests merged into `branch` as `sha` (`GET /commits/{sha}/pulls`): merged, with
 * `merge_commit_sha` equal to the commit (a merge, squash or rebase merge; for a rebase, the
 * commit the base branch was moved to) and that branch as base. An open PR whose head holds the
 * commit is listed by GitHub too, and never counts: only a merge makes a commit a PR's. The
 * base is the one it merged onto (`base.sha`): CODEOWNERS after the merge holds the PR's own
 * edits, so it must never decide who approved it.
 */
export async function pullsMergedAs(
  client: GitHubClient,
  repo: Repo,
  sha: string,
  branch: string,
): Promise<MergedPull[]> {
  const listed: unknown = await call('list pull requests of a commit', () =>
    client.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', {
      owner: repo.owner,
      repo: repo.repo,
      commit_sha: sha,
      per_page: 100,
    }),
  );
  const parsed = z.array(pull).safeParse(listed);
  if (!parsed.success) {
    throw new Error(
      `could not list pull requests of a commit: GitHub's answer had an unexpected shape (${parsed.error.issues[0]?.path.join('.') ?? ''})`,
    );
  }
  return parsed.data
    .filter(
      (entry) =>
        entry.merged_at !== null && entry.merge_commit_sha === sha && entry.base.ref === branch,
    )
    .map((entry) => ({ number: entry.number, baseSha: entry.base.sha }))
    .sort((a, b) => a.number - b.number);
}

/** A merge group: `merge_group` of the event payload (GitHub writes it, not the PR). */
export interface MergeGroup {
  readonly headSha: string;
  readonly headRef: string;
  readonly baseSha: string;
  readonly baseRef: string;
}

/** A pull request queued in the group, with the head commit it was queued at. */
export interface QueuedPull {
  readonly number: number;
  readonly headSha: string;
}

const QUEUE_PREFIX = 'refs/heads/gh-readonly-queue/';
const QUEUE_REF = /^pr-(\d+)-([0-9a-f]{40}|[0-9a-f]{64})$/u;

/** `refs/heads/gh-readonly-queue/<base>/pr-<N>-<sha>` → N and the PR's head sha. */
export function parseQueueRef(ref: string, base: string): QueuedPull | undefined {
  const prefix = `${QUEUE_PREFIX}${base}/`;
  if (!ref.startsWith(prefix)) return undefined;
  const match = QUEUE_REF.exec(ref.slice(prefix.length));
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return { number: Number(match[1]), headSha: match[2] };
}

const comparison = z.object({
  total_commits: z.number().int(),
  commits: z.array(z.object({ sha: z.string() })),
});
const refs = z.array(z.object({ ref: z.string(), object: z.object({ sha: z.string() }) }));

/** GitHub's compare lists at most this many commits; a longer group cannot be attributed. */
export const MAX_GROUP_COMMITS = 250;

/**
 * Every pull request of a merge group. The group's commits are `base_sha...head_sha`; the
 * queue keeps one read-only branch per entry, `gh-readonly-queue/<base>/pr-<N>-<head>`,
 * pointing at the group commit that ends that PR's changes: the entries whose commit is in
 * the group are its PRs. Two requests, whatever the group's size.
 */
export async function pullsInGroup(
  client: GitHubClient,
  repo: Repo,
  group: MergeGroup,
): Promise<QueuedPull[]> {
  const base = group.baseRef.replace(/^refs\/heads\//u, '');
  const compared = await call('compare commits', () =>
    client.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
      owner: repo.owner,
      repo: repo.repo,
      // Unpaged, compare lists up to 250 commits (paged, 100 a page): one request for a group.
      basehead: `${group.baseSha}...${group.headSha}`,
    }),
  );
  const commits = comparison.safeParse(compared.data);
  if (!commits.success) throw shapeError('compare commits');
  if (commits.data.total_commits > commits.data.commits.length) {
    throw new Error(
      `the merge group has ${commits.data.total_commits} commits and GitHub lists at most ${MAX_GROUP_COMMITS}, so its pull requests cannot all be known: queue fewer pull requests per group`,
    );
  }
  const inGroup = new Set(commits.data.commits.map((commit) => commit.sha));
  inGroup.add(group.headSha);
  const listed: unknown = await call('read merge queue branches', () =>
    client.paginate('GET /repos/{owner}/{repo}/git/matching-refs/{ref}', {
      owner: repo.owner,
      repo: repo.repo,
      ref: `heads/gh-readonly-queue/${base}/`,
      per_page: 100,
    }),
  );
  const entries = refs.safeParse(listed);
  if (!entries.success) throw shapeError('read merge queue branches');
  const queued = new Map<number, QueuedPull>();
  // The head ref names the group's last PR (docs/github.md, "Merge queues").
  const last = parseQueueRef(group.headRef, base);
  if (last !== undefined) queued.set(last.number, last);
  for (const entry of entries.data) {
    const parsed = parseQueueRef(entry.ref, base);
    if (parsed !== undefined && inGroup.has(entry.object.sha)) queued.set(parsed.number, parsed);
  }
  return [...queued.values()].sort((a, b) => a.number - b.number);
}

function shapeError(operation: Operation): Error {
  return new Error(`could not ${operation}: GitHub's answer had an unexpected shape`);
}
