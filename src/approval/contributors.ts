import type { Contributors } from './facts.js';

export interface CommitFacts {
  readonly oid: string;
  readonly parents: readonly string[];
  /** Logins GitHub matched from the commit's e-mails; undefined when unmatched. */
  readonly author: string | undefined;
  readonly committer: string | undefined;
}

/** GitHub's own account for commits it makes in the web UI, "Update branch" among them. */
export const WEB_FLOW = 'web-flow';

/**
 * A merge GitHub made of the base branch into the PR ("Update branch"): two parents, one of
 * them outside the PR's commits (so from the base), committed by GitHub itself. A merge made
 * locally can carry any change in its resolution, so its author still counts.
 */
export function isMergeOfBase(commit: CommitFacts, prCommits: ReadonlySet<string>): boolean {
  return (
    commit.parents.length >= 2 &&
    commit.parents.some((parent) => !prCommits.has(parent)) &&
    commit.committer?.toLowerCase() === WEB_FLOW
  );
}

/** Rule 3's contributors: every author and committer login, merges of the base excluded. */
export function contributorsOf(
  commits: readonly CommitFacts[],
  total: number,
  max: number,
): Contributors {
  const oids = new Set(commits.map((commit) => commit.oid));
  const logins = new Set<string>();
  for (const commit of commits) {
    if (isMergeOfBase(commit, oids)) continue;
    for (const login of [commit.author, commit.committer])
      if (login !== undefined && login.toLowerCase() !== WEB_FLOW) logins.add(login);
  }
  return { logins: [...logins].sort(), complete: total <= max && commits.length >= total };
}
