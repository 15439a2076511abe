/**
 * The commit graph and what moves it after review: a pull request merged (merge, squash or
 * rebase), a direct push to a branch, a merge queue's group. The graph a route reads is the
 * repository's own commits and refs plus every pull request's commits; a parent nobody
 * recorded (a pull request's base, say) is a known root commit, as it exists on GitHub.
 */
import { createHash } from 'node:crypto';
import type { Clock } from './clock.js';
import {
  account,
  nextId,
  type Account,
  type ActorInput,
  type CommitRecord,
  type FakeState,
  type MergeMethod,
  type RepoRecord,
} from './state.js';
import { requirePull, requireRepo, stamp, type When } from './world.js';

const ZERO = '0'.repeat(40);

/** A stable 40-hex SHA for a commit the fake makes up (a group commit, a replayed commit). */
export function madeUpSha(seed: string): string {
  return createHash('sha1').update(seed).digest('hex');
}

/** sha → commit, for every commit the repository knows. */
export function commitGraph(repo: RepoRecord): Map<string, CommitRecord> {
  const graph = new Map<string, CommitRecord>();
  for (const pull of repo.pulls.values())
    for (const commit of pull.commits) graph.set(commit.sha, commit);
  for (const [sha, commit] of repo.git.commits) graph.set(sha, commit);
  for (const commit of [...graph.values()])
    for (const parent of commit.parents)
      if (!graph.has(parent)) graph.set(parent, rootCommit(parent));
  for (const pull of repo.pulls.values())
    if (!graph.has(pull.base.sha)) graph.set(pull.base.sha, rootCommit(pull.base.sha));
  return graph;
}

function rootCommit(sha: string): CommitRecord {
  return {
    sha,
    parents: [],
    author: null,
    committer: null,
    date: '2026-01-01T00:00:00Z',
    message: 'Earlier history',
  };
}

/** Every ref by full name: the recorded ones, each same-repository head branch, `refs/pull/N/head`. */
export function allRefs(repo: RepoRecord): Map<string, string> {
  const refs = new Map<string, string>();
  const own = `${repo.owner.login}/${repo.name}`.toLowerCase();
  for (const pull of repo.pulls.values()) {
    refs.set(`refs/pull/${pull.number}/head`, pull.head.sha);
    if (pull.state === 'open' && pull.head.repo.toLowerCase() === own)
      refs.set(`refs/heads/${pull.head.ref}`, pull.head.sha);
  }
  for (const [ref, sha] of repo.git.refs) refs.set(ref, sha);
  return new Map([...refs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** A SHA the graph knows, or a branch name, resolved to a SHA; undefined when neither. */
export function resolveCommit(
  repo: RepoRecord,
  graph: Map<string, CommitRecord>,
  name: string,
): string | undefined {
  if (graph.has(name)) return name;
  return allRefs(repo).get(`refs/heads/${name}`);
}

/** `sha` and all its ancestors. */
export function ancestors(graph: Map<string, CommitRecord>, sha: string): Set<string> {
  const seen = new Set<string>();
  const stack = [sha];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (seen.has(next)) continue;
    seen.add(next);
    stack.push(...(graph.get(next)?.parents ?? []));
  }
  return seen;
}

/** The commits of `head` not in `base`, parents before children (chronological, as GitHub lists them). */
export function aheadOf(graph: Map<string, CommitRecord>, base: string, head: string): string[] {
  const excluded = ancestors(graph, base);
  const order: string[] = [];
  const done = new Set<string>();
  const visit = (sha: string): void => {
    if (done.has(sha) || excluded.has(sha)) return;
    done.add(sha);
    for (const parent of graph.get(sha)?.parents ?? []) visit(parent);
    order.push(sha);
  };
  visit(head);
  return order;
}

/** The tip of a branch: its ref, else the base any pull request on it was opened from. */
export function branchTip(repo: RepoRecord, branch: string): string | undefined {
  const recorded = repo.git.refs.get(`refs/heads/${branch}`);
  if (recorded !== undefined) return recorded;
  return [...repo.pulls.values()].find((pull) => pull.base.ref === branch)?.base.sha;
}

function addCommit(
  repo: RepoRecord,
  sha: string,
  parents: readonly string[],
  by: Account,
  date: string,
  message: string,
): void {
  repo.git.commits.set(sha, { sha, parents, author: by, committer: by, date, message });
}

export interface MergeOptions extends When {
  /** `merge_commit_sha`: the merge or squash commit, or for a rebase the commit the base moved to. */
  readonly sha: string;
  readonly method: MergeMethod;
  /** Who pressed the button; default the pull request's author. */
  readonly by?: ActorInput;
}

/** GitHub's merge button: the base branch gains the commit(s), the pull request is closed and merged. */
export function mergePull(
  state: FakeState,
  now: Clock,
  repoName: string,
  number: number,
  options: MergeOptions,
): void {
  const repo = requireRepo(state, repoName);
  const pull = requirePull(state, repoName, number);
  if (pull.state !== 'open') throw new Error(`fake-github: ${repoName}#${number} is not open`);
  const at = stamp(now, options);
  const by = options.by === undefined ? pull.user : account(state, options.by);
  const before = branchTip(repo, pull.base.ref) ?? pull.base.sha;
  const landed: string[] = [];
  if (options.method === 'rebase') {
    // Each of the PR's own commits (not "Update branch" merges) is replayed onto the base.
    const own = pull.commits.filter((commit) => commit.parents.length === 1);
    let parent = before;
    for (const [index, commit] of own.entries()) {
      const sha =
        index === own.length - 1 ? options.sha : madeUpSha(`rebase:${options.sha}:${index}`);
      addCommit(repo, sha, [parent], commit.author ?? by, at, commit.message);
      landed.push(sha);
      parent = sha;
    }
    if (own.length === 0) addCommit(repo, options.sha, [before], by, at, pull.title);
    if (own.length === 0) landed.push(options.sha);
  } else {
    const parents = options.method === 'merge' ? [before, pull.head.sha] : [before];
    const message =
      options.method === 'merge'
        ? `Merge pull request #${number} from ${pull.head.repo.split('/')[0] ?? ''}/${pull.head.ref}`
        : `${pull.title} (#${number})`;
    addCommit(repo, options.sha, parents, by, at, message);
    landed.push(options.sha);
  }
  repo.git.refs.set(`refs/heads/${pull.base.ref}`, options.sha);
  repo.git.merges.set(number, {
    sha: options.sha,
    method: options.method,
    mergedAt: at,
    by,
    commits: landed,
  });
  pull.state = 'closed';
  pull.merged = true;
  pull.updatedAt = at;
  // GitHub's issue events of a merge: `merged`, then `closed`, both by whoever merged.
  for (const event of ['merged', 'closed'])
    pull.events.push({
      id: nextId(state, 'event'),
      event,
      actor: by,
      label: null,
      createdAt: at,
      viaApp: null,
    });
  repo.activity.push({
    id: nextId(state, 'misc'),
    ref: `refs/heads/${pull.base.ref}`,
    before,
    after: options.sha,
    timestamp: at,
    activityType: 'pr_merge',
    actor: by,
  });
}

export interface BranchPushOptions extends When {
  /** Default: the branch's tip (none for a new branch). */
  readonly parents?: readonly string[];
  /** Default: the repository's owner. */
  readonly by?: ActorInput;
  readonly message?: string;
}

/** A push straight to a branch (no pull request): `{ before, after }` as the push event has them. */
export function pushBranch(
  state: FakeState,
  now: Clock,
  repoName: string,
  branch: string,
  sha: string,
  options: BranchPushOptions = {},
): { before: string; after: string } {
  const repo = requireRepo(state, repoName);
  const tip = branchTip(repo, branch);
  const by = options.by === undefined ? repo.owner : account(state, options.by);
  const at = stamp(now, options);
  const parents = options.parents ?? (tip === undefined ? [] : [tip]);
  addCommit(repo, sha, parents, by, at, options.message ?? 'Direct change');
  repo.git.refs.set(`refs/heads/${branch}`, sha);
  repo.activity.push({
    id: nextId(state, 'misc'),
    ref: `refs/heads/${branch}`,
    before: tip ?? ZERO,
    after: sha,
    timestamp: at,
    activityType: tip === undefined ? 'branch_creation' : 'push',
    actor: by,
  });
  return { before: tip ?? ZERO, after: sha };
}

export interface MergeGroupEntry {
  readonly number: number;
  /** The pull request's head when it was queued: the SHA in the ref's name. */
  readonly headSha: string;
  /** The group commit made for it. */
  readonly sha: string;
  readonly ref: string;
}

export interface MergeGroup {
  readonly baseRef: string;
  readonly baseSha: string;
  /** The last entry's commit and ref: what `merge_group.head_sha` / `head_ref` name. */
  readonly headSha: string;
  readonly headRef: string;
  readonly entries: readonly MergeGroupEntry[];
  readonly queuedBy: Account;
}

export interface QueueOptions extends When {
  /** `merge` gives each group commit the PR's head as a second parent; default `squash`. */
  readonly method?: 'merge' | 'squash';
  readonly by?: ActorInput;
}

/**
 * The merge queue builds a group on `base`: for each queued pull request a commit on top of
 * the previous one (the first on the base's tip) and a ref
 * `refs/heads/gh-readonly-queue/<base>/pr-<N>-<head sha>` pointing at it.
 */
export function queueMerge(
  state: FakeState,
  now: Clock,
  repoName: string,
  base: string,
  numbers: readonly number[],
  options: QueueOptions = {},
): MergeGroup {
  const repo = requireRepo(state, repoName);
  if (numbers.length === 0) throw new Error('fake-github: a merge group needs a pull request');
  const baseSha = branchTip(repo, base);
  if (baseSha === undefined) throw new Error(`fake-github: no branch ${base} in ${repoName}`);
  const by = options.by === undefined ? repo.owner : account(state, options.by);
  const at = stamp(now, options);
  const entries: MergeGroupEntry[] = [];
  let parent = baseSha;
  for (const number of numbers) {
    const pull = requirePull(state, repoName, number);
    if (pull.base.ref !== base) throw new Error(`fake-github: #${number} targets ${pull.base.ref}`);
    const sha = madeUpSha(`merge-group:${parent}:${number}:${pull.head.sha}`);
    const parents = options.method === 'merge' ? [parent, pull.head.sha] : [parent];
    addCommit(
      repo,
      sha,
      parents,
      account(state, 'github-merge-queue[bot]'),
      at,
      `Merge pull request #${number}`,
    );
    const ref = `refs/heads/gh-readonly-queue/${base}/pr-${number}-${pull.head.sha}`;
    repo.git.refs.set(ref, sha);
    entries.push({ number, headSha: pull.head.sha, sha, ref });
    parent = sha;
  }
  const last = entries.at(-1) as MergeGroupEntry;
  return {
    baseRef: `refs/heads/${base}`,
    baseSha,
    headSha: last.sha,
    headRef: last.ref,
    entries,
    queuedBy: by,
  };
}
