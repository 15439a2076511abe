import { formatOwner } from '../codeowners/index.js';
import type { ApprovalNote } from './note.js';
import type { AffectedPath, ApprovalFacts } from './facts.js';
import type { ApprovalRecord } from './record.js';
import { emailOwnerProblems, judgeApprover, ownership, type Verdict } from './approver.js';
import { bindLabel, nextRecord } from './binding.js';
import { code, listPaths } from './words.js';

export interface ApprovalDecision {
  readonly approved: boolean;
  readonly approvedBy: readonly string[];
  readonly note: ApprovalNote;
  /** The label no longer approves this risky set: remove it (when `dismiss-stale-approval`). */
  readonly staleLabel: boolean;
  /** What the comment records for the next run. */
  readonly record: ApprovalRecord;
}

function unownedProblem(path: AffectedPath): string {
  const why =
    path.line === undefined
      ? 'no CODEOWNERS rule matches it'
      : `CODEOWNERS line ${path.line} clears its owners`;
  return `${code(path.path)} has no code owner (${why}), so nobody can approve it: add an owner for it to CODEOWNERS on the base branch`;
}

function emptyModuleProblem(dir: string): string {
  return `the module directory ${code(dir)} has no Terraform file at the base commit nor in this pull request, so nobody can approve it: give the plan's real module directory in the plan input as MODULE_DIR=PATH (e.g. ${code(`infra/prod=${dir === '.' ? '' : `${dir}/`}plan.json`)})`;
}

function approversOf(paths: readonly AffectedPath[]): string[] {
  const owners = new Set<string>();
  for (const path of paths)
    for (const owner of path.owners) if (owner.kind !== 'email') owners.add(formatOwner(owner));
  return [...owners].sort();
}

function howTo(facts: ApprovalFacts): string {
  const dirs = [...new Set(facts.affected.map((path) => path.moduleDir))];
  const owners = `A code owner of ${dirs.length === 0 ? 'the affected Terraform files' : listPaths(dirs)} (with write access, not an author or committer of this pull request)`;
  const label = `${owners} reviews this report and applies the ${code(facts.label)} label`;
  switch (facts.mode) {
    case 'label':
      return `${label}.`;
    case 'review':
      return `${owners} approves the pull request at its latest commit.`;
    case 'label-or-review':
      return `${label}, or approves the pull request at its latest commit.`;
  }
}

type LabelVerdict = Verdict & { stale: boolean; by?: string; voided?: number };

function judgeLabel(facts: ApprovalFacts): LabelVerdict {
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
  const approver = judgeApprover(labeling.actor, labeling.viaApp, facts.affected, facts);
  if (!approver.ok) {
    return {
      ok: false,
      stale: false,
      problems: [...approver.problems, 'remove the label and have a code owner apply it'],
    };
  }
  const binding = bindLabel(facts, labeling);
  if (binding.kind === 'binds')
    return { ok: true, stale: false, problems: [], by: labeling.actor.login };
  const again = 'a code owner must review the current report and apply the label again';
  return {
    ok: false,
    stale: binding.kind === 'stale',
    ...(binding.kind === 'stale' ? { voided: labeling.eventId } : {}),
    problems: [`${binding.why}; ${again}`],
  };
}

function judgeReviews(facts: ApprovalFacts): Verdict & { by: string[] } {
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
  const uncovered = facts.affected.filter(
    (path) =>
      path.owners.length > 0 &&
      !valid.some(
        (review) => ownership(review.user.login, path.owners, facts.memberships) === 'active',
      ),
  );
  if (uncovered.length === 0)
    return { ok: true, by: [...new Set(valid.map((r) => r.user.login))], problems: [] };
  const reviewers = approving.map((review) => `@${review.user.login}`).join(', ');
  const problems = [
    `no approving review from a code owner of ${listPaths(uncovered.map((path) => path.path))} (approved by ${reviewers})`,
  ];
  for (const review of approving) {
    const judged = judgeApprover(review.user, undefined, uncovered, facts);
    problems.push(...judged.problems.filter((problem) => !problem.includes('is not a code owner')));
  }
  return { ok: false, by: [], problems };
}

function blockedStatus(facts: ApprovalFacts, stale: boolean): ApprovalNote['status'] {
  if (stale) return 'stale';
  return facts.labelPresent || facts.reviews.length > 0 ? 'refused' : 'missing';
}

const SUMMARIES: Readonly<Record<ApprovalNote['status'], string>> = {
  approved: '',
  stale:
    'The approval is void: the risky changes differ from the ones that were approved, or were not shown when it was given.',
  refused: 'No valid approval yet.',
  missing: 'Waiting for a code owner to approve.',
  unavailable: '',
};

/** docs/approval.md: label, review, or either, under rules 1–5. */
export function decideApproval(facts: ApprovalFacts): ApprovalDecision {
  const base = { approvers: approversOf(facts.affected), howTo: howTo(facts) };
  const label = facts.mode !== 'review' ? judgeLabel(facts) : undefined;
  const reviews = facts.mode !== 'label' ? judgeReviews(facts) : undefined;
  const staleLabel = label?.stale === true;
  const blocking = [
    ...facts.emptyModules.map(emptyModuleProblem),
    ...facts.affected.filter((path) => path.owners.length === 0).map(unownedProblem),
  ];
  const accepted = label?.ok === true && blocking.length === 0 ? facts.labeling : undefined;
  const record = nextRecord(facts, { accepted, voided: label?.voided });

  if (blocking.length > 0) {
    return {
      approved: false,
      approvedBy: [],
      staleLabel,
      record,
      note: {
        ...base,
        status: 'refused',
        summary:
          'No approval can count: some affected Terraform files have no code owner who could approve.',
        details: [...blocking, ...emailOwnerProblems(facts.affected)],
      },
    };
  }
  if (label?.ok === true && label.by !== undefined) {
    return {
      approved: true,
      approvedBy: [label.by],
      staleLabel: false,
      record,
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
      record,
      note: {
        ...base,
        status: 'approved',
        summary: `Approved by ${by} (code owner review at the latest commit).`,
        details: [],
      },
    };
  }
  const status = blockedStatus(facts, staleLabel);
  const problems = [
    ...(label?.problems ?? []),
    ...(reviews?.problems ?? []),
    ...emailOwnerProblems(facts.affected),
  ];
  return {
    approved: false,
    approvedBy: [],
    staleLabel,
    record,
    note: {
      ...base,
      status,
      summary: SUMMARIES[status],
      details: status === 'missing' ? [] : problems,
    },
  };
}

/** A decision when ownership cannot be read at all (CODEOWNERS missing or unreadable). */
export function unavailableDecision(
  facts: Pick<ApprovalFacts, 'record' | 'fingerprint' | 'riskySet' | 'labeling'>,
  summary: string,
  details: readonly string[],
): ApprovalDecision {
  return {
    approved: false,
    approvedBy: [],
    staleLabel: false,
    record: nextRecord(facts, { accepted: undefined, voided: undefined }),
    note: {
      status: 'unavailable',
      summary,
      details,
      approvers: [],
      howTo: 'Fix the problem above, then re-run this job.',
    },
  };
}
