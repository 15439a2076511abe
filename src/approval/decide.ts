import { formatOwner, type Owner } from '../codeowners/index.js';
import type { ApprovalNote } from './note.js';
import {
  membershipKey,
  type Account,
  type AffectedPath,
  type ApprovalFacts,
  type ApprovalRecord,
  type Membership,
} from './facts.js';

export interface ApprovalDecision {
  readonly approved: boolean;
  readonly approvedBy: readonly string[];
  readonly note: ApprovalNote;
  /** The label no longer approves this risky set: remove it (when `dismiss-stale-approval`). */
  readonly staleLabel: boolean;
  /** What the comment records for the next run. */
  readonly record: Omit<ApprovalRecord, 'publishedAt'>;
}

interface Verdict {
  readonly ok: boolean;
  readonly problems: readonly string[];
}

const code = (text: string): string => `\`${text.replaceAll('`', "'")}\``;

function isBot(account: Account, viaApp?: string): boolean {
  return account.type === 'Bot' || account.login.endsWith('[bot]') || viaApp !== undefined;
}

/** Does `login` own `path`? Direct user owner, or an active member of an owning team. */
function ownership(
  login: string,
  owners: readonly Owner[],
  memberships: ReadonlyMap<string, Membership>,
): Membership {
  let result: Membership = 'not-member';
  for (const owner of owners) {
    if (owner.kind === 'user' && owner.login.toLowerCase() === login.toLowerCase()) return 'active';
    if (owner.kind === 'team') {
      const membership = memberships.get(membershipKey(login, owner.org, owner.slug)) ?? 'unknown';
      if (membership === 'active') return 'active';
      if (membership === 'unknown') result = 'unknown';
    }
  }
  return result;
}

function unownedProblem(path: AffectedPath): string {
  const why =
    path.line === undefined
      ? 'no CODEOWNERS rule matches it'
      : `CODEOWNERS line ${path.line} clears its owners`;
  return `${code(path.path)} has no code owner (${why}), so nobody can approve it: add an owner for it to CODEOWNERS on the base branch`;
}

/** Rules 2 and 3 of PRODUCT.md section 4 for one approver over the paths they must cover. */
function judgeApprover(
  who: Account,
  viaApp: string | undefined,
  paths: readonly AffectedPath[],
  facts: ApprovalFacts,
): Verdict {
  const problems: string[] = [];
  if (isBot(who, viaApp)) {
    const via = viaApp === undefined ? '' : ` through the app ${viaApp}`;
    problems.push(`@${who.login} acted${via}; approvals must come from a person, not a bot or app`);
  }
  if (!facts.allowSelfApproval && who.login.toLowerCase() === facts.author.login.toLowerCase()) {
    problems.push(
      `@${who.login} is the pull request author; someone else must approve (allow-self-approval is false)`,
    );
  }
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
  if (notOwned.length > 0) {
    problems.push(`@${who.login} is not a code owner of ${listPaths(notOwned)}`);
  }
  if (unconfirmed.size > 0) {
    problems.push(
      `could not confirm @${who.login}'s membership in ${[...unconfirmed].join(', ')}: ${facts.membershipHint}`,
    );
  }
  return { ok: problems.length === 0, problems };
}

function listPaths(paths: readonly string[]): string {
  const shown = paths.slice(0, 5).map(code).join(', ');
  return paths.length > 5 ? `${shown} and ${paths.length - 5} more` : shown;
}

/**
 * Rule 4: an approval binds to the risky set the labeler saw. The comment records the
 * fingerprint it showed and when it was written; a label counts for the current fingerprint
 * only if it was applied after the comment showed that fingerprint (or, with no comment to
 * go by, if this very run was started by the labeling at the current head).
 */
function bindsToCurrent(facts: ApprovalFacts): boolean {
  const { record, labeling, fingerprint } = facts;
  if (labeling === undefined) return false;
  if (record?.voidedEvent === labeling.eventId) return false;
  if (record?.approved !== undefined) return record.approved === fingerprint;
  if (record?.fingerprint !== undefined) {
    return (
      record.fingerprint === fingerprint &&
      (record.publishedAt === undefined || labeling.at >= record.publishedAt)
    );
  }
  return facts.triggeredByLabel;
}

function approversOf(paths: readonly AffectedPath[]): string[] {
  const owners = new Set<string>();
  for (const path of paths) for (const owner of path.owners) owners.add(formatOwner(owner));
  return [...owners].sort();
}

function howTo(facts: ApprovalFacts): string {
  const dirs = [...new Set(facts.affected.map((path) => path.moduleDir))];
  const owners = `A code owner of ${dirs.length === 0 ? 'the affected paths' : listPaths(dirs)}`;
  const label = `${owners} reviews this report and applies the ${code(facts.label)} label`;
  const review = `${owners} approves the pull request at its latest commit`;
  switch (facts.mode) {
    case 'label':
      return `${label}.`;
    case 'review':
      return `${review}.`;
    case 'label-or-review':
      return `${label}, or approves the pull request at its latest commit.`;
  }
}

function judgeLabel(
  facts: ApprovalFacts,
  paths: readonly AffectedPath[],
): Verdict & { stale: boolean; by?: string } {
  if (!facts.labelPresent)
    return { ok: false, stale: false, problems: [`the ${code(facts.label)} label is not applied`] };
  const labeling = facts.labeling;
  if (labeling === undefined) {
    return {
      ok: false,
      stale: false,
      problems: [
        `no \`labeled\` event was found for ${code(facts.label)}; remove the label and apply it again`,
      ],
    };
  }
  const approver = judgeApprover(labeling.actor, labeling.viaApp, paths, facts);
  if (!approver.ok) {
    return {
      ok: false,
      stale: false,
      problems: [...approver.problems, 'remove the label and have a code owner apply it'],
    };
  }
  if (!bindsToCurrent(facts)) {
    return {
      ok: false,
      stale: true,
      problems: [
        `the label was applied by @${labeling.actor.login} for a different set of risky changes than this plan's; a code owner must review the current report and apply the label again`,
      ],
    };
  }
  return { ok: true, stale: false, problems: [], by: labeling.actor.login };
}

function judgeReviews(
  facts: ApprovalFacts,
  paths: readonly AffectedPath[],
): Verdict & { by: string[] } {
  const approving = facts.reviews.filter(
    (review) => review.state === 'APPROVED' && review.commitId === facts.headSha,
  );
  if (approving.length === 0) {
    return {
      ok: false,
      by: [],
      problems: ['no approving review at the latest commit (a new push needs a new review)'],
    };
  }
  const valid = approving.filter((review) => judgeApprover(review.user, undefined, [], facts).ok);
  const uncovered = paths.filter(
    (path) =>
      path.owners.length > 0 &&
      !valid.some(
        (review) => ownership(review.user.login, path.owners, facts.memberships) === 'active',
      ),
  );
  if (uncovered.length > 0) {
    const reviewers = approving.map((review) => `@${review.user.login}`).join(', ');
    const problems = [
      `no approving review from a code owner of ${listPaths(uncovered.map((path) => path.path))} (approved by ${reviewers})`,
    ];
    for (const review of approving) {
      const judged = judgeApprover(review.user, undefined, uncovered, facts);
      problems.push(
        ...judged.problems.filter((problem) => !problem.includes('is not a code owner')),
      );
    }
    return { ok: false, by: [], problems };
  }
  return { ok: true, by: [...new Set(valid.map((review) => review.user.login))], problems: [] };
}

/** PRODUCT.md section 4: label, review, or either. */
export function decideApproval(facts: ApprovalFacts): ApprovalDecision {
  const paths = facts.affected;
  const unowned = paths.filter((path) => path.owners.length === 0);
  const approvers = approversOf(paths);
  const recordBase = { fingerprint: facts.fingerprint };
  const base = { approvers, howTo: howTo(facts) };

  const useLabel = facts.mode !== 'review';
  const useReview = facts.mode !== 'label';
  const label = useLabel ? judgeLabel(facts, paths) : undefined;
  const reviews = useReview ? judgeReviews(facts, paths) : undefined;
  const staleLabel = label?.stale === true;
  const staleEvent = staleLabel ? facts.labeling?.eventId : undefined;
  const voided = staleEvent === undefined ? {} : { voidedEvent: staleEvent };
  const keepVoided =
    !staleLabel &&
    facts.record?.voidedEvent !== undefined &&
    facts.labeling?.eventId === facts.record.voidedEvent
      ? { voidedEvent: facts.record.voidedEvent }
      : {};

  if (unowned.length > 0) {
    return {
      approved: false,
      approvedBy: [],
      staleLabel,
      record: { ...recordBase, ...voided, ...keepVoided },
      note: {
        ...base,
        status: 'refused',
        summary: 'No approval can count: some affected paths have no code owner.',
        details: unowned.map(unownedProblem),
      },
    };
  }
  if (label?.ok === true && label.by !== undefined) {
    return {
      approved: true,
      approvedBy: [label.by],
      staleLabel: false,
      record: { ...recordBase, approved: facts.fingerprint },
      note: {
        ...base,
        status: 'approved',
        summary: `Approved by @${label.by} (code owner) with the ${code(facts.label)} label for this exact set of risky changes.`,
        details: [],
      },
    };
  }
  if (reviews?.ok === true) {
    const by = reviews.by.map((login) => `@${login}`).join(', ');
    return {
      approved: true,
      approvedBy: reviews.by,
      staleLabel,
      record: { ...recordBase, ...voided },
      note: {
        ...base,
        status: 'approved',
        summary: `Approved by ${by} (code owner review at the latest commit).`,
        details: [],
      },
    };
  }
  const problems = [...(label?.problems ?? []), ...(reviews?.problems ?? [])];
  const status = staleLabel
    ? 'stale'
    : facts.labelPresent || facts.reviews.length > 0
      ? 'refused'
      : 'missing';
  const summary =
    status === 'stale'
      ? 'The approval is void: the risky changes differ from the ones that were approved.'
      : status === 'refused'
        ? 'No valid approval yet.'
        : 'Waiting for a code owner to approve.';
  return {
    approved: false,
    approvedBy: [],
    staleLabel,
    record: { ...recordBase, ...voided, ...keepVoided },
    note: { ...base, status, summary, details: status === 'missing' ? [] : problems },
  };
}
