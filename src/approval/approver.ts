import { formatOwner, type Owner } from '../codeowners/index.js';
import { isBotOrApp, loginKey, sameLogin } from './accounts.js';
import {
  membershipKey,
  type Account,
  type AffectedPath,
  type ApprovalFacts,
  type Membership,
} from './facts.js';
import { code, listPaths } from './words.js';

export interface Verdict {
  readonly ok: boolean;
  readonly problems: readonly string[];
}

/** Does `login` own a path with these owners? Directly, or as an active member of a team. */
export function ownership(
  login: string,
  owners: readonly Owner[],
  memberships: ReadonlyMap<string, Membership>,
): Membership {
  let result: Membership = 'not-member';
  for (const owner of owners) {
    if (owner.kind === 'user' && sameLogin(owner.login, login)) return 'active';
    if (owner.kind === 'team') {
      const membership = memberships.get(membershipKey(login, owner.org, owner.slug)) ?? 'unknown';
      if (membership === 'active') return 'active';
      if (membership === 'unknown') result = 'unknown';
    }
  }
  return result;
}

/** Rule 3: not a bot or app, not the author, not an author or committer of the PR's commits. */
function independence(who: Account, viaApp: string | undefined, facts: ApprovalFacts): string[] {
  const problems: string[] = [];
  if (isBotOrApp(who, viaApp)) {
    const via = viaApp === undefined ? '' : ` through the app ${viaApp}`;
    problems.push(`@${who.login} acted${via}; approvals must come from a person, not a bot or app`);
  }
  if (facts.allowSelfApproval) return problems;
  if (sameLogin(who.login, facts.author.login)) {
    problems.push(
      `@${who.login} is the pull request author; someone else must approve (allow-self-approval is false)`,
    );
  } else if (facts.contributors.logins.some((login) => sameLogin(login, who.login))) {
    problems.push(
      `@${who.login} authored or committed commits of this pull request; someone who did not must approve (allow-self-approval is false)`,
    );
  }
  if (!facts.contributors.complete) {
    problems.push(
      'the pull request has more than 250 commits, the most GitHub lists, so the independence of an approver cannot be confirmed: split or squash it',
    );
  }
  return problems;
}

/** Rules 2 and 3 for one approver over the paths they must cover, with write permission. */
export function judgeApprover(
  who: Account,
  viaApp: string | undefined,
  paths: readonly AffectedPath[],
  facts: ApprovalFacts,
): Verdict {
  const problems = independence(who, viaApp, facts);
  const notOwned: string[] = [];
  const unconfirmed = new Set<string>();
  for (const path of paths) {
    if (path.owners.length === 0) continue; // reported once for everyone
    const owns = ownership(who.login, path.owners, facts.memberships);
    if (owns === 'active') continue;
    notOwned.push(path.path);
    if (owns === 'unknown') {
      for (const owner of path.owners)
        if (owner.kind === 'team') unconfirmed.add(formatOwner(owner));
    }
  }
  if (notOwned.length > 0)
    problems.push(`@${who.login} is not a code owner of ${listPaths(notOwned)}`);
  if (unconfirmed.size > 0) {
    problems.push(
      `could not confirm @${who.login}'s membership in ${[...unconfirmed].join(', ')}: ${facts.membershipHint}`,
    );
  }
  const permission = facts.permissions.get(loginKey(who.login));
  if (permission !== 'admin' && permission !== 'write') {
    problems.push(
      `@${who.login} has ${permission ?? 'no'} access to the repository; GitHub ignores code owners without write access`,
    );
  }
  return { ok: problems.length === 0, problems };
}

/** The accounts whose permission and team membership this decision needs to look up. */
export function approverCandidates(
  facts: Pick<ApprovalFacts, 'labeling' | 'reviews' | 'headSha' | 'mode'>,
): Account[] {
  const candidates: Account[] = [];
  if (facts.mode !== 'review' && facts.labeling !== undefined)
    candidates.push(facts.labeling.actor);
  if (facts.mode !== 'label') {
    for (const review of facts.reviews)
      if (review.state === 'APPROVED' && review.commitId === facts.headSha)
        candidates.push(review.user);
  }
  const seen = new Set<string>();
  return candidates.filter((account) => {
    if (isBotOrApp(account) || seen.has(loginKey(account.login))) return false;
    seen.add(loginKey(account.login));
    return true;
  });
}

/** Teams whose membership would decide whether `login` owns the paths (direct owners need none). */
export function teamsToCheck(
  login: string,
  paths: readonly AffectedPath[],
): { org: string; slug: string }[] {
  const teams = new Map<string, { org: string; slug: string }>();
  for (const path of paths) {
    if (path.owners.some((owner) => owner.kind === 'user' && sameLogin(owner.login, login)))
      continue;
    for (const owner of path.owners)
      if (owner.kind === 'team') teams.set(membershipKey(login, owner.org, owner.slug), owner);
  }
  return [...teams.values()];
}

/** Email owners cannot be resolved to an account from an Action: reported, never guessed. */
export function emailOwnerProblems(paths: readonly AffectedPath[]): string[] {
  const emails = new Set<string>();
  for (const path of paths)
    for (const owner of path.owners) if (owner.kind === 'email') emails.add(owner.email);
  return [...emails]
    .sort()
    .map(
      (email) =>
        `CODEOWNERS names ${code(email)}, an e-mail address, which an Action cannot resolve to an account: it approves nothing; name the owner as @user or @org/team`,
    );
}
