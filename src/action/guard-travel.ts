import type { Finding } from '../assess/finding.js';
import { fingerprintOf } from '../assess/fingerprint.js';
import type { Report } from '../assess/report.js';
import type { ApprovalNote } from '../approval/note.js';
import type { RecordTrust } from '../approval/trust.js';
import { findOwnComment } from '../approval/trust.js';
import {
  approvedSetOf,
  coveredBy,
  decideTravel,
  type PullApproval,
  type TravelContext,
} from '../approval/travel.js';
import type { GitHubClient } from '../github/client.js';
import { postingIdentity } from '../github/identity.js';
import { pullsInGroup, pullsMergedAs } from '../github/origin.js';
import { readPullRequest, type LivePullRequest } from '../github/pull-request.js';
import type { Repo } from '../github/repo.js';
import type { RunContext } from './context.js';
import { decide, readLabelFacts, type Clients } from './gather.js';
import type { ActionInputs } from './inputs.js';

type TravelRunContext = Extract<RunContext, { kind: 'push' | 'merge-group' }>;

export interface TravelOutcome {
  readonly report: Report;
  readonly note: ApprovalNote | undefined;
  readonly approvedBy: readonly string[];
  readonly approvedIn: readonly number[];
  /** Findings no valid approval covers, with why: the annotations name each. */
  readonly uncovered: ReadonlyMap<Finding, string>;
}

/**
 * The approval travels (docs/design.md section 4a): on a push, the pull request merged as
 * the commit; in a merge group, every queued PR. Each one's approval is re-checked live, as
 * on the pull request, for the findings its approved set covers. Nothing is written.
 */
export async function guardTravel(
  report: Report,
  inputs: ActionInputs,
  context: TravelRunContext,
  clients: Clients,
): Promise<TravelOutcome> {
  const risky = report.findings.filter((finding) => finding.requiresApproval);
  const queued = await pullsOf(clients.client, context);
  const pulls: PullApproval[] = [];
  for (const pull of queued)
    pulls.push(await approvalOf(pull, { report, risky, inputs, repo: context.repo, clients }));
  const where: TravelContext =
    context.kind === 'push'
      ? { where: 'push', commit: context.sha }
      : { where: 'merge group', commit: context.group.headSha };
  const travel = decideTravel(risky, pulls, where);
  return {
    report: { ...report, verdict: travel.approved ? 'approved' : 'blocked' },
    note: travel.note,
    approvedBy: travel.approvedBy,
    approvedIn: travel.approvedIn,
    uncovered: travel.uncovered,
  };
}

/** A pull request the commit came from. */
interface Origin {
  readonly number: number;
  /** A queued PR's head when it was queued: it must still be its head. */
  readonly headSha?: string;
  /** A merged PR's base when it merged: ownership is read there, not at the live base. */
  readonly baseSha?: string;
}

async function pullsOf(client: GitHubClient, context: TravelRunContext): Promise<Origin[]> {
  if (context.kind === 'merge-group') return pullsInGroup(client, context.repo, context.group);
  return pullsMergedAs(client, context.repo, context.sha, context.branch);
}

interface Shared {
  readonly report: Report;
  readonly risky: readonly Finding[];
  readonly inputs: ActionInputs;
  readonly repo: Repo;
  readonly clients: Clients;
}

async function approvalOf(
  pull: Origin,
  { report, risky, inputs, repo, clients }: Shared,
): Promise<PullApproval> {
  const pr = { ...repo, number: pull.number };
  const read = await readPullRequest(clients.client, pr);
  const live = pull.baseSha === undefined ? read : { ...read, baseSha: pull.baseSha };
  if (pull.headSha !== undefined && live.headSha !== pull.headSha) {
    const why = `its head moved to ${live.headSha.slice(0, 12)} after it was queued at ${pull.headSha.slice(0, 12)}`;
    return { number: pull.number, set: { kind: 'none', why }, covered: [], decision: undefined };
  }
  const trust = recordOf(live, inputs, pr);
  const label = await readLabelFacts(clients.client, pr, inputs, live);
  const set = approvedSetOf({
    mode: inputs.approval,
    label: inputs.approvalLabel,
    trust,
    ...label,
  });
  const covered = coveredBy(set, risky);
  if (covered.length === 0) return { number: pull.number, set, covered, decision: undefined };
  // The same decision as on the pull request, on the findings this PR's set covers.
  const mine: Report = { ...report, findings: covered, fingerprint: fingerprintOf(covered) };
  const context = {
    kind: 'pull-request' as const,
    event: 'pull_request',
    pr,
    author: live.author ?? { login: '', type: 'User' },
    headSha: live.headSha,
    baseSha: live.baseSha,
    changedFiles: undefined,
    labeledWith: undefined,
  };
  const decision = await decide(mine, inputs, context, live, trust, clients, label);
  return { number: pull.number, set, covered, decision };
}

/** The record in the PR's own comment (found whatever this job's `comment` input says). */
function recordOf(
  live: LivePullRequest,
  inputs: ActionInputs,
  pr: Repo & { number: number },
): RecordTrust {
  const identity = postingIdentity(live.viewer, inputs.githubToken);
  const scope = { repo: `${pr.owner}/${pr.repo}`, number: pr.number, key: inputs.commentKey };
  const secret = inputs.recordKey === '' ? undefined : inputs.recordKey;
  const own = findOwnComment(live.comments, identity, scope, secret);
  return (
    own?.trust ?? {
      trusted: false,
      why: `#${pr.number} has no comment by this action (comment-key ${inputs.commentKey}) recording what was shown`,
    }
  );
}
